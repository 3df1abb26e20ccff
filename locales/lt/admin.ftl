# Tik administratoriams: eksportas, statistika ir administravimo komandos.

## Eksporto stulpeliai (klausimų stulpelių antraštės – pranešimai q-<klausimas>-label)

export-column-reference = Numeris
export-column-status = Klausimyno būsena
export-column-language = Kalba
export-column-country-code = Šalies kodas
export-column-created = Pradėta pildyti (UTC)
export-column-submitted = Pateikta (UTC)
export-column-source = Šaltinis
# Po vieną 0/1 stulpelį kiekvienam kelių pasirinkimų klausimo variantui (--choice-columns).
export-choice-column = { $question }: { $choice }
# Laisvas tekstas, įrašytas pasirinkus „kita“, šalia to varianto 0/1 stulpelio.
export-other-column = { $question }: { $choice } (tekstas)
export-sheet-title = Klausimynai

## Eksporto parinktys komandinėje eilutėje ir pokalbių robote

export-error-format = Nežinomas formatas „{ $value }“: pasirinkite csv arba xlsx.
export-error-status = Nežinoma būsena „{ $value }“: pasirinkite submitted, draft arba all.
export-error-language = Nežinoma kalba „{ $value }“: pasirinkite en, fr, it arba lt.
export-error-country = Nežinoma šalis „{ $value }“: nurodykite ISO kodą, pavyzdžiui, IT, arba šalies pavadinimą.
export-error-date = Netinkama data „{ $value }“: naudokite formatą MMMM-MM-DD (pavyzdžiui, 2026-01-31).
export-error-period = Pradžios data turi būti ankstesnė už pabaigos datą.
export-error-unknown = Nežinomas argumentas „{ $value }“.
export-error-stdout-xlsx = XLSX failo negalima įrašyti į standartinę išvestį: parinktimi --out nurodykite failo pavadinimą.
export-progress = Eksportuojama
export-done =
    { $count ->
        [one] { $count } klausimynas eksportuotas į { $path }.
        [few] { $count } klausimynai eksportuoti į { $path }.
        [many] { $count } klausimyno eksportuota į { $path }.
       *[other] { $count } klausimynų eksportuota į { $path }.
    }

## Administravimo komandos pokalbių robote

admin-export-usage =
    Sintaksė: /export [csv|xlsx] [status=submitted|draft|all] [since=MMMM-MM-DD] [until=MMMM-MM-DD] [country=IT] [lang=en|fr|it|lt] [respondent-lang=en|fr|it|lt] [ids] [choice-columns] [no-bom]
    lang – antraščių ir atsakymų kalba; respondent-lang – tik šia kalba užpildyti klausimynai; until – nurodyta diena įskaičiuojama.
    Pavyzdys: /export xlsx status=all since=2026-01-01 country=IT lang=fr
admin-export-empty = Pagal šiuos filtrus klausimynų nerasta.
admin-export-too-large = Failas per didelis, kad jį būtų galima išsiųsti čia ({ $size } MB; leidžiama ne daugiau kaip { $max } MB). Susiaurinkite filtrus arba naudokite komandinę eilutę: intake export.
admin-export-caption =
    { $count ->
        [one] { $count } klausimynas
        [few] { $count } klausimynai
        [many] { $count } klausimyno
       *[other] { $count } klausimynų
    }
admin-export-failed = Eksportuoti nepavyko; klaida įrašyta į žurnalą.
admin-stats-failed = Statistikos apskaičiuoti nepavyko; klaida įrašyta į žurnalą.
admin-digest-unavailable = Suvestinės išsiųsti negalima: nesukonfigūruotas el. laiškų siuntimas.
admin-digest-failed = Suvestinės išsiųsti nepavyko; klaida įrašyta į žurnalą.

## Statistika

stats-title = Statistika { $time } (UTC) duomenimis
stats-by-status = Klausimynai – pateikti: { $submitted } · pildomi: { $drafts } · atšaukti: { $withdrawn }
stats-period =
    { $days ->
        [1] Per pastarąją parą
        [one] Per { $days } pastarąją dieną
        [few] Per { $days } pastarąsias dienas
        [many] Per { $days } pastarosios dienos
       *[other] Per { $days } pastarųjų dienų
    } – pateikta: { $submitted } · pradėta pildyti: { $started } · aktyvių respondentų: { $active }
stats-drafts =
    Pildomi klausimynai: { $drafts }, iš jų { $days ->
        [1] per pastarąją parą
        [one] per { $days } pastarąją dieną
        [few] per { $days } pastarąsias dienas
        [many] per { $days } pastarosios dienos
       *[other] per { $days } pastarųjų dienų
    } atnaujinta: { $recent }
stats-by-language = Pateikti klausimynai pagal kalbą: { $list }
stats-by-country = Pateikti klausimynai pagal šalį: { $list }
stats-list-item = { $name }: { $count }
stats-more-countries =
    { $count ->
        [one] dar { $count } šalis: { $total }
        [few] dar { $count } šalys: { $total }
        [many] dar { $count } šalies: { $total }
       *[other] dar { $count } šalių: { $total }
    }
stats-none = nėra
stats-unknown = nenurodyta
