# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).

## The submission e-mail

# Between a label and its value in the text part of an e-mail.
mail-field-separator = {": "}
mail-subject = New experience { $reference }: { $initiative } ({ $city }, { $country })
mail-not-given = not given
mail-title = New contribution to the CECOPS call for experiences
mail-reference = Reference
mail-submitted-at = Submitted on
mail-respondent-language = Language of the respondent
mail-source = Source link
mail-other-answers = Other answers (questions no longer in the questionnaire)
mail-files = Files sent by the respondent
mail-file-line = { $question }: { $name } ({ $type }, { $size })
mail-file-unnamed = unnamed file
mail-file-attached = attached to this e-mail
mail-file-too-large = not attached: too large for an e-mail
mail-file-not-attached = not attached: it could not be downloaded from Telegram
mail-size-unknown = size unknown
mail-size-kb = { $size } kB
mail-size-mb = { $size } MB
mail-csv-note = The answers are also attached as a spreadsheet file ({ $name }).
mail-reply-note = Replying to this e-mail will write to the respondent ({ $email }).
mail-no-reply-note = The respondent gave no usable e-mail address: replying to this e-mail will not reach them.
mail-footer = This message was sent automatically by the CECOPS Intake assistant.

## The digest

digest-subject = CECOPS digest { $start } – { $end }: { $count ->
        [0] no new submissions
        [one] 1 new submission
       *[other] { $count } new submissions
    }
digest-title = CECOPS call for experiences: digest
digest-period = Period: from { $start } (included) to { $end } (not included).
digest-submissions = { $count ->
        [0] Submissions completed in this period
        [one] 1 submission completed in this period
       *[other] { $count } submissions completed in this period
    }
digest-none = No questionnaire was submitted in this period.
digest-submission-line = { $reference }: { $initiative } ({ $organisation }, { $city }, { $country }), submitted on { $submitted }
digest-by-country = By country
digest-by-activity = By type of activity
digest-by-language = By language of the respondent
digest-stalled = { $days ->
        [one] Drafts without activity for more than a day
       *[other] Drafts without activity for more than { $days } days
    }
digest-stalled-none = None.
digest-stalled-count = { $count ->
        [one] 1 questionnaire was started but not submitted, and has not been touched since.
       *[other] { $count } questionnaires were started but not submitted, and have not been touched since.
    }
digest-stalled-line = started on { $started }, last activity on { $updated }, { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }, language: { $language }
digest-stalled-more = and { $count } more
digest-csv-note = The submissions of the period are attached as a spreadsheet file ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = submission { $reference }
outbox-what-digest = digest
outbox-what-other = e-mail of type “{ $kind }”
outbox-admin-dead =
    ⚠️ An e-mail was refused by the mail server and will not be sent again: { $what }.
    Server reply: { $error }
    Once the cause is fixed, run: intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ An e-mail is still undelivered after { $count ->
        [one] one attempt
       *[other] { $count } attempts
    }: { $what }. Delivery will be retried automatically.
    Last error: { $error }
outbox-admin-refused =
    ⚠️ An e-mail was delivered, but the server refused some of its recipients: { $what }.
    Server reply: { $error }

## Command line

outbox-eml-mode = SMTP_HOST is not set: e-mails are written as .eml files into { $dir } (any mail program opens them).
outbox-send-summary = Sent: { $sent } · to be retried later: { $retried } · failed for good: { $dead } · dropped (the respondent deleted their data): { $dropped }
outbox-list-empty = No e-mail is waiting and none has failed.
outbox-list-row = #{ $id } · { $what } · { $status } · attempts: { $count } · queued on { $created }
outbox-list-next = next attempt: { $next }
outbox-list-sent = sent on { $sent }
outbox-list-error = last error: { $error }
outbox-status-pending = waiting
outbox-status-sent = sent
outbox-status-dead = failed
outbox-retry-which = Give the numbers of the e-mails to retry (see “intake outbox list”), or --all-dead.
outbox-retry-done = { $count ->
        [0] No failed e-mail to retry.
        [one] 1 e-mail queued again.
       *[other] { $count } e-mails queued again.
    }
digest-choose = Choose --preview to print the digest or --send to send it.
digest-sent = The digest from { $start } to { $end } has been sent.
digest-not-sent = The digest from { $start } to { $end } could not be sent yet ({ $error }); it will be retried automatically.
digest-already = The digest from { $start } to { $end } was already prepared on { $claimed }: it is sent only once.
digest-already-sent = It was sent on { $sent }.
