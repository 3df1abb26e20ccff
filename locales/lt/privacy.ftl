# Privatumas ir atsparumas gedimams: atkūrimai, ribos, atsisakymai.

restore-corrupt = Failas { $file } sugadintas (SQLite vientisumo patikra: { $error }) – nieko neatkurta.
restore-foreign = Failas { $file } yra kitos programos duomenų bazė (schemos versija { $revision }, CECOPS Intake nežinoma) – nieko neatkurta.
doctor-database-corrupt = Duomenų bazė { $url } sugadinta (SQLite greitoji patikra: { $error }). Atkurkite naujausią atsarginę kopiją komanda: intake db restore
xlsform-too-many-rows = Daugiau kaip { $limit } eilučių, nors klausimynui tiek tikrai pakanka. Ištrinkite žemiau esančias eilutes (net ir tuščiomis atrodančiose kažkas įrašyta).
xlsform-too-many-columns = Daugiau kaip { $limit } stulpelių su antraštėmis: ištrinkite stulpelius nuo šio į dešinę.
xlsform-cell-too-long = Šiame langelyje daugiau kaip { $limit } simbolių: sutrumpinkite tekstą.
xlsform-expr-too-deep = Išraiškoje daugiau kaip { $limit } vienas į kitą įdėtų skliaustų: parašykite ją paprasčiau.
ws-signin-cross-site = Šis prisijungimas atėjo ne iš darbuotojų erdvės puslapio. Atverkite pokalbių roboto atsiųstą nuorodą ir paspauskite ten esantį mygtuką.
ws-signin-too-many = Per daug bandymų prisijungti iš Jūsų interneto ryšio. Palaukite dešimt minučių, tada nusiųskite pokalbių robotui komandą /web ir gausite naują nuorodą.
ws-reminder-last = Paskutinis priminimas šiam respondentui išsiųstas { $when }: per vieną priminimų laikotarpį (REMINDER_AFTER) siunčiamas ne daugiau kaip vienas priminimas.
