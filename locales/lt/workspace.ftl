# Darbuotojų erdvė (tinklalapiai), komanda /web ir `intake web`.
ws-app-name = CECOPS Intake — darbuotojų erdvė
ws-skip-to-content = Pereiti prie turinio
ws-nav-label = Pagrindinis meniu
ws-nav-submissions = Pateikti klausimynai
ws-nav-drafts = Nebaigti klausimynai
ws-nav-overview = Apžvalga
ws-nav-audit = Veiksmų žurnalas
ws-language = Kalba
ws-language-apply = Keisti
ws-sign-out = Atsijungti
ws-back-to-list = Grįžti į sąrašą

ws-signin-title = Prisijungimas prie darbuotojų erdvės
ws-signin-explain = Ši nuoroda tinka tik vienam prisijungimui ir nustoja galioti praėjus 15 minučių nuo jos išsiuntimo.
ws-signin-button = Prisijungti
ws-signin-needed = Prisijunkite: nusiųskite /web robotui „Telegram“ programėlėje ir atidarykite gautą nuorodą.
ws-signin-refused = Ši prisijungimo nuoroda negalioja: ji jau panaudota, nebegalioja arba buvo išduota ne darbuotojui. Nusiųskite /web robotui ir gausite naują.
ws-signed-out-title = Jūs atsijungėte
ws-signed-out-text = Norėdami vėl prisijungti, nusiųskite /web robotui „Telegram“ programėlėje.

ws-error-title = Klaida { $status }
ws-not-found = Šiuo adresu nieko nerasta. Galbūt klausimynas buvo ištrintas.
ws-error-csrf = Ši forma nebegalioja arba pateikta ne iš darbuotojų erdvės. Perkraukite puslapį ir bandykite dar kartą.
ws-error-admin-only = Tai gali atlikti tik administratoriai.
ws-error-status = Nežinoma klausimyno būsena: filtras nepritaikytas.
ws-error-triage = Nežinoma nagrinėjimo būsena.
ws-error-country = Nežinoma šalis: nurodykite dviejų raidžių kodą arba šalies pavadinimą. Filtras nepritaikytas.
ws-error-language = Nežinoma kalba: filtras nepritaikytas.
ws-error-activity = Nežinoma veikla: filtras nepritaikytas.
ws-error-date = Datos rašomos MMMM-MM-DD: data nepritaikyta.
ws-error-period = Pradžios data turi būti ankstesnė už pabaigos datą: datos nepritaikytos.
ws-error-internal = Serveryje įvyko klaida. Niekas nepakeista; bandykite dar kartą. Jei klaida pasikartos, praneškite administratoriui.

ws-list-title = Pateikti klausimynai
ws-filter-search = Ieškoti atsakymuose
ws-filter-status = Klausimynas
ws-filter-triage = Nagrinėjimo būsena
ws-filter-country = Šalis
ws-filter-language = Respondento kalba
ws-filter-activity = Veikla
ws-filter-since = Nuo
ws-filter-until = Iki
ws-filter-apply = Taikyti
ws-filter-reset = Išvalyti filtrus
ws-any = Visi
ws-facets = Patikslinti
ws-results =
    { $count ->
        [one] { $count } pateiktas klausimynas
        [few] { $count } pateikti klausimynai
       *[other] { $count } pateiktų klausimynų
    }
ws-no-results = Nė vienas pateiktas klausimynas neatitinka šių filtrų.
ws-export-csv = Atsisiųsti CSV
ws-export-xlsx = Atsisiųsti „Excel“ (XLSX)
ws-pages = Puslapiai
ws-previous = Ankstesnis
ws-next = Kitas
ws-page-of = { $page } puslapis iš { $pages }
ws-erased = Klausimyno { $reference } respondento duomenys ištrinti.

ws-col-reference = Numeris
ws-col-initiative = Iniciatyva
ws-col-city = Miestas
ws-col-country = Šalis
ws-col-language = Kalba
ws-col-submitted = Pateikta
ws-col-triage = Nagrinėjimo būsena
ws-col-organisation = Organizacija
ws-col-last-activity = Paskutinis veiksmas
ws-col-answers = Atsakymų skaičius
ws-col-stopped-at = Sustota ties
ws-col-reminder = Priminimas

ws-qstatus = Klausimynas
ws-qstatus-submitted = Pateiktas
ws-qstatus-draft = Pildomas
ws-qstatus-all = Visi
ws-qstatus-withdrawn = Atšauktas

ws-triage-new = Naujas
ws-triage-in_review = Nagrinėjamas
ws-triage-selected = Atrinktas
ws-triage-not_selected = Neatrinktas
ws-triage-on_hold = Atidėtas

