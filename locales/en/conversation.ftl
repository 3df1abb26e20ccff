# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}
