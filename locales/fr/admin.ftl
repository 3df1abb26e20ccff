# Administrators only: exports, statistics and the admin commands.

## Export columns (the question columns are headed by the q-<question>-label messages)

export-column-reference = Référence
export-column-status = Statut du questionnaire
export-column-language = Langue
export-column-country-code = Code pays
export-column-created = Date de début (UTC)
export-column-submitted = Date d’envoi (UTC)
export-column-source = Provenance
# One 0/1 column per choice of a multiple-choice question (--choice-columns).
export-choice-column = { $question } : { $choice }
# The free text typed for the "other" choice, next to its 0/1 column.
export-other-column = { $question } : { $choice } (précision)
export-sheet-title = Questionnaires

## Export options, on the command line and in the bot

export-error-format = Format inconnu « { $value } » : veuillez choisir csv ou xlsx.
export-error-status = Statut inconnu « { $value } » : veuillez choisir submitted, draft ou all.
export-error-language = Langue inconnue « { $value } » : veuillez choisir en, fr, it ou lt.
export-error-country = Pays inconnu « { $value } » : veuillez indiquer un code ISO, par exemple IT, ou le nom d’un pays.
export-error-date = Date non valide « { $value } » : veuillez utiliser le format AAAA-MM-JJ (par exemple 2026-01-31).
export-error-period = La date de début doit être antérieure à la date de fin.
export-error-unknown = Argument inconnu : « { $value } ».
export-error-stdout-xlsx = Impossible d’écrire un fichier XLSX sur la sortie standard : veuillez indiquer un nom de fichier avec --out.
export-progress = Export en cours
export-done =
    { $count ->
        [one] { $count } questionnaire exporté vers { $path }.
       *[other] { $count } questionnaires exportés vers { $path }.
    }

## Admin commands in the bot

admin-export-usage =
    Syntaxe : /export [csv|xlsx] [status=submitted|draft|all] [since=AAAA-MM-JJ] [until=AAAA-MM-JJ] [country=IT] [lang=en|fr|it|lt] [respondent-lang=en|fr|it|lt] [ids] [choice-columns] [no-bom]
    lang : langue des en-têtes et des réponses ; respondent-lang : uniquement les questionnaires remplis dans cette langue ; until : jour indiqué inclus.
    Exemple : /export xlsx status=all since=2026-01-01 country=IT lang=fr
admin-export-empty = Aucun questionnaire ne correspond à ces critères.
admin-export-too-large = Le fichier est trop volumineux pour être envoyé ici ({ $size } Mo, pour une limite de { $max } Mo). Veuillez affiner les critères ou utiliser la ligne de commande : intake export.
admin-export-caption =
    { $count ->
        [one] { $count } questionnaire
       *[other] { $count } questionnaires
    }
admin-export-failed = L’export a échoué ; l’erreur a été consignée dans le journal.
admin-stats-failed = Les statistiques n’ont pas pu être calculées ; l’erreur a été consignée dans le journal.
admin-digest-unavailable = Le récapitulatif n’est pas disponible : l’envoi de courriels n’est pas configuré.
admin-digest-failed = Le récapitulatif n’a pas pu être envoyé ; l’erreur a été consignée dans le journal.

## Statistics

stats-title = Statistiques au { $time } (UTC)
stats-by-status = Questionnaires — envoyés : { $submitted } · en cours : { $drafts } · retirés : { $withdrawn }
stats-period =
    { $days ->
        [one] Dernières 24 heures
       *[other] { $days } derniers jours
    } — envoyés : { $submitted } · commencés : { $started } · personnes répondantes actives : { $active }
stats-drafts =
    Questionnaires en cours : { $drafts }, dont { $recent ->
        [one] { $recent } modifié
       *[other] { $recent } modifiés
    } { $days ->
        [one] au cours des dernières 24 heures
       *[other] au cours des { $days } derniers jours
    }
stats-by-language = Envoyés, par langue : { $list }
stats-by-country = Envoyés, par pays : { $list }
stats-list-item = { $name } : { $count }
stats-more-countries =
    { $count ->
        [one] { $count } autre pays : { $total }
       *[other] { $count } autres pays : { $total }
    }
stats-none = aucun
stats-unknown = non renseigné
