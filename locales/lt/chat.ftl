# Messages of the conversation, shared by the Telegram bot and the console chat.

language-name = Lietuvių
language-prompt = Pasirinkite kalbą.
language-changed = Kalba pakeista į lietuvių. Jūsų atsakymai išsaugoti.

consent-text =
    Sveiki! Tai „CECOPS Intake“ – Europos miestų saugumo forumo (EFUS) klausimynas apie iniciatyvas, kuriose piliečiai savanoriškai prisideda prie policijos veiklos ir viešojo saugumo užtikrinimo, pavyzdžiui, prie mokyklų, naktį ar viešajame transporte patruliuoja, stebi viešąsias erdves ar stiprina gyventojų saugumo jausmą.

    Kas atsakingas: Jūsų duomenų valdytojas yra EFUS, 10 rue des Montibœufs, 75020 Paryžius, Prancūzija. Kontaktai: { $inbox }.

    Kokius duomenis renkame: Jūsų atsakymus apie Jūsų organizaciją ir iniciatyvą, įskaitant Jūsų vardą ir pavardę, pareigas, el. pašto adresą ir telefono numerį (jei jį nurodysite), taip pat Jūsų „Telegram“ paskyros identifikatorių. Pranešimus, kuriais keičiatės su šiuo asistentu, tvarko ir „Telegram“.

    Kodėl: kad galėtume išanalizuoti įvairių Europos šalių patirtį ir parengti CECOPS gerosios praktikos vadovą. Teisinis duomenų tvarkymo pagrindas – Jūsų sutikimas, kurį galite bet kada atšaukti.

    Kas gauna duomenis: EFUS darbuotojai (el. paštu ir eksportuotuose duomenų failuose) ir CECOPS projekto partneriai (Londono metropolinė policija, RiSSC, Lietuvos teisės institutas ir Bolonijos miestas). Jūsų kontaktiniai duomenys neskelbiami, o iniciatyva vadove pristatoma tik tuo atveju, jei klausimyno pabaigoje su tuo sutiksite.

    Kiek laiko saugome: nebaigti pildyti atsakymai ištrinami po { $days ->
        [one] { $days } dienos
        [many] { $days } dienos
       *[other] { $days } dienų
    } nuo paskutinio Jūsų veiksmo. Pateikti atsakymai saugomi visą CECOPS projekto laikotarpį, nebent juos ištrintumėte anksčiau.

    Jūsų teisės: komanda /status parodo Jūsų klausimynų sąrašą, o komanda /delete iš karto ištrina visus Jūsų duomenis (išsaugomas tik anoniminis įrašas, kad sutikimas buvo duotas ir atšauktas). Be to, galite prašyti, kad EFUS leistų susipažinti su Jūsų duomenimis arba juos ištaisytų, ir pateikti skundą duomenų apsaugos priežiūros institucijai, pavyzdžiui, Valstybinei duomenų apsaugos inspekcijai (VDAI).

    Kol nesutiksite, jokie duomenys nebus saugomi.
consent-accept = Sutinku
consent-decline = Nesutinku
consent-thanks = Dėkojame. Pradėkime! Galite bet kada sustoti ir vėliau tęsti nuo ten, kur sustojote.
consent-declined = Supratome: jokie duomenys neišsaugoti. Jei persigalvosite, siųskite /start.

progress = Dalis { $section } iš { $sections } · atlikta { $percent } %
hint-optional = Į šį klausimą atsakyti neprivaloma.
hint-multi = Pažymėkite visus tinkamus variantus ir paspauskite „Baigta“.
hint-file = Atsiųskite dokumentą arba nuotrauką.
hint-other = Patikslinkite pasirinkimą „{ $choice }“:

button-back = ◀ Atgal
button-skip = Praleisti
button-done = Baigta
button-keep = Palikti esamą atsakymą
button-review = Peržiūrėti atsakymus
button-submit = ✅ Pateikti
button-continue = Tęsti
button-edit = ✏️ { $label }

choice-yes = Taip
choice-no = Ne

review-title = Jūsų atsakymai
review-not-answered = dar neatsakyta
review-skipped = praleista
review-edit-hint = Norėdami pakeisti atsakymą, pasirinkite jį žemiau.
review-complete = Viskas parengta. Patikrinkite savo atsakymus ir pateikite juos.
review-incomplete = Į kai kuriuos klausimus dar reikia atsakyti.
review-use-buttons = Mygtukais žemiau pakeiskite atsakymą arba pateikite klausimyną.
answer-other = { $choice }: { $text }
answer-file = failas „{ $name }“
answer-file-unnamed = failas
answer-multi-separator = ;{" "}

