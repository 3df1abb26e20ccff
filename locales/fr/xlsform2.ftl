# `intake questionnaire check` : problèmes des formulaires faits ailleurs (KoboToolbox, ODK).

xlsform2-version-long = La version « { $value } » est trop longue (64 caractères au plus).
xlsform2-repeat = La répétition « { $name } » contient une autre répétition ou n’est jamais fermée par end_repeat : la conversation ne pose les répétitions que sur un niveau.
xlsform2-unsupported-type = Le type « { $type } » ne peut pas être posé dans la conversation. Types acceptés : text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (avec or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = Le son ou la vidéo « { $file } » ne peut pas être lu dans la conversation : retirez-le de la ligne, ou décrivez-le dans le libellé.
xlsform2-no-calculation = Le calcul « { $name } » n’a pas de formule (colonne calculation).
xlsform2-range = Les paramètres d’échelle « { $value } » ne sont pas pris en charge : écrivez start=1 end=5 step=1 avec des nombres entiers.
xlsform2-import-name = Le nom « { $name } » fonctionne avec QUESTIONNAIRE_FILE mais ne peut pas être écrit dans les fichiers .ftl : pour importer, n’utilisez que des lettres sans accents, des chiffres, - et _.
xlsform2-media-missing = L’image « { $file } » n’est pas à côté du classeur : placez le fichier dans le même dossier, ou retirez-la de la ligne.
xlsform2-choice-filter = La question « { $name } » filtre ses choix (choice_filter), ce que la conversation ne sait pas faire : scindez-la en une question par cas, avec relevant.
