# `intake db backup` ir `intake db restore`.

backup-done =
    Atsarginė kopija įrašyta į { $file }: { $rows ->
        [one] { $rows } eilutė
        [few] { $rows } eilutės
       *[other] { $rows } eilučių
    }, schemos versija { $revision }.
backup-exists = { $file } jau yra: pasirinkite kitą pavadinimą arba pirmiau perkelkite senąjį failą.
backup-no-database = { $database } duomenų bazės dar nėra: patikrinkite DATABASE_URL.
backup-corrupt = Kopija neišlaikė SQLite vientisumo patikros ({ $error }): nieko neįrašyta. Bandykite dar kartą ir paleiskite „intake doctor“.
backup-postgresql = PostgreSQL atsarginė kopija daroma jos pačios įrankiu; čia nieko neįrašyta. Paleiskite (slaptažodis imamas iš PGPASSWORD arba ~/.pgpass): { $command }
restore-done =
    { $file } atkurta į { $database }: { $rows ->
        [one] { $rows } eilutė
        [few] { $rows } eilutės
       *[other] { $rows } eilučių
    }, schema atnaujinta iki versijos { $revision }.
restore-missing = { $file } nėra.
restore-not-backup = { $file } nėra CECOPS Intake atsarginė kopija (tai ne SQLite duomenų bazė su schemos versija).
restore-not-empty = { $database } nėra tuščia: atsarginė kopija atkuriama tik į naują, tuščią duomenų bazę. Sustabdykite robotą ir pirmiau perkelkite senąjį failą (kartu su -wal ir -shm failais).
restore-postgresql = Atkurkite į naują, tuščią PostgreSQL duomenų bazę (createdb) komanda: { $command }
