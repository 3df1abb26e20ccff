# Mots à taper dans le chat du terminal (`intake chat`), dans la langue du chat ; l’anglais marche aussi.
console-word-back = retour
console-word-skip = passer
console-word-keep = garder
console-word-done = terminé
console-word-review = relire
console-word-edit = modifier
console-word-submit = envoyer
console-word-continue = continuer
console-word-lang = langue
console-word-restart = recommencer
console-word-resume = reprendre
console-word-start = commencer
console-word-status = statut
console-word-delete = supprimer
console-word-cancel = pause
console-word-help = aide
console-word-quit = quitter
