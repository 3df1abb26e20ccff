# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).

## The submission e-mail

# Between a label and its value in the text part of an e-mail.
mail-field-separator = {": "}
mail-subject = Naujas patirties aprašymas { $reference }: { $initiative } ({ $city }, { $country })
mail-not-given = nenurodyta
mail-title = Naujas atsakymas į CECOPS kvietimą dalytis patirtimi
mail-reference = Registracijos numeris
mail-submitted-at = Pateikta
mail-respondent-language = Respondento kalba
mail-source = Gauta per nuorodą
mail-other-answers = Kiti atsakymai (į klausimus, kurių klausimyne nebėra)
mail-files = Respondento atsiųsti failai
mail-file-line = { $question }: { $name } ({ $type }, { $size })
mail-file-unnamed = failas be pavadinimo
mail-file-attached = pridėtas prie šio laiško
mail-file-too-large = nepridėtas: per didelis, kad būtų galima siųsti el. paštu
mail-file-not-attached = nepridėtas: nepavyko jo atsisiųsti iš „Telegram“
mail-size-unknown = dydis nežinomas
mail-size-kb = { $size } KB
mail-size-mb = { $size } MB
mail-csv-note = Atsakymai taip pat pridedami skaičiuoklės failu ({ $name }).
mail-reply-note = Atsakymas į šį laišką bus išsiųstas respondentui ({ $email }).
mail-no-reply-note = Respondentas nenurodė tinkamo el. pašto adreso, todėl atsakymas į šį laišką jo nepasieks.
mail-footer = Šį laišką automatiškai išsiuntė asistentas „CECOPS Intake“.

## The digest

digest-subject = CECOPS suvestinė { $start } – { $end }: { $count ->
        [0] naujų klausimynų nėra
        [one] { $count } naujas klausimynas
        [few] { $count } nauji klausimynai
        [many] { $count } naujo klausimyno
       *[other] { $count } naujų klausimynų
    }
digest-title = CECOPS kvietimas dalytis patirtimi: suvestinė
digest-period = Laikotarpis: nuo { $start } iki { $end } (neimtinai).
digest-submissions = { $count ->
        [0] Per šį laikotarpį pateikti klausimynai
        [one] Per šį laikotarpį pateiktas { $count } klausimynas
        [few] Per šį laikotarpį pateikti { $count } klausimynai
        [many] Per šį laikotarpį pateikta { $count } klausimyno
       *[other] Per šį laikotarpį pateikta { $count } klausimynų
    }
digest-none = Per šį laikotarpį nepateiktas nė vienas klausimynas.
digest-submission-line = { $reference }: { $initiative } ({ $organisation }, { $city }, { $country }), pateikta { $submitted }
digest-by-country = Pagal šalį
digest-by-activity = Pagal veiklos rūšį
digest-by-language = Pagal respondento kalbą
digest-stalled = Nebaigti klausimynai, kurie nepildomi ilgiau nei { $days } { $days ->
        [one] dieną
        [few] dienas
        [many] dienos
       *[other] dienų
    }
digest-stalled-none = Nėra.
digest-stalled-count = { $count ->
        [one] { $count } klausimynas pradėtas pildyti, bet nepateiktas ir nuo to laiko nekeistas.
        [few] { $count } klausimynai pradėti pildyti, bet nepateikti ir nuo to laiko nekeisti.
        [many] { $count } klausimyno pradėta pildyti, bet nepateikta ir nuo to laiko nekeista.
       *[other] { $count } klausimynų pradėta pildyti, bet nepateikta ir nuo to laiko nekeista.
    }
digest-stalled-line = pradėta pildyti { $started }, paskutinis veiksmas { $updated }, { $count ->
        [one] { $count } atsakymas
        [few] { $count } atsakymai
        [many] { $count } atsakymo
       *[other] { $count } atsakymų
    }, kalba: { $language }
digest-stalled-more = { $count ->
        [one] ir dar { $count } klausimynas
        [few] ir dar { $count } klausimynai
        [many] ir dar { $count } klausimyno
       *[other] ir dar { $count } klausimynų
    }
digest-csv-note = Per šį laikotarpį pateikti klausimynai pridedami skaičiuoklės failu ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = klausimynas { $reference }
outbox-what-digest = suvestinė
outbox-what-other = „{ $kind }“ tipo el. laiškas
outbox-admin-dead =
    ⚠️ Pašto serveris atmetė el. laišką, todėl jis daugiau nebus siunčiamas: { $what }.
    Serverio atsakymas: { $error }
    Pašalinę priežastį, paleiskite komandą: intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ El. laiškas vis dar nepristatytas po { $count } { $count ->
        [one] bandymo
        [few] bandymų
        [many] bandymo
       *[other] bandymų
    }: { $what }. Siuntimas bus automatiškai pakartotas.
    Paskutinė klaida: { $error }
outbox-admin-refused =
    ⚠️ El. laiškas ({ $what }) pristatytas, tačiau serveris atmetė kai kuriuos jo gavėjus.
    Serverio atsakymas: { $error }

## Command line

outbox-eml-mode = SMTP_HOST nenustatytas: el. laiškai įrašomi į aplanką { $dir } kaip .eml failai (juos galima atverti bet kuria pašto programa).
outbox-send-summary = Išsiųsta: { $sent } · bus bandoma dar kartą: { $retried } · galutinai nepavyko: { $dead } · atšaukta (respondento duomenys ištrinti): { $dropped }
outbox-list-empty = Nėra nei laukiančių, nei nepavykusių el. laiškų.
outbox-list-row = Nr. { $id } · { $what } · { $status } · bandymų: { $count } · įtraukta į eilę { $created }
outbox-list-next = kitas bandymas: { $next }
outbox-list-sent = išsiųsta { $sent }
outbox-list-error = paskutinė klaida: { $error }
outbox-status-pending = laukia siuntimo
outbox-status-sent = išsiųsta
outbox-status-dead = nepavyko išsiųsti
outbox-retry-which = Nurodykite el. laiškų, kuriuos reikia siųsti dar kartą, numerius (žr. „intake outbox list“) arba --all-dead.
outbox-retry-done = { $count ->
        [0] Nėra nepavykusių el. laiškų, kuriuos reikėtų siųsti dar kartą.
        [one] { $count } el. laiškas vėl įtrauktas į siuntimo eilę.
        [few] { $count } el. laiškai vėl įtraukti į siuntimo eilę.
        [many] { $count } el. laiško vėl įtraukta į siuntimo eilę.
       *[other] { $count } el. laiškų vėl įtraukta į siuntimo eilę.
    }
digest-choose = Nurodykite --preview, jei norite suvestinę peržiūrėti, arba --send, jei norite ją išsiųsti.
digest-sent = Suvestinė už laikotarpį nuo { $start } iki { $end } išsiųsta.
digest-not-sent = Suvestinės už laikotarpį nuo { $start } iki { $end } kol kas išsiųsti nepavyko ({ $error }); bus automatiškai bandoma dar kartą.
digest-already = Suvestinė už laikotarpį nuo { $start } iki { $end } jau parengta { $claimed }, todėl antrą kartą nesiunčiama.
digest-already-sent = Ji išsiųsta { $sent }.
