# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.
# The command words (back, skip, keep, review, edit N, submit, lang, restart, resume, status,
# delete, cancel, help, quit, done, continue) are recognised in English only: keep them as they are.

console-welcome = CECOPS Intake dans le terminal. Vos réponses sont enregistrées au fur et à mesure : tapez « quit » pour vous arrêter, puis relancez la commande pour reprendre.
console-commands = Commandes (à taper en anglais) : back (retour) · skip (passer) · keep (garder la réponse actuelle) · review (relire) · edit N (modifier la réponse N) · submit (envoyer) · lang en|fr|it|lt (langue) · restart (recommencer) · resume (reprendre) · status (vos questionnaires) · delete (tout supprimer) · cancel (annuler) · help (aide) · quit (quitter)
console-choose = Tapez le numéro de votre choix (ou son libellé).
console-choose-many = Tapez un à un les numéros de vos choix pour les sélectionner ou les désélectionner, puis « done » pour valider.
console-type-country = Tapez le numéro ou le nom de n’importe quel pays.
console-file = Ce terminal ne peut pas recevoir de fichiers : tapez « skip » si la question est facultative.
console-edit = Tapez « edit N » pour modifier la réponse n° N, ou « submit » pour envoyer le questionnaire.
console-continue = Tapez « continue » pour répondre aux questions restantes.
console-unknown = Je n’ai pas compris. Tapez « help » pour afficher la liste des commandes.
console-bye = À bientôt. Vos réponses sont enregistrées.
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
