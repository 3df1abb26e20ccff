# Confidentialité et tolérance aux pannes : restaurations, limites, refus.

restore-corrupt = { $file } est endommagé (contrôle d’intégrité de SQLite : { $error }) : rien n’a été restauré.
restore-foreign = { $file } est la base de données d’une autre application (révision de schéma { $revision }, inconnue de CECOPS Intake) : rien n’a été restauré.
doctor-database-corrupt = Base de données : { $url } est endommagée (contrôle rapide de SQLite : { $error }). Restaurez la dernière sauvegarde avec : intake db restore
xlsform-too-many-rows = Plus de { $limit } lignes : un questionnaire y tient largement. Supprimez les lignes en dessous (même celles qui semblent vides contiennent quelque chose).
xlsform-too-many-columns = Plus de { $limit } colonnes avec un en-tête : supprimez les colonnes à partir d’ici.
xlsform-cell-too-long = Cette cellule contient plus de { $limit } caractères : raccourcissez-la.
xlsform-expr-too-deep = L’expression imbrique plus de { $limit } parenthèses les unes dans les autres : écrivez-la plus simplement.
ws-signin-cross-site = Cette connexion ne provient pas de la page de l’espace de l’équipe. Ouvrez le lien que le bot vous a envoyé et appuyez sur le bouton de cette page.
ws-signin-too-many = Trop de tentatives de connexion depuis votre connexion. Veuillez patienter dix minutes, puis envoyez /web au bot pour obtenir un nouveau lien.
ws-reminder-last = Le dernier rappel à cette personne répondante est parti le { $when } : un rappel part au plus une fois par période de rappel (REMINDER_AFTER).
