# Privatumas ir atsparumas gedimams: atkūrimai, ribos, atsisakymai.

restore-corrupt = { $file } yra sugadintas (SQLite vientisumo patikra: { $error }): nieko neatkurta.
restore-foreign = { $file } yra kitos programos duomenų bazė (schemos versija { $revision }, CECOPS Intake nežinoma): nieko neatkurta.
doctor-database-corrupt = Duomenų bazė: { $url } yra sugadinta (SQLite greitoji patikra: { $error }). Atkurkite naujausią atsarginę kopiją: intake db restore
