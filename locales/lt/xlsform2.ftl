# `intake questionnaire check`: kitur (KoboToolbox, ODK) sukurtų formų problemos.

xlsform2-version-long = Versija „{ $value }“ per ilga (ne daugiau kaip 64 simboliai).
xlsform2-repeat = Kartojimo „{ $name }“ pokalbyje dar negalima užduoti: jo klausimus užduokite vieną kartą arba sunumeruotus.
xlsform2-unsupported-type = Tipo „{ $type }“ pokalbyje užduoti negalima. Palaikomi tipai: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (su or_other), file, image, begin_group, end_group.
xlsform2-media = Medijos failo „{ $file }“ pokalbyje parodyti negalima: pašalinkite jį iš eilutės arba aprašykite jį klausimo tekste.
xlsform2-no-calculation = Skaičiavimas „{ $name }“ neturi formulės (stulpelis calculation).
xlsform2-range = Skalės parametrai „{ $value }“ nepalaikomi: rašykite start=1 end=5 step=1 su sveikaisiais skaičiais.
