# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.
# The command words (back, skip, keep, review, edit N, submit, lang, restart, resume, status,
# delete, cancel, help, quit, done, continue) are recognised in English only: keep them as they are.

console-welcome = CECOPS Intake dans le terminal. Vos réponses sont enregistrées au fur et à mesure : tapez « quit » pour vous arrêter, puis relancez la commande pour reprendre.
console-commands = Commandes (à taper en anglais) : back (retour) · skip (passer) · keep (garder la réponse actuelle) · done (valider les choix) · review (relire) · edit N (modifier la réponse N) · submit (envoyer) · lang en|fr|it|lt (langue) · restart (recommencer) · resume (reprendre) · status (vos questionnaires) · delete (tout supprimer) · cancel (annuler) · help (aide) · quit (quitter)
console-choose = Tapez le numéro de votre choix (ou son libellé).
console-choose-many = Tapez les numéros de vos choix séparés par des virgules (par exemple 1, 3, 4), ou un numéro à la fois pour le sélectionner ou le désélectionner, puis « done ».
console-type-country = Tapez le numéro ou le nom de n’importe quel pays.
console-file = Ce terminal ne peut pas recevoir de fichiers : tapez « skip » si la question est facultative.
console-edit = Tapez « edit N » pour modifier la réponse n° N, ou « submit » pour envoyer le questionnaire.
console-continue = Tapez « continue » pour répondre aux questions restantes.
console-unknown = Je n’ai pas compris. Tapez « help » pour afficher la liste des commandes.
console-bye = À bientôt. Vos réponses sont enregistrées.
console-long-text = Plusieurs lignes sont possibles : validez une ligne vide pour terminer votre réponse.
console-mail-written = Le courriel que reçoit le FESU a été écrit dans { $path } (aucun serveur de messagerie n’est configuré ; tout logiciel de messagerie peut l’ouvrir).
console-mail-sent = Le courriel a été envoyé au FESU.
console-mail-later = Le courriel destiné au FESU est en attente : le bot l’envoie lorsqu’il fonctionne, ou envoyez-le maintenant avec « intake outbox send ».

# Formulation pour le terminal des messages communs qui parlent de boutons ou de commandes « / ».
console-consent-declined = C’est noté : rien n’a été enregistré. Si vous changez d’avis, tapez « start ».
console-consent-reminder = Rien n’est enregistré tant que vous n’avez pas accepté la notice sur la protection des données ci-dessus. Tapez 1 pour accepter ou 2 pour refuser (3 affiche à nouveau la notice).
console-review-use-buttons = Tapez « edit N » pour modifier une réponse, ou « submit ».
console-error-use-buttons = Veuillez taper le numéro de l’une des options.
console-error-file-expected = Ce terminal ne peut pas recevoir de fichiers : tapez « skip » si la question est facultative.
console-error-already-submitted = Ce questionnaire a déjà été envoyé (référence { $reference }). Tapez « start » pour partager une autre expérience.
console-error-no-draft = Aucun questionnaire n’est en cours. Tapez « start » pour partager une expérience.
console-pause-saved = Vos réponses sont enregistrées. Tapez « resume » quand vous souhaitez reprendre.
console-pause-nothing = Aucun questionnaire n’est en cours. Tapez « start » pour commencer.
console-status-none = Vous n’avez encore commencé aucun questionnaire. Tapez « start » pour commencer.
console-toast-stale = Ce choix concerne une question précédente ; veuillez répondre à la dernière question affichée.
console-help-text =
    Répondez à chaque question en tapant votre réponse ou le numéro d’une option.
    « back » ramène à la question précédente ; « skip » permet de sauter une question facultative.
    Avant l’envoi, vous pouvez relire et modifier vos réponses. Vous pouvez aussi changer de langue à tout moment, ou vous arrêter et revenir plus tard : vos réponses sont enregistrées au fur et à mesure.

cli-no-token =
    TELEGRAM_BOT_TOKEN n’est pas défini : le bot ne peut donc pas se connecter à Telegram.
    Pour obtenir un jeton, ouvrez Telegram, écrivez à @BotFather, envoyez /newbot et suivez les étapes ; placez ensuite TELEGRAM_BOT_TOKEN=<le jeton> dans l’environnement ou dans un fichier .env.
    Pour essayer le questionnaire sans Telegram, lancez : intake chat (ou make chat).
cli-db-upgraded = Le schéma de la base de données est à jour.
cli-purged = { $count ->
    [0] Aucun questionnaire inachevé n’avait dépassé la durée de conservation.
    [one] Un questionnaire inachevé avait dépassé la durée de conservation et a été supprimé.
   *[other] { $count } questionnaires inachevés avaient dépassé la durée de conservation et ont été supprimés.
}
