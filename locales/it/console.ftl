# La chat del terminale (`intake chat`): ciò che cambia rispetto a Telegram (numeri e parole
# scritte al posto di pulsanti e comandi «/»). Le parole stesse sono in terminal.ftl.
console-welcome = CECOPS Intake nel terminale. Le risposte vengono salvate man mano: scriva «{ console-word-quit }» per interrompere e rilanci il comando per riprendere.
console-commands = Parole che può scrivere (anche in inglese): { console-word-back } · { console-word-skip } · { console-word-keep } (la risposta attuale) · { console-word-done } (conferma le scelte) · { console-word-review } · { console-word-edit } N · { console-word-submit } · { console-word-lang } en|fr|it|lt · { console-word-restart } · { console-word-resume } · { console-word-status } · { console-word-delete } (i Suoi dati) · { console-word-cancel } · { console-word-help } · { console-word-quit }
console-choose = Scriva il numero dell’opzione scelta (o il suo testo).
console-choose-many = Scriva i numeri delle opzioni scelte separati da virgole (ad esempio 1, 3, 4): vengono confermati subito. Un numero da solo seleziona o deseleziona l’opzione; poi scriva «{ console-word-done }».
console-hint-multi = Selezioni tutte le opzioni pertinenti, poi scriva «{ console-word-done }».
console-multi-selected = Selezione attuale: { $numbers }. Scriva altri numeri per aggiungere o togliere opzioni, oppure «{ console-word-done }» per confermare.
console-type-country = Scriva il numero o il nome di un Paese qualsiasi.
console-file = Questo terminale non può ricevere file: se la domanda è facoltativa, scriva «{ console-word-skip }».
console-edit = Scriva «{ console-word-edit } N» per modificare la risposta N, oppure «{ console-word-submit }» per inviare il questionario.
console-continue = Scriva «{ console-word-continue }» per rispondere alle domande rimanenti.
console-unknown = Non ho capito. Scriva «{ console-word-help }» per vedere che cosa può scrivere.
console-bye = A presto. Le Sue risposte sono state salvate.
console-long-text = Può scrivere su più righe: prema Invio su una riga vuota per concludere la risposta.
console-keep = Scriva «{ console-word-keep }» per mantenerla.
console-mail-written = L’e-mail che riceve l’EFUS è stata scritta in { $path } (non è configurato alcun server di posta; qualsiasi programma di posta può aprirla).
console-mail-sent = L’e-mail è stata inviata all’EFUS.
console-mail-later = L’e-mail per l’EFUS è in coda: la invia il bot quando è in funzione, oppure può inviarla subito con «intake outbox send».

# Formulazione per il terminale dei messaggi comuni che parlano di pulsanti o di comandi con «/».
console-consent-declined = Va bene: non è stato registrato nulla. Se cambia idea, scriva «{ console-word-start }».
console-consent-reminder = Nulla viene registrato finché non accetta l’informativa sulla protezione dei dati riportata sopra. Scriva 1 per accettare o 2 per rifiutare (3 mostra di nuovo l’informativa).
console-consent-rights = I Suoi diritti: con «{ console-word-status }» può vedere l’elenco dei Suoi questionari; con «{ console-word-delete }» può cancellare in un’unica operazione tutti i Suoi dati (viene conservata soltanto una nota anonima attestante che il consenso è stato dato e poi revocato). Può inoltre chiedere all’EFUS l’accesso ai Suoi dati o la loro rettifica e proporre reclamo a un’autorità di protezione dei dati, come il Garante per la protezione dei dati personali.
console-review-use-buttons = Scriva «{ console-word-edit } N» per modificare una risposta, oppure «{ console-word-submit }».
console-error-use-buttons = Scriva il numero di una delle opzioni.
console-error-file-expected = Questo terminale non può ricevere file: se la domanda è facoltativa, scriva «{ console-word-skip }».
console-error-already-submitted = Questo questionario è già stato inviato (numero di riferimento { $reference }). Scriva «{ console-word-start }» per condividere un’altra esperienza.
console-error-no-draft = Non c’è alcun questionario in corso. Scriva «{ console-word-start }» per condividere un’esperienza.
console-pause-saved = Le Sue risposte sono salvate. Scriva «{ console-word-resume }» quando desidera continuare.
console-pause-nothing = Non c’è alcun questionario in corso. Scriva «{ console-word-start }» per iniziare.
console-status-none = Non ha ancora iniziato alcun questionario. Scriva «{ console-word-start }» per iniziare.
console-toast-stale = Questa scelta riguarda una domanda precedente; risponda all’ultima domanda mostrata.
console-help-text =
    Risponda a ogni domanda scrivendo la risposta o il numero di un’opzione.
    «{ console-word-back }» torna alla domanda precedente; «{ console-word-skip }» salta una domanda facoltativa.
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
