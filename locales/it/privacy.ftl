# Riservatezza e tolleranza ai guasti: ripristini, limiti, rifiuti.

restore-corrupt = { $file } è danneggiato (controllo di integrità di SQLite: { $error }): non è stato ripristinato nulla.
restore-foreign = { $file } è il database di un’altra applicazione (revisione dello schema { $revision }, sconosciuta a CECOPS Intake): non è stato ripristinato nulla.
doctor-database-corrupt = Database: { $url } è danneggiato (controllo rapido di SQLite: { $error }). Ripristini l’ultimo backup con: intake db restore
