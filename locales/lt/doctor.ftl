# `intake doctor`: po vieną eilutę kiekvienam patikrinimui; po ✗ – ką daryti.

doctor-config-ok = Konfigūracija: tinkama
doctor-config-bad = Konfigūracija: { $problem } Pataisykite { $setting } faile .env arba aplinkos kintamuosiuose.
doctor-token-missing = Telegram: TELEGRAM_BOT_TOKEN nenustatytas. Įrašykite į failą .env iš @BotFather gautą prieigos raktą.
doctor-token-ok = Telegram: prieigos raktas veikia, robotas @{ $username } ({ $name })
doctor-token-refused = Telegram: prieigos raktas atmestas ({ $error }). Paprašykite @BotFather dabartinio rakto (/token) ir įrašykite jį į failą .env.
doctor-telegram-error = Telegram: Bot API grąžino klaidą ({ $error }).
doctor-telegram-unreachable = Telegram: nepavyksta pasiekti { $url } ({ $error }). Patikrinkite serverio tinklo prieigą ir TELEGRAM_API_URL.
doctor-updates-unknown = Naujinimai: be prieigos rakto nepatikrinti.
doctor-updates-unreachable = Naujinimai: nepatikrinti, nes „Telegram“ nepasiekiamas.
doctor-updates-error = Naujinimai: „Bot API“ grąžino klaidą ({ $error }).
doctor-polling-ok =
    Naujinimai: ilgoji apklausa (long polling), webhook neužregistruotas; { $pending ->
        [0] laukiančių naujinimų nėra
        [one] laukia { $pending } naujinimas
        [few] laukia { $pending } naujinimai
       *[other] laukia { $pending } naujinimų
    }
doctor-polling-webhook-set = Naujinimai: WEBHOOK_URL tuščias, bet Telegram siunčia į { $url }. Nustatykite WEBHOOK_URL arba sustabdykite kitą diegimą ir paleiskite šį robotą – jis pereis prie ilgosios apklausos.
doctor-webhook-other = Naujinimai: WEBHOOK_URL yra { $url }, bet Telegram siunčia į { $registered }. Paleiskite robotą (intake run): jis pats užregistruoja savo webhook.
doctor-webhook-failing = Naujinimai: paskutinis Telegram pristatymas į webhook nepavyko prieš { $minutes } min. ({ $error }). Patikrinkite atvirkštinį tarpinį serverį, jo sertifikatą ir WEBHOOK_PORT.
doctor-webhook-ok =
    Naujinimai: webhook { $url } užregistruotas; { $pending ->
        [0] laukiančių naujinimų nėra
        [one] laukia { $pending } naujinimas
        [few] laukia { $pending } naujinimai
       *[other] laukia { $pending } naujinimų
    }
doctor-database-ok = Duomenų bazė: { $url } atsako, schema atnaujinta iki naujausios versijos ({ $revision })
doctor-database-behind = Duomenų bazė: { $url } schemos versija { $revision }, naujausia – { $head }. Paleiskite: intake db upgrade
doctor-database-down = Duomenų bazė: { $url } neatsako ({ $error }). Patikrinkite DATABASE_URL ir ar veikia duomenų bazės serveris.
doctor-outbox-unknown = Siuntimo eilė: be duomenų bazės nepatikrinta.
doctor-outbox-ok =
    Siuntimo eilė: { $pending ->
        [0] laukiančių el. laiškų nėra
        [one] { $pending } el. laiškas laukia { $minutes } min.
        [few] laukia { $pending } el. laiškai, seniausias – { $minutes } min.
       *[other] laukia { $pending } el. laiškų, seniausias – { $minutes } min.
    }, išsiųsta: { $sent }, nepristatytų nėra
doctor-outbox-dead =
    Siuntimo eilė: { $dead ->
        [one] { $dead } el. laiško nepavyko pristatyti
       *[other] { $dead } el. laiškų nepavyko pristatyti
    }. Priežastį matysite paleidę: intake outbox list, o išsiųsti iš naujo galite su: intake outbox retry --all-dead
doctor-outbox-stuck =
    Siuntimo eilė: { $pending ->
        [one] laukia { $pending } el. laiškas, jau { $minutes } min.
        [few] laukia { $pending } el. laiškai, seniausias – { $minutes } min.
       *[other] laukia { $pending } el. laiškų, seniausias – { $minutes } min.
    } Žr. SMTP eilutę aukščiau ir: intake outbox list
doctor-smtp-none = El. paštas: SMTP_HOST nenustatytas, todėl el. laiškai įrašomi kaip .eml failai į { $dir }
doctor-smtp-ok =
    SMTP: { $server } atsako, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] be šifravimo
    }, be prisijungimo
doctor-smtp-ok-login =
    SMTP: { $server } atsako, { $security ->
        [ssl] SSL/TLS
        [starttls] STARTTLS
       *[none] be šifravimo
    }, prisijungta kaip { $user }
doctor-smtp-down = SMTP: nepavyksta pasiekti { $server } ({ $error }). Patikrinkite SMTP_HOST, SMTP_PORT ir SMTP_SECURITY bei ar serveris priima prisijungimus iš šio kompiuterio.
doctor-smtp-tls-failed = SMTP: { $server } nepradėjo šifravimo ({ $error }). Patikrinkite, ar SMTP_SECURITY (starttls arba ssl) atitinka SMTP_PORT.
doctor-smtp-login-refused = SMTP: { $server } atmetė naudotojo { $user } prisijungimą ({ $error }). Patikrinkite SMTP_USERNAME ir SMTP_PASSWORD.
doctor-test-sent = Bandomasis el. laiškas: išsiųstas adresu { $to } ({ $where })
doctor-test-failed = Bandomasis el. laiškas: neišsiųstas ({ $error }).
doctor-test-subject = CECOPS Intake: bandomasis el. laiškas
doctor-test-body = Šį el. laišką išsiuntė „intake doctor --send-test“, kad patikrintų, ar CECOPS Intake roboto el. laiškai pasiekia šią pašto dėžutę. Atsakyti nereikia.
doctor-dir-ok = Siuntimo aplankas: į { $dir } galima rašyti
doctor-dir-bad = Siuntimo aplankas: į { $dir } rašyti negalima ({ $error }). Sukurkite jį ir suteikite roboto naudotojui rašymo teises arba pakeiskite OUTBOX_DIR.
doctor-disk-ok = Diskas: { $path } laisva { NUMBER($free, maximumFractionDigits: 1) } GB
doctor-disk-low = Diskas: { $path } laisva tik { NUMBER($free, maximumFractionDigits: 1) } GB. Atlaisvinkite vietos: reikia bent { NUMBER($need, maximumFractionDigits: 1) } GB.
doctor-web-ok = Darbuotojų erdvė: { $url } atsako (HTTP { $status })
doctor-web-down = Darbuotojų erdvė: { $url } neatsako ({ $error }). Patikrinkite, ar veikia robotas (intake run) arba intake web, ir atvirkštinį tarpinį serverį.
doctor-summary-ok = Visi patikrinimai ({ $count }) sėkmingi.
doctor-summary-bad =
    { $failed ->
        [one] Nepavyko { $failed } patikrinimas.
        [few] Nepavyko { $failed } patikrinimai.
       *[other] Nepavyko { $failed } patikrinimų.
    }
