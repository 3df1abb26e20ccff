# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Netaikoma
answer-not-applicable = netaikoma
hint-not-applicable = Jei šis klausimas Jūsų iniciatyvai netinka, pasirinkite „Netaikoma“.
