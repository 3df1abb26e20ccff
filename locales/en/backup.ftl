# `intake db backup` and `intake db restore`.

backup-done =
    Backup written to { $file }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, schema revision { $revision }.
backup-exists = { $file } already exists: choose another name, or move the old file away first.
backup-no-database = There is no database at { $database } yet: check DATABASE_URL.
backup-corrupt = The copy failed SQLite’s integrity check ({ $error }): nothing was written. Try again, and run “intake doctor”.
backup-postgresql = PostgreSQL is backed up with its own tool; nothing was written here. Run (the password comes from PGPASSWORD or ~/.pgpass): { $command }
restore-done =
    { $file } restored into { $database }: { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }, schema migrated to revision { $revision }.
restore-missing = { $file } does not exist.
restore-not-backup = { $file } is not a backup of CECOPS Intake (no SQLite database with a schema revision).
restore-not-empty = { $database } is not empty: a backup is restored only into a new, empty database. Stop the bot and move the old file (with its -wal and -shm files) away first.
restore-postgresql = Restore into a new, empty PostgreSQL database (createdb) with: { $command }
