# Le guide de bonnes pratiques (guide/) : tout ce qu’il dit autour des réponses, la commande
# `intake guide` et la page Guide de l’espace de l’équipe.

guide-title = Guide de bonnes pratiques
guide-subtitle = L’engagement citoyen volontaire dans les activités de police et de sécurité
guide-project = CECOPS
guide-organisation = FESU – Forum européen pour la sécurité urbaine
guide-contents = Sommaire
guide-introduction = Introduction
guide-intro =
    Ce guide présente des expériences d’engagement citoyen volontaire dans les activités de police et de sécurité, partagées par des villes et des organisations en réponse à l’appel à expériences du projet CECOPS, puis sélectionnées avec les partenaires du projet.
    Chaque chapitre donne le contexte d’une initiative, puis les réponses aux questions de l’appel, reproduites telles quelles dans la langue de la personne répondante.
guide-index-country = Index par pays
guide-index-activity = Index par activité
guide-scores = Évaluations des partenaires : note moyenne par critère
guide-criterion = Critère
guide-mean = Note moyenne
guide-mean-out-of = { $mean } sur { $top }
guide-chapter = Chapitre
guide-page = Page
guide-reference = Référence
guide-anonymous = publiée sans nommer la ville
guide-untitled = Expérience { $reference }
guide-no-country = Pays non indiqué
guide-unanswered = Sans réponse.
guide-not-applicable = Sans objet.
guide-masked = [coordonnées retirées]
guide-answers-language = Les réponses ci-dessous sont reproduites telles quelles, en { $language }.
guide-language-en = anglais
guide-language-fr = français
guide-language-it = italien
guide-language-lt = lituanien
guide-part-description = L’initiative
guide-part-scope = Portée
guide-part-definition = Définition
guide-part-situational = Prévention situationnelle
guide-part-evaluation = Évaluation de l’initiative
guide-part-transfer = Transférabilité
guide-part-sustainability = Durabilité
guide-part-ethics = Éthique et garde-fous
guide-part-difficulties = Difficultés
guide-part-lessons = Enseignements tirés

guide-done = { $count ->
    [0] Guide enregistré dans { $path }, mais il ne contient aucune expérience : aucune contribution de ce statut du tri n’a l’accord de publication de la personne répondante. Marquez des contributions « Retenue » dans l’espace de l’équipe, ou choisissez un autre statut avec --status.
    [one] Guide enregistré dans { $path } : une expérience.
   *[other] Guide enregistré dans { $path } : { $count } expériences.
}
guide-left-out-refused = Écartée : { $reference } « { $title } » – la personne répondante n’a pas accepté la publication.
guide-left-out-unanswered = Écartée : { $reference } « { $title } » – la question sur la publication est restée sans réponse.
guide-left-out-not-found = Écartée : { $reference } – aucune contribution avec cette référence et ce statut du tri.
guide-warning = À vérifier : { $reference }, « { $question } » : le texte nomme encore { $words }.
guide-warning-masked = À vérifier : { $reference }, « { $question } » : des coordonnées ont été retirées du texte : { $words }.
guide-error-extension = Format inconnu pour « { $value } » : le nom du fichier doit se terminer par .docx ou .pdf.
guide-error-status = Statut du tri inconnu « { $value } » : utilisez new, in_review, selected, not_selected, on_hold ou all.
guide-error-order = Ordre inconnu « { $value } » : utilisez country, activity ou manual.
guide-error-lang = Langue inconnue « { $value } » : utilisez en, fr, it ou lt.

ws-nav-guide = Guide
guide-page-title = Guide de bonnes pratiques
guide-page-lead = Le guide reprend les contributions qui ont le statut du tri choisi et dont la personne répondante a accepté la publication ; les autres sont listées ci-dessous, avec la raison.
guide-page-make = Produire le guide
guide-page-lang = Langue du guide
guide-page-status = Statut du tri
guide-page-status-all = Tous les statuts
guide-page-references = Uniquement ces références (facultatif ; séparez-les par des espaces)
guide-page-show = Prévisualiser le guide
guide-page-download-docx = Télécharger en DOCX (modifiable)
guide-page-download-pdf = Télécharger en PDF
guide-page-order = Ordre des chapitres
guide-order-country = Par pays
guide-order-activity = Par activité
guide-order-manual = Personnalisé
guide-page-manual = Ordre personnalisé : une référence par ligne (les autres suivent, par pays)
guide-page-save-order = Enregistrer cet ordre
guide-page-intro = Introduction en { $language }
guide-page-intro-hint = Laissez ce champ vide pour garder l’introduction par défaut.
guide-page-save-intro = Enregistrer cette introduction
guide-page-saved = Enregistré.
guide-page-chapters = { $count ->
    [one] Une expérience dans le guide
   *[other] { $count } expériences dans le guide
}
guide-page-left-out = Écartées
guide-page-none-left-out = Aucune : chaque expérience choisie peut être publiée.
guide-page-warnings = À vérifier avant publication
guide-page-warnings-hint = Ces réponses nomment encore une ville, une organisation ou une personne de contact qui ne devrait pas y figurer. Le guide les reprend telles quelles : corrigez-les dans le DOCX avant de le diffuser (le PDF les montre sans changement). Les coordonnées marquées « retiré du guide » en sont déjà exclues.
guide-page-no-warnings = Aucun texte libre ne nomme une ville, une organisation ou une personne de contact qu’il ne devrait pas nommer.
guide-page-column-reference = Référence
guide-page-column-title = Initiative
guide-page-column-reason = Raison
guide-page-column-question = Question
guide-page-column-words = Mots trouvés
guide-page-masked = retiré du guide
guide-reason-refused = La personne répondante n’a pas accepté la publication.
guide-reason-unanswered = La question sur la publication est restée sans réponse.
guide-reason-not-found = Aucune contribution avec cette référence et ce statut du tri.
guide-error-staff-only = Le guide est réservé à l’équipe du FESU.
