# The terminal chat (`intake chat`): what differs from Telegram (numbers and typed words instead
# of buttons and slash commands). The words themselves are in terminal.ftl.
console-welcome = CECOPS Intake in the terminal. Your answers are saved as you go: type “{ console-word-quit }” to stop, and run the command again to continue.
console-commands = Words you can type: { console-word-back } · { console-word-skip } · { console-word-keep } (the current answer) · { console-word-done } (confirm your choices) · { console-word-review } · { console-word-edit } N · { console-word-submit } · { console-word-lang } en|fr|it|lt · { console-word-restart } · { console-word-resume } · { console-word-status } · { console-word-delete } (your data) · { console-word-cancel } · { console-word-help } · { console-word-quit }
console-choose = Type the number of your choice (or its text).
console-choose-many = Type the numbers of your choices separated by commas (for example 1, 3, 4): they are confirmed at once. A single number selects or unselects that choice; then type “{ console-word-done }”.
console-hint-multi = Select all that apply, then type “{ console-word-done }”.
console-multi-selected = Selected so far: { $numbers }. Type other numbers to add or remove choices, or “{ console-word-done }” to confirm.
console-type-country = Type the number or the name of any country.
console-file = This terminal cannot receive files: type “{ console-word-skip }” if the question is optional.
console-edit = Type “{ console-word-edit } N” to change answer N, or “{ console-word-submit }” to send the questionnaire.
console-continue = Type “{ console-word-continue }” to answer the remaining questions.
console-unknown = I did not understand. Type “{ console-word-help }” to see what you can type.
console-bye = See you soon. Your answers are saved.
console-long-text = Several lines are fine: press Enter on an empty line to end your answer.
console-keep = Type “{ console-word-keep }” to keep it.
console-mail-written = The e-mail EFUS receives has been written to { $path } (no mail server is set up; any mail program opens it).
console-mail-sent = The e-mail has been sent to EFUS.
console-mail-later = The e-mail to EFUS is queued: the bot sends it when it runs, or send it now with “intake outbox send”.

# Terminal wording of shared messages that speak of buttons or slash commands.
console-consent-declined = Understood: nothing has been stored. If you change your mind, type “{ console-word-start }”.
console-consent-reminder = Nothing is stored until you accept the data-protection notice above. Please type 1 to accept or 2 to decline (3 shows the notice again).
console-consent-rights = Your rights: “{ console-word-status }” lists your questionnaires; “{ console-word-delete }” erases all your data at once (only an anonymous note that consent was given and withdrawn is kept). You may also ask EFUS to access or correct your data, and complain to a data-protection authority such as the CNIL in France.
console-review-use-buttons = Please type “{ console-word-edit } N” to change an answer, or “{ console-word-submit }”.
console-error-use-buttons = Please type the number of one of the options.
console-error-file-expected = This terminal cannot receive files: type “{ console-word-skip }” if the question is optional.
console-error-already-submitted = This questionnaire has already been submitted (reference { $reference }). Type “{ console-word-start }” to share another experience.
console-error-no-draft = There is no questionnaire in progress. Type “{ console-word-start }” to share an experience.
console-pause-saved = Your answers are saved. Type “{ console-word-resume }” whenever you wish to continue.
console-pause-nothing = There is no questionnaire in progress. Type “{ console-word-start }” to begin.
console-status-none = You have not started any questionnaire yet. Type “{ console-word-start }” to begin.
console-toast-stale = That choice belongs to an earlier question; please answer the one shown last.
console-help-text =
    Answer each question by typing your answer or the number of an option.
    “{ console-word-back }” returns to the previous question; “{ console-word-skip }” passes an optional question.
    You can review and change your answers before submitting, switch language at any time, stop and come back later: your answers are saved as you go.

cli-no-token =
    TELEGRAM_BOT_TOKEN is not set, so the bot cannot connect to Telegram.
    To get a token, open Telegram, talk to @BotFather, send /newbot and follow the steps; then put TELEGRAM_BOT_TOKEN=<the token> in the environment or in a .env file.
    To try the questionnaire without Telegram, run: intake chat (or make chat).
cli-db-upgraded = The database schema is up to date.
cli-purged = { $count ->
    [one] One unfinished questionnaire was older than the retention period and has been deleted.
   *[other] { $count } unfinished questionnaires were older than the retention period and have been deleted.
}
