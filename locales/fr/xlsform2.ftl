# `intake questionnaire check` : problèmes des formulaires faits ailleurs (KoboToolbox, ODK).

xlsform2-version-long = La version « { $value } » est trop longue (64 caractères au plus).
xlsform2-repeat = La répétition « { $name } » ne peut pas encore être posée dans la conversation : posez ses questions une seule fois, ou numérotées.
xlsform2-unsupported-type = Le type « { $type } » ne peut pas être posé dans la conversation. Types acceptés : text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (avec or_other), file, image, begin_group, end_group.
xlsform2-media = Le fichier média « { $file } » ne peut pas être affiché dans la conversation : retirez-le de la ligne, ou décrivez-le dans le libellé.
xlsform2-no-calculation = Le calcul « { $name } » n’a pas de formule (colonne calculation).
xlsform2-range = Les paramètres d’échelle « { $value } » ne sont pas pris en charge : écrivez start=1 end=5 step=1 avec des nombres entiers.
