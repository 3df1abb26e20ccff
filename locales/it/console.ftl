# The terminal chat (`intake chat`), used to try the questionnaire and proof-read a language.

console-welcome = CECOPS Intake nel terminale. Le risposte vengono salvate man mano: scriva «quit» per interrompere e rilanci il comando per riprendere.
console-commands = Comandi (da scrivere in inglese): «back» indietro · «skip» salta · «keep» mantieni la risposta attuale · «done» conferma le scelte · «review» rivedi le risposte · «edit N» modifica la risposta N · «submit» invia · «lang en|fr|it|lt» lingua · «restart» ricomincia · «resume» riprendi · «status» i Suoi questionari · «delete» cancella i dati · «cancel» annulla · «help» aiuto · «quit» esci
console-choose = Scriva il numero dell’opzione scelta (o il suo testo).
console-choose-many = Scriva i numeri delle opzioni separati da virgole (ad esempio 1, 3, 4), oppure un numero alla volta per selezionarlo o deselezionarlo, poi «done».
console-type-country = Scriva il numero o il nome di un Paese qualsiasi.
console-file = Questo terminale non può ricevere file: se la domanda è facoltativa, scriva «skip».
console-edit = Scriva «edit N» per modificare la risposta N, oppure «submit» per inviare.
console-continue = Scriva «continue» per rispondere alle domande rimanenti.
console-unknown = Non ho capito. Scriva «help» per l’elenco dei comandi.
console-bye = A presto. Le Sue risposte sono state salvate.
console-long-text = Può scrivere su più righe: prema Invio su una riga vuota per concludere la risposta.
console-mail-written = L’e-mail che riceve l’EFUS è stata scritta in { $path } (non è configurato alcun server di posta; qualsiasi programma di posta può aprirla).
console-mail-sent = L’e-mail è stata inviata all’EFUS.
console-mail-later = L’e-mail per l’EFUS è in coda: la invia il bot quando è in funzione, oppure può inviarla subito con «intake outbox send».

# Formulazione per il terminale dei messaggi comuni che parlano di pulsanti o di comandi con «/».
console-consent-declined = Va bene: non è stato registrato nulla. Se cambia idea, scriva «start».
console-consent-reminder = Nulla viene registrato finché non accetta l’informativa sulla protezione dei dati riportata sopra. Scriva 1 per accettare o 2 per rifiutare (3 mostra di nuovo l’informativa).
console-review-use-buttons = Scriva «edit N» per modificare una risposta, oppure «submit».
console-error-use-buttons = Scriva il numero di una delle opzioni.
console-error-file-expected = Questo terminale non può ricevere file: se la domanda è facoltativa, scriva «skip».
console-error-already-submitted = Questo questionario è già stato inviato (numero di riferimento { $reference }). Scriva «start» per condividere un’altra esperienza.
console-error-no-draft = Non c’è alcun questionario in corso. Scriva «start» per condividere un’esperienza.
console-pause-saved = Le Sue risposte sono salvate. Scriva «resume» quando desidera continuare.
console-pause-nothing = Non c’è alcun questionario in corso. Scriva «start» per iniziare.
console-status-none = Non ha ancora iniziato alcun questionario. Scriva «start» per iniziare.
console-toast-stale = Questa scelta riguarda una domanda precedente; risponda all’ultima domanda mostrata.
console-help-text =
    Risponda a ogni domanda scrivendo la risposta o il numero di un’opzione.
    «back» torna alla domanda precedente; «skip» salta una domanda facoltativa.
    Prima dell’invio può rivedere e modificare le risposte, cambiare lingua in qualsiasi momento, interrompere e riprendere più tardi: le risposte vengono salvate man mano.

cli-no-token =
    TELEGRAM_BOT_TOKEN non è impostato, quindi il bot non può connettersi a Telegram.
    Per ottenere un token, apra Telegram, scriva a @BotFather, invii /newbot e segua le istruzioni; poi inserisca TELEGRAM_BOT_TOKEN=<il token> tra le variabili d’ambiente o in un file .env.
    Per provare il questionario senza Telegram, esegua: intake chat (oppure make chat).
cli-db-upgraded = Lo schema del database è aggiornato.
cli-purged = { $count ->
    [0] Nessun questionario non completato aveva superato il periodo di conservazione.
    [one] Un questionario non completato aveva superato il periodo di conservazione ed è stato cancellato.
   *[other] { $count } questionari non completati avevano superato il periodo di conservazione e sono stati cancellati.
}
