# `intake db backup` et `intake db restore`.

backup-done =
    Sauvegarde écrite dans { $file } : { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, révision du schéma { $revision }.
backup-exists = { $file } existe déjà : choisissez un autre nom, ou déplacez d’abord l’ancien fichier.
backup-no-database = Il n’y a pas encore de base de données à { $database } : vérifiez DATABASE_URL.
backup-corrupt = La copie n’a pas passé le contrôle d’intégrité de SQLite ({ $error }) : rien n’a été écrit. Réessayez, puis lancez « intake doctor ».
backup-postgresql = PostgreSQL se sauvegarde avec son propre outil ; rien n’a été écrit ici. Exécutez (le mot de passe est lu dans PGPASSWORD ou ~/.pgpass) : { $command }
restore-done =
    { $file } restauré dans { $database } : { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }, schéma migré à la révision { $revision }.
restore-missing = { $file } n’existe pas.
restore-not-backup = { $file } n’est pas une sauvegarde de CECOPS Intake (pas de base SQLite avec une révision de schéma).
restore-not-empty = { $database } n’est pas vide : une sauvegarde se restaure uniquement dans une base neuve et vide. Arrêtez le bot et déplacez d’abord l’ancien fichier (avec ses fichiers -wal et -shm).
restore-postgresql = Restaurez dans une base PostgreSQL neuve et vide (createdb) avec : { $command }
