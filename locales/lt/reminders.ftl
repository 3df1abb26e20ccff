# Priminimai apie nebaigtus klausimynus ir EFUS sprendimas dėl pateiktos patirties.

cmd-reminders = Įjungti arba išjungti priminimus

reminder-text =
    Jūsų CECOPS klausimynas dar nebaigtas.
    { $answered ->
        [0] Dar neatsakėte nė į vieną klausimą
        [one] Atsakėte į { $answered } klausimą
        [few] Atsakėte į { $answered } klausimus
       *[other] Atsakėte į { $answered } klausimų
    }, o { $left ->
        [0] liko tik peržiūrėti ir pateikti.
        [one] liko { $left } dalis iš { $sections }.
        [few] liko { $left } dalys iš { $sections }.
       *[other] liko { $left } dalių iš { $sections }.
    }
    Jūsų atsakymai išsaugoti: galite tęsti nuo tos vietos, kurioje sustojote.
button-reminder-continue = Tęsti
button-reminder-stop = Nebesiųsti priminimų

reminders-off = Supratau: daugiau priminimų nesiųsiu. Jei norėsite juos vėl gauti, siųskite /reminders.
reminders-on = Priminimai vėl įjungti: jei paliksite klausimyną nebaigtą, Jums apie jį priminsiu.
reminders-unknown = Kol kas nėra apie ką priminti. Siųskite /start, kad pradėtumėte pildyti klausimyną.
reminders-status-on = Priminimai įjungti: jei paliksite klausimyną nebaigtą, Jums apie jį priminsiu.
reminders-status-off = Priminimai išjungti: apie nebaigtą klausimyną Jums nepriminsiu.
button-reminders-on = Įjungti priminimus
button-reminders-off = Išjungti priminimus

outcome-selected = Gera žinia! EFUS atrinko CECOPS projektui Jūsų patirtį, kuria pasidalijote klausimyne { $reference } („{ $title }“). Dėkojame už dalyvavimą.
outcome-not-selected = Dėkojame, kad pasidalijote savo patirtimi klausimyne { $reference } („{ $title }“). EFUS ją atidžiai perskaitė, tačiau šiame etape CECOPS projektui jos neatrinko.
outcome-note = EFUS komandos žinutė:

digest-stalled-reminders = { $count ->
        [0] priminimų nesiųsta
        [one] išsiųstas { $count } priminimas ({ $dates })
        [few] išsiųsti { $count } priminimai ({ $dates })
       *[other] išsiųsta { $count } priminimų ({ $dates })
    }
digest-stalled-stopped = sustota ties klausimu: { $question }
