# Confidentialité et tolérance aux pannes : restaurations, limites, refus.

restore-corrupt = { $file } est endommagé (contrôle d’intégrité de SQLite : { $error }) : rien n’a été restauré.
restore-foreign = { $file } est la base de données d’une autre application (révision de schéma { $revision }, inconnue de CECOPS Intake) : rien n’a été restauré.
doctor-database-corrupt = Base de données : { $url } est endommagée (contrôle rapide de SQLite : { $error }). Restaurez la dernière sauvegarde avec : intake db restore
xlsform-too-many-rows = Plus de { $limit } lignes : c’est bien plus qu’il n’en faut pour un questionnaire. Supprimez les lignes au-delà (même celles qui paraissent vides contiennent quelque chose).
xlsform-too-many-columns = Plus de { $limit } colonnes avec un en-tête : supprimez les colonnes à partir d’ici.
xlsform-cell-too-long = Cette cellule contient plus de { $limit } caractères : raccourcissez-la.
xlsform-expr-too-deep = L’expression imbrique plus de { $limit } niveaux de parenthèses : simplifiez-la.
ws-signin-cross-site = Cette demande de connexion ne provient pas de l’espace de l’équipe. Ouvrez le lien que le bot vous a envoyé, puis appuyez sur le bouton de la page.
ws-signin-too-many = Trop de tentatives de connexion depuis votre réseau. Veuillez patienter dix minutes, puis envoyez /web au bot pour obtenir un nouveau lien.
ws-reminder-last = Le dernier rappel à cette personne répondante a été envoyé le { $when } : un rappel est envoyé au plus une fois par période (REMINDER_AFTER).
