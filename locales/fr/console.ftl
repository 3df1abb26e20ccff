# Le chat du terminal (`intake chat`) : ce qui diffère de Telegram (des numéros et des mots tapés
# au lieu des boutons et des commandes « / »). Les mots eux-mêmes sont dans terminal.ftl.
console-welcome = CECOPS Intake dans le terminal. Vos réponses sont enregistrées au fur et à mesure : tapez « { console-word-quit } » pour vous arrêter, puis relancez la commande pour reprendre.
console-commands = Mots à taper (l’anglais marche aussi) : { console-word-back } · { console-word-skip } · { console-word-keep } (la réponse actuelle) · { console-word-done } (valider vos choix) · { console-word-review } · { console-word-edit } N · { console-word-submit } · { console-word-lang } en|fr|it|lt · { console-word-restart } · { console-word-resume } · { console-word-status } · { console-word-delete } (vos données) · { console-word-cancel } · { console-word-help } · { console-word-quit }
console-choose = Tapez le numéro de votre choix (ou son libellé).
console-choose-many = Tapez les numéros de vos choix séparés par des virgules (par exemple 1, 3, 4) : ils sont validés aussitôt. Un numéro seul sélectionne ou désélectionne ce choix ; tapez ensuite « { console-word-done } ».
console-hint-multi = Sélectionnez toutes les réponses qui conviennent, puis tapez « { console-word-done } ».
console-multi-selected = Sélection actuelle : { $numbers }. Tapez d’autres numéros pour ajouter ou retirer des choix, ou « { console-word-done } » pour valider.
console-type-country = Tapez le numéro ou le nom de n’importe quel pays.
console-file = Ce terminal ne peut pas recevoir de fichiers : tapez « { console-word-skip } » si la question est facultative.
console-edit = Tapez « { console-word-edit } N » pour modifier la réponse n° N, ou « { console-word-submit } » pour envoyer le questionnaire.
console-continue = Tapez « { console-word-continue } » pour répondre aux questions restantes.
console-unknown = Je n’ai pas compris. Tapez « { console-word-help } » pour voir ce que vous pouvez taper.
console-bye = À bientôt. Vos réponses sont enregistrées.
console-long-text = Plusieurs lignes sont possibles : validez une ligne vide pour terminer votre réponse.
console-keep = Tapez « { console-word-keep } » pour la conserver.
console-mail-written = Le courriel que reçoit le FESU a été écrit dans { $path } (aucun serveur de messagerie n’est configuré ; tout logiciel de messagerie peut l’ouvrir).
console-mail-sent = Le courriel a été envoyé au FESU.
console-mail-later = Le courriel destiné au FESU est en attente : le bot l’envoie lorsqu’il fonctionne, ou envoyez-le maintenant avec « intake outbox send ».

# Formulation pour le terminal des messages communs qui parlent de boutons ou de commandes « / ».
console-consent-declined = C’est noté : rien n’a été enregistré. Si vous changez d’avis, tapez « { console-word-start } ».
console-consent-reminder = Rien n’est enregistré tant que vous n’avez pas accepté la notice sur la protection des données ci-dessus. Tapez 1 pour accepter ou 2 pour refuser (3 affiche à nouveau la notice).
console-consent-rights = Vos droits : « { console-word-status } » affiche la liste de vos questionnaires ; « { console-word-delete } » efface en une seule fois l’ensemble de vos données (seule est conservée une mention anonyme indiquant que le consentement a été donné puis retiré). Vous pouvez également demander au FESU l’accès à vos données ou leur rectification, et introduire une réclamation auprès d’une autorité de protection des données, telle que la CNIL en France.
console-review-use-buttons = Tapez « { console-word-edit } N » pour modifier une réponse, ou « { console-word-submit } ».
console-error-use-buttons = Veuillez taper le numéro de l’une des options.
console-error-file-expected = Ce terminal ne peut pas recevoir de fichiers : tapez « { console-word-skip } » si la question est facultative.
console-error-already-submitted = Ce questionnaire a déjà été envoyé (référence { $reference }). Tapez « { console-word-start } » pour partager une autre expérience.
console-error-no-draft = Aucun questionnaire n’est en cours. Tapez « { console-word-start } » pour partager une expérience.
console-pause-saved = Vos réponses sont enregistrées. Tapez « { console-word-resume } » quand vous souhaitez reprendre.
console-pause-nothing = Aucun questionnaire n’est en cours. Tapez « { console-word-start } » pour commencer.
console-status-none = Vous n’avez encore commencé aucun questionnaire. Tapez « { console-word-start } » pour commencer.
console-toast-stale = Ce choix concerne une question précédente ; veuillez répondre à la dernière question affichée.
console-help-text =
    Répondez à chaque question en tapant votre réponse ou le numéro d’une option.
    « { console-word-back } » ramène à la question précédente ; « { console-word-skip } » permet de sauter une question facultative.
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
