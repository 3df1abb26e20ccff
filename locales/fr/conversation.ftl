# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review: a no-break space before the colon.
review-separator = {"\u00A0: "}
