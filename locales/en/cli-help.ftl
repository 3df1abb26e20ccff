# `intake --help`, option descriptions and usage errors (app/cli_help.py), in STAFF_LANGUAGE.
# Ids follow the command path: cli-help-db-backup, cli-option-export-out, cli-argument-db-backup-file.

cli-usage = Usage:
cli-usage-options = [OPTIONS]
cli-usage-command = COMMAND [ARGUMENTS]…
cli-arguments = Arguments:
cli-options = Options:
cli-commands = Commands:
cli-option-help = Show this help and exit.
cli-default = default: { $value }
cli-required = required
cli-metavar-str = TEXT
cli-metavar-int = NUMBER
cli-metavar-float = NUMBER
cli-metavar-path = PATH
cli-metavar-list-int = NUMBERS
cli-metavar-value = VALUE
cli-metavar-file = FILE
cli-metavar-ids = NUMBERS

cli-error = Error: { $message }
cli-error-see-help = For help, type: { $command }
cli-aborted = Stopped.
cli-error-no-such-option = there is no option { $name }.
cli-error-no-such-option-suggest = there is no option { $name } (did you mean { $options }?).
cli-error-option-no-value = the option { $name } takes no value.
cli-error-needs-value = the option { $name } needs a value.
cli-error-missing-option = the option { $name } is required.
cli-error-missing-argument = { $name } is missing.
cli-error-no-such-file = { $name }: “{ $value }” does not exist.
cli-error-bad-path = { $name }: “{ $value }” is not the right kind of path (a file where a folder is expected, or the reverse).
cli-error-not-a-number = { $name } expects a whole number, not “{ $value }”.
cli-error-bad-value = “{ $value }” is not a valid value for { $name }.
cli-error-not-a-number-unnamed = { $name } expects a whole number.
cli-error-bad-value-unnamed = this value is not valid for { $name }.
cli-error-no-such-command = there is no command “{ $name }”. Commands: { $commands }.
cli-error-extra-arguments = too many arguments ({ $arguments }).
cli-error-missing-command = a command is missing.
cli-error-usage = this command line is not valid.

cli-help = CECOPS Intake: the questionnaire on Telegram and in the terminal, the staff workspace, exports and operations.
cli-help-export =
    Export the questionnaires as CSV or XLSX, one row per questionnaire.
    Dates compare with the submission time (the start time for drafts and for --status all).
