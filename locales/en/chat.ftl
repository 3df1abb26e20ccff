# Messages of the conversation, shared by the Telegram bot and the console chat.

language-name = English
language-prompt = Please choose your language.
language-changed = The language is now English. Your answers have been kept.

consent-text =
    Welcome to CECOPS Intake, the questionnaire of the European Forum for Urban Security (EFUS) on citizens who volunteer in policing and safety: patrols, surveillance of public space, reassurance, around schools, at night or on public transport.

    Who is responsible: EFUS, 10 rue des Montibœufs, 75020 Paris, France, is the controller of your data. Contact: { $inbox }.

    What we collect: your answers about your organisation and the initiative, including your name, role, e-mail address and, if you give it, your phone number, together with your Telegram account identifier. Telegram also processes the messages you exchange with this assistant.

    Why: to analyse experiences across Europe and prepare the CECOPS good-practice guide. The legal basis is your consent, which you can withdraw at any time.

    Who receives it: EFUS staff, by e-mail and in exports, and the CECOPS project partners (the London Metropolitan Police, RiSSC, the Law Institute of Lithuania and the City of Bologna). Your contact details are not published; the initiative is only presented in the guide if you allow it at the end of the questionnaire.

    How long: unfinished answers are deleted after { $days ->
        [one] one day
       *[other] { $days } days
    } without activity. Submitted answers are kept for the duration of the CECOPS project, or until you delete them.

    Your rights: /status lists your questionnaires; /delete erases all your data at once (only an anonymous note that consent was given and withdrawn is kept). You may also ask EFUS to access or correct your data, and complain to a data-protection authority such as the CNIL in France.

    Nothing is stored until you accept.
consent-accept = I accept
consent-decline = I do not accept
consent-thanks = Thank you. Let us begin; you can stop at any time and continue later where you left off.
consent-declined = Understood: nothing has been stored. If you change your mind, send /start.

progress = Section { $section } of { $sections } · { $percent }% done
hint-optional = This question is optional.
hint-multi = Select all that apply, then press “Done”.
hint-file = Send a document or a photo.
hint-other = Please specify “{ $choice }”:

button-back = ◀ Back
button-skip = Skip
button-done = Done
button-keep = Keep current answer
button-review = Review answers
button-submit = ✅ Submit
button-continue = Continue
button-edit = ✏️ { $label }

choice-yes = Yes
choice-no = No

review-title = Your answers
review-not-answered = not answered yet
review-skipped = skipped
review-edit-hint = To change an answer, choose it below.
review-complete = Everything is ready. Please check your answers, then submit.
review-incomplete = Some questions still need an answer.
review-use-buttons = Please use the buttons below to change an answer or to submit.
answer-other = { $choice }: { $text }
answer-file = file “{ $name }”
answer-file-unnamed = file
answer-multi-separator = ;{" "}

submitted =
    Thank you! Your experience has been submitted.
    Your reference is { $reference }; please quote it if you write to EFUS.
submitted-forwarded = It has been saved and will be forwarded to EFUS by e-mail.
restart-confirm = Start again from the beginning? All your answers to this questionnaire will be deleted.
restart-done = Your answers have been cleared. Let us start again.

info-first-question = This is the first question.

help-text =
    Answer each question by typing or with the buttons.
    “Back” returns to the previous question; “Skip” passes an optional question.
    You can review and change your answers before submitting, switch language at any time, stop and come back later: your answers are saved as you go.

error-use-buttons = Please use the buttons below.
error-text-expected = Please answer this question with text.
error-file-expected = Please send a document or a photo, or use the buttons below.
error-already-submitted = This questionnaire has already been submitted (reference { $reference }). Send /start to share another experience.
error-required = This question needs an answer.
error-choice = Please choose one of the options below.
error-pick-one = Please select at least one option.
error-empty = The answer is empty. Please type your answer.
error-too-long = This answer is too long ({ $length } characters; the limit is { $max }). Please shorten it.
error-integer = Please enter a whole number between { $min } and { $max }.
error-year = Please enter a year between { NUMBER($min, useGrouping: 0) } and { NUMBER($max, useGrouping: 0) }, for example 2010.
error-email = This does not look like a valid e-mail address. Please check it, for example name@city.eu.
error-phone = This does not look like a valid phone number. Please include the country code, for example +32 2 500 12 34.
error-url = This does not look like a complete web address. Please enter the full address, for example https://www.city.eu/project.
error-country = I could not find that country. Please choose it below or check the spelling.
error-incomplete = Some required questions have not been answered yet.

resume-offer =
    Welcome back! You have an unfinished questionnaire with { $answered ->
        [one] one answer
       *[other] { $answered } answers
    }. Would you like to continue it, or start a new one (the unfinished answers will then be deleted)?
button-resume = Continue where I stopped
button-new = Start a new one
new-draft-started = Your unfinished answers have been deleted. Here is a new questionnaire.
pause-saved = Your answers are saved. Send /resume whenever you wish to continue.
pause-nothing = There is no questionnaire in progress. Send /start to begin.
error-no-draft = There is no questionnaire in progress. Send /start to share an experience.

status-title = Your questionnaires:
status-none = You have not started any questionnaire yet. Send /start to begin.
status-item = { $reference } · { $status } · { $title } · { $date }
status-untitled = (untitled)
status-no-reference = no reference yet
status-draft = in progress
status-submitted = submitted
status-withdrawn = withdrawn
status-submitted-triage = submitted, { $triage }
status-triage-in_review = under review by EFUS
status-triage-selected = selected by EFUS
status-triage-not_selected = not selected this time

erase-confirm = Delete all your data? Your answers, unfinished and submitted questionnaires and files will be erased for good. Only a note that consent was given and withdrawn is kept, with nothing that identifies you.
button-erase = Yes, delete everything
button-cancel = Cancel
erase-done = All your data has been deleted. Thank you for your interest in CECOPS.
erase-cancelled = Nothing has been deleted.
