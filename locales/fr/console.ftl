# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.
# The command words (back, skip, review, edit N, submit, lang, restart, status, delete, help,
# quit, done, keep, continue) are recognised in English only: keep them as they are.

console-welcome = CECOPS Intake dans le terminal. Vos réponses sont enregistrées au fur et à mesure : tapez « quit » pour vous arrêter, puis relancez la commande pour reprendre.
console-commands = Commandes (à taper en anglais) : back (retour) · skip (passer) · review (relire) · edit N (modifier la réponse N) · submit (envoyer) · lang en|fr|it|lt (langue) · restart (recommencer) · status (vos questionnaires) · delete (tout supprimer) · help (aide) · quit (quitter)
console-choose = Tapez le numéro de votre choix (ou son libellé).
console-choose-many = Tapez un à un les numéros de vos choix pour les sélectionner ou les désélectionner, puis « done » pour valider.
console-type-country = Tapez le numéro ou le nom de n’importe quel pays.
console-file = Ce terminal ne peut pas recevoir de fichiers : tapez « skip » si la question est facultative.
console-edit = Tapez « edit N » pour modifier la réponse n° N, ou « submit » pour envoyer le questionnaire.
console-continue = Tapez « continue » pour répondre aux questions restantes.
console-unknown = Je n’ai pas compris. Tapez « help » pour afficher la liste des commandes.
console-bye = À bientôt. Vos réponses sont enregistrées.
console-selected = sélectionné
