## Klaidingi nustatymai, klaidingi argumentai ir nesėkmės komandinėje eilutėje: po vieną eilutę

config-error-number = Nustatymo { $name } reikšmė turi būti skaičius, o ne „{ $value }“.
config-error-yes-no = Nustatymo { $name } reikšmė turi būti true arba false, o ne „{ $value }“.
config-error-choice = Nustatymo { $name } reikšmė turi būti viena iš { $expected }, o ne „{ $value }“.
config-error-range = Nustatymo { $name } reikšmė nepatenka į leistinas ribas: „{ $value }“.
config-error-invalid = Nustatymo { $name } reikšmė netinkama: „{ $value }“.
config-error-database-url = DATABASE_URL nėra duomenų bazės adresas: rašykite, pavyzdžiui, postgresql://naudotojas:slaptažodis@serveris/duomenubaze arba sqlite:///./intake.db.
config-error-database-kind = DATABASE_URL nurodo duomenų bazę, kurios ši programa negali naudoti: nurodykite PostgreSQL (postgresql://…) arba SQLite (sqlite:///…) adresą.
config-error-token = TELEGRAM_BOT_TOKEN nėra pokalbių roboto prieigos raktas: jis turi atrodyti kaip 123456789:AAH…, lygiai taip, kaip jį pateikė @BotFather.
config-error-user-ids = { $name } turi būti kableliais atskirti „Telegram“ naudotojų identifikatoriai (skaičiai); „{ $value }“ toks nėra.
config-error-email = Nustatyme { $name } turi būti kableliais atskirti el. pašto adresai; „{ $value }“ toks nėra.
cli-error-unexpected = Komanda nepavyko ({ $error }). Paleiskite ją dar kartą su LOG_LEVEL=DEBUG, kad pamatytumėte išsamią informaciją.
export-error-extension = Iš „{ $value }“ neįmanoma nustatyti formato: failo pavadinimą užbaikite .csv arba .xlsx arba nurodykite --format.
export-error-no-folder = Nepavyko įrašyti „{ $value }“: tokio aplanko nėra.
export-error-is-folder = Nepavyko įrašyti „{ $value }“: tai aplankas; nurodykite failo pavadinimą.
export-error-not-allowed = Nepavyko įrašyti „{ $value }“: prieiga neleidžiama.
export-error-cannot-write = Nepavyko įrašyti „{ $value }“.
export-interrupted = Eksportas nutrauktas: joks failas neįrašytas.
