# The answer already given, shown under its question (the answer follows the label).
current-answer-label = Réponse actuelle :
