# Telegram-only messages: commands, chat types, files and other surprises.

cmd-start = Avviare o riprendere il questionario
cmd-resume = Riprendere il questionario in sospeso
cmd-back = Tornare alla domanda precedente
cmd-skip = Saltare una domanda facoltativa
cmd-review = Rivedere le risposte
cmd-language = Cambiare lingua
cmd-cancel = Interrompere per ora (le risposte restano salvate)
cmd-help = Come funziona
cmd-status = Questionari inviati e numeri di riferimento
cmd-delete = Cancellare tutti i Suoi dati
cmd-export = Esportare le risposte (amministratori)
cmd-stats = Statistiche (amministratori)
cmd-digest = Anteprima del resoconto (amministratori)

bot-private-only = Questo assistente funziona solo in una chat privata. La preghiamo di scrivermi direttamente.
bot-edited-message = I messaggi modificati non vengono presi in considerazione. Per cambiare una risposta, utilizzi «Indietro» o il riepilogo delle risposte.
bot-unknown-command = Non conosco questo comando. Invii /help per sapere che cosa posso fare.
bot-unsupported = Non posso utilizzare questo tipo di messaggio qui.
bot-file-too-big = Questo file è troppo grande ({ NUMBER($size, maximumFractionDigits: 1) } MB). Invii un file di dimensioni non superiori a { $max } MB, oppure condivida un link.
bot-text-too-long-part = (parte { $part } di { $parts })
