# Confidentialité et tolérance aux pannes : restaurations, limites, refus.

restore-corrupt = { $file } est endommagé (contrôle d’intégrité de SQLite : { $error }) : rien n’a été restauré.
restore-foreign = { $file } est la base de données d’une autre application (révision de schéma { $revision }, inconnue de CECOPS Intake) : rien n’a été restauré.
doctor-database-corrupt = Base de données : { $url } est endommagée (contrôle rapide de SQLite : { $error }). Restaurez la dernière sauvegarde avec : intake db restore
