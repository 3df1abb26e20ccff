# `intake --help`, parinkčių aprašai ir naudojimo klaidos (app/cli_help.py), STAFF_LANGUAGE kalba.

cli-usage = Naudojimas:
cli-usage-options = [PARINKTYS]
cli-usage-command = KOMANDA [ARGUMENTAI]…
cli-arguments = Argumentai:
cli-options = Parinktys:
cli-commands = Komandos:
cli-option-help = Parodyti šią pagalbą ir baigti.
cli-default = numatytoji reikšmė: { $value }
cli-required = privaloma
cli-metavar-str = TEKSTAS
cli-metavar-int = SKAIČIUS
cli-metavar-float = SKAIČIUS
cli-metavar-path = KELIAS
cli-metavar-list-int = NUMERIAI
cli-metavar-value = REIKŠMĖ
cli-metavar-file = FAILAS
cli-metavar-ids = NUMERIAI

cli-error = Klaida: { $message }
cli-error-see-help = Pagalba: { $command }
cli-aborted = Nutraukta.
cli-error-no-such-option = parinkties { $name } nėra.
cli-error-no-such-option-suggest = parinkties { $name } nėra (gal turėjote omenyje { $options }?).
cli-error-option-no-value = parinkčiai { $name } reikšmės nurodyti nereikia.
cli-error-needs-value = parinkčiai { $name } reikia nurodyti reikšmę.
cli-error-missing-option = parinktis { $name } privaloma.
cli-error-missing-argument = trūksta argumento { $name }.
cli-error-no-such-file = { $name }: „{ $value }“ neegzistuoja.
cli-error-bad-path = { $name }: „{ $value }“ netinkamo tipo (failas ten, kur turi būti aplankas, arba atvirkščiai).
cli-error-not-a-number = { $name } turi būti sveikasis skaičius, o ne „{ $value }“.
cli-error-bad-value = „{ $value }“ – netinkama { $name } reikšmė.
cli-error-not-a-number-unnamed = { $name } turi būti sveikasis skaičius.
cli-error-bad-value-unnamed = Ši { $name } reikšmė netinkama.
cli-error-no-such-command = komandos „{ $name }“ nėra. Komandos: { $commands }.
cli-error-extra-arguments = per daug argumentų ({ $arguments }).
cli-error-missing-command = trūksta komandos.
cli-error-usage = ši komandinė eilutė netinkama.

cli-help = CECOPS Intake: klausimynas „Telegram“ ir terminale, darbuotojų erdvė, eksportas ir priežiūra.
cli-help-export =
    Eksportuoti klausimynus CSV arba XLSX formatu, po vieną eilutę kiekvienam klausimynui.
    Datos lyginamos su pateikimo laiku (nebaigtų klausimynų ir --status all atveju – su pradžios laiku).
cli-option-export-out = Rašomas failas; „-“ išveda CSV į standartinę išvestį.
cli-option-export-fmt = csv arba xlsx (numatytasis – pagal --out plėtinį, kitaip csv).
cli-option-export-status = submitted (pateikti), draft (nebaigti) arba all (visi).
cli-option-export-since = Nuo šios dienos (MMMM-MM-DD, UTC) arba ISO 8601 datos ir laiko imtinai.
cli-option-export-until = Iki šios dienos imtinai (MMMM-MM-DD, UTC) arba iki nurodytos datos ir laiko.
cli-option-export-lang = Antraščių ir atsakymų kalba (numatytoji – STAFF_LANGUAGE).
cli-option-export-respondent-lang = Tik šia kalba užpildyti klausimynai (en, fr, it, lt).
cli-option-export-country = Tik ši šalis: ISO kodas (IT) arba pavadinimas.
cli-option-export-ids = Stulpelių antraštėse rašyti klausimo identifikatorių, o ne pavadinimą.
cli-option-export-choice-columns = Po vieną 0/1 stulpelį kiekvienam keleto pasirinkimų klausimo variantui.
cli-option-export-no-bom = CSV be UTF-8 baitų tvarkos žymos (BOM).
cli-help-digest = Parodyti (--preview) arba išsiųsti (--send) paskutinio pasibaigusio laikotarpio suvestinę.
cli-option-digest-preview = Parodyti paskutinio laikotarpio suvestinę.
cli-option-digest-send = Dabar išsiųsti paskutinio laikotarpio suvestinę.
cli-help-doctor = Patikrinti šį diegimą: nustatymus, „Telegram“, duomenų bazę, el. paštą, diską. Jei kuris nors patikrinimas nepavyksta, išėjimo kodas 1.
cli-option-doctor-send-test = Taip pat išsiųsti bandomąjį el. laišką adresu EFUS_INBOX.
cli-help-chat = Pildyti klausimyną terminale; norėdami tęsti vėliau, išeikite ir vėl paleiskite komandą.
cli-option-chat-lang = Kalba: en, fr, it, lt.
cli-option-chat-user = Vietinio respondento numeris: kiekvienas numeris turi savo klausimyną.
cli-help-run = Paleisti „Telegram“ pokalbių robotą: ilgąja apklausa (long polling) arba „webhook“ serveriu, jei nustatytas WEBHOOK_URL.
cli-help-db = Duomenų bazės schema ir priežiūra.
cli-help-db-backup = Padaryti duomenų bazės atsarginę kopiją į FAILĄ robotui veikiant (SQLite); PostgreSQL atveju paaiškina, kaip tai padaryti.
cli-argument-db-backup-file = Rašomas atsarginės kopijos failas (jo dar neturi būti).
cli-help-db-restore = Atkurti FAILĄ į tuščią DATABASE_URL duomenų bazę ir atnaujinti ją iki naujausios schemos.
cli-argument-db-restore-file = Atsarginė kopija, padaryta komanda „intake db backup“.
cli-help-db-upgrade = Sukurti duomenų bazės schemą arba atnaujinti ją iki naujausios versijos.
cli-help-db-purge = Ištrinti nebaigtus klausimynus, kurių niekas nelietė DRAFT_RETENTION_DAYS dienų, ir senus idempotentiškumo įrašus.
cli-help-outbox = Siunčiamų el. laiškų eilė: išsiųsti, ką laikas, parodyti eilę, pakartoti nepavykusius.
cli-help-outbox-send = Išsiųsti visus el. laiškus, kuriuos laikas siųsti (robotas tai daro pats; ši komanda skirta „cron“).
cli-option-outbox-send-quiet = Nieko nerodyti, jei nieko nepadaryta.
cli-help-outbox-list = Parodyti laukiančius el. laiškus ir tuos, kurių galutinai nepavyko išsiųsti.
cli-option-outbox-list-show-all = Parodyti ir jau išsiųstus el. laiškus.
cli-help-outbox-retry = Vėl įtraukti nepavykusius el. laiškus į eilę (ištaisius tai, dėl ko serveris juos atmetė).
cli-argument-outbox-retry-ids = Nepavykusių el. laiškų numeriai (žr. „intake outbox list“).
cli-option-outbox-retry-all-dead = Pakartoti visus nepavykusius el. laiškus.
cli-help-questionnaire = Klausimynas kaip XLSForm darbaknygė („Excel“, „LibreOffice“).
cli-help-questionnaire-export = Įrašyti naudojamą klausimyną keturiomis kalbomis į XLSForm darbaknygę.
cli-option-questionnaire-export-out = Rašomas .xlsx failas.
cli-help-questionnaire-check = Iš karto parodyti visas darbaknygės problemas (lapas, eilutė, stulpelis); jei jų yra, išėjimo kodas 1.
cli-argument-questionnaire-check-file = Tikrinama .xlsx darbaknygė.
cli-help-questionnaire-import = Sėkmingai patikrinus, įrašyti questionnaire.yaml ir keturis questionnaire.ftl failus.
cli-argument-questionnaire-import-file = Importuojama .xlsx darbaknygė.
cli-option-questionnaire-import-yaml-path = Kur įrašyti YAML failą.
cli-option-questionnaire-import-locales = Aplankas, kuriame yra kalbų aplankai.
cli-help-web = Darbuotojų erdvė (tinklalapiai).
cli-help-web-link = Parodyti vienkartinę prisijungimo nuorodą (galioja 15 minučių) darbuotojui.
cli-option-web-link-user = „Telegram“ naudotojo ID (iš ADMIN_IDS arba STAFF_IDS).

