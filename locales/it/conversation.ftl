# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Non pertinente
answer-not-applicable = non pertinente
hint-not-applicable = Se la domanda non riguarda la Sua iniziativa, scelga «Non pertinente».
