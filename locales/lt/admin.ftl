# Tik administratoriams: eksportas, statistika ir administravimo komandos.

## Eksporto stulpeliai (klausimų stulpelių antraštės – pranešimai q-<klausimas>-label)

export-column-reference = Numeris
export-column-status = Klausimyno būsena
export-column-language = Kalba
export-column-country-code = Šalies kodas
export-column-created = Pradėta (UTC)
export-column-submitted = Pateikta (UTC)
export-column-source = Šaltinis
# Po vieną 0/1 stulpelį kiekvienam kelių pasirinkimų klausimo variantui (--choice-columns).
export-choice-column = { $question }: { $choice }
# Laisvas tekstas, įrašytas pasirinkus „kita“, šalia to varianto 0/1 stulpelio.
export-other-column = { $question }: { $choice } (tekstas)
export-sheet-title = Klausimynai

## Eksporto parinktys komandinėje eilutėje ir robote

export-error-format = Nežinomas formatas „{ $value }“: pasirinkite csv arba xlsx.
export-error-status = Nežinoma būsena „{ $value }“: pasirinkite submitted, draft arba all.
export-error-language = Nežinoma kalba „{ $value }“: pasirinkite en, fr, it arba lt.
export-error-country = Nežinoma šalis „{ $value }“: nurodykite ISO kodą, pavyzdžiui, IT, arba šalies pavadinimą.
export-error-date = Netinkama data „{ $value }“: naudokite formatą MMMM-MM-DD (pavyzdžiui, 2026-01-31).
export-error-period = Pradžios data turi būti ankstesnė už pabaigos datą.
export-error-unknown = Nežinomas argumentas „{ $value }“.
export-error-stdout-xlsx = XLSX failo negalima įrašyti į standartinę išvestį: nurodykite failo pavadinimą su --out.
export-progress = Eksportuojama
export-done =
    { $count ->
        [one] { $count } klausimynas eksportuotas į { $path }.
        [few] { $count } klausimynai eksportuoti į { $path }.
       *[other] { $count } klausimynų eksportuota į { $path }.
    }

## Administravimo komandos robote

admin-export-usage =
    Naudojimas: /export [csv|xlsx] [status=submitted|draft|all] [since=MMMM-MM-DD] [until=MMMM-MM-DD] [country=IT] [lang=en|fr|it|lt] [respondent-lang=en|fr|it|lt] [ids] [choice-columns] [no-bom]
    lang – antraščių ir atsakymų kalba; respondent-lang – tik šia kalba užpildyti klausimynai; until – ši diena įskaičiuojama.
    Pavyzdys: /export xlsx status=all since=2026-01-01 country=IT lang=fr
admin-export-empty = Pagal šiuos kriterijus klausimynų nerasta.
admin-export-too-large = Failas per didelis, kad būtų išsiųstas čia ({ $size } MB; riba – { $max } MB). Susiaurinkite kriterijus arba naudokite komandinę eilutę: intake export.
admin-export-caption =
    { $count ->
        [one] { $count } klausimynas
        [few] { $count } klausimynai
       *[other] { $count } klausimynų
    }
admin-export-failed = Eksportuoti nepavyko; klaida užregistruota žurnale.
admin-stats-failed = Statistikos apskaičiuoti nepavyko; klaida užregistruota žurnale.
admin-digest-unavailable = Suvestinė negalima: el. laiškų siuntimas nesukonfigūruotas.
admin-digest-failed = Suvestinės išsiųsti nepavyko; klaida užregistruota žurnale.

## Statistika

stats-title = Statistika { $time } (UTC)
stats-by-status = Klausimynai – pateikti: { $submitted } · pildomi: { $drafts } · atšaukti: { $withdrawn }
stats-period =
    { $days ->
        [one] Per pastarąją { $days } dieną
        [few] Per pastarąsias { $days } dienas
       *[other] Per pastarąsias { $days } dienų
    } – pateikta: { $submitted } · pradėta: { $started } · aktyvių respondentų: { $active }
stats-drafts =
    Pildomi klausimynai: { $drafts }, iš jų { $days ->
        [one] per pastarąją { $days } dieną
        [few] per pastarąsias { $days } dienas
       *[other] per pastarąsias { $days } dienų
    } atnaujinta: { $recent }
stats-by-language = Pateikti pagal kalbą: { $list }
stats-by-country = Pateikti pagal šalį: { $list }
stats-list-item = { $name }: { $count }
stats-more-countries =
    { $count ->
        [one] dar { $count } šalis: { $total }
        [few] dar { $count } šalys: { $total }
       *[other] dar { $count } šalių: { $total }
    }
stats-none = nėra
stats-unknown = nenurodyta
