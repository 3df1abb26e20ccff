# Telegram-only messages: commands, chat types, files and other surprises.

cmd-start = Commencer ou reprendre le questionnaire
cmd-resume = Reprendre là où vous en étiez
cmd-back = Revenir à la question précédente
cmd-skip = Passer une question facultative
cmd-review = Relire vos réponses
cmd-language = Changer de langue
cmd-cancel = Faire une pause (vos réponses sont conservées)
cmd-help = Mode d’emploi
cmd-status = Vos envois et leurs références
cmd-delete = Supprimer toutes vos données
cmd-export = Exporter les réponses (administrateurs)
cmd-stats = Statistiques (administrateurs)
cmd-digest = Aperçu du récapitulatif (administrateurs)

bot-private-only = Cet assistant ne fonctionne que dans une conversation privée. Veuillez m’écrire directement.
bot-edited-message = Les messages modifiés ne sont pas pris en compte. Pour changer une réponse, utilisez « Retour » ou la relecture des réponses.
bot-unknown-command = Je ne connais pas cette commande. Envoyez /help pour voir ce que je peux faire.
bot-unsupported = Je ne peux pas traiter ce type de message ici.
bot-file-too-big = Ce fichier est trop volumineux ({ NUMBER($size, maximumFractionDigits: 1) } Mo). Veuillez envoyer un fichier de { $max } Mo au maximum, ou plutôt partager un lien.
bot-text-too-long-part = (suite { $part }/{ $parts })
