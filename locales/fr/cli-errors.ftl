## Paramètres erronés, arguments erronés et échecs en ligne de commande : une ligne chacun

config-error-number = Le paramètre { $name } doit être un nombre, et non « { $value } ».
config-error-yes-no = Le paramètre { $name } doit valoir true ou false, et non « { $value } ».
config-error-choice = Le paramètre { $name } doit être l’une des valeurs { $expected }, et non « { $value } ».
config-error-range = Le paramètre { $name } sort des limites admises : « { $value } ».
config-error-invalid = Le paramètre { $name } n’est pas valide : « { $value } ».
config-error-database-url = DATABASE_URL n’est pas une adresse de base de données : écrivez-la comme postgresql://utilisateur:motdepasse@hote/base ou sqlite:///./intake.db.
config-error-database-kind = DATABASE_URL désigne une base de données que ce programme ne peut pas utiliser : veuillez indiquer une adresse PostgreSQL (postgresql://…) ou SQLite (sqlite:///…).
config-error-token = TELEGRAM_BOT_TOKEN n’est pas un jeton de bot : il doit ressembler à 123456789:AAH…, tel que @BotFather l’a fourni.
config-error-user-ids = { $name } doit contenir des identifiants d’utilisateurs Telegram (des nombres) séparés par des virgules ; « { $value } » n’en est pas un.
config-error-email = Le paramètre { $name } doit contenir des adresses électroniques séparées par des virgules ; « { $value } » n’en est pas une.
cli-error-unexpected = La commande a échoué ({ $error }). Relancez-la avec LOG_LEVEL=DEBUG pour voir le détail.
export-error-extension = Impossible de déduire le format de « { $value } » : veuillez terminer le nom du fichier par .csv ou .xlsx, ou indiquer --format.
export-error-no-folder = Impossible d’écrire « { $value } » : le dossier n’existe pas.
export-error-is-folder = Impossible d’écrire « { $value } » : c’est un dossier ; veuillez indiquer un nom de fichier.
export-error-not-allowed = Impossible d’écrire « { $value } » : permission refusée.
export-error-cannot-write = Impossible d’écrire « { $value } ».
export-interrupted = Export interrompu : aucun fichier n’a été écrit.
