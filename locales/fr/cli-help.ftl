# `intake --help`, descriptions des options et erreurs d'utilisation (app/cli_help.py), dans STAFF_LANGUAGE.

cli-usage = Utilisation :
cli-usage-options = [OPTIONS]
cli-usage-command = COMMANDE [ARGUMENTS]…
cli-arguments = Arguments :
cli-options = Options :
cli-commands = Commandes :
cli-option-help = Afficher cette aide et quitter.
cli-default = par défaut : { $value }
cli-required = obligatoire
cli-metavar-str = TEXTE
cli-metavar-int = NOMBRE
cli-metavar-float = NOMBRE
cli-metavar-path = CHEMIN
cli-metavar-list-int = NUMÉROS
cli-metavar-value = VALEUR
cli-metavar-file = FICHIER
cli-metavar-ids = NUMÉROS

cli-error = Erreur : { $message }
cli-error-see-help = Pour obtenir de l’aide, tapez : { $command }
cli-aborted = Interrompu.
cli-error-no-such-option = l’option { $name } n’existe pas.
cli-error-no-such-option-suggest = l’option { $name } n’existe pas (vouliez-vous dire { $options } ?).
cli-error-option-no-value = l’option { $name } ne prend pas de valeur.
cli-error-needs-value = l’option { $name } attend une valeur.
cli-error-missing-option = l’option { $name } est obligatoire.
cli-error-missing-argument = { $name } manque.
cli-error-no-such-file = { $name } : « { $value } » n’existe pas.
cli-error-bad-path = { $name } : « { $value } » n’est pas du bon type (un fichier là où un dossier est attendu, ou l’inverse).
cli-error-not-a-number = { $name } attend un nombre entier, et non « { $value } ».
cli-error-bad-value = « { $value } » n’est pas une valeur valable pour { $name }.
cli-error-not-a-number-unnamed = { $name } attend un nombre entier.
cli-error-bad-value-unnamed = cette valeur n’est pas valable pour { $name }.
cli-error-no-such-command = la commande « { $name } » n’existe pas. Commandes : { $commands }.
cli-error-extra-arguments = trop d’arguments ({ $arguments }).
cli-error-missing-command = il manque une commande.
cli-error-usage = cette ligne de commande n’est pas valable.

cli-help = CECOPS Intake : le questionnaire sur Telegram et dans le terminal, l’espace de l’équipe, les exports et l’exploitation.
cli-help-export =
    Exporter les questionnaires en CSV ou en XLSX, une ligne par questionnaire.
    Les dates portent sur l’heure d’envoi (l’heure de début pour les brouillons et pour --status all).
cli-option-export-out = Fichier à écrire ; « - » écrit le CSV sur la sortie standard.
cli-option-export-fmt = csv ou xlsx (par défaut : selon l’extension de --out, sinon csv).
cli-option-export-status = submitted (envoyés), draft (brouillons) ou all (tous).
cli-option-export-since = À partir de ce jour (AAAA-MM-JJ, UTC) ou de cette date et heure ISO 8601, inclus.
cli-option-export-until = Jusqu’à ce jour inclus (AAAA-MM-JJ, UTC), ou avant cette date et heure.
cli-option-export-lang = Langue des en-têtes et des réponses (par défaut : STAFF_LANGUAGE).
cli-option-export-respondent-lang = Seulement les questionnaires remplis dans cette langue (en, fr, it, lt).
cli-option-export-country = Seulement ce pays : code ISO (IT) ou nom.
cli-option-export-ids = Intituler les colonnes par l’identifiant de la question plutôt que par son libellé.
cli-option-export-choice-columns = Une colonne 0/1 par choix des questions à choix multiples.
cli-option-export-no-bom = CSV sans marque d’ordre des octets (BOM) UTF-8.
cli-help-digest = Afficher (--preview) ou envoyer (--send) le récapitulatif de la dernière période achevée.
cli-option-digest-preview = Afficher le récapitulatif de la dernière période.
cli-option-digest-send = Envoyer maintenant le récapitulatif de la dernière période.
cli-help-doctor = Vérifier ce déploiement : paramètres, Telegram, base de données, courriel, disque. Code de sortie 1 si une vérification échoue.
cli-option-doctor-send-test = Envoyer aussi un courriel de test à EFUS_INBOX.
cli-help-chat = Remplir le questionnaire dans le terminal ; quittez, puis relancez la commande pour reprendre.
cli-option-chat-lang = Langue : en, fr, it, lt.
cli-option-chat-user = Numéro de la personne répondante locale : chaque numéro a son propre questionnaire.
cli-help-run = Lancer le bot Telegram : interrogation longue (long polling), ou serveur webhook si WEBHOOK_URL est défini.
cli-help-db = Schéma et entretien de la base de données.
cli-help-db-backup = Sauvegarder la base de données dans FICHIER pendant que le bot fonctionne (SQLite) ; pour PostgreSQL, indique la marche à suivre.
cli-argument-db-backup-file = Le fichier de sauvegarde à écrire (il ne doit pas exister).
cli-help-db-restore = Restaurer FICHIER dans la base vide de DATABASE_URL et la migrer vers le schéma le plus récent.
cli-argument-db-restore-file = Une sauvegarde écrite par « intake db backup ».
cli-help-db-upgrade = Créer le schéma de la base de données ou le migrer vers la dernière version.
cli-help-db-purge = Supprimer les brouillons inactifs depuis DRAFT_RETENTION_DAYS jours et les anciens enregistrements d’idempotence.
cli-help-outbox = La file d’envoi des courriels : envoyer ce qui est dû, l’afficher, renvoyer les échecs.
cli-help-outbox-send = Envoyer tous les courriels dus maintenant (le bot le fait de lui-même ; cette commande sert à cron).
cli-option-outbox-send-quiet = Ne rien afficher si rien n’a été fait.
cli-help-outbox-list = Lister les courriels en attente d’envoi et ceux qui ont définitivement échoué.
cli-option-outbox-list-show-all = Lister aussi les courriels déjà envoyés.
cli-help-outbox-retry = Remettre en file les courriels en échec (après avoir corrigé ce qui les a fait refuser par le serveur).
cli-argument-outbox-retry-ids = Numéros des courriels en échec (voir « intake outbox list »).
cli-option-outbox-retry-all-dead = Renvoyer tous les courriels en échec.
cli-help-questionnaire = Le questionnaire sous forme de classeur XLSForm (Excel, LibreOffice).
cli-help-questionnaire-export = Écrire le questionnaire en service, dans les quatre langues, sous forme de classeur XLSForm.
cli-option-questionnaire-export-out = Le fichier .xlsx à écrire.
cli-help-questionnaire-check = Lister d’un coup tous les problèmes d’un classeur (feuille, ligne, colonne) ; code de sortie 1 s’il y en a.
cli-argument-questionnaire-check-file = Le classeur .xlsx à vérifier.
cli-help-questionnaire-import = Après une vérification sans problème, écrire questionnaire.yaml et les quatre fichiers questionnaire.ftl.
cli-argument-questionnaire-import-file = Le classeur .xlsx à importer.
cli-option-questionnaire-import-yaml-path = Où écrire le fichier YAML.
cli-option-questionnaire-import-locales = Dossier contenant les dossiers des langues.
cli-help-web = L’espace de l’équipe (pages web).
cli-help-web-link = Afficher un lien de connexion à usage unique (valable 15 minutes) pour un membre de l’équipe.
cli-option-web-link-user = Identifiant Telegram (dans ADMIN_IDS ou STAFF_IDS).

