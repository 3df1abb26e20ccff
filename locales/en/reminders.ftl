# Reminders about unfinished questionnaires, and what EFUS decided about a submission.

cmd-reminders = Turn reminders on or off

reminder-text =
    Your CECOPS questionnaire is not finished yet.
    { $answered ->
        [0] You have not answered any question so far
        [one] You have answered one question
       *[other] You have answered { $answered } questions
    } and { $left ->
        [0] only the review and submission remain.
        [one] one section out of { $sections } is left.
       *[other] { $left } sections out of { $sections } are left.
    }
    Your answers are saved: you can continue exactly where you stopped.
button-reminder-continue = Continue
button-reminder-stop = No more reminders

reminders-off = Understood: you will receive no more reminders. Send /reminders if you would like them back.
reminders-on = Reminders are on again: if you leave a questionnaire unfinished, I will remind you of it.
reminders-unknown = There is nothing to remind you of yet. Send /start to begin the questionnaire.
reminders-status-on = Reminders are on: if you leave a questionnaire unfinished, I will remind you of it.
reminders-status-off = Reminders are off: I will not remind you of an unfinished questionnaire.
button-reminders-on = Turn reminders on
button-reminders-off = Turn reminders off

outcome-selected = Good news! EFUS has selected the experience you shared in questionnaire { $reference } (“{ $title }”) for the CECOPS project. Thank you for taking part.
outcome-not-selected = Thank you for sharing your experience in questionnaire { $reference } (“{ $title }”). EFUS has read it carefully but has not selected it for the CECOPS project at this stage.
outcome-note = A message from the EFUS team:

digest-stalled-reminders = { $count ->
        [0] no reminder sent
        [one] 1 reminder sent ({ $dates })
       *[other] { $count } reminders sent ({ $dates })
    }
digest-stalled-stopped = stopped at: { $question }
