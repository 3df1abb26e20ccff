# `intake doctor`: one line per check of a deployment; after a ✗, what to do about it.

doctor-config-ok = Configuration: valid
doctor-config-bad = Configuration: { $problem } Correct { $setting } in .env or in the environment.
doctor-token-missing = Telegram: TELEGRAM_BOT_TOKEN is not set. Put the token from @BotFather into .env.
doctor-token-ok = Telegram: the token works, bot @{ $username } ({ $name })
doctor-token-refused = Telegram: the token was refused ({ $error }). Ask @BotFather for the current token (/token) and put it into .env.
doctor-telegram-error = Telegram: the Bot API answered with an error ({ $error }).
doctor-telegram-unreachable = Telegram: { $url } cannot be reached ({ $error }). Check the server’s network access and TELEGRAM_API_URL.
doctor-updates-unknown = Updates: not checked without a token.
doctor-updates-unreachable = Updates: not checked, as Telegram cannot be reached.
doctor-updates-error = Updates: the Bot API answered with an error ({ $error }).
doctor-polling-ok =
    Updates: long polling, no webhook registered; { $pending ->
        [0] no update waiting
        [one] { $pending } update waiting
       *[other] { $pending } updates waiting
    }
doctor-polling-webhook-set = Updates: WEBHOOK_URL is empty, but Telegram delivers to { $url }. Set WEBHOOK_URL, or stop the other deployment and start this bot, which switches to long polling.
doctor-webhook-other = Updates: WEBHOOK_URL is { $url }, but Telegram delivers to { $registered }. Start the bot (intake run): it registers its webhook.
doctor-webhook-failing = Updates: Telegram’s last delivery to the webhook failed { $minutes } min ago ({ $error }). Check the reverse proxy, its certificate and WEBHOOK_PORT.
doctor-webhook-ok =
    Updates: webhook { $url } registered; { $pending ->
        [0] no update waiting
        [one] { $pending } update waiting
       *[other] { $pending } updates waiting
    }
doctor-database-ok = Database: { $url } answers, schema at the latest revision ({ $revision })
doctor-database-behind = Database: { $url } is at revision { $revision }, the latest is { $head }. Run: intake db upgrade
doctor-database-down = Database: { $url } does not answer ({ $error }). Check DATABASE_URL and that the database server is running.
doctor-outbox-unknown = Outbox: not checked without the database.
doctor-outbox-ok =
    Outbox: { $pending ->
        [0] no e-mail waiting
        [one] { $pending } e-mail waiting for { $minutes } min
       *[other] { $pending } e-mails waiting, the oldest for { $minutes } min
    }, { $sent } sent, no dead letter
doctor-outbox-dead =
    Outbox: { $dead ->
        [one] { $dead } e-mail could not be delivered
       *[other] { $dead } e-mails could not be delivered
    }. See why with: intake outbox list, then resend with: intake outbox retry --all-dead
doctor-outbox-stuck =
    Outbox: { $pending ->
        [one] { $pending } e-mail waiting for { $minutes } min
       *[other] { $pending } e-mails waiting, the oldest for { $minutes } min
    }. See the SMTP line above and: intake outbox list
doctor-smtp-none = E-mail: no SMTP_HOST, so e-mails are written as .eml files into { $dir }
doctor-smtp-ok =
    SMTP: { $server } answers, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] unencrypted
    }, no login
doctor-smtp-ok-login =
    SMTP: { $server } answers, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] unencrypted
    }, logged in as { $user }
doctor-smtp-down = SMTP: { $server } cannot be reached ({ $error }). Check SMTP_HOST, SMTP_PORT and SMTP_SECURITY, and that the server accepts connections from here.
doctor-smtp-tls-failed = SMTP: { $server } did not start encryption ({ $error }). Check SMTP_SECURITY (starttls or ssl) against SMTP_PORT.
doctor-smtp-login-refused = SMTP: { $server } refused the login of { $user } ({ $error }). Check SMTP_USERNAME and SMTP_PASSWORD.
doctor-test-sent = Test e-mail: sent to { $to } ({ $where })
doctor-test-failed = Test e-mail: not sent ({ $error }).
doctor-test-subject = CECOPS Intake: test e-mail
doctor-test-body = This e-mail was sent by “intake doctor --send-test” to check that e-mails from the CECOPS Intake bot reach this inbox. No reply is needed.
doctor-dir-ok = Outbox folder: { $dir } is writable
doctor-dir-bad = Outbox folder: { $dir } is not writable ({ $error }). Create it and give the bot’s user write access, or change OUTBOX_DIR.
doctor-disk-ok = Disk: { NUMBER($free, maximumFractionDigits: 1) } GB free on { $path }
doctor-disk-low = Disk: only { NUMBER($free, maximumFractionDigits: 1) } GB free on { $path }. Free some space: at least { NUMBER($need, maximumFractionDigits: 1) } GB.
doctor-web-ok = Staff workspace: { $url } answers (HTTP { $status })
doctor-web-down = Staff workspace: { $url } does not answer ({ $error }). Check that the bot (intake run) or intake web is running, and the reverse proxy.
doctor-summary-ok = All { $count } checks passed.
doctor-summary-bad =
    { $failed ->
        [one] { $failed } check failed.
       *[other] { $failed } checks failed.
    }
