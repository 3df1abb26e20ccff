# Privatumas ir atsparumas gedimams: atkūrimai, ribos, atsisakymai.

restore-corrupt = { $file } yra sugadintas (SQLite vientisumo patikra: { $error }): nieko neatkurta.
restore-foreign = { $file } yra kitos programos duomenų bazė (schemos versija { $revision }, CECOPS Intake nežinoma): nieko neatkurta.
doctor-database-corrupt = Duomenų bazė: { $url } yra sugadinta (SQLite greitoji patikra: { $error }). Atkurkite naujausią atsarginę kopiją: intake db restore
xlsform-too-many-rows = Daugiau nei { $limit } eilučių: klausimynas gerokai trumpesnis. Ištrinkite žemiau esančias eilutes (net ir tuščiomis atrodančiose kažkas yra).
xlsform-too-many-columns = Daugiau nei { $limit } stulpelių su antrašte: ištrinkite stulpelius nuo šio.
xlsform-cell-too-long = Šiame langelyje daugiau nei { $limit } simbolių: sutrumpinkite jį.
xlsform-expr-too-deep = Išraiškoje daugiau nei { $limit } vienas į kitą įdėtų skliaustų: parašykite ją paprasčiau.
ws-signin-cross-site = Šis prisijungimas pateiktas ne iš darbuotojų erdvės puslapio. Atidarykite roboto atsiųstą nuorodą ir paspauskite ten esantį mygtuką.
ws-signin-too-many = Per daug bandymų prisijungti iš Jūsų ryšio. Palaukite dešimt minučių, tada nusiųskite /web robotui ir gausite naują nuorodą.
ws-reminder-last = Paskutinis priminimas šiam respondentui išsiųstas { $when }: per vieną priminimo laikotarpį (REMINDER_AFTER) siunčiama ne daugiau kaip vienas.
