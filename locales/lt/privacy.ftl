# Privatumas ir atsparumas gedimams: atkūrimai, ribos, atsisakymai.

restore-corrupt = { $file } yra sugadintas (SQLite vientisumo patikra: { $error }): nieko neatkurta.
restore-foreign = { $file } yra kitos programos duomenų bazė (schemos versija { $revision }, CECOPS Intake nežinoma): nieko neatkurta.
doctor-database-corrupt = Duomenų bazė: { $url } yra sugadinta (SQLite greitoji patikra: { $error }). Atkurkite naujausią atsarginę kopiją: intake db restore
xlsform-too-many-rows = Daugiau nei { $limit } eilučių: klausimynas gerokai trumpesnis. Ištrinkite žemiau esančias eilutes (net ir tuščiomis atrodančiose kažkas yra).
xlsform-too-many-columns = Daugiau nei { $limit } stulpelių su antrašte: ištrinkite stulpelius nuo šio.
xlsform-cell-too-long = Šiame langelyje daugiau nei { $limit } simbolių: sutrumpinkite jį.
xlsform-expr-too-deep = Išraiškoje daugiau nei { $limit } vienas į kitą įdėtų skliaustų: parašykite ją paprasčiau.