cli-option-export-notes = CSV : les notes de l’équipe sur ces questionnaires, à la place des réponses (le fichier XLSX les contient de toute façon).
cli-help-guide =
    Écrire le guide de bonnes pratiques : les expériences dont les personnes répondantes ont accepté la publication.
    Les expériences écartées, et le texte libre qui nomme encore ce qui ne doit pas être publié, sont listés.
cli-option-guide-lang = Langue du guide : en, fr, it ou lt.
cli-option-guide-out = Fichier à écrire : guide.docx ou guide.pdf.
cli-option-guide-status = Statut du tri des expériences retenues pour le guide, ou all (toutes).
cli-option-guide-reference = Seulement cette expérience (à répéter pour en indiquer plusieurs).
cli-option-guide-order = country (pays), activity (activité) ou manual (par défaut : l’ordre choisi sur la page Guide).

cli-help-people = Les personnes de l’espace de l’équipe (noms, rôles).
cli-help-people-add = Ajouter une personne (ou la mettre à jour : l’identifiant Telegram sert de clé).
cli-option-people-add-user = Identifiant Telegram.
cli-option-people-add-name = Nom, tel qu’il apparaît partout où la personne intervient.
cli-option-people-add-role = admin, staff ou reviewer (administration, équipe ou évaluation).
cli-option-people-add-org = Organisation.
cli-option-people-add-country = Code pays à deux lettres, par exemple GB.
cli-option-people-add-reads = Langues que la personne lit, par exemple en,fr.
cli-help-people-list = Toutes les personnes enregistrées : identifiant, rôle, nom, organisation, pays, langues, activité.
cli-help-reviews = Les tours d’évaluation des partenaires.
cli-help-reviews-export =
    Une ligne par expérience (moyennes, dispersion, nombres, décision), puis chaque évaluation (avec
    les commentaires confidentiels : cet export est réservé à l’équipe).
cli-option-reviews-export-round-name = Le nom du tour d’évaluation.
cli-option-reviews-export-out = FICHIER.csv ou FICHIER.xlsx.

# Pourquoi un fichier n'est pas un classeur (intake questionnaire check/import, QUESTIONNAIRE_FILE).
xlsform-reason-missing = le fichier n’existe pas.
xlsform-reason-folder = c’est un dossier, pas un fichier.
xlsform-reason-permission = permission refusée.
xlsform-reason-unreadable = le fichier ne peut pas être lu.
xlsform-reason-not-xlsx = le fichier est endommagé ou dans un autre format (enregistrez-le au format .xlsx depuis Excel ou LibreOffice).
xlsform-reason-no-survey = il n’a pas de feuille nommée « survey ».
xlsform-reason-too-large = il dépasse { $limit } Mo une fois décompressé.
