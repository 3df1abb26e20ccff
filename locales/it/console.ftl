# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.

console-welcome = CECOPS Intake nel terminale. Le risposte vengono salvate man mano: scriva «quit» per interrompere e rilanci il comando per riprendere.
console-commands = Comandi (da scrivere in inglese): «back» indietro · «skip» salta · «keep» mantieni la risposta attuale · «review» rivedi le risposte · «edit N» modifica la risposta N · «submit» invia · «lang en|fr|it|lt» lingua · «restart» ricomincia · «resume» riprendi · «status» i Suoi questionari · «delete» cancella i dati · «cancel» annulla · «help» aiuto · «quit» esci
console-choose = Scriva il numero dell'opzione scelta (o il suo testo).
console-choose-many = Scriva i numeri delle opzioni, uno alla volta, per selezionarle o deselezionarle, poi «done».
console-type-country = Scriva il numero o il nome di un Paese qualsiasi.
console-file = Questo terminale non può ricevere file: se la domanda è facoltativa, scriva «skip».
console-edit = Scriva «edit N» per modificare la risposta N, oppure «submit» per inviare.
console-continue = Scriva «continue» per rispondere alle domande rimanenti.
console-unknown = Non ho capito. Scriva «help» per l'elenco dei comandi.
console-bye = A presto. Le Sue risposte sono state salvate.
cli-no-token =
    TELEGRAM_BOT_TOKEN non è impostato, quindi il bot non può connettersi a Telegram.
    Per ottenere un token, apra Telegram, scriva a @BotFather, invii /newbot e segua le istruzioni; poi inserisca TELEGRAM_BOT_TOKEN=<il token> tra le variabili d'ambiente o in un file .env.
    Per provare il questionario senza Telegram, esegua: intake chat (oppure make chat).
cli-db-upgraded = Lo schema del database è aggiornato.
cli-purged = { $count ->
    [0] Nessun questionario non completato aveva superato il periodo di conservazione.
    [one] Un questionario non completato aveva superato il periodo di conservazione ed è stato cancellato.
   *[other] { $count } questionari non completati avevano superato il periodo di conservazione e sono stati cancellati.
}
