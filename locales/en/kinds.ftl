# Answers to the question types of forms made elsewhere (XLSForm): decimals, dates, places,
# acknowledgements, ranges.

kinds-hint-decimal = A number; decimals with a comma or a point.
kinds-hint-date = A date, for example 12/03/2024 or 12 March 2024.
kinds-hint-geopoint = A place: latitude and longitude, for example 45.764, 4.836.
kinds-hint-range = A whole number from { $min } to { $max } (in steps of { $step }).
kinds-error-decimal = Please type a number, for example 12.5.
kinds-error-decimal-range = Please type a number from { $min } to { $max }.
kinds-error-date = I could not read that date. Please type it as 12/03/2024 or 12 March 2024.
kinds-error-date-future = That date is in the future. Please type a date up to today.
kinds-error-geopoint = Please type a latitude (−90 to 90) and a longitude (−180 to 180), for example 45.764, 4.836.
kinds-error-acknowledge = Please press OK (or type OK) to go on.
kinds-error-range = Please choose a whole number from { $min } to { $max } (in steps of { $step }).
kinds-date-read = Date noted: { $date }.
kinds-button-acknowledge = OK
kinds-acknowledged = OK
kinds-button-location = 📍 Share my location
kinds-location-offer = You can also share your location with the button below.
kinds-add-another = Add another entry to “{ $group }”?
