# Terminalo pokalbis (`intake chat`): kuo jis skiriasi nuo „Telegram“ (vietoj mygtukų ir komandų
# su „/“ – numeriai ir įrašomi žodžiai). Patys žodžiai – faile terminal.ftl.
console-welcome = „CECOPS Intake“ terminale. Atsakymai išsaugomi iš karto: norėdami sustoti, įrašykite „{ console-word-quit }“, o norėdami tęsti, vėl paleiskite komandą.
console-commands = Galite įrašyti šiuos žodžius (tinka ir angliški): { console-word-back } · { console-word-skip } · { console-word-keep } (esamą atsakymą) · { console-word-done } (patvirtinti pasirinkimus) · { console-word-review } · { console-word-edit } N · { console-word-submit } · { console-word-lang } en|fr|it|lt · { console-word-restart } · { console-word-resume } · { console-word-status } · { console-word-delete } (savo duomenis) · { console-word-cancel } · { console-word-help } · { console-word-quit }
console-choose = Įrašykite pasirinkto varianto numerį (arba jo tekstą).
console-choose-many = Įrašykite pasirinktų variantų numerius, atskirtus kableliais (pavyzdžiui, 1, 3, 4): jie iš karto patvirtinami. Vienas numeris pažymi arba atžymi tą variantą; tada įrašykite „{ console-word-done }“.
console-hint-multi = Pažymėkite visus tinkamus variantus ir įrašykite „{ console-word-done }“.
console-multi-selected = Pažymėta: { $numbers }. Įrašykite kitus numerius, kad pažymėtumėte ar atžymėtumėte variantus, arba „{ console-word-done }“, kad patvirtintumėte.
console-type-country = Įrašykite numerį arba bet kurios šalies pavadinimą.
console-file = Šis terminalas negali priimti failų: jei klausimas neprivalomas, įrašykite „{ console-word-skip }“.
console-edit = Įrašykite „{ console-word-edit } N“, kad pakeistumėte N-ąjį atsakymą, arba „{ console-word-submit }“, kad pateiktumėte klausimyną.
console-continue = Įrašykite „{ console-word-continue }“, kad atsakytumėte į likusius klausimus.
console-unknown = Nesupratau. Įrašykite „{ console-word-help }“ – pamatysite, ką galite rašyti.
console-bye = Iki pasimatymo. Jūsų atsakymai išsaugoti.
console-long-text = Galite rašyti keliomis eilutėmis: atsakymą užbaigsite paspaudę „Enter“ tuščioje eilutėje.
console-keep = Įrašykite „{ console-word-keep }“, jei norite jį palikti.
console-mail-written = EFUS gaunamas el. laiškas įrašytas į { $path } (pašto serveris nenustatytas; jį atidaro bet kuri pašto programa).
console-mail-sent = El. laiškas išsiųstas EFUS.
console-mail-later = El. laiškas EFUS laukia eilėje: jį išsiųs veikiantis robotas, arba išsiųskite jį dabar komanda „intake outbox send“.

# Bendrų pranešimų, kuriuose minimi mygtukai ar komandos su „/“, formuluotės terminalui.
console-consent-declined = Supratome: niekas neišsaugota. Jei apsigalvosite, įrašykite „{ console-word-start }“.
console-consent-reminder = Niekas neįrašoma, kol nesutinkate su aukščiau pateiktu pranešimu apie duomenų apsaugą. Įrašykite 1, jei sutinkate, arba 2, jei nesutinkate (3 – parodyti pranešimą dar kartą).
console-consent-rights = Jūsų teisės: žodis „{ console-word-status }“ parodo Jūsų klausimynų sąrašą, o žodis „{ console-word-delete }“ iš karto ištrina visus Jūsų duomenis (išsaugomas tik anoniminis įrašas, kad sutikimas buvo duotas ir atšauktas). Be to, galite prašyti, kad EFUS leistų susipažinti su Jūsų duomenimis arba juos ištaisytų, ir pateikti skundą duomenų apsaugos priežiūros institucijai, pavyzdžiui, Valstybinei duomenų apsaugos inspekcijai (VDAI).
console-review-use-buttons = Įrašykite „{ console-word-edit } N“, kad pakeistumėte atsakymą, arba „{ console-word-submit }“.
console-error-use-buttons = Įrašykite vieno iš variantų numerį.
console-error-file-expected = Šis terminalas negali priimti failų: jei klausimas neprivalomas, įrašykite „{ console-word-skip }“.
console-error-already-submitted = Šis klausimynas jau pateiktas (registracijos numeris { $reference }). Norėdami pasidalyti kita patirtimi, įrašykite „{ console-word-start }“.
console-error-no-draft = Šiuo metu nepildote jokio klausimyno. Norėdami pasidalyti patirtimi, įrašykite „{ console-word-start }“.
console-pause-saved = Jūsų atsakymai išsaugoti. Kai norėsite tęsti, įrašykite „{ console-word-resume }“.
console-pause-nothing = Šiuo metu nepildote jokio klausimyno. Norėdami pradėti, įrašykite „{ console-word-start }“.
console-status-none = Dar nepradėjote pildyti nė vieno klausimyno. Norėdami pradėti, įrašykite „{ console-word-start }“.
console-toast-stale = Šis pasirinkimas susijęs su ankstesniu klausimu; atsakykite į paskutinį parodytą klausimą.
console-help-text =
    Į kiekvieną klausimą atsakykite įrašydami atsakymą arba varianto numerį.
    „{ console-word-back }“ grąžina į ankstesnį klausimą; „{ console-word-skip }“ leidžia praleisti neprivalomą klausimą.
    Prieš pateikdami galite peržiūrėti ir pakeisti atsakymus, bet kada pakeisti kalbą, sustoti ir grįžti vėliau: atsakymai išsaugomi iš karto.

cli-no-token =
    TELEGRAM_BOT_TOKEN nenustatytas, todėl pokalbių robotas negali prisijungti prie „Telegram“.
    Norėdami gauti prieigos raktą (token), atidarykite „Telegram“, parašykite @BotFather, išsiųskite /newbot ir atlikite nurodytus veiksmus; tada įrašykite TELEGRAM_BOT_TOKEN=<prieigos raktas> į aplinkos kintamuosius arba į .env failą.
    Norėdami išbandyti klausimyną be „Telegram“, paleiskite: intake chat (arba make chat).
cli-db-upgraded = Duomenų bazės schema yra naujausios versijos.
cli-purged = { $count ->
    [0] Nebuvo nė vieno nebaigto klausimyno, kurio saugojimo terminas būtų pasibaigęs.
    [one] Ištrintas { $count } nebaigtas klausimynas, kurio saugojimo terminas pasibaigė.
    [few] Ištrinti { $count } nebaigti klausimynai, kurių saugojimo terminas pasibaigė.
    [many] Ištrinta { $count } nebaigto klausimyno, kurių saugojimo terminas pasibaigė.
   *[other] Ištrinta { $count } nebaigtų klausimynų, kurių saugojimo terminas pasibaigė.
}