ws-consent-time = Sutikimas duotas
ws-source = Šaltinis (nuoroda)
ws-labels-show-respondent = Rodyti klausimus respondento kalba ({ $language })
ws-labels-in-respondent = Klausimai rodomi šia kalba: { $language }.
ws-labels-show-staff = Rodyti mano kalba
ws-skipped = Praleista
ws-unanswered = Neatsakyta
ws-file = Failas
ws-file-not-downloadable = atsisiųsti negalima: šiame serveryje nesukonfigūruotas robotas
ws-file-unavailable = „Telegram“ šio failo nepateikė (jis gali būti per didelis arba nebepasiekiamas).

ws-triage-title = Nagrinėjimas
ws-status-save = Išsaugoti būseną
ws-notify-respondent = Pranešti respondentui (tik „Atrinktas“ ir „Neatrinktas“ atvejais)
ws-notify-note = Žinutė respondentui (neprivaloma; siunčiama tokia, kokią parašote, todėl rašykite respondento kalba)
ws-note-label = Pridėti pastabą darbuotojams
ws-note-add = Pridėti pastabą
ws-history = Istorija
ws-event-started = Klausimyno pildymas pradėtas
ws-event-submitted = Pateikta
ws-event-emailed = Išsiųsta el. paštu EFUS
ws-event-mail_failed = El. laiško EFUS išsiųsti nepavyko
ws-event-status = { $who } pakeitė būseną iš „{ $old }“ į „{ $new }“
ws-event-note = { $who } pastaba:
ws-event-notified = { $who } pranešė respondentui: „{ $status }“

ws-erase-title = Ištrinti respondento duomenis
ws-erase-explain = Bus ištrinta viskas, ką šis respondentas atsiuntė, – visi klausimynai, atsakymai ir failai, – lygiai taip pat, kaip jam pačiam panaudojus komandą /delete. Šio veiksmo atšaukti negalima.
ws-erase-confirm = Suprantu, kad šio veiksmo atšaukti negalima
ws-erase-button = Ištrinti respondento duomenis

ws-drafts-title = Nebaigti klausimynai
ws-drafts-count = { $count ->
    [one] Pildomas { $count } klausimynas.
    [few] Pildomi { $count } klausimynai.
   *[other] Pildoma { $count } klausimynų.
}
ws-remind-now = Siųsti priminimą dabar
ws-reminder-sent = Priminimas išsiųstas.
ws-reminder-failed = Priminimo išsiųsti nepavyko.
ws-phase-language = Kalbos pasirinkimas
ws-phase-consent = Sutikimo pranešimo skaitymas
ws-phase-question = Klausimas
ws-phase-other = Klausimas
ws-phase-review = Peržiūra prieš pateikiant
ws-phase-restart = Pildymo iš naujo patvirtinimas
ws-phase-submitted = Pateikta
ws-phase-declined = Atsisakyta duoti sutikimą
ws-phase-unknown = Nežinoma

ws-overview-title = Apžvalga
ws-chart-country = Pateikti klausimynai pagal šalį
ws-chart-activity = Pateikti klausimynai pagal veiklą
ws-chart-setting = Pateikti klausimynai pagal aplinką
ws-chart-month = Pateikti klausimynai pagal mėnesį
ws-chart-funnel = Nuo sutikimo iki pateikimo
ws-chart-stops = Kur respondentai sustoja (nebaigti klausimynai)
ws-funnel-consented = Sutikimas duotas
ws-funnel-started = Klausimynai su atsakymais
ws-funnel-submitted = Pateikta
ws-funnel-note = Kol respondentas neduoda sutikimo, niekas neįrašoma, todėl piltuvas prasideda nuo sutikimo.
ws-unknown = Nežinoma
ws-none = Kol kas nieko.

ws-audit-title = Veiksmų žurnalas
ws-audit-when = Kada
ws-audit-who = Kas
ws-audit-what = Kas atlikta
ws-audit-target = Objektas
ws-audit-detail = Išsami informacija
ws-audit-sign_in = Prisijungė
ws-audit-sign_out = Atsijungė
ws-audit-link = Išduota prisijungimo nuoroda
ws-audit-status = Pakeista būsena
ws-audit-note = Pridėta pastaba
ws-audit-notified = Pranešta respondentui
ws-audit-export = Atsisiųstas eksportas
ws-audit-erase = Ištrinti respondento duomenys
ws-audit-reminder = Išsiųstas priminimas

cmd-web = Atidaryti darbuotojų erdvę
web-link = Jūsų prisijungimo prie darbuotojų erdvės nuoroda (galioja 15 minučių, tinka vieną kartą):
    { $link }
cli-web-link-unknown = Naudotojo { $user } nėra nei ADMIN_IDS, nei STAFF_IDS sąraše: nuoroda neišduota.
cli-web-serving = Darbuotojų erdvė adresu http://{ $host }:{ $port } (sustabdyti – Ctrl+C).
export-column-triage = Nagrinėjimo būsena
