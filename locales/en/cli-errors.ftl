## Wrong settings, wrong arguments and failures on the command line: one line each

config-error-number = The setting { $name } must be a number, not “{ $value }”.
config-error-yes-no = The setting { $name } must be true or false, not “{ $value }”.
config-error-choice = The setting { $name } must be one of { $expected }, not “{ $value }”.
config-error-range = The setting { $name } is out of range: “{ $value }”.
config-error-invalid = The setting { $name } is not valid: “{ $value }”.
config-error-database-url = DATABASE_URL is not a database address: write it like postgresql://user:password@host/dbname or sqlite:///./intake.db.
config-error-database-kind = DATABASE_URL names a database this program cannot use: please give a PostgreSQL (postgresql://…) or SQLite (sqlite:///…) address.
config-error-token = TELEGRAM_BOT_TOKEN is not a bot token: it should look like 123456789:AAH… exactly as @BotFather gave it.
config-error-user-ids = { $name } must list Telegram user ids (numbers) separated by commas; “{ $value }” is not one.
config-error-email = The setting { $name } must list e-mail addresses separated by commas; “{ $value }” is not one.
cli-error-unexpected = The command failed ({ $error }). Run it again with LOG_LEVEL=DEBUG to see the details.
export-error-extension = The format cannot be told from “{ $value }”: please end the file name with .csv or .xlsx, or give --format.
export-error-no-folder = Cannot write “{ $value }”: the folder does not exist.
export-error-is-folder = Cannot write “{ $value }”: it is a folder; please give a file name.
export-error-not-allowed = Cannot write “{ $value }”: permission denied.
export-error-cannot-write = Cannot write “{ $value }”.
export-interrupted = Export interrupted: no file was written.