submitted =
    Dėkojame! Jūsų patirties aprašymas pateiktas.
    Registracijos numeris – { $reference }. Nurodykite jį, jei rašysite EFUS.
submitted-forwarded = Aprašymas išsaugotas ir bus persiųstas EFUS el. paštu.
restart-confirm = Pradėti iš naujo? Visi Jūsų atsakymai į šį klausimyną bus ištrinti.
restart-done = Jūsų atsakymai ištrinti. Pradėkime iš naujo.

info-first-question = Tai pirmasis klausimas.

help-text =
    Į kiekvieną klausimą atsakykite įrašydami tekstą arba paspausdami mygtuką.
    „Atgal“ grąžina į ankstesnį klausimą, „Praleisti“ leidžia praleisti neprivalomą klausimą.
    Prieš pateikdami galite peržiūrėti ir pakeisti atsakymus, bet kada pakeisti kalbą, sustoti ir sugrįžti vėliau: atsakymai išsaugomi iš karto.

error-use-buttons = Naudokitės mygtukais žemiau.
error-text-expected = Į šį klausimą atsakykite tekstu.
error-file-expected = Atsiųskite dokumentą ar nuotrauką arba naudokitės mygtukais žemiau.
error-already-submitted = Šis klausimynas jau pateiktas (registracijos numeris { $reference }). Norėdami pasidalyti kita patirtimi, siųskite /start.
error-required = Į šį klausimą būtina atsakyti.
error-choice = Pasirinkite vieną iš variantų žemiau.
error-pick-one = Pažymėkite bent vieną variantą.
error-empty = Atsakymas tuščias. Įrašykite savo atsakymą.
error-too-long = Atsakymas per ilgas (simbolių: { $length }, leidžiama ne daugiau kaip { $max }). Sutrumpinkite jį.
error-integer = Įrašykite sveikąjį skaičių nuo { $min } iki { $max }.
error-year = Įrašykite metus nuo { NUMBER($min, useGrouping: 0) } iki { NUMBER($max, useGrouping: 0) }, pavyzdžiui, 2010.
error-email = Panašu, kad el. pašto adresas neteisingas. Patikrinkite jį (pavyzdžiui, vardas@miestas.lt).
error-phone = Panašu, kad telefono numeris neteisingas. Nurodykite jį su šalies kodu, pavyzdžiui, +370 5 212 3456.
error-url = Panašu, kad interneto adresas nepilnas. Įrašykite visą adresą, pavyzdžiui, https://www.miestas.lt/projektas.
error-country = Tokios šalies neradau. Pasirinkite ją žemiau arba patikrinkite rašybą.
error-incomplete = Į kai kuriuos privalomus klausimus dar neatsakyta.

resume-offer =
    Sveiki sugrįžę! Turite nebaigtą klausimyną, kuriame yra { $answered ->
        [one] { $answered } atsakymas
        [few] { $answered } atsakymai
        [many] { $answered } atsakymo
       *[other] { $answered } atsakymų
    }. Ar norite jį tęsti, ar pradėti naują (tada nebaigti atsakymai bus ištrinti)?
button-resume = Tęsti, kur sustojau
button-new = Pradėti naują
new-draft-started = Nebaigti atsakymai ištrinti. Štai naujas klausimynas.
pause-saved = Jūsų atsakymai išsaugoti. Kai norėsite tęsti, siųskite /resume.
pause-nothing = Šiuo metu nepildote jokio klausimyno. Norėdami pradėti, siųskite /start.
error-no-draft = Šiuo metu nepildote jokio klausimyno. Norėdami pasidalyti patirtimi, siųskite /start.

status-title = Jūsų klausimynai:
status-none = Dar nepradėjote pildyti nė vieno klausimyno. Norėdami pradėti, siųskite /start.
status-item = { $reference } · { $status } · { $title } · { $date }
status-untitled = (be pavadinimo)
status-no-reference = numeris dar nesuteiktas
status-draft = pildomas
status-submitted = pateiktas
status-withdrawn = atšauktas
status-submitted-triage = pateiktas, { $triage }
status-triage-in_review = EFUS jį nagrinėja
status-triage-selected = EFUS jį atrinko
status-triage-not_selected = šį kartą neatrinktas

erase-confirm = Ištrinti visus savo duomenis? Jūsų atsakymai, nebaigti ir pateikti klausimynai bei failai bus ištrinti negrįžtamai. Išsaugomas tik įrašas, kad sutikimas buvo duotas ir atšauktas, be jokios informacijos, pagal kurią būtų galima nustatyti Jūsų tapatybę.
button-erase = Taip, ištrinti viską
button-cancel = Atšaukti
erase-done = Visi Jūsų duomenys ištrinti. Dėkojame, kad domėjotės CECOPS projektu.
erase-cancelled = Niekas neištrinta.
