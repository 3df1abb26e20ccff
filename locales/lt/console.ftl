# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.
# The command words themselves (back, skip, quit…) are recognised in English only: keep them.

console-welcome = Tai „CECOPS Intake“ terminalo versija. Atsakymai išsaugomi iš karto: norėdami sustoti, įrašykite „quit“, o norėdami tęsti, vėl paleiskite komandą.
console-commands = Komandos (rašomos angliškai): „back“ – atgal · „skip“ – praleisti · „review“ – peržiūrėti · „edit N“ – keisti N-ąjį atsakymą · „submit“ – pateikti · „lang en|fr|it|lt“ – kalba · „restart“ – pradėti iš naujo · „status“ – būsena · „delete“ – ištrinti duomenis · „help“ – pagalba · „quit“ – išeiti
console-choose = Įrašykite pasirinkto varianto numerį (arba jo tekstą).
console-choose-many = Po vieną įrašykite norimų variantų numerius – taip juos pažymėsite arba atžymėsite, tada įrašykite „done“.
console-type-country = Įrašykite numerį arba bet kurios šalies pavadinimą.
console-file = Šis terminalas negali priimti failų: jei klausimas neprivalomas, įrašykite „skip“.
console-edit = Įrašykite „edit N“, kad pakeistumėte N-ąjį atsakymą, arba „submit“, kad pateiktumėte klausimyną.
console-continue = Įrašykite „continue“, kad atsakytumėte į likusius klausimus.
console-unknown = Nesupratau. Įrašykite „help“, kad pamatytumėte komandas.
console-bye = Iki pasimatymo. Jūsų atsakymai išsaugoti.
console-selected = pažymėta
