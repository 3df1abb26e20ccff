"""The CECOPS questionnaire and the pure engine that walks a respondent through it."""
