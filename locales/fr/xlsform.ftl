# Le questionnaire sous forme de classeur XLSForm : `intake questionnaire export | check | import`.

xlsform-where = { $sheet }, ligne { $row }, colonne { $column }
xlsform-problem = { $where } : { $problem }
xlsform-other = Autre
xlsform-constraint-length = Veuillez limiter la réponse à { $max } caractères.
xlsform-constraint-at-least = Veuillez saisir un nombre entier d’au moins { $min }.
xlsform-constraint-year = Veuillez saisir une année postérieure ou égale à { NUMBER($min, useGrouping: 0) } et ne dépassant pas de plus de { $ahead } ans l’année en cours.

xlsform-exported = Version { $version } du questionnaire enregistrée dans { $path }.
xlsform-check-ok = { $path } : aucun problème. Questionnaire version { $version }, { $count } questions.
xlsform-check-failed = { $path } : { $count ->
    [one] un problème
   *[other] { $count } problèmes
} à corriger.
xlsform-imported = Version { $version } du questionnaire importée : { $yaml } et { $count } fichiers de langue écrits.
xlsform-unreadable = Impossible de lire { $path } comme classeur XLSX : { $reason }
xlsform-startup-failed = Le fichier de questionnaire { $path } (QUESTIONNAIRE_FILE) ne peut pas être utilisé :

xlsform-language = Langue par défaut inconnue : veuillez indiquer English (en), Français (fr), Italiano (it) ou Lietuvių (lt).
xlsform-version = La version « { $value } » n’est pas un nombre entier (par exemple 2).
xlsform-missing-translation =
    Il manque le texte en { $language ->
        [en] anglais
        [fr] français
        [it] italien
       *[lt] lituanien
    }.
xlsform-missing-column = La colonne « { $column } » est absente.
xlsform-bad-choice = Le nom de choix « { $name } » ne doit être ni vide ni contenir d’espaces.
xlsform-duplicate-choice = Le choix « { $name } » figure deux fois dans cette liste.
xlsform-end-group = Ce end_group n’est précédé d’aucun begin_group.
xlsform-open-group = Le groupe « { $name } » n’est jamais fermé par un end_group.
xlsform-no-type = La ligne « { $name } » n’a pas de type.
xlsform-no-questions = La feuille survey ne contient aucune question.
xlsform-definition = Le questionnaire est incohérent : { $detail }
xlsform-bad-name = Le nom « { $name } » doit commencer par une lettre ou un tiret bas, suivi de lettres, chiffres, traits d’union, points ou tirets bas.
xlsform-duplicate-name = Le nom « { $name } » est déjà utilisé à la ligne { $first }.
xlsform-unknown-type = Le type « { $type } » n’est pas pris en charge. Types acceptés : text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (avec or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform-kind-mismatch = L’attribut intake:kind « { $kind } » ne correspond pas au type « { $type } ».
xlsform-required = La valeur « { $value } » de required doit être yes ou no.
xlsform-no-list = La liste de choix « { $list } » n’existe pas dans la feuille choices.
xlsform-yesno = Une question oui/non exige une liste comportant exactement les choix yes et no (« { $list } »).
xlsform-other-choice = Le choix « autre » « { $choice } » ne figure pas dans la liste « { $list } ».
xlsform-constraint = La contrainte « { $value } » n’est pas prise en charge. Formes acceptées : . >= N et . <= N pour les nombres, string-length(.) <= N pour le texte.
xlsform-kind-changed = La question « { $name } » était de type { $before } et deviendrait { $after } : les réponses déjà données changeraient de sens. Veuillez donner un nouveau nom à la nouvelle question.
xlsform-expr-unexpected = « { $token } » inattendu dans l’expression. Formes acceptées : q = 'v', q != 'v', selected(q, 'v'), comparaisons avec des nombres, and, or, not(…), parenthèses.
xlsform-expr-empty = L’expression est vide.
xlsform-expr-end = L’expression s’arrête trop tôt.
xlsform-expr-function = « { $name } » n’est pas accepté dans une expression ; seuls selected(…) et not(…) le sont.
xlsform-expr-whole-number = Seuls des nombres entiers peuvent être comparés (« { $token } »).
xlsform-expr-text-order = Un texte (« { $token } ») ne peut être comparé qu’avec = ou !=.
xlsform-expr-unknown-question = L’expression fait référence à « { $name } », qui n’est pas une question précédente.
xlsform-expr-not-choice = La question « { $name } » n’est pas une question à choix : utilisez un nombre ou selected(…) seulement là où cela convient.
xlsform-expr-unknown-choice = La question « { $name } » n’a pas de choix « { $choice } ».
xlsform-expr-not-number = La question « { $name } » n’attend pas un nombre.
