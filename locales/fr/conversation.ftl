# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review: a no-break space before the colon.
review-separator = {"\u00A0: "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Sans objet
answer-not-applicable = sans objet
hint-not-applicable = Si cette question ne concerne pas votre initiative, choisissez « Sans objet ».

# /help : les commandes utiles maintenant, une par ligne.
help-commands = Ce que vous pouvez faire maintenant :
help-command = { $command } — { $meaning }

# Avant le consentement, au lieu de renvoyer toute la notice.
consent-reminder = Rien n’est enregistré tant que vous n’avez pas accepté la notice sur la protection des données ci-dessus. Veuillez accepter ou refuser à l’aide des boutons ci-dessous.
button-read-notice = 📄 Relire la notice

# Brèves notes sur le bouton qui vient d’être pressé (200 caractères au plus).
toast-stale = Ce bouton appartient à une étape précédente ; veuillez utiliser le dernier message.
toast-already-submitted = Ce questionnaire a déjà été envoyé (référence { $reference }).

# La relecture, une partie par page.
review-page = Vos réponses · { $section } ({ $page }/{ $pages })
button-previous = ◀ Précédent
button-next = Suivant ▶
