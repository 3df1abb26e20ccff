# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).
# French terms: « courriel », « récapitulatif » (digest, as in bot.ftl), « personne répondante »,
# « questionnaire envoyé » (submission). Typography: U+00A0 before « : » and inside « »,
# U+202F before ; ! ?, and U+00A0 between a number and its unit (Ko, Mo).

## The submission e-mail

# Between a label and its value: a no-break space before the colon, as French typography requires.
mail-field-separator = {"\u00A0: "}
mail-subject = Nouvelle expérience { $reference } : { $initiative } ({ $city }, { $country })
mail-not-given = non renseigné
mail-title = Nouvelle contribution à l’appel à expériences CECOPS
mail-reference = Référence
mail-submitted-at = Date d’envoi
mail-respondent-language = Langue de la personne répondante
mail-source = Provenance (lien d’accès)
mail-other-answers = Autres réponses (questions qui ne figurent plus dans le questionnaire)
mail-files = Fichiers envoyés par la personne répondante
mail-file-line = { $question } : { $name } ({ $type }, { $size })
mail-file-unnamed = fichier sans nom
mail-file-attached = joint à ce courriel
mail-file-too-large = non joint : trop volumineux pour être envoyé par courriel
mail-file-not-attached = non joint : le téléchargement depuis Telegram a échoué
mail-size-unknown = taille inconnue
mail-size-kb = { $size } Ko
mail-size-mb = { $size } Mo
mail-csv-note = Les réponses figurent également en pièce jointe, sous forme de tableur ({ $name }).
mail-reply-note = Si vous répondez à ce courriel, votre message sera adressé à la personne répondante ({ $email }).
mail-no-reply-note = La personne répondante n’a pas indiqué d’adresse électronique utilisable : si vous répondez à ce courriel, votre message ne lui parviendra pas.
mail-footer = Ce courriel a été envoyé automatiquement par l’assistant CECOPS Intake.

## The digest

digest-subject = Récapitulatif CECOPS du { $start } au { $end } : { $count ->
        [0] aucun nouveau questionnaire
        [one] { $count } nouveau questionnaire
       *[other] { $count } nouveaux questionnaires
    }
digest-title = Appel à expériences CECOPS : récapitulatif
digest-period = Période : du { $start } (inclus) au { $end } (exclu).
digest-submissions = { $count ->
        [0] Questionnaires envoyés pendant la période
        [one] { $count } questionnaire envoyé pendant la période
       *[other] { $count } questionnaires envoyés pendant la période
    }
digest-none = Aucun questionnaire n’a été envoyé pendant cette période.
digest-submission-line = { $reference } : { $initiative } ({ $organisation }, { $city }, { $country }), envoyé le { $submitted }
digest-by-country = Par pays
digest-by-activity = Par type d’activité
digest-by-language = Par langue de la personne répondante
digest-stalled = { $days ->
        [one] Questionnaires inachevés sans activité depuis plus de { $days } jour
       *[other] Questionnaires inachevés sans activité depuis plus de { $days } jours
    }
digest-stalled-none = Aucun.
digest-stalled-count = { $count ->
        [one] { $count } questionnaire a été commencé mais jamais envoyé ; il n’a plus été modifié depuis.
       *[other] { $count } questionnaires ont été commencés mais jamais envoyés ; ils n’ont plus été modifiés depuis.
    }
digest-stalled-line = commencé le { $started }, dernière activité le { $updated }, { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }, langue : { $language }
digest-stalled-more = { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }
digest-csv-note = Les questionnaires envoyés pendant la période figurent en pièce jointe, sous forme de tableur ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = questionnaire { $reference }
outbox-what-digest = récapitulatif
outbox-what-other = courriel de type « { $kind } »
outbox-admin-dead =
    ⚠️ Un courriel a été refusé par le serveur de messagerie et ne sera plus renvoyé automatiquement : { $what }.
    Réponse du serveur : { $error }
    Une fois le problème résolu, exécutez : intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ Un courriel n’a toujours pas pu être remis après { $count ->
        [one] { $count } tentative
       *[other] { $count } tentatives
    } : { $what }. De nouvelles tentatives auront lieu automatiquement.
    Dernière erreur : { $error }
outbox-admin-refused =
    ⚠️ Un courriel a été remis, mais le serveur a refusé certains de ses destinataires : { $what }.
    Réponse du serveur : { $error }

## Command line

outbox-eml-mode = SMTP_HOST n’est pas défini : les courriels sont enregistrés sous forme de fichiers .eml dans { $dir } (tout logiciel de messagerie peut les ouvrir).
outbox-send-summary = Envoyés : { $sent } · à retenter plus tard : { $retried } · en échec définitif : { $dead } · abandonnés (données supprimées par la personne répondante) : { $dropped }
outbox-list-empty = Aucun courriel n’est en attente ni en échec.
outbox-list-row = n° { $id } · { $what } · { $status } · tentatives : { $count } · mis en file d’attente le { $created }
outbox-list-next = prochaine tentative : { $next }
outbox-list-sent = envoyé le { $sent }
outbox-list-error = dernière erreur : { $error }
outbox-status-pending = en attente
outbox-status-sent = envoyé
outbox-status-dead = en échec
outbox-retry-which = Indiquez les numéros des courriels à renvoyer (voir « intake outbox list »), ou --all-dead.
outbox-retry-done = { $count ->
        [0] Aucun courriel en échec à renvoyer.
        [one] { $count } courriel remis en file d’attente.
       *[other] { $count } courriels remis en file d’attente.
    }
digest-choose = Choisissez --preview pour afficher le récapitulatif ou --send pour l’envoyer.
digest-sent = Le récapitulatif du { $start } au { $end } a été envoyé.
digest-not-sent = Le récapitulatif du { $start } au { $end } n’a pas encore pu être envoyé ({ $error }) ; une nouvelle tentative aura lieu automatiquement.
digest-already = Le récapitulatif du { $start } au { $end } a déjà été préparé le { $claimed } : il n’est envoyé qu’une fois.
digest-already-sent = Il a été envoyé le { $sent }.
