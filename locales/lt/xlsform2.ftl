# `intake questionnaire check`: kitur (KoboToolbox, ODK) sukurtų formų klaidos.

xlsform2-version-long = Versija „{ $value }“ per ilga (leidžiama ne daugiau kaip 64 simboliai).
xlsform2-repeat = Kartotinėje grupėje „{ $name }“ yra kita kartotinė grupė arba ji neuždaryta eilute end_repeat: pokalbyje kartotinės grupės gali būti tik vieno lygio.
xlsform2-unsupported-type = Klausimo tipo „{ $type }“ pokalbyje naudoti negalima. Palaikomi tipai: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (su or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = Garso ar vaizdo įrašo „{ $file }“ pokalbyje paleisti negalima: pašalinkite jį iš eilutės arba aprašykite jo turinį klausimo tekste.
xlsform2-no-calculation = Skaičiavimo laukui „{ $name }“ nenurodyta formulė (stulpelis calculation).
xlsform2-range = Skalės parametrai „{ $value }“ nepalaikomi: rašykite, pavyzdžiui, start=1 end=5 step=1 (tik sveikieji skaičiai).
xlsform2-import-name = Pavadinimas „{ $name }“ tinka QUESTIONNAIRE_FILE, bet negali būti įrašytas į .ftl failus: importuodami naudokite tik lotyniškas raides be diakritinių ženklų, skaitmenis, - ir _.
xlsform2-media-missing = Paveikslėlio „{ $file }“ nėra tame pačiame aplanke kaip darbaknygė: įdėkite failą ten arba pašalinkite jį iš eilutės.
xlsform2-choice-filter = Klausimas „{ $name }“ filtruoja atsakymų variantus (choice_filter), o pokalbyje to padaryti negalima: išskaidykite jį į atskirus klausimus kiekvienam atvejui, naudodami relevant.
