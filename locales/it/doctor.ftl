# `intake doctor`: una riga per ogni controllo; dopo una ✗, che cosa fare.

doctor-config-ok = Configurazione: valida
doctor-config-bad = Configurazione: { $problem } Corregga { $setting } nel file .env o nell’ambiente.
doctor-token-missing = Telegram: TELEGRAM_BOT_TOKEN non è impostato. Inserisca nel file .env il token ricevuto da @BotFather.
doctor-token-ok = Telegram: il token funziona, bot @{ $username } ({ $name })
doctor-token-refused = Telegram: il token è stato rifiutato ({ $error }). Chieda a @BotFather il token attuale (/token) e lo inserisca nel file .env.
doctor-telegram-error = Telegram: la Bot API ha risposto con un errore ({ $error }).
doctor-telegram-unreachable = Telegram: { $url } non è raggiungibile ({ $error }). Controlli l’accesso alla rete del server e TELEGRAM_API_URL.
doctor-updates-unknown = Aggiornamenti: non controllati senza token.
doctor-updates-unreachable = Aggiornamenti: non controllati, perché Telegram non è raggiungibile.
doctor-updates-error = Aggiornamenti: la Bot API ha risposto con un errore ({ $error }).
doctor-polling-ok =
    Aggiornamenti: long polling, nessun webhook registrato; { $pending ->
        [0] nessun aggiornamento in attesa
        [one] { $pending } aggiornamento in attesa
       *[other] { $pending } aggiornamenti in attesa
    }
doctor-polling-webhook-set = Aggiornamenti: WEBHOOK_URL è vuoto, ma Telegram consegna a { $url }. Imposti WEBHOOK_URL, oppure arresti l’altra installazione e avvii questo bot, che passerà al long polling.
doctor-webhook-other = Aggiornamenti: WEBHOOK_URL è { $url }, ma Telegram consegna a { $registered }. Avvii il bot (intake run): registra da sé il proprio webhook.
doctor-webhook-failing = Aggiornamenti: l’ultima consegna di Telegram al webhook è fallita { $minutes } min fa ({ $error }). Controlli il reverse proxy, il suo certificato e WEBHOOK_PORT.
doctor-webhook-ok =
    Aggiornamenti: webhook { $url } registrato; { $pending ->
        [0] nessun aggiornamento in attesa
        [one] { $pending } aggiornamento in attesa
       *[other] { $pending } aggiornamenti in attesa
    }
doctor-database-ok = Database: { $url } risponde, schema all’ultima revisione ({ $revision })
doctor-database-behind = Database: { $url } è alla revisione { $revision }, l’ultima è { $head }. Esegua: intake db upgrade
doctor-database-down = Database: { $url } non risponde ({ $error }). Controlli DATABASE_URL e che il server del database sia in funzione.
doctor-outbox-unknown = Coda di invio: non controllata senza il database.
doctor-outbox-ok =
    Coda di invio: { $pending ->
        [0] nessuna e-mail in attesa
        [one] { $pending } e-mail in attesa da { $minutes } min
       *[other] { $pending } e-mail in attesa, la più vecchia da { $minutes } min
    }, { $sent } inviate, nessuna non recapitabile
doctor-outbox-dead =
    Coda di invio: { $dead ->
        [one] { $dead } e-mail non è stata recapitata
       *[other] { $dead } e-mail non sono state recapitate
    }. Veda il motivo con: intake outbox list, poi le rinvii con: intake outbox retry --all-dead
doctor-outbox-stuck =
    Coda di invio: { $pending ->
        [one] { $pending } e-mail in attesa da { $minutes } min
       *[other] { $pending } e-mail in attesa, la più vecchia da { $minutes } min
    }. Veda la riga SMTP qui sopra e: intake outbox list
doctor-smtp-none = E-mail: nessun SMTP_HOST, quindi le e-mail vengono scritte come file .eml in { $dir }
doctor-smtp-ok =
    SMTP: { $server } risponde, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] senza cifratura
    }, senza autenticazione
doctor-smtp-ok-login =
    SMTP: { $server } risponde, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] senza cifratura
    }, autenticato come { $user }
doctor-smtp-down = SMTP: { $server } non è raggiungibile ({ $error }). Controlli SMTP_HOST, SMTP_PORT e SMTP_SECURITY, e che il server accetti connessioni da questa macchina.
doctor-smtp-tls-failed = SMTP: { $server } non ha avviato la cifratura ({ $error }). Controlli che SMTP_SECURITY (starttls o ssl) corrisponda a SMTP_PORT.
doctor-smtp-login-refused = SMTP: { $server } ha rifiutato l’autenticazione di { $user } ({ $error }). Controlli SMTP_USERNAME e SMTP_PASSWORD.
doctor-test-sent = E-mail di prova: inviata a { $to } ({ $where })
doctor-test-failed = E-mail di prova: non inviata ({ $error }).
doctor-test-subject = CECOPS Intake: e-mail di prova
doctor-test-body = Questa e-mail è stata inviata da «intake doctor --send-test» per verificare che le e-mail del bot CECOPS Intake arrivino a questa casella. Non occorre rispondere.
doctor-dir-ok = Cartella di invio: { $dir } è scrivibile
doctor-dir-bad = Cartella di invio: { $dir } non è scrivibile ({ $error }). La crei e conceda all’utente del bot il permesso di scrittura, oppure modifichi OUTBOX_DIR.
doctor-disk-ok = Disco: { NUMBER($free, maximumFractionDigits: 1) } GB liberi su { $path }
doctor-disk-low = Disco: solo { NUMBER($free, maximumFractionDigits: 1) } GB liberi su { $path }. Liberi spazio: almeno { NUMBER($need, maximumFractionDigits: 1) } GB.
doctor-web-ok = Spazio del personale: { $url } risponde (HTTP { $status })
doctor-web-down = Spazio del personale: { $url } non risponde ({ $error }). Controlli che il bot (intake run) o intake web sia in funzione, e il reverse proxy.
doctor-summary-ok = Tutti i { $count } controlli sono stati superati.
doctor-summary-bad =
    { $failed ->
        [one] { $failed } controllo non superato.
       *[other] { $failed } controlli non superati.
    }
