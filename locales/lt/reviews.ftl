# Partnerių recenzijos: recenzavimo etapai, paskyrimai, recenzijos, reitingas, sprendimai.
reviews-nav-rounds = Recenzijos
reviews-nav-mine = Mano recenzijos
reviews-rounds-title = Recenzavimo etapai
reviews-no-rounds = Recenzavimo etapų dar nėra.
reviews-round-name = Pavadinimas
reviews-round-deadline = Terminas
reviews-round-assigned = Paskyrimai
reviews-round-submitted = Pateiktos recenzijos
reviews-round-open = Naujas recenzavimo etapas
reviews-round-open-button = Pradėti etapą
reviews-round-taken = Etapas tokiu pavadinimu jau yra.
reviews-round-invalid = Nurodykite etapo pavadinimą ir terminą.
reviews-all-rounds = Visi recenzavimo etapai
reviews-deadline-on = terminas: { $date }
reviews-closed = baigtas
reviews-deadline-button = Pakeisti terminą
reviews-deadline-moved = Terminas pakeistas. Recenzijas galima rašyti ir keisti iki tos dienos pabaigos.
reviews-assign-closed = Etapas baigtas: naujų recenzijų niekas nebegalėtų parašyti. Administratorius gali pakeisti terminą, kad etapas vėl būtų atvertas.
reviews-assign-title = Paskirti recenzentus
reviews-assign-count = Recenzentų vienai patirčiai
reviews-assign-bulk = Paskirti visoms pateiktoms patirtims
reviews-assign-rules = Recenzentui niekada neskiriama patirtis iš jo šalies ar organizacijos, taip pat patirtis, dėl kurios jis deklaravo interesų konfliktą; pirmiausia skiriami mažiausiai užimti recenzentai, pageidautina – mokantys respondento kalbą.
reviews-assign-one = Paskirti vieną patirtį
reviews-assign-one-button = Paskirti
reviews-assigned-count = { $count ->
    [0] Naujų paskyrimų nėra.
    [one] { $count } naujas paskyrimas.
    [few] { $count } nauji paskyrimai.
   *[other] { $count } naujų paskyrimų.
}
reviews-assign-conflict = Šis recenzentas turi interesų konfliktą dėl šios patirties (ta pati šalis ar organizacija arba deklaruotas konfliktas).
reviews-short = Per mažai recenzentų be interesų konflikto šioms patirtims: { $refs }
reviews-filters = Filtruoti reitingą
reviews-any = Visi
reviews-apply = Taikyti
reviews-download-csv = Atsisiųsti CSV
reviews-download-xlsx = Atsisiųsti Excel
reviews-ranking = Reitingas
reviews-ranking-empty = Šiame etape dar nepaskirta nė viena patirtis.
reviews-tick = Pažymėti
reviews-tick-one = Pažymėti { $ref }
reviews-col-reference = Numeris
reviews-col-title = Patirtis
reviews-col-country = Šalis
reviews-col-language = Kalba
reviews-col-in = Pateikta recenzijų
reviews-col-expected = Laukiama recenzijų
reviews-col-overall = Bendras vidurkis
reviews-col-spread = Sklaida
reviews-col-disagree = Recenzentų nuomonės skiriasi
reviews-col-decision = Sprendimas
reviews-col-reviewers = Recenzentai
reviews-col-reviewer = Recenzentas
reviews-col-round = Etapas
reviews-col-state = Būsena
reviews-col-submitted = Pateikta
reviews-col-comment = komentaras
reviews-col-recommendation = Rekomendacija
reviews-col-confidential = Konfidencialus komentaras EFUS darbuotojams
reviews-disagree = Nuomonės skiriasi
reviews-yes = taip
reviews-conflict-why = interesų konfliktas: { $reason }
reviews-decide-ticked = Sprendimas dėl pažymėtų patirčių
reviews-decide = Įrašyti sprendimą
reviews-decided-count = { $count ->
    [0] Nepažymėta nė viena patirtis.
    [one] Sprendimas įrašytas { $count } patirčiai.
    [few] Sprendimas įrašytas { $count } patirtims.
    [many] Sprendimas įrašytas { $count } patirties.
   *[other] Sprendimas įrašytas { $count } patirčių.
}
reviews-told-count = { $count ->
    [one] { $count } respondentui pranešta per „Telegram“.
    [few] { $count } respondentams pranešta per „Telegram“.
    [many] { $count } respondento pranešta per „Telegram“.
   *[other] { $count } respondentų pranešta per „Telegram“.
}
reviews-notify-failed = { $count ->
    [one] { $count } respondentui pranešti nepavyko.
    [few] { $count } respondentams pranešti nepavyko.
    [many] { $count } respondento pranešti nepavyko.
   *[other] { $count } respondentų pranešti nepavyko.
}
reviews-sheet-ranking = Reitingas
reviews-sheet-reviews = Recenzijos
reviews-mine-title = Mano recenzijos
reviews-mine-empty = Jūsų recenzijos nelaukia nė viena patirtis.
reviews-state-assigned = laukia recenzijos
reviews-state-in_progress = rengiama
reviews-state-submitted = pateikta
reviews-state-conflict = deklaruotas interesų konfliktas
reviews-state-gone = paskyra išjungta, neskaičiuojama
reviews-review-title = Recenzija
reviews-go-to-form = Pereiti prie recenzijos formos
reviews-your-review = Jūsų recenzija
reviews-back = Atgal
reviews-experience = Patirtis
reviews-contacts-hidden = Respondento kontaktiniai duomenys recenzentams nerodomi.
reviews-read-only = Etapas baigtas: šios recenzijos nebegalima keisti.
reviews-staff-view = Recenzento užpildyta forma.
reviews-comment = Komentaras (neprivaloma)
reviews-recommendation = Bendra rekomendacija
reviews-confidential = Konfidencialus komentaras EFUS darbuotojams
reviews-confidential-hint = Jį skaito tik EFUS darbuotojai; kiti recenzentai jo niekada nemato.
reviews-save-draft = Išsaugoti nepateikiant
reviews-save-changes = Išsaugoti pakeitimus
reviews-submit = Pateikti recenziją
reviews-saved-draft = Išsaugota. Recenzija dar nepateikta.
reviews-saved-submitted = Recenzija pateikta. Ačiū! Dabar galite skaityti kitas recenzijas.
reviews-saved-changed = Jūsų pakeitimai išsaugoti.
reviews-stale = Kol redagavote, ši recenzija buvo išsaugota kitoje naršyklės kortelėje ar lange. Žemiau – tai, ką ketinote išsaugoti: išsaugokite dar kartą, kad liktų ši versija, arba įkelkite puslapį iš naujo, kad pamatytumėte kitą versiją.
reviews-missing-scores = Kad galėtumėte pateikti recenziją, įvertinkite kiekvieną kriterijų. Dar neįvertinta:
reviews-conflict-declare = Turiu interesų konfliktą dėl šios patirties
reviews-conflict-reason = Priežastis (ją skaitys EFUS darbuotojai)
reviews-conflict-button = Deklaruoti konfliktą ir grąžinti patirtį
reviews-conflict-declared = Konfliktas deklaruotas: patirtis grąžinta EFUS ir bus perduota kitam recenzentui.
reviews-others = Kitos recenzijos
reviews-others-after = Kitas recenzijas matysite, kai pateiksite savąją.
reviews-others-none = Kitų recenzijų dar nėra.
reviews-error-not-yours = Ši recenzija paskirta ne Jums.
reviews-error-closed = Etapas baigtas: recenzijų nebegalima keisti.
reviews-error-assign = Nėra pateiktos patirties tokiu numeriu arba šis recenzentas nebeaktyvus.
reviews-error-conflict-late = Interesų konfliktą galima deklaruoti tik prieš pateikiant recenziją ir tik kol etapas nebaigtas. Jei norite atsiimti pateiktą recenziją, parašykite EFUS.
reviews-error-reason = Nurodykite interesų konflikto priežastį.
# Recenzavimo įrašai audito žurnale.
ws-audit-round_deadline = Pakeistas etapo terminas
ws-audit-round_opened = Pradėtas recenzavimo etapas
ws-audit-assigned = Paskirtas recenzentas
ws-audit-conflict = Deklaruotas interesų konfliktas
ws-audit-review_submitted = Pateikta recenzija
ws-audit-review_changed = Pakeista recenzija
ws-audit-reviews_export = Atsisiųstos recenzijos
# Telegram žinutės recenzentams.
reviewer-assigned = { $count ->
    [one] Recenzavimo etape „{ $round }“ Jūsų recenzijos laukia { $count } patirtis (terminas – { $deadline }). Norėdami ją atverti, siųskite /web.
    [few] Recenzavimo etape „{ $round }“ Jūsų recenzijos laukia { $count } patirtys (terminas – { $deadline }). Norėdami jas atverti, siųskite /web.
    [many] Recenzavimo etape „{ $round }“ Jūsų recenzijos laukia { $count } patirties (terminas – { $deadline }). Norėdami jas atverti, siųskite /web.
   *[other] Recenzavimo etape „{ $round }“ Jūsų recenzijos laukia { $count } patirčių (terminas – { $deadline }). Norėdami jas atverti, siųskite /web.
}
reviewer-reminder = { $count ->
    [one] Priminimas: etape „{ $round }“ dar nebaigta { $count } recenzija; terminas – { $deadline }. Norėdami ją baigti, siųskite /web.
    [few] Priminimas: etape „{ $round }“ dar nebaigtos { $count } recenzijos; terminas – { $deadline }. Norėdami jas baigti, siųskite /web.
    [many] Priminimas: etape „{ $round }“ dar nebaigta { $count } recenzijos; terminas – { $deadline }. Norėdami jas baigti, siųskite /web.
   *[other] Priminimas: etape „{ $round }“ dar nebaigta { $count } recenzijų; terminas – { $deadline }. Norėdami jas baigti, siųskite /web.
}
# intake reviews export
cli-reviews-no-round = Nėra recenzavimo etapo „{ $round }“.
cli-reviews-exported = { $count ->
    [one] { $count } patirtis įrašyta į { $path }.
    [few] { $count } patirtys įrašytos į { $path }.
    [many] { $count } patirties įrašyta į { $path }.
   *[other] { $count } patirčių įrašyta į { $path }.
}
cli-reviews-rounds = Recenzavimo etapai: { $names }
cli-reviews-bad-format = Failo pavadinimas turi baigtis .csv arba .xlsx.
