# The partners' evaluation: rounds, assignment, reviews, ranking, decisions.
reviews-nav-rounds = Reviews
reviews-nav-mine = My reviews
reviews-rounds-title = Review rounds
reviews-no-rounds = No review round yet.
reviews-round-name = Name
reviews-round-deadline = Deadline
reviews-round-assigned = Assignments
reviews-round-submitted = Reviews submitted
reviews-round-open = Open a round
reviews-round-open-button = Open the round
reviews-round-taken = A round with this name already exists.
reviews-round-invalid = Give the round a name and a deadline.
reviews-all-rounds = All review rounds
reviews-deadline-on = deadline { $date }
reviews-closed = closed
reviews-deadline-button = Move the deadline
reviews-deadline-moved = Deadline moved. Reviews can be written and changed until the end of that day.
reviews-assign-closed = The round is closed: nobody could write new reviews. An administrator can move its deadline to reopen it.
reviews-assign-title = Assign reviewers
reviews-assign-count = Reviewers per experience
reviews-assign-bulk = Assign to every submitted experience
reviews-assign-rules = Never a reviewer from the experience’s own country or organisation, nor one who declared a conflict; the least busy reviewers first, preferably those who read the respondent’s language.
reviews-assign-one = Assign one experience
reviews-assign-one-button = Assign
reviews-assigned-count = { $count ->
    [0] No new assignment.
    [one] One new assignment.
   *[other] { $count } new assignments.
}
reviews-assign-conflict = This reviewer is in conflict with this experience (same country or organisation, or a declared conflict).
reviews-short = Too few reviewers without a conflict for: { $refs }
reviews-filters = Filter the ranking
reviews-any = Any
reviews-apply = Apply
reviews-download-csv = Download CSV
reviews-download-xlsx = Download Excel
reviews-ranking = Ranking
reviews-ranking-empty = No experience is assigned in this round yet.
reviews-tick = Select
reviews-tick-one = Select { $ref }
reviews-col-reference = Reference
reviews-col-title = Experience
reviews-col-country = Country
reviews-col-language = Language
reviews-col-in = Reviews in
reviews-col-expected = Reviews expected
reviews-col-overall = Overall
reviews-col-spread = Spread
reviews-col-disagree = Reviewers disagree
reviews-col-decision = Decision
reviews-col-reviewers = Reviewers
reviews-col-reviewer = Reviewer
reviews-col-round = Round
reviews-col-state = State
reviews-col-submitted = Submitted
reviews-col-comment = comment
reviews-col-recommendation = Recommendation
reviews-col-confidential = Confidential comment for EFUS
reviews-disagree = Reviewers disagree
reviews-yes = yes
reviews-conflict-why = conflict: { $reason }
reviews-decide-ticked = Decision for the selected experiences
reviews-decide = Record the decision
reviews-decided-count = { $count ->
    [0] No experience was selected.
    [one] Decision recorded for one experience.
   *[other] Decision recorded for { $count } experiences.
}
reviews-told-count = { $count ->
    [one] One respondent was told on Telegram.
   *[other] { $count } respondents were told on Telegram.
}
reviews-notify-failed = { $count ->
    [one] One respondent could not be told.
   *[other] { $count } respondents could not be told.
}
reviews-sheet-ranking = Ranking
reviews-sheet-reviews = Reviews
reviews-mine-title = My reviews
reviews-mine-empty = No experience waits for your review.
reviews-state-assigned = to do
reviews-state-in_progress = in progress
reviews-state-submitted = submitted
reviews-state-conflict = conflict declared
reviews-state-gone = deactivated, not counted
reviews-review-title = Review
reviews-go-to-form = Go to the review form
reviews-your-review = Your review
reviews-back = Back
reviews-experience = The experience
reviews-contacts-hidden = The respondent’s contact details are not shown to reviewers.
reviews-read-only = The round is closed: this review can no longer be changed.
reviews-staff-view = The reviewer’s form, as they filled it in.
reviews-comment = Comment (optional)
reviews-recommendation = Overall recommendation
reviews-confidential = Confidential comment for EFUS
reviews-confidential-hint = Only EFUS staff read it; other reviewers never see it.
reviews-save-draft = Save draft
reviews-save-changes = Save changes
reviews-submit = Submit the review
reviews-saved-draft = Draft saved.
reviews-saved-submitted = Review submitted. Thank you! You can now read the other reviews.
reviews-saved-changed = Your changes are saved.
reviews-stale = This review was saved meanwhile from another tab or window. Below is what you were about to save; save again to keep it, or reload the page to see the other version.
reviews-missing-scores = To submit, score every criterion. Still missing:
reviews-conflict-declare = I have a conflict of interest with this experience
reviews-conflict-reason = Why (EFUS staff will read this)
reviews-conflict-button = Declare the conflict and give the experience back
reviews-conflict-declared = Conflict declared: the experience has gone back to EFUS, who will give it to another reviewer.
reviews-others = Other reviews
reviews-others-after = You will see the other reviews once yours is submitted.
reviews-others-none = No other review yet.
reviews-error-not-yours = This review is not assigned to you.
reviews-error-closed = The round is closed: reviews can no longer be changed.
reviews-error-assign = No submitted experience has this reference, or this reviewer is not active.
reviews-error-conflict-late = A conflict is declared before submitting the review, while the round is open. Write to EFUS if you need to withdraw a submitted review.
reviews-error-reason = Please say why you have a conflict.
# Audit log entries of the evaluation.
ws-audit-round_deadline = Round deadline moved
ws-audit-round_opened = Review round opened
ws-audit-assigned = Reviewer assigned
ws-audit-conflict = Conflict declared
ws-audit-review_submitted = Review submitted
ws-audit-review_changed = Review changed
ws-audit-reviews_export = Reviews downloaded
# Telegram messages to reviewers.
reviewer-assigned = { $count ->
    [one] One experience waits for your review in “{ $round }” (deadline { $deadline }). Send /web to open it.
   *[other] { $count } experiences wait for your review in “{ $round }” (deadline { $deadline }). Send /web to open them.
}
reviewer-reminder = { $count ->
    [one] Reminder: one review is still unfinished in “{ $round }”; the deadline is { $deadline }. Send /web to finish it.
   *[other] Reminder: { $count } reviews are still unfinished in “{ $round }”; the deadline is { $deadline }. Send /web to finish them.
}
# intake reviews export
cli-reviews-no-round = No review round is named “{ $round }”.
cli-reviews-exported = { $count ->
    [one] One experience written to { $path }.
   *[other] { $count } experiences written to { $path }.
}
cli-reviews-rounds = Review rounds: { $names }
cli-reviews-bad-format = The file name must end in .csv or .xlsx.