cli-option-export-out = File to write; “-” writes CSV to the standard output.
cli-option-export-fmt = csv or xlsx (default: from the --out extension, else csv).
cli-option-export-status = submitted, draft or all.
cli-option-export-since = From this day (YYYY-MM-DD, UTC) or ISO 8601 date-time, inclusive.
cli-option-export-until = Up to this day included (YYYY-MM-DD, UTC), or before a date-time.
cli-option-export-lang = Language of headers and answers (default: STAFF_LANGUAGE).
cli-option-export-respondent-lang = Only questionnaires filled in in this language (en, fr, it, lt).
cli-option-export-country = Only this country: ISO code (IT) or name.
cli-option-export-ids = Head columns by question id instead of label.
cli-option-export-choice-columns = One 0/1 column per choice of multiple-choice questions.
cli-option-export-no-bom = CSV without the UTF-8 byte order mark.
cli-help-digest = Print (--preview) or send (--send) the digest of the latest completed period.
cli-option-digest-preview = Print the digest of the latest period.
cli-option-digest-send = Send the digest of the latest period now.
cli-help-doctor = Check this deployment: settings, Telegram, database, e-mail, disk. Exit code 1 if any check fails.
cli-option-doctor-send-test = Also send a test e-mail to EFUS_INBOX.
cli-help-chat = Fill in the questionnaire in the terminal; quit and run it again to resume.
cli-option-chat-lang = Language: en, fr, it, lt.
cli-option-chat-user = Local respondent number: each number has its own questionnaire.
cli-help-run = Run the Telegram bot: long polling, or a webhook server when WEBHOOK_URL is set.
cli-help-db = Database schema and housekeeping.
cli-help-db-backup = Back up the database into FILE while the bot keeps running (SQLite); for PostgreSQL, says how.
cli-argument-db-backup-file = The backup file to write (must not exist).
cli-help-db-restore = Restore FILE into the empty database of DATABASE_URL and migrate it to the newest schema.
cli-argument-db-restore-file = A backup written by “intake db backup”.
cli-help-db-upgrade = Create or migrate the database schema to the latest version.
cli-help-db-purge = Delete drafts untouched for DRAFT_RETENTION_DAYS and old idempotency records.
cli-help-outbox = The e-mail outbox: send what is due, list it, retry failures.
cli-help-outbox-send = Send every e-mail that is due now (the bot does this by itself; this is for cron).
cli-option-outbox-send-quiet = Print nothing unless something was done.
cli-help-outbox-list = List the e-mails waiting to be sent and those that failed for good.
cli-option-outbox-list-show-all = Also list the e-mails already sent.
cli-help-outbox-retry = Queue failed e-mails again (after fixing what made the server refuse them).
cli-argument-outbox-retry-ids = Numbers of the failed e-mails (see “intake outbox list”).
cli-option-outbox-retry-all-dead = Retry every failed e-mail.
cli-help-questionnaire = The questionnaire as an XLSForm workbook (Excel, LibreOffice).
cli-help-questionnaire-export = Write the questionnaire in use, in the four languages, as an XLSForm workbook.
cli-option-questionnaire-export-out = The .xlsx file to write.
cli-help-questionnaire-check = List every problem of a workbook at once (sheet, row, column); exit code 1 if there is any.
cli-argument-questionnaire-check-file = The .xlsx workbook to check.
cli-help-questionnaire-import = After a clean check, write questionnaire.yaml and the four questionnaire.ftl files.
cli-argument-questionnaire-import-file = The .xlsx workbook to import.
cli-option-questionnaire-import-yaml-path = Where to write the YAML file.
cli-option-questionnaire-import-locales = Folder holding the language folders.
cli-help-web = The staff workspace (web pages).
cli-help-web-link = Print a one-time sign-in link (valid 15 minutes) for a member of staff.
cli-option-web-link-user = Telegram user id (in ADMIN_IDS or STAFF_IDS).

cli-option-export-notes = CSV: staff’s notes on these questionnaires instead (the XLSX file has them anyway).
cli-help-guide =
    Write the good-practice guide: the experiences whose respondents agreed to publication.
    Those left out, and free text that still names what must not be published, are listed.
cli-option-guide-lang = Language of the guide: en, fr, it or lt.
cli-option-guide-out = File to write: guide.docx or guide.pdf.
cli-option-guide-status = Triage status of the experiences in the guide, or all.
cli-option-guide-reference = Only this experience (repeat for several).
cli-option-guide-order = country, activity or manual (default: as kept on the Guide page).

cli-help-people = People of the workspace (names, roles).
cli-help-people-add = Add someone (or update them: the Telegram id is the key).
cli-option-people-add-user = Telegram user id.
cli-option-people-add-name = Name, as shown wherever they act.
cli-option-people-add-role = admin, staff or reviewer.
cli-option-people-add-org = Organisation.
cli-option-people-add-country = Two-letter country code, for example GB.
cli-option-people-add-reads = Languages they read, for example en,fr.
cli-help-people-list = Everyone with a record: id, role, name, organisation, country, languages, active.
cli-help-reviews = The partners’ review rounds.
cli-help-reviews-export =
    One row per experience (means, spread, counts, decision), then every review (with the
    confidential comments: this export is for staff).
cli-option-reviews-export-round-name = The name of the review round.
cli-option-reviews-export-out = FILE.csv or FILE.xlsx.

# Why a file is not a workbook (intake questionnaire check/import, QUESTIONNAIRE_FILE).
xlsform-reason-missing = the file does not exist.
xlsform-reason-folder = it is a folder, not a file.
xlsform-reason-permission = permission denied.
xlsform-reason-unreadable = the file cannot be read.
xlsform-reason-not-xlsx = the file is damaged or in another format (save it as .xlsx from Excel or LibreOffice).
xlsform-reason-no-survey = it has no sheet named “survey”.
xlsform-reason-too-large = it is larger than { $limit } MB once unpacked.
