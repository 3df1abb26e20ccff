# `intake doctor` : une ligne par point vérifié ; après un ✗, ce qu'il faut faire.

doctor-config-ok = Configuration : valide
doctor-config-bad = Configuration : { $problem } Corrigez { $setting } dans .env ou dans l’environnement.
doctor-token-missing = Telegram : TELEGRAM_BOT_TOKEN n’est pas défini. Indiquez dans .env le jeton fourni par @BotFather.
doctor-token-ok = Telegram : le jeton fonctionne, bot @{ $username } ({ $name })
doctor-token-refused = Telegram : le jeton a été refusé ({ $error }). Demandez le jeton actuel à @BotFather (/token) et indiquez-le dans .env.
doctor-telegram-error = Telegram : l’API Bot a répondu par une erreur ({ $error }).
doctor-telegram-unreachable = Telegram : { $url } est injoignable ({ $error }). Vérifiez l’accès réseau du serveur et TELEGRAM_API_URL.
doctor-updates-unknown = Mises à jour : non vérifiées faute de jeton.
doctor-updates-unreachable = Mises à jour : non vérifiées, Telegram étant injoignable.
doctor-updates-error = Mises à jour : l’API Bot a répondu par une erreur ({ $error }).
doctor-polling-ok =
    Mises à jour : interrogation longue (long polling), aucun webhook enregistré ; { $pending ->
        [0] aucune mise à jour en attente
        [one] { $pending } mise à jour en attente
       *[other] { $pending } mises à jour en attente
    }
doctor-polling-webhook-set = Mises à jour : WEBHOOK_URL est vide, mais Telegram envoie à { $url }. Définissez WEBHOOK_URL, ou arrêtez l’autre déploiement et démarrez ce bot, qui passera en interrogation longue.
doctor-webhook-other = Mises à jour : WEBHOOK_URL vaut { $url }, mais Telegram envoie à { $registered }. Démarrez le bot (intake run) : il enregistre son webhook.
doctor-webhook-failing = Mises à jour : la dernière livraison de Telegram au webhook a échoué il y a { $minutes } min ({ $error }). Vérifiez le proxy inverse, son certificat et WEBHOOK_PORT.
doctor-webhook-ok =
    Mises à jour : webhook { $url } enregistré ; { $pending ->
        [0] aucune mise à jour en attente
        [one] { $pending } mise à jour en attente
       *[other] { $pending } mises à jour en attente
    }
doctor-database-ok = Base de données : { $url } répond, schéma à la dernière révision ({ $revision })
doctor-database-behind = Base de données : { $url } est à la révision { $revision }, la dernière est { $head }. Exécutez : intake db upgrade
doctor-database-down = Base de données : { $url } ne répond pas ({ $error }). Vérifiez DATABASE_URL et que le serveur de base de données fonctionne.
doctor-outbox-unknown = File d’envoi : non vérifiée sans la base de données.
doctor-outbox-ok =
    File d’envoi : { $pending ->
        [0] aucun courriel en attente
        [one] { $pending } courriel en attente depuis { $minutes } min
       *[other] { $pending } courriels en attente, le plus ancien depuis { $minutes } min
    }, { $sent } envoyés, aucun en échec définitif
doctor-outbox-dead =
    File d’envoi : { $dead ->
        [one] { $dead } courriel n’a pas pu être remis
       *[other] { $dead } courriels n’ont pas pu être remis
    }. Voyez pourquoi avec : intake outbox list, puis renvoyez-les avec : intake outbox retry --all-dead
doctor-outbox-stuck =
    File d’envoi : { $pending ->
        [one] { $pending } courriel en attente depuis { $minutes } min
       *[other] { $pending } courriels en attente, le plus ancien depuis { $minutes } min
    }. Voyez la ligne SMTP ci-dessus et : intake outbox list
doctor-smtp-none = Courriel : pas de SMTP_HOST, les courriels sont donc écrits sous forme de fichiers .eml dans { $dir }
doctor-smtp-ok =
    SMTP : { $server } répond, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] sans chiffrement
    }, sans identification
doctor-smtp-ok-login =
    SMTP : { $server } répond, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] sans chiffrement
    }, connecté en tant que { $user }
doctor-smtp-down = SMTP : { $server } est injoignable ({ $error }). Vérifiez SMTP_HOST, SMTP_PORT et SMTP_SECURITY, et que le serveur accepte les connexions depuis cette machine.
doctor-smtp-tls-failed = SMTP : { $server } n’a pas établi le chiffrement ({ $error }). Vérifiez que SMTP_SECURITY (starttls ou ssl) correspond à SMTP_PORT.
doctor-smtp-login-refused = SMTP : { $server } a refusé l’identification de { $user } ({ $error }). Vérifiez SMTP_USERNAME et SMTP_PASSWORD.
doctor-test-sent = Courriel de test : envoyé à { $to } ({ $where })
doctor-test-failed = Courriel de test : non envoyé ({ $error }).
doctor-test-subject = CECOPS Intake : courriel de test
doctor-test-body = Ce courriel a été envoyé par « intake doctor --send-test » pour vérifier que les courriels du bot CECOPS Intake parviennent à cette boîte. Il n’appelle aucune réponse.
doctor-dir-ok = Dossier d’envoi : { $dir } est accessible en écriture
doctor-dir-bad = Dossier d’envoi : { $dir } n’est pas accessible en écriture ({ $error }). Créez-le et donnez-en l’accès en écriture à l’utilisateur du bot, ou modifiez OUTBOX_DIR.
doctor-disk-ok = Disque : { NUMBER($free, maximumFractionDigits: 1) } Go libres sur { $path }
doctor-disk-low = Disque : seulement { NUMBER($free, maximumFractionDigits: 1) } Go libres sur { $path }. Libérez de l’espace : au moins { NUMBER($need, maximumFractionDigits: 1) } Go.
doctor-web-ok = Espace de l’équipe : { $url } répond (HTTP { $status })
doctor-web-down = Espace de l’équipe : { $url } ne répond pas ({ $error }). Vérifiez que le bot (intake run) ou intake web fonctionne, ainsi que le proxy inverse.
doctor-summary-ok = Les { $count } vérifications ont réussi.
doctor-summary-bad =
    { $failed ->
        [one] { $failed } vérification a échoué.
       *[other] { $failed } vérifications ont échoué.
    }
