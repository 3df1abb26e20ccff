# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.
# The command words themselves (back, skip, keep, resume, cancel, quit…) are recognised in English only: keep them.

console-welcome = Tai „CECOPS Intake“ terminalo versija. Atsakymai išsaugomi iš karto: norėdami sustoti, įrašykite „quit“, o norėdami tęsti, vėl paleiskite komandą.
console-commands = Komandos (rašomos angliškai): „back“ – atgal · „skip“ – praleisti · „keep“ – palikti esamą atsakymą · „review“ – peržiūrėti · „edit N“ – keisti N-ąjį atsakymą · „submit“ – pateikti · „lang en|fr|it|lt“ – kalba · „restart“ – pradėti iš naujo · „resume“ – tęsti · „status“ – būsena · „delete“ – ištrinti duomenis · „cancel“ – atšaukti · „help“ – pagalba · „quit“ – išeiti
console-choose = Įrašykite pasirinkto varianto numerį (arba jo tekstą).
console-choose-many = Po vieną įrašykite norimų variantų numerius – taip juos pažymėsite arba atžymėsite, tada įrašykite „done“.
console-type-country = Įrašykite numerį arba bet kurios šalies pavadinimą.
console-file = Šis terminalas negali priimti failų: jei klausimas neprivalomas, įrašykite „skip“.
console-edit = Įrašykite „edit N“, kad pakeistumėte N-ąjį atsakymą, arba „submit“, kad pateiktumėte klausimyną.
console-continue = Įrašykite „continue“, kad atsakytumėte į likusius klausimus.
console-unknown = Nesupratau. Įrašykite „help“, kad pamatytumėte komandas.
console-bye = Iki pasimatymo. Jūsų atsakymai išsaugoti.
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
