# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.
# The command words themselves (back, skip, keep, resume, cancel, quit…) are recognised in English only: keep them.

console-welcome = Tai „CECOPS Intake“ terminalo versija. Atsakymai išsaugomi iš karto: norėdami sustoti, įrašykite „quit“, o norėdami tęsti, vėl paleiskite komandą.
console-commands = Komandos (rašomos angliškai): „back“ – atgal · „skip“ – praleisti · „keep“ – palikti esamą atsakymą · „done“ – patvirtinti pasirinkimus · „review“ – peržiūrėti · „edit N“ – keisti N-ąjį atsakymą · „submit“ – pateikti · „lang en|fr|it|lt“ – kalba · „restart“ – pradėti iš naujo · „resume“ – tęsti · „status“ – būsena · „delete“ – ištrinti duomenis · „cancel“ – atšaukti · „help“ – pagalba · „quit“ – išeiti
console-choose = Įrašykite pasirinkto varianto numerį (arba jo tekstą).
console-choose-many = Įrašykite pasirinktų variantų numerius, atskirtus kableliais (pavyzdžiui, 1, 3, 4), arba po vieną numerį – taip jį pažymėsite ar atžymėsite, tada įrašykite „done“.
console-type-country = Įrašykite numerį arba bet kurios šalies pavadinimą.
console-file = Šis terminalas negali priimti failų: jei klausimas neprivalomas, įrašykite „skip“.
console-edit = Įrašykite „edit N“, kad pakeistumėte N-ąjį atsakymą, arba „submit“, kad pateiktumėte klausimyną.
console-continue = Įrašykite „continue“, kad atsakytumėte į likusius klausimus.
console-unknown = Nesupratau. Įrašykite „help“, kad pamatytumėte komandas.
console-bye = Iki pasimatymo. Jūsų atsakymai išsaugoti.
console-long-text = Galite rašyti keliomis eilutėmis: atsakymą užbaigsite paspaudę „Enter“ tuščioje eilutėje.
console-mail-written = EFUS gaunamas el. laiškas įrašytas į { $path } (pašto serveris nenustatytas; jį atidaro bet kuri pašto programa).
console-mail-sent = El. laiškas išsiųstas EFUS.
console-mail-later = El. laiškas EFUS laukia eilėje: jį išsiųs veikiantis botas, arba išsiųskite dabar komanda „intake outbox send“.

# Bendrų pranešimų, kuriuose minimi mygtukai ar komandos su „/“, formuluotės terminalui.
console-consent-declined = Supratome: niekas neišsaugota. Jei apsigalvosite, įrašykite „start“.
console-consent-reminder = Niekas neįrašoma, kol nesutinkate su aukščiau pateiktu pranešimu apie duomenų apsaugą. Įrašykite 1, jei sutinkate, arba 2, jei nesutinkate (3 – parodyti pranešimą dar kartą).
console-review-use-buttons = Įrašykite „edit N“, kad pakeistumėte atsakymą, arba „submit“.
console-error-use-buttons = Įrašykite vieno iš variantų numerį.
console-error-file-expected = Šis terminalas negali priimti failų: jei klausimas neprivalomas, įrašykite „skip“.
console-error-already-submitted = Šis klausimynas jau pateiktas (registracijos numeris { $reference }). Norėdami pasidalyti kita patirtimi, įrašykite „start“.
console-error-no-draft = Šiuo metu nepildote jokio klausimyno. Norėdami pasidalyti patirtimi, įrašykite „start“.
console-pause-saved = Jūsų atsakymai išsaugoti. Kai norėsite tęsti, įrašykite „resume“.
console-pause-nothing = Šiuo metu nepildote jokio klausimyno. Norėdami pradėti, įrašykite „start“.
console-status-none = Dar nepradėjote pildyti nė vieno klausimyno. Norėdami pradėti, įrašykite „start“.
console-toast-stale = Šis pasirinkimas susijęs su ankstesniu klausimu; atsakykite į paskutinį parodytą klausimą.
console-help-text =
    Į kiekvieną klausimą atsakykite įrašydami atsakymą arba varianto numerį.
    „back“ grąžina į ankstesnį klausimą; „skip“ leidžia praleisti neprivalomą klausimą.
    Prieš pateikdami galite peržiūrėti ir pakeisti atsakymus, bet kada pakeisti kalbą, sustoti ir grįžti vėliau: atsakymai išsaugomi iš karto.

cli-no-token =
    TELEGRAM_BOT_TOKEN nenustatytas, todėl botas negali prisijungti prie „Telegram“.
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
