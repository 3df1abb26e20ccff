## Impostazioni errate, argomenti errati ed errori da riga di comando: una riga ciascuno

config-error-number = L’impostazione { $name } deve essere un numero, non «{ $value }».
config-error-yes-no = L’impostazione { $name } deve valere true o false, non «{ $value }».
config-error-choice = L’impostazione { $name } deve essere uno dei valori { $expected }, non «{ $value }».
config-error-range = L’impostazione { $name } è fuori dai limiti ammessi: «{ $value }».
config-error-invalid = L’impostazione { $name } non è valida: «{ $value }».
config-error-database-url = DATABASE_URL non è un indirizzo di database: lo scriva come postgresql://utente:password@host/nomedb oppure sqlite:///./intake.db.
config-error-database-kind = DATABASE_URL indica un database che questo programma non può usare: indichi un indirizzo PostgreSQL (postgresql://…) o SQLite (sqlite:///…).
config-error-token = TELEGRAM_BOT_TOKEN non è un token di bot: deve avere la forma 123456789:AAH…, esattamente come lo ha fornito @BotFather.
config-error-user-ids = { $name } deve elencare ID utente Telegram (numeri) separati da virgole; «{ $value }» non lo è.
config-error-email = L’impostazione { $name } deve elencare indirizzi e-mail separati da virgole; «{ $value }» non lo è.
cli-error-unexpected = Il comando non è riuscito ({ $error }). Lo esegua di nuovo con LOG_LEVEL=DEBUG per vedere i dettagli.
export-error-extension = Non è possibile dedurre il formato da «{ $value }»: termini il nome del file con .csv o .xlsx, oppure indichi --format.
export-error-no-folder = Impossibile scrivere «{ $value }»: la cartella non esiste.
export-error-is-folder = Impossibile scrivere «{ $value }»: è una cartella; indichi un nome di file.
export-error-not-allowed = Impossibile scrivere «{ $value }»: permesso negato.
export-error-cannot-write = Impossibile scrivere «{ $value }».
export-interrupted = Esportazione interrotta: non è stato scritto alcun file.
