# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review: a no-break space before the colon.
review-separator = {"\u00A0: "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Sans objet
answer-not-applicable = sans objet
hint-not-applicable = Si cette question ne concerne pas votre initiative, choisissez « Sans objet ».
