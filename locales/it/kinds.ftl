# Risposte ai tipi di domanda dei moduli creati altrove (XLSForm): numeri decimali, date, luoghi,
# conferme, scale.

kinds-hint-decimal = Un numero; per i decimali può usare la virgola o il punto.
kinds-hint-date = Una data, ad esempio 12/03/2024 o 12 marzo 2024.
kinds-hint-geopoint = Un luogo: latitudine e longitudine, ad esempio 45,764 4,836.
kinds-hint-range = Un numero intero da { $min } a { $max } (a intervalli di { $step }).
kinds-error-decimal = La preghiamo di scrivere un numero, ad esempio 12,5.
kinds-error-decimal-range = La preghiamo di scrivere un numero da { $min } a { $max }.
kinds-error-date = Non riesco a leggere questa data. La scriva così: 12/03/2024 o 12 marzo 2024.
kinds-error-date-future = Questa data è nel futuro. La preghiamo di scrivere una data non successiva a oggi.
kinds-error-geopoint = La preghiamo di scrivere una latitudine (da −90 a 90) e una longitudine (da −180 a 180), ad esempio 45,764 4,836.
kinds-error-acknowledge = Prema OK (o scriva OK) per continuare.
kinds-error-range = La preghiamo di scegliere un numero intero da { $min } a { $max } (a intervalli di { $step }).
kinds-date-read = Data registrata: { $date }.
kinds-button-acknowledge = OK
kinds-acknowledged = OK
kinds-button-location = 📍 Invia la mia posizione
kinds-location-offer = Può anche inviare la Sua posizione con il pulsante qui sotto.
kinds-add-another = Vuole aggiungere un’altra voce a «{ $group }»?
