# `intake db backup` e `intake db restore`.

backup-done =
    Backup scritto in { $file }: { $rows ->
        [one] { $rows } riga
       *[other] { $rows } righe
    }, revisione dello schema { $revision }.
backup-exists = { $file } esiste già: scelga un altro nome, oppure sposti prima il vecchio file.
backup-no-database = Non c’è ancora un database in { $database }: controlli DATABASE_URL.
backup-corrupt = La copia non ha superato il controllo di integrità di SQLite ({ $error }): non è stato scritto nulla. Riprovi, poi esegua «intake doctor».
backup-postgresql = Il backup di PostgreSQL si esegue con lo strumento di PostgreSQL stesso; qui non è stato scritto nulla. Esegua (la password viene letta da PGPASSWORD o ~/.pgpass): { $command }
restore-done =
    { $file } ripristinato in { $database }: { $rows ->
        [one] { $rows } riga
       *[other] { $rows } righe
    }, schema migrato alla revisione { $revision }.
restore-missing = { $file } non esiste.
restore-not-backup = { $file } non è un backup di CECOPS Intake (nessun database SQLite con una revisione dello schema).
restore-not-empty = { $database } non è vuoto: un backup si ripristina solo in un database nuovo e vuoto. Arresti il bot e sposti prima il vecchio file (con i file -wal e -shm).
restore-postgresql = Ripristini in un database PostgreSQL nuovo e vuoto (createdb) con: { $command }
