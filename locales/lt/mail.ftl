# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).

## The submission e-mail

# Between a label and its value in the text part of an e-mail.
mail-field-separator = {": "}
mail-subject = Nauja patirtis { $reference }: { $initiative } ({ $city }, { $country })
mail-not-given = nenurodyta
mail-title = Naujas atsakymas į CECOPS kvietimą dalytis patirtimi
mail-reference = Registracijos numeris
mail-submitted-at = Pateikta
mail-respondent-language = Respondento kalba
mail-source = Atėjo per nuorodą
mail-other-answers = Kiti atsakymai (klausimai, kurių klausimyne nebėra)
mail-files = Respondento atsiųsti failai
mail-file-line = { $question }: { $name } ({ $type }, { $size })
mail-file-unnamed = failas be pavadinimo
mail-file-attached = pridėtas prie šio laiško
mail-file-too-large = nepridėtas: per didelis el. laiškui
mail-file-not-attached = nepridėtas: nepavyko jo atsisiųsti iš „Telegram“
mail-size-unknown = dydis nežinomas
mail-size-kb = { $size } KB
mail-size-mb = { $size } MB
mail-csv-note = Atsakymai taip pat pridėti kaip skaičiuoklės failas ({ $name }).
mail-reply-note = Atsakę į šį laišką, parašysite respondentui ({ $email }).
mail-no-reply-note = Respondentas nenurodė tinkamo el. pašto adreso, todėl atsakymas į šį laišką jo nepasieks.
mail-footer = Šį laišką automatiškai išsiuntė CECOPS Intake asistentas.

## The digest

digest-subject = CECOPS suvestinė { $start } – { $end }: { $count ->
        [0] naujų klausimynų nėra
        [one] { $count } naujas klausimynas
        [few] { $count } nauji klausimynai
        [many] { $count } naujo klausimyno
       *[other] { $count } naujų klausimynų
    }
digest-title = CECOPS kvietimas dalytis patirtimi: suvestinė
digest-period = Laikotarpis: nuo { $start } iki { $end } (neįskaitant pabaigos).
digest-submissions = { $count ->
        [0] Per laikotarpį pateikti klausimynai
        [one] Per laikotarpį pateiktas { $count } klausimynas
        [few] Per laikotarpį pateikti { $count } klausimynai
        [many] Per laikotarpį pateikta { $count } klausimyno
       *[other] Per laikotarpį pateikta { $count } klausimynų
    }
digest-none = Per šį laikotarpį nepateiktas nė vienas klausimynas.
digest-submission-line = { $reference }: { $initiative } ({ $organisation }, { $city }, { $country }), pateikta { $submitted }
digest-by-country = Pagal šalį
digest-by-activity = Pagal veiklos rūšį
digest-by-language = Pagal respondento kalbą
digest-stalled = Juodraščiai, kuriuose nieko nedaryta ilgiau nei { $days } d.
digest-stalled-none = Nėra.
digest-stalled-count = { $count ->
        [one] { $count } klausimynas buvo pradėtas pildyti, bet nepateiktas, ir nuo to laiko nekeistas.
        [few] { $count } klausimynai buvo pradėti pildyti, bet nepateikti, ir nuo to laiko nekeisti.
        [many] { $count } klausimyno buvo pradėta pildyti, bet nepateikta, ir nuo to laiko nekeista.
       *[other] { $count } klausimynų buvo pradėta pildyti, bet nepateikta, ir nuo to laiko nekeista.
    }
digest-stalled-line = pradėta { $started }, paskutinį kartą keista { $updated }, { $count ->
        [one] { $count } atsakymas
        [few] { $count } atsakymai
        [many] { $count } atsakymo
       *[other] { $count } atsakymų
    }, kalba: { $language }
digest-stalled-more = ir dar { $count }
digest-csv-note = Per laikotarpį pateikti klausimynai pridėti kaip skaičiuoklės failas ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = klausimynas { $reference }
outbox-what-digest = suvestinė
outbox-what-other = „{ $kind }“ tipo laiškas
outbox-admin-dead =
    ⚠️ Pašto serveris atmetė el. laišką, jis daugiau nebus siunčiamas: { $what }.
    Serverio atsakymas: { $error }
    Pašalinę priežastį, paleiskite komandą: intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ El. laiškas vis dar nepristatytas po { $count } bandymų: { $what }. Jis bus automatiškai siunčiamas dar kartą.
    Paskutinė klaida: { $error }
outbox-admin-refused =
    ⚠️ El. laiškas pristatytas, tačiau serveris atmetė kai kuriuos gavėjus: { $what }.
    Serverio atsakymas: { $error }

## Command line

outbox-eml-mode = SMTP_HOST nenustatytas: el. laiškai įrašomi kaip .eml failai į { $dir } (juos galima atverti bet kuria pašto programa).
outbox-send-summary = Išsiųsta: { $sent } · bus bandoma vėliau: { $retried } · galutinai nepavyko: { $dead } · atsisakyta (duomenys ištrinti): { $dropped }
outbox-list-empty = Nėra nei laukiančių, nei nepavykusių el. laiškų.
outbox-list-row = Nr. { $id } · { $what } · { $status } · bandymų: { $count } · įtraukta į eilę { $created }
outbox-list-next = kitas bandymas: { $next }
outbox-list-sent = išsiųsta { $sent }
outbox-list-error = paskutinė klaida: { $error }
outbox-status-pending = laukia
outbox-status-sent = išsiųsta
outbox-status-dead = nepavyko
outbox-retry-which = Nurodykite el. laiškų, kuriuos reikia siųsti dar kartą, numerius (žr. „intake outbox list“) arba --all-dead.
outbox-retry-done = { $count ->
        [0] Nėra nepavykusių el. laiškų, kuriuos reikėtų siųsti dar kartą.
        [one] { $count } el. laiškas vėl įtrauktas į eilę.
        [few] { $count } el. laiškai vėl įtraukti į eilę.
        [many] { $count } el. laiško vėl įtraukta į eilę.
       *[other] { $count } el. laiškų vėl įtraukta į eilę.
    }
digest-choose = Pasirinkite --preview, jei norite suvestinę peržiūrėti, arba --send, jei norite ją išsiųsti.
digest-sent = Suvestinė už laikotarpį nuo { $start } iki { $end } išsiųsta.
digest-not-sent = Suvestinės už laikotarpį nuo { $start } iki { $end } kol kas išsiųsti nepavyko ({ $error }); bus automatiškai bandoma dar kartą.
digest-already = Suvestinę už laikotarpį nuo { $start } iki { $end } { $claimed } jau perėmė { $by }, todėl antrą kartą ji nesiunčiama.
digest-already-sent = Ji išsiųsta { $sent }.
