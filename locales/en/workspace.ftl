# The staff workspace (web pages), the /web command and `intake web`.
ws-app-name = CECOPS Intake — staff workspace
ws-skip-to-content = Skip to content
ws-nav-label = Main sections
ws-nav-submissions = Submissions
ws-nav-drafts = Drafts in progress
ws-nav-overview = Overview
ws-nav-audit = Audit log
ws-language = Language
ws-language-apply = Change
ws-sign-out = Sign out
ws-back-to-list = Back to the list

ws-signin-title = Sign in to the workspace
ws-signin-explain = This link signs you in once and expires 15 minutes after it was issued.
ws-signin-button = Sign in
ws-signin-needed = Please sign in: send /web to the bot on Telegram and open the link it gives you.
ws-signin-refused = This sign-in link is not valid: it has already been used, it has expired, or it was not issued to a member of staff. Send /web to the bot for a new one.
ws-signed-out-title = You are signed out
ws-signed-out-text = To sign in again, send /web to the bot on Telegram.

ws-error-title = Error { $status }
ws-not-found = Nothing was found at this address. The submission may have been erased.
ws-error-csrf = This form has expired or did not come from the workspace. Please reload the page and try again.
ws-error-admin-only = Only administrators may do this.
ws-error-status = Unknown questionnaire status: the filter was ignored.
ws-error-triage = Unknown triage status.
ws-error-country = Unknown country: use a two-letter code or a country name. The filter was ignored.
ws-error-language = Unknown language: the filter was ignored.
ws-error-activity = Unknown activity: the filter was ignored.
ws-error-date = Dates are written YYYY-MM-DD: the date was ignored.
ws-error-period = The start date must come before the end date: the dates were ignored.

ws-list-title = Submissions
ws-filter-search = Search the answers
ws-filter-status = Questionnaire
ws-filter-triage = Triage status
ws-filter-country = Country
ws-filter-language = Respondent’s language
ws-filter-activity = Activity
ws-filter-since = From
ws-filter-until = To
ws-filter-apply = Apply
ws-filter-reset = Clear the filters
ws-any = Any
ws-facets = Refine
ws-results = { $count ->
    [one] One submission
   *[other] { $count } submissions
}
ws-no-results = No submission matches these filters.
ws-export-csv = Download CSV
ws-export-xlsx = Download Excel (XLSX)
ws-pages = Pages
ws-previous = Previous
ws-next = Next
ws-page-of = Page { $page } of { $pages }
ws-erased = The respondent’s data for { $reference } have been erased.

ws-col-reference = Reference
ws-col-initiative = Initiative
ws-col-city = City
ws-col-country = Country
ws-col-language = Language
ws-col-submitted = Submitted
ws-col-triage = Triage status
ws-col-organisation = Organisation
ws-col-last-activity = Last activity
ws-col-answers = Answers given
ws-col-stopped-at = Stopped at
ws-col-reminder = Reminder

ws-qstatus = Questionnaire
ws-qstatus-submitted = Submitted
ws-qstatus-draft = In progress
ws-qstatus-all = All
ws-qstatus-withdrawn = Withdrawn

ws-triage-new = New
ws-triage-in_review = Under review
ws-triage-selected = Selected
ws-triage-not_selected = Not selected
ws-triage-on_hold = On hold

ws-consent-time = Consent given
ws-source = Source (link)
ws-labels-show-respondent = Show the questions in the respondent’s language ({ $language })
ws-labels-in-respondent = Questions shown in { $language }.
ws-labels-show-staff = Show them in my language
ws-skipped = Skipped
ws-unanswered = Not answered
ws-file = File
ws-file-not-downloadable = download not available: the bot is not configured on this server
ws-file-unavailable = Telegram did not provide this file (it may be too large or no longer available).

ws-triage-title = Triage
ws-status-save = Save the status
ws-notify-respondent = Notify the respondent (for “Selected” and “Not selected” only)
ws-notify-note = Message for the respondent (optional; sent exactly as written, so write it in the respondent’s language)
ws-note-label = Add a note for staff
ws-note-add = Add the note
ws-history = History
ws-event-started = Questionnaire started
ws-event-submitted = Submitted
ws-event-emailed = E-mailed to EFUS
ws-event-mail_failed = The e-mail to EFUS could not be sent
ws-event-status = { $who } changed the status from “{ $old }” to “{ $new }”
ws-event-note = Note by { $who }:
ws-event-notified = { $who } notified the respondent: “{ $status }”

ws-erase-title = Erase the respondent’s data
ws-erase-explain = This erases everything this respondent sent — all their questionnaires, answers and files — exactly as their own /delete command would. It cannot be undone.
ws-erase-confirm = I understand that this cannot be undone
ws-erase-button = Erase the respondent’s data

ws-drafts-title = Drafts in progress
ws-drafts-count = { $count ->
    [one] One questionnaire is being filled in.
   *[other] { $count } questionnaires are being filled in.
}
ws-remind-now = Send a reminder now
ws-reminder-sent = The reminder has been sent.
ws-reminder-failed = The reminder could not be sent.
ws-phase-language = Choosing a language
ws-phase-consent = Reading the consent notice
ws-phase-question = A question
ws-phase-other = A question
ws-phase-review = Reviewing before submitting
ws-phase-restart = Confirming a restart
ws-phase-submitted = Submitted
ws-phase-declined = Declined the consent
ws-phase-unknown = Unknown

ws-overview-title = Overview
ws-chart-country = Submissions by country
ws-chart-activity = Submissions by activity
ws-chart-setting = Submissions by setting
ws-chart-month = Submissions by month
ws-chart-funnel = From consent to submission
ws-chart-stops = Where respondents stop (drafts in progress)
ws-funnel-consented = Consent given
ws-funnel-started = Questionnaires with answers
ws-funnel-submitted = Submitted
ws-funnel-note = Nothing is recorded before a respondent gives consent, so the funnel starts there.
ws-unknown = Unknown
ws-none = Nothing yet.

ws-audit-title = Audit log
ws-audit-when = When
ws-audit-who = Who
ws-audit-what = What
ws-audit-target = About
ws-audit-detail = Detail
ws-audit-sign_in = Signed in
ws-audit-sign_out = Signed out
ws-audit-link = Sign-in link issued
ws-audit-status = Status changed
ws-audit-note = Note added
ws-audit-notified = Respondent notified
ws-audit-export = Export downloaded
ws-audit-erase = Respondent’s data erased
ws-audit-reminder = Reminder sent

cmd-web = Open the staff workspace
web-link = Your sign-in link to the staff workspace (valid 15 minutes, usable once):
    { $link }
cli-web-link-unknown = User { $user } is in neither ADMIN_IDS nor STAFF_IDS: no link was issued.
cli-web-serving = Staff workspace on http://{ $host }:{ $port } (press Ctrl+C to stop).
ws-error-internal = Something went wrong on the server. Nothing was changed; please try again. If it happens again, tell an administrator.
export-column-triage = Triage status
