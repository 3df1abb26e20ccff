# L’évaluation par les partenaires : tours, attributions, évaluations, classement, décisions.
reviews-nav-rounds = Évaluations des partenaires
reviews-nav-mine = Mes évaluations
reviews-rounds-title = Tours d’évaluation
reviews-no-rounds = Aucun tour d’évaluation pour l’instant.
reviews-round-name = Nom
reviews-round-deadline = Date limite
reviews-round-assigned = Attributions
reviews-round-submitted = Évaluations remises
reviews-round-open = Ouvrir un tour
reviews-round-open-button = Ouvrir le tour
reviews-round-taken = Un tour porte déjà ce nom.
reviews-round-invalid = Donnez un nom et une date limite au tour.
reviews-all-rounds = Tous les tours d’évaluation
reviews-deadline-on = date limite : { $date }
reviews-closed = clos
reviews-deadline-button = Modifier la date limite
reviews-deadline-moved = Date limite modifiée. Les évaluations peuvent être rédigées et modifiées jusqu’à la fin de cette journée.
reviews-assign-closed = Le tour est clos : personne ne peut plus rédiger d’évaluation. Pour le rouvrir, un administrateur ou une administratrice peut reporter sa date limite.
reviews-assign-title = Attribuer les évaluations
reviews-assign-count = Nombre de partenaires par expérience
reviews-assign-bulk = Attribuer toutes les expériences envoyées
reviews-assign-rules = Jamais un partenaire du même pays ou de la même organisation que l’expérience, ni un partenaire qui a déclaré un conflit d’intérêts ; d’abord les moins sollicités, de préférence ceux qui lisent la langue de la personne répondante.
reviews-assign-one = Attribuer une expérience
reviews-assign-one-button = Attribuer
reviews-assigned-count = { $count ->
    [0] Aucune nouvelle attribution.
    [one] Une nouvelle attribution.
   *[other] { $count } nouvelles attributions.
}
reviews-assign-conflict = Ce partenaire a un conflit d’intérêts avec cette expérience (même pays ou même organisation, ou conflit déclaré).
reviews-short = Trop peu de partenaires sans conflit d’intérêts pour : { $refs }
reviews-filters = Filtrer le classement
reviews-any = Indifférent
reviews-apply = Appliquer
reviews-download-csv = Télécharger en CSV
reviews-download-xlsx = Télécharger en Excel
reviews-ranking = Classement
reviews-ranking-empty = Aucune expérience n’est encore attribuée dans ce tour.
reviews-tick = Sélectionner
reviews-tick-one = Sélectionner { $ref }
reviews-col-reference = Référence
reviews-col-title = Expérience
reviews-col-country = Pays
reviews-col-language = Langue
reviews-col-in = Évaluations remises
reviews-col-expected = Évaluations attendues
reviews-col-overall = Moyenne générale
reviews-col-spread = Écart
reviews-col-disagree = Avis divergents
reviews-col-decision = Décision
reviews-col-reviewers = Partenaires
reviews-col-reviewer = Partenaire
reviews-col-round = Tour
reviews-col-state = État
reviews-col-submitted = Remise le
reviews-col-comment = commentaire
reviews-col-recommendation = Recommandation
reviews-col-confidential = Commentaire confidentiel pour le FESU
reviews-disagree = Avis divergents
reviews-yes = oui
reviews-conflict-why = conflit : { $reason }
reviews-decide-ticked = Décision pour les expériences sélectionnées
reviews-decide = Enregistrer la décision
reviews-decided-count = { $count ->
    [0] Aucune expérience n’était sélectionnée.
    [one] Décision enregistrée pour une expérience.
   *[other] Décision enregistrée pour { $count } expériences.
}
reviews-told-count = { $count ->
    [one] Une personne répondante a été prévenue sur Telegram.
   *[other] { $count } personnes répondantes ont été prévenues sur Telegram.
}
reviews-notify-failed = { $count ->
    [one] Une personne répondante n’a pas pu être prévenue.
   *[other] { $count } personnes répondantes n’ont pas pu être prévenues.
}
reviews-sheet-ranking = Classement
reviews-sheet-reviews = Évaluations
reviews-mine-title = Mes évaluations
reviews-mine-empty = Aucune expérience n’attend votre évaluation.
reviews-state-assigned = à faire
reviews-state-in_progress = en cours
reviews-state-submitted = remise
reviews-state-conflict = conflit déclaré
reviews-state-gone = accès désactivé, évaluation non comptée
reviews-review-title = Évaluation du partenaire
reviews-go-to-form = Aller au formulaire d’évaluation
reviews-your-review = Votre évaluation
reviews-back = Retour
reviews-experience = L’expérience
reviews-contacts-hidden = Les coordonnées de la personne répondante ne sont pas montrées aux partenaires.
reviews-read-only = Le tour est clos : cette évaluation ne peut plus être modifiée.
reviews-staff-view = Le formulaire tel que le partenaire l’a rempli.
reviews-comment = Commentaire (facultatif)
reviews-recommendation = Recommandation générale
reviews-confidential = Commentaire confidentiel pour le FESU
reviews-confidential-hint = Seule l’équipe du FESU le lit ; les autres partenaires ne le voient jamais.
reviews-save-draft = Enregistrer le brouillon
reviews-save-changes = Enregistrer les modifications
reviews-submit = Remettre l’évaluation
reviews-saved-draft = Brouillon enregistré.
reviews-saved-submitted = Évaluation remise. Merci ! Vous pouvez maintenant lire les autres évaluations.
reviews-saved-changed = Vos modifications ont été enregistrées.
reviews-stale = Cette évaluation a été enregistrée entre-temps depuis un autre onglet ou une autre fenêtre. Vous trouverez ci-dessous ce que vous alliez enregistrer : enregistrez à nouveau pour le conserver, ou rechargez la page pour afficher l’autre version.
reviews-missing-scores = Pour remettre l’évaluation, attribuez une note à chaque critère. Critères encore sans note :
reviews-conflict-declare = J’ai un conflit d’intérêts avec cette expérience
reviews-conflict-reason = Motif (il sera lu par l’équipe du FESU)
reviews-conflict-button = Déclarer le conflit et renoncer à cette évaluation
reviews-conflict-declared = Conflit déclaré : l’expérience retourne au FESU, qui la confiera à un autre partenaire.
reviews-others = Autres évaluations
reviews-others-after = Vous verrez les autres évaluations une fois la vôtre remise.
reviews-others-none = Aucune autre évaluation pour l’instant.
reviews-error-not-yours = Cette évaluation ne vous est pas attribuée.
reviews-error-closed = Le tour est clos : les évaluations ne peuvent plus être modifiées.
reviews-error-assign = Aucune expérience envoyée ne porte cette référence, ou ce partenaire n’a plus d’accès actif.
reviews-error-conflict-late = Un conflit d’intérêts doit être déclaré avant la remise de l’évaluation, tant que le tour est ouvert. Pour retirer une évaluation déjà remise, écrivez au FESU.
reviews-error-reason = Veuillez indiquer le motif du conflit.
# Entrées du journal d’audit de l’évaluation.
ws-audit-round_deadline = Date limite du tour modifiée
ws-audit-round_opened = Tour d’évaluation ouvert
ws-audit-assigned = Évaluation attribuée
ws-audit-conflict = Conflit déclaré
ws-audit-review_submitted = Évaluation remise
ws-audit-review_changed = Évaluation modifiée
ws-audit-reviews_export = Évaluations téléchargées
# Messages Telegram aux partenaires.
reviewer-assigned = { $count ->
    [one] Une expérience attend votre évaluation dans le tour « { $round } » (date limite : { $deadline }). Envoyez /web pour l’ouvrir.
   *[other] { $count } expériences attendent votre évaluation dans le tour « { $round } » (date limite : { $deadline }). Envoyez /web pour les ouvrir.
}
reviewer-reminder = { $count ->
    [one] Rappel : une évaluation reste à terminer dans le tour « { $round } » ; la date limite est le { $deadline }. Envoyez /web pour la terminer.
   *[other] Rappel : { $count } évaluations restent à terminer dans le tour « { $round } » ; la date limite est le { $deadline }. Envoyez /web pour les terminer.
}
# intake reviews export
cli-reviews-no-round = Aucun tour d’évaluation ne s’appelle « { $round } ».
cli-reviews-exported = { $count ->
    [one] Une expérience exportée dans { $path }.
   *[other] { $count } expériences exportées dans { $path }.
}
cli-reviews-rounds = Tours d’évaluation : { $names }
cli-reviews-bad-format = Le nom du fichier doit se terminer par .csv ou .xlsx.
