# Darbuotojų erdvė: sąrašo peržiūra, filtrai, stulpeliai, grupinis nagrinėjimas, nebaigti klausimynai, žurnalas.
ws2-error-facet = Adrese nurodyto pasirinkimo šiame klausimyne nėra, todėl į jį neatsižvelgta.
ws2-filter-label = { $filter }: { $value }
ws2-facet-remove = Pašalinti filtrą:
ws2-columns = Stulpeliai
ws2-columns-explain = Atsakymai, rodomi sąraše kaip stulpeliai
ws2-columns-apply = Rodyti šiuos stulpelius
ws2-bulk-label = Nustatyti pažymėtų klausimynų nagrinėjimo būseną
ws2-bulk-apply = Taikyti pažymėtiems klausimynams
ws2-bulk-select = Pažymėti
ws2-bulk-select-one = Pažymėti { $reference }
ws2-bulk-done = { $count ->
    [0] Nė viena būsena nepakeista: pirmiausia pažymėkite klausimynus, kurių būseną norite pakeisti.
    [one] Pakeista { $count } pateikto klausimyno būsena.
    [few] Pakeista { $count } pateiktų klausimynų būsena.
    [many] Pakeista { $count } pateikto klausimyno būsena.
   *[other] Pakeista { $count } pateiktų klausimynų būsena.
}
ws2-draft-no-reference = Nebaigtas klausimynas (dar be numerio)
ws2-draft-started = pradėtas { $date }, nepateiktas
ws2-walk-label = Naršymas sąraše
ws2-position = { $position } iš { $total } sąraše
ws2-previous-submission = ← Ankstesnis
ws2-next-submission = Kitas →
ws2-note-label = Pastaba darbuotojams (neprivaloma)
ws2-save-decision = Išsaugoti
ws2-saved-saved = Išsaugota. Dabartinė būsena – „{ $status }“.
ws2-saved-notified = Išsaugota. Dabartinė būsena – „{ $status }“; respondentui pranešta.
ws2-saved-not-notified = Būsena „{ $status }“ išsaugota, tačiau pranešimo respondentui išsiųsti nepavyko. Pabandykite vėliau.
ws2-col-reminders = Išsiųsta priminimų
ws2-draft-untitled = (dar be pavadinimo)
ws2-draft-title = Nebaigtas klausimynas
ws2-back-to-drafts = Atgal į nebaigtus klausimynus
ws2-draft-read-only = Respondentas dar pildo šį klausimyną. Čia rodomi iki šiol įrašyti atsakymai (tik peržiūra).
ws2-started = Pradėtas
ws2-draft-no-answers = Atsakymų dar nėra.
ws2-draft-gone = Šio nebaigto klausimyno nebėra: jis pateiktas, pašalintas arba ištrintas.
ws2-times-in = Laikas rodomas pagal laiko juostą { $zone }.
ws2-signin-needed-no-bot = Prisijunkite: paprašykite administratoriaus prisijungimo nuorodos (ją serveryje sukuria komanda „.venv/bin/intake web link --user <Jūsų Telegram ID>“).
ws2-signin-refused-no-bot = Ši prisijungimo nuoroda negalioja: ji jau panaudota, baigėsi jos galiojimo laikas arba ji išduota ne EFUS darbuotojui. Paprašykite administratoriaus naujos nuorodos („.venv/bin/intake web link“).
ws2-signed-out-no-bot = Norėdami vėl prisijungti, paprašykite administratoriaus naujos prisijungimo nuorodos („.venv/bin/intake web link“).
ws2-error-next-server = Niekas nepakeista. Grįžkite į sąrašą ir bandykite dar kartą; jei vėl nepavyks, praneškite administratoriui.
ws2-error-next-not-found = Patikrinkite numerį arba raskite pateiktą klausimyną sąraše.
ws2-audit-gone = ištrintas klausimynas
ws2-audit-draft = nebaigtas klausimynas
ws2-audit-status-change = „{ $old }“ → „{ $new }“
ws2-audit-reminder-sent = išsiųstas
ws2-audit-reminder-not-sent = išsiųsti nepavyko
ws2-audit-export-all = visi pateikti klausimynai
ws2-audit-export-notes = Pastabų CSV
ws2-export-notes = Atsisiųsti pastabas (CSV)

# Eksportas: darbuotojų stulpeliai ir pastabų lapas (admin/export.py).
export2-column-decided-at = Paskutinis sprendimas (UTC)
export2-column-decided-by = Sprendė
export2-column-latest-note = Paskutinė pastaba
export2-notes-sheet = Pastabos
export2-notes-at = Kada (UTC)
export2-notes-who = Kas
export2-notes-what = Kas įvyko
export2-notes-note = Pastaba
export2-notes-status = Būsena: „{ $old }“ → „{ $new }“
export2-notes-notified = Respondentui pranešta: „{ $status }“
export2-notes-plain = Pastaba

# Pasirinkti filtrai virš rezultatų.
ws2-chosen = Pasirinkti filtrai

# Kiti sąrašo filtrai (be paieškos), suskleisti, kol nė vienas nenaudojamas.
ws2-more-filters = Daugiau filtrų
