# Žodžiai, rašomi terminalo pokalbyje (`intake chat`) pokalbio kalba; angliški žodžiai irgi tinka.
console-word-back = atgal
console-word-skip = praleisti
console-word-keep = palikti
console-word-done = baigta
console-word-review = peržiūrėti
console-word-edit = keisti
console-word-submit = pateikti
console-word-continue = toliau
console-word-lang = kalba
console-word-restart = iš naujo
console-word-resume = tęsti
console-word-start = pradėti
console-word-status = būsena
console-word-delete = ištrinti
console-word-cancel = pauzė
console-word-help = pagalba
console-word-quit = išeiti
