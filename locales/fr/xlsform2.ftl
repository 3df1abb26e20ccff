# `intake questionnaire check` : problèmes des formulaires faits ailleurs (KoboToolbox, ODK).

xlsform2-version-long = La version « { $value } » est trop longue (64 caractères au plus).
xlsform2-repeat = La répétition « { $name } » contient une autre répétition ou n’est jamais fermée par end_repeat : la conversation ne gère qu’un seul niveau de répétition.
xlsform2-unsupported-type = Les questions de type « { $type } » ne peuvent pas être posées dans la conversation. Types acceptés : text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (avec or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = Le son ou la vidéo « { $file } » ne peut pas être lu dans la conversation : retirez-le de la ligne ou décrivez-le dans le libellé.
xlsform2-no-calculation = Le calcul « { $name } » n’a pas de formule (colonne calculation).
xlsform2-range = Les paramètres d’échelle « { $value } » ne sont pas pris en charge : écrivez start=1 end=5 step=1 avec des nombres entiers.
xlsform2-import-name = Le nom « { $name } » fonctionne avec QUESTIONNAIRE_FILE mais ne peut pas être écrit dans les fichiers .ftl : pour l’importer, n’utilisez que des lettres non accentuées, des chiffres, - et _.
xlsform2-media-missing = L’image « { $file } » ne se trouve pas dans le même dossier que le classeur : placez-y le fichier, ou retirez l’image de la ligne.
xlsform2-choice-filter = La question « { $name } » filtre ses choix (choice_filter), ce que la conversation ne prend pas en charge : scindez-la en une question par cas, avec relevant.