cli-option-export-notes = CSV: vietoj atsakymų – darbuotojų pastabos apie šiuos klausimynus (XLSX faile jos yra bet kuriuo atveju).
cli-help-guide =
    Parengti gerosios praktikos vadovą: patirtis, kurių respondentai sutiko jas paskelbti.
    Išvardijamos neįtrauktos patirtys ir laisvas tekstas, kuriame vis dar minima tai, ko negalima skelbti.
cli-option-guide-lang = Vadovo kalba: en, fr, it arba lt.
cli-option-guide-out = Rašomas failas: guide.docx arba guide.pdf.
cli-option-guide-status = Į vadovą įtraukiamų patirčių nagrinėjimo būsena arba all (visos).
cli-option-guide-reference = Tik ši patirtis (pakartokite, jei norite nurodyti kelias).
cli-option-guide-order = country (šalis), activity (veikla) arba manual (numatytoji – tvarka, nustatyta puslapyje „Vadovas“).

cli-help-people = Darbuotojų erdvės žmonės (vardai, vaidmenys).
cli-help-people-add = Pridėti žmogų (arba atnaujinti jo duomenis: raktas – „Telegram“ ID).
cli-option-people-add-user = „Telegram“ naudotojo ID.
cli-option-people-add-name = Vardas ir pavardė, rodomi visur, kur žmogus veikia.
cli-option-people-add-role = admin, staff arba reviewer (administratorius, darbuotojas arba recenzentas).
cli-option-people-add-org = Organizacija.
cli-option-people-add-country = Dviejų raidžių šalies kodas, pavyzdžiui, GB.
cli-option-people-add-reads = Kalbos, kuriomis žmogus skaito, pavyzdžiui, en,fr.
cli-help-people-list = Visi įrašyti žmonės: ID, vaidmuo, vardas ir pavardė, organizacija, šalis, kalbos, ar aktyvus.
cli-help-reviews = Partnerių recenzavimo etapai.
cli-help-reviews-export =
    Po eilutę kiekvienai patirčiai (vidurkiai, sklaida, skaičiai, sprendimas), tada kiekviena recenzija
    (su konfidencialiais komentarais: šis eksportas skirtas darbuotojams).
cli-option-reviews-export-round-name = Recenzavimo etapo pavadinimas.
cli-option-reviews-export-out = FAILAS.csv arba FAILAS.xlsx.

# Kodėl failas nėra darbaknygė (intake questionnaire check/import, QUESTIONNAIRE_FILE).
xlsform-reason-missing = failas neegzistuoja.
xlsform-reason-folder = tai aplankas, o ne failas.
xlsform-reason-permission = prieiga uždrausta.
xlsform-reason-unreadable = failo nepavyksta perskaityti.
xlsform-reason-not-xlsx = failas sugadintas arba kito formato (išsaugokite jį .xlsx formatu naudodami „Excel“ arba „LibreOffice“).
xlsform-reason-no-survey = jame nėra lapo, pavadinto „survey“.
xlsform-reason-too-large = išskleistas jis viršija { $limit } MB.
