# Riservatezza e tolleranza ai guasti: ripristini, limiti, rifiuti.

restore-corrupt = { $file } è danneggiato (controllo di integrità di SQLite: { $error }): non è stato ripristinato nulla.
restore-foreign = { $file } è il database di un’altra applicazione (revisione dello schema { $revision }, sconosciuta a CECOPS Intake): non è stato ripristinato nulla.
doctor-database-corrupt = Database: { $url } è danneggiato (controllo rapido di SQLite: { $error }). Ripristini l’ultimo backup con: intake db restore
xlsform-too-many-rows = Più di { $limit } righe, mentre a un questionario ne bastano molte meno. Elimini le righe sottostanti (anche quelle che sembrano vuote contengono qualcosa).
xlsform-too-many-columns = Più di { $limit } colonne con un’intestazione: elimini le colonne da qui in poi.
xlsform-cell-too-long = Questa cella contiene più di { $limit } caratteri: la accorci.
xlsform-expr-too-deep = L’espressione contiene più di { $limit } livelli di parentesi annidate: la semplifichi.
ws-signin-cross-site = Questo accesso non proviene dalla pagina dello spazio del personale. Apra il link che il bot Le ha inviato e prema il pulsante su quella pagina.
ws-signin-too-many = Troppi tentativi di accesso dalla Sua connessione. Attenda dieci minuti, poi invii /web al bot per ricevere un nuovo link.
ws-reminder-last = L’ultimo promemoria a questa persona è stato inviato il { $when }: se ne invia al massimo uno per periodo di promemoria (REMINDER_AFTER).
