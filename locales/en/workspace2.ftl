# The staff workspace: working through a list, facets, columns, bulk triage, drafts, audit.
ws2-error-facet = A choice in the address is not one of this questionnaire’s: it was ignored.
ws2-filter-label = { $filter }: { $value }
ws2-facet-remove = Remove the filter:
ws2-columns = Columns
ws2-columns-explain = Answers to show as columns in the list
ws2-columns-apply = Show these columns
ws2-bulk-label = For the ticked submissions, set the triage status to
ws2-bulk-apply = Apply to the ticked submissions
ws2-bulk-select = Tick
ws2-bulk-select-one = Tick { $reference }
ws2-bulk-done = { $count ->
    [0] No status was changed: tick the submissions to change first.
    [one] The status of one submission was changed.
   *[other] The status of { $count } submissions was changed.
}
ws2-draft-no-reference = Draft (no reference yet)
ws2-draft-started = started on { $date }, not sent
ws2-walk-label = This submission in the list
ws2-position = { $position } of { $total } in the list
ws2-previous-submission = ← Previous
ws2-next-submission = Next →
ws2-note-label = Note for staff (optional)
ws2-save-decision = Save
ws2-saved-saved = Saved: the status is now “{ $status }”.
ws2-saved-notified = Saved: the status is now “{ $status }”, and the respondent has been told.
ws2-saved-not-notified = The status “{ $status }” is saved, but the message to the respondent could not be sent. Try again later.
ws2-col-reminders = Reminders sent
ws2-draft-untitled = (no name yet)
ws2-draft-title = Draft in progress
ws2-back-to-drafts = Back to the drafts
ws2-draft-read-only = The respondent is still filling this questionnaire in: these are the answers so far, read-only.
ws2-started = Started
ws2-draft-no-answers = No answer yet.
ws2-draft-gone = This draft no longer exists: it has been sent, deleted or erased.
ws2-times-in = Times are shown in the { $zone } time zone.
ws2-signin-needed-no-bot = Please sign in: ask an administrator for a sign-in link (they create it on the server with “.venv/bin/intake web link --user <your Telegram id>”).
ws2-signin-refused-no-bot = This sign-in link is not valid: it has already been used, it has expired, or it was not issued to a member of staff. Ask an administrator for a new one (“.venv/bin/intake web link”).
ws2-signed-out-no-bot = To sign in again, ask an administrator for a new sign-in link (“.venv/bin/intake web link”).
ws2-error-next-server = Nothing was changed. Go back to the list and try again; if it happens again, tell an administrator.
ws2-error-next-not-found = Check the reference, or look for the submission in the list.
ws2-audit-gone = an erased submission
ws2-audit-draft = a draft
ws2-audit-status-change = “{ $old }” → “{ $new }”
ws2-audit-reminder-sent = sent
ws2-audit-reminder-not-sent = could not be sent
ws2-audit-export-all = every submitted questionnaire
ws2-audit-export-notes = CSV of the notes
ws2-export-notes = Download the notes (CSV)

# Exports: staff's columns and the notes sheet (admin/export.py).
export2-column-decided-at = Last decision (UTC)
export2-column-decided-by = Decided by
export2-column-latest-note = Latest note
export2-notes-sheet = Notes
export2-notes-at = When (UTC)
export2-notes-who = By
export2-notes-what = What
export2-notes-note = Note
export2-notes-status = Status: “{ $old }” → “{ $new }”
export2-notes-notified = Respondent told: “{ $status }”
export2-notes-plain = Note

# The facets chosen, above the results.
ws2-chosen = Chosen in the facets

# The list's filters beyond the search, folded until one is used.
ws2-more-filters = More filters
