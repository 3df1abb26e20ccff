# Atsakymai į kitur sukurtų formų (XLSForm) klausimų tipus: dešimtainiai skaičiai, datos, vietos,
# patvirtinimai, skalės.

kinds-hint-decimal = Skaičius; dešimtainė dalis – po kablelio arba taško.
kinds-hint-date = Data, pavyzdžiui, 2024-03-12 arba 2024 m. kovo 12 d.
kinds-hint-geopoint = Vieta: platuma ir ilguma, pavyzdžiui, 54,687 25,28.
kinds-hint-range = Sveikasis skaičius nuo { $min } iki { $max } (žingsnis – { $step }).
kinds-error-decimal = Įrašykite skaičių, pavyzdžiui, 12,5.
kinds-error-decimal-range = Įrašykite skaičių nuo { $min } iki { $max }.
kinds-error-date = Nepavyko perskaityti datos. Įrašykite ją taip: 2024-03-12 arba 2024 m. kovo 12 d.
kinds-error-date-future = Ši data dar neatėjo. Įrašykite šiandienos arba ankstesnę datą.
kinds-error-geopoint = Įrašykite platumą (nuo −90 iki 90) ir ilgumą (nuo −180 iki 180), pavyzdžiui, 54,687 25,28.
kinds-error-acknowledge = Norėdami tęsti, paspauskite mygtuką „Gerai“ (arba parašykite „Gerai“).
kinds-error-range = Pasirinkite sveikąjį skaičių nuo { $min } iki { $max } (žingsnis – { $step }).
kinds-date-read = Užrašyta data: { $date }.
kinds-button-acknowledge = Gerai
kinds-acknowledged = Gerai
kinds-button-location = 📍 Siųsti buvimo vietą
kinds-location-offer = Buvimo vietą taip pat galite nusiųsti mygtuku apačioje.
kinds-add-another = Ar pridėti dar vieną įrašą į „{ $group }“?
