# /digest in the bot: a preview of the period in progress.
admin-digest-preview = Preview of the digest for the current period, as it stands now. Nothing has been sent: the digest will be e-mailed on { $when } to { $recipients ->
        [one] one recipient
       *[other] { $recipients } recipients
    }.
admin-digest-preview-caption = The CSV attached to the digest e-mail.
