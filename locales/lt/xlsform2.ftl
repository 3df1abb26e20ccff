# `intake questionnaire check`: kitur (KoboToolbox, ODK) sukurtų formų problemos.

xlsform2-version-long = Versija „{ $value }“ per ilga (ne daugiau kaip 64 simboliai).
xlsform2-repeat = Kartojime „{ $name }“ yra kitas kartojimas arba jis niekada neuždaromas end_repeat: pokalbyje kartojimai užduodami tik vienu lygiu.
xlsform2-unsupported-type = Tipo „{ $type }“ pokalbyje užduoti negalima. Palaikomi tipai: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (su or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = Garso ar vaizdo įrašo „{ $file }“ pokalbyje paleisti negalima: pašalinkite jį iš eilutės arba aprašykite jį klausimo tekste.
xlsform2-no-calculation = Skaičiavimas „{ $name }“ neturi formulės (stulpelis calculation).
xlsform2-range = Skalės parametrai „{ $value }“ nepalaikomi: rašykite start=1 end=5 step=1 su sveikaisiais skaičiais.
xlsform2-import-name = Pavadinimas „{ $name }“ veikia su QUESTIONNAIRE_FILE, bet negali būti įrašytas į .ftl failus: importuodami naudokite tik raides be diakritinių ženklų, skaitmenis, - ir _.
xlsform2-media-missing = Paveikslėlio „{ $file }“ nėra šalia darbaknygės: įdėkite failą į tą patį aplanką arba pašalinkite jį iš eilutės.
xlsform2-choice-filter = Klausimas „{ $name }“ filtruoja savo pasirinkimus (choice_filter), o pokalbis to daryti negali: išskaidykite jį į atskirus klausimus kiekvienam atvejui, naudodami relevant.
