# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Not applicable
answer-not-applicable = not applicable
hint-not-applicable = If this does not apply to your initiative, choose “Not applicable”.

# /help: the commands that work now, one per line.
help-commands = What you can do now:
help-command = { $command } — { $meaning }

# Before consent, instead of the whole notice again.
consent-reminder = Nothing is stored until you accept the data-protection notice above. Please accept or decline with the buttons below.
button-read-notice = 📄 Read the notice again

# Short notes on the button just pressed (at most 200 characters).
toast-stale = This button belongs to an earlier step; please use the latest message.
toast-already-submitted = This questionnaire has already been submitted (reference { $reference }).

# The review, one section per page.
review-page = Your answers · { $section } ({ $page }/{ $pages })
button-previous = ◀ Previous
button-next = Next ▶
