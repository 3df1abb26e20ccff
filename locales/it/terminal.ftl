# Parole da scrivere nella chat del terminale (`intake chat`), nella lingua della chat; anche l’inglese funziona.
console-word-back = indietro
console-word-skip = salta
console-word-keep = mantieni
console-word-done = fatto
console-word-review = rivedi
console-word-edit = modifica
console-word-submit = invia
console-word-continue = continua
console-word-lang = lingua
console-word-restart = ricomincia
console-word-resume = riprendi
console-word-start = inizia
console-word-status = stato
console-word-delete = cancella
console-word-cancel = pausa
console-word-help = aiuto
console-word-quit = esci
