# Réponses aux types de questions des formulaires faits ailleurs (XLSForm) : nombres décimaux,
# dates, lieux, confirmations, échelles.

kinds-hint-decimal = Un nombre, avec une virgule ou un point pour les décimales.
kinds-hint-date = Une date, par exemple 12/03/2024 ou 12 mars 2024.
kinds-hint-geopoint = Un lieu : latitude et longitude, par exemple 45,764 ; 4,836.
kinds-hint-range = Un nombre entier de { $min } à { $max } (par pas de { $step }).
kinds-error-decimal = Veuillez saisir un nombre, par exemple 12,5.
kinds-error-decimal-range = Veuillez saisir un nombre de { $min } à { $max }.
kinds-error-date = Je n’ai pas pu lire cette date. Veuillez l’écrire ainsi : 12/03/2024 ou 12 mars 2024.
kinds-error-date-future = Cette date n’est pas encore passée. Veuillez saisir la date d’aujourd’hui ou une date antérieure.
kinds-error-geopoint = Veuillez saisir une latitude (de −90 à 90) et une longitude (de −180 à 180), par exemple 45,764 ; 4,836.
kinds-error-acknowledge = Veuillez appuyer sur OK (ou écrire OK) pour continuer.
kinds-error-range = Veuillez choisir un nombre entier de { $min } à { $max } (par pas de { $step }).
kinds-date-read = Date notée : { $date }.
kinds-button-acknowledge = OK
kinds-acknowledged = OK
kinds-button-location = 📍 Envoyer ma position
kinds-location-offer = Vous pouvez aussi envoyer votre position avec le bouton ci-dessous.
kinds-add-another = Ajouter une autre entrée à « { $group } » ?
