# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Not applicable
answer-not-applicable = not applicable
hint-not-applicable = If this does not apply to your initiative, choose “Not applicable”.
