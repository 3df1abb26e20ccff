# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).

## The submission e-mail

# Between a label and its value: a no-break space before the colon, as French typography requires.
mail-field-separator = {"\u00A0: "}
mail-subject = Nouvelle expérience { $reference } : { $initiative } ({ $city }, { $country })
mail-not-given = non renseigné
mail-title = Nouvelle contribution à l’appel à expériences CECOPS
mail-reference = Référence
mail-submitted-at = Envoyée le
mail-respondent-language = Langue de la personne répondante
mail-source = Arrivée par le lien
mail-other-answers = Autres réponses (questions qui ne figurent plus dans le questionnaire)
mail-files = Fichiers envoyés par la personne répondante
mail-file-line = { $question } : { $name } ({ $type }, { $size })
mail-file-unnamed = fichier sans nom
mail-file-attached = joint à ce message
mail-file-too-large = non joint : trop volumineux pour un courriel
mail-file-not-attached = non joint : il n’a pas pu être téléchargé depuis Telegram
mail-size-unknown = taille inconnue
mail-size-kb = { $size } Ko
mail-size-mb = { $size } Mo
mail-csv-note = Les réponses sont également jointes sous forme de tableur ({ $name }).
mail-reply-note = En répondant à ce courriel, vous écrirez à la personne répondante ({ $email }).
mail-no-reply-note = La personne répondante n’a pas indiqué d’adresse électronique utilisable : une réponse à ce courriel ne lui parviendra pas.
mail-footer = Ce message a été envoyé automatiquement par l’assistant CECOPS Intake.

## The digest

digest-subject = Synthèse CECOPS du { $start } au { $end } : { $count ->
        [0] aucun nouvel envoi
        [one] 1 nouvel envoi
       *[other] { $count } nouveaux envois
    }
digest-title = Appel à expériences CECOPS : synthèse
digest-period = Période : du { $start } au { $end } (fin exclue).
digest-submissions = { $count ->
        [0] Questionnaires envoyés pendant la période
        [one] 1 questionnaire envoyé pendant la période
       *[other] { $count } questionnaires envoyés pendant la période
    }
digest-none = Aucun questionnaire n’a été envoyé pendant cette période.
digest-submission-line = { $reference } : { $initiative } ({ $organisation }, { $city }, { $country }), envoyé le { $submitted }
digest-by-country = Par pays
digest-by-activity = Par type d’activité
digest-by-language = Par langue de la personne répondante
digest-stalled = Brouillons sans activité depuis plus de { $days } jours
digest-stalled-none = Aucun.
digest-stalled-count = { $count ->
        [one] 1 questionnaire a été commencé sans être envoyé et n’a plus été modifié depuis.
       *[other] { $count } questionnaires ont été commencés sans être envoyés et n’ont plus été modifiés depuis.
    }
digest-stalled-line = commencé le { $started }, dernière activité le { $updated }, { $count ->
        [one] 1 réponse
       *[other] { $count } réponses
    }, langue : { $language }
digest-stalled-more = et { $count } autres
digest-csv-note = Les envois de la période sont joints sous forme de tableur ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = envoi { $reference }
outbox-what-digest = synthèse
outbox-what-other = courriel de type « { $kind } »
outbox-admin-dead =
    ⚠️ Un courriel a été refusé par le serveur de messagerie et ne sera pas renvoyé : { $what }.
    Réponse du serveur : { $error }
    Une fois la cause corrigée, exécutez : intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ Un courriel n’a toujours pas été remis après { $count } tentatives : { $what }. L’envoi sera réessayé automatiquement.
    Dernière erreur : { $error }
outbox-admin-refused =
    ⚠️ Un courriel a été remis, mais le serveur a refusé certains de ses destinataires : { $what }.
    Réponse du serveur : { $error }

## Command line

outbox-eml-mode = SMTP_HOST n’est pas défini : les courriels sont enregistrés sous forme de fichiers .eml dans { $dir } (tout logiciel de messagerie peut les ouvrir).
outbox-send-summary = Envoyés : { $sent } · à réessayer plus tard : { $retried } · en échec définitif : { $dead } · abandonnés (personne effacée) : { $dropped }
outbox-list-empty = Aucun courriel n’est en attente et aucun n’a échoué.
outbox-list-row = n° { $id } · { $what } · { $status } · tentatives : { $count } · mis en file le { $created }
outbox-list-next = prochaine tentative : { $next }
outbox-list-sent = envoyé le { $sent }
outbox-list-error = dernière erreur : { $error }
outbox-status-pending = en attente
outbox-status-sent = envoyé
outbox-status-dead = en échec
outbox-retry-which = Indiquez les numéros des courriels à renvoyer (voir « intake outbox list »), ou --all-dead.
outbox-retry-done = { $count ->
        [0] Aucun courriel en échec à renvoyer.
        [one] 1 courriel remis en file d’attente.
       *[other] { $count } courriels remis en file d’attente.
    }
digest-choose = Choisissez --preview pour afficher la synthèse ou --send pour l’envoyer.
digest-sent = La synthèse du { $start } au { $end } a été envoyée.
digest-not-sent = La synthèse du { $start } au { $end } n’a pas encore pu être envoyée ({ $error }) ; l’envoi sera réessayé automatiquement.
digest-already = La synthèse du { $start } au { $end } a déjà été prise en charge le { $claimed } par { $by } : elle n’est pas envoyée une seconde fois.
digest-already-sent = Elle a été envoyée le { $sent }.
