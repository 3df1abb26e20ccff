# Messages of the conversation, shared by the Telegram bot and the console chat.

language-name = Italiano
language-prompt = Scelga la lingua.
language-changed = La lingua impostata è ora l’italiano. Le Sue risposte sono state conservate.

consent-text =
    CECOPS Intake Le dà il benvenuto. Si tratta del questionario del Forum europeo per la sicurezza urbana (EFUS) sulle iniziative in cui cittadini volontari partecipano ad attività di polizia e di sicurezza: pattugliamento, sorveglianza dello spazio pubblico, rassicurazione e presidio del territorio, ad esempio nei pressi delle scuole, di notte o sui mezzi pubblici.

    Chi è il titolare del trattamento: l’EFUS, 10 rue des Montibœufs, 75020 Parigi, Francia. Contatto: { $inbox }.

    Quali dati raccogliamo: le Sue risposte sulla Sua organizzazione e sull’iniziativa, compresi nome, ruolo, indirizzo e-mail e, se lo indica, numero di telefono, oltre all’identificativo del Suo account Telegram. Anche Telegram tratta i messaggi che Lei scambia con questo assistente.

    Per quali finalità: analizzare le esperienze realizzate in Europa e preparare la guida CECOPS alle buone pratiche. La base giuridica del trattamento è il Suo consenso, che può revocare in qualsiasi momento.

    Chi riceve i dati: il personale dell’EFUS, via e-mail e tramite esportazioni dei dati, e i partner del progetto CECOPS (la Metropolitan Police di Londra, RiSSC, l’Istituto di diritto lituano e il Comune di Bologna). I Suoi dati di contatto non vengono pubblicati; l’iniziativa viene presentata nella guida solo se Lei lo autorizza alla fine del questionario.

    Per quanto tempo: le risposte non completate vengono cancellate dopo { $days ->
        [one] un giorno
       *[other] { $days } giorni
    } di inattività. Le risposte inviate sono conservate per tutta la durata del progetto CECOPS, salvo che Lei le cancelli prima.

    I Suoi diritti: con /status può vedere l’elenco dei Suoi questionari; con /delete può cancellare in un’unica operazione tutti i Suoi dati (viene conservata soltanto una nota anonima attestante che il consenso è stato dato e poi revocato). Può inoltre chiedere all’EFUS l’accesso ai Suoi dati o la loro rettifica e proporre reclamo a un’autorità di protezione dei dati, come il Garante per la protezione dei dati personali.

    Nessun dato viene registrato finché Lei non accetta.
consent-accept = Accetto
consent-decline = Non accetto
consent-thanks = Grazie. Iniziamo: può interrompere in qualsiasi momento e riprendere più tardi da dove aveva lasciato.
consent-declined = D’accordo: non è stato registrato alcun dato. Se cambia idea, invii /start.

progress = Sezione { $section } di { $sections } · { $percent }% completato
hint-optional = Questa domanda è facoltativa.
hint-multi = Selezioni tutte le opzioni pertinenti, poi prema «Fatto».
hint-file = Invii un documento o una foto.
hint-other = Specifichi «{ $choice }»:

button-back = ◀ Indietro
button-skip = Salta
button-done = Fatto
button-keep = Mantieni la risposta attuale
button-review = Rivedi le risposte
button-submit = ✅ Invia
button-continue = Continua
button-edit = ✏️ { $label }

choice-yes = Sì
choice-no = No

review-title = Le Sue risposte
review-not-answered = ancora senza risposta
review-skipped = saltata
review-edit-hint = Per modificare una risposta, la selezioni qui sotto.
review-complete = È tutto pronto. Verifichi le Sue risposte, poi proceda all’invio.
review-incomplete = Alcune domande attendono ancora una risposta.
review-use-buttons = Utilizzi i pulsanti qui sotto per modificare una risposta o per inviare il questionario.
answer-other = { $choice }: { $text }
answer-file = file «{ $name }»
answer-file-unnamed = file
answer-multi-separator = ;{" "}

submitted =
    Grazie! La Sua esperienza è stata inviata.
    Il numero di riferimento è { $reference }: La preghiamo di indicarlo se scrive all’EFUS.
submitted-forwarded = È stata registrata e sarà inoltrata all’EFUS via e-mail.
restart-confirm = Ricominciare dall’inizio? Tutte le risposte date a questo questionario saranno cancellate.
restart-done = Le Sue risposte sono state cancellate. Ricominciamo.

info-first-question = Questa è la prima domanda.

help-text =
    Risponda a ogni domanda scrivendo il testo o utilizzando i pulsanti.
    «Indietro» riporta alla domanda precedente; «Salta» permette di saltare una domanda facoltativa.
    Prima dell’invio può rivedere e modificare le risposte; può cambiare lingua in qualsiasi momento, interrompere e riprendere più tardi: le risposte vengono salvate man mano.

error-use-buttons = Utilizzi i pulsanti qui sotto.
error-text-expected = Per questa domanda è richiesta una risposta scritta.
error-file-expected = Invii un documento o una foto, oppure utilizzi i pulsanti qui sotto.
error-already-submitted = Questo questionario è già stato inviato (riferimento { $reference }). Invii /start per condividere un’altra esperienza.
error-required = Questa domanda richiede una risposta.
error-choice = Scelga una delle opzioni qui sotto.
error-pick-one = Selezioni almeno un’opzione.
error-empty = La risposta è vuota. Scriva la Sua risposta.
error-too-long = Questa risposta è troppo lunga ({ $length } caratteri; il limite è { $max }). La preghiamo di abbreviarla.
error-integer = Inserisca un numero intero compreso tra { $min } e { $max }.
error-year = Inserisca un anno compreso tra { NUMBER($min, useGrouping: 0) } e { NUMBER($max, useGrouping: 0) }, ad esempio 2010.
error-email = L’indirizzo e-mail non sembra valido. La preghiamo di verificarlo (ad esempio nome@comune.eu).
error-phone = Il numero di telefono non sembra valido. Indichi anche il prefisso internazionale, ad esempio +39 051 123 4567.
error-url = L’indirizzo web sembra incompleto. Inserisca l’indirizzo completo, ad esempio https://www.comune.eu/progetto.
error-country = Non ho trovato questo Paese. Lo scelga qui sotto oppure verifichi come è stato scritto.
error-incomplete = Alcune domande obbligatorie non hanno ancora una risposta.

resume-offer =
    Lieti di rivederLa! Ha un questionario non ancora completato, con { $answered ->
        [one] una risposta
       *[other] { $answered } risposte
    }. Desidera proseguirlo o iniziarne uno nuovo (in tal caso le risposte in sospeso saranno cancellate)?
button-resume = Riprendi il questionario
button-new = Nuovo questionario
new-draft-started = Le risposte in sospeso sono state cancellate. Ecco un nuovo questionario.
pause-saved = Le Sue risposte sono state salvate. Invii /resume quando desidera riprendere.
pause-nothing = Non c’è alcun questionario in corso. Invii /start per iniziare.
error-no-draft = Non c’è alcun questionario in corso. Invii /start per condividere un’esperienza.

status-title = I Suoi questionari:
status-none = Non ha ancora iniziato alcun questionario. Invii /start per iniziare.
status-item = { $reference } · { $status } · { $title } · { $date }
status-untitled = (senza titolo)
status-no-reference = riferimento non ancora assegnato
status-draft = in compilazione
status-submitted = inviato
status-withdrawn = ritirato
status-submitted-triage = inviato, { $triage }
status-triage-in_review = in esame presso l’EFUS
status-triage-selected = selezionato dall’EFUS
status-triage-not_selected = non selezionato questa volta

erase-confirm = Cancellare tutti i Suoi dati? Le Sue risposte, i questionari in sospeso e quelli inviati, nonché i file, saranno eliminati definitivamente. Verrà conservata soltanto una nota attestante che il consenso era stato dato e poi revocato, senza alcun elemento che consenta di identificarLa.
button-erase = Sì, cancella tutto
button-cancel = Annulla
erase-done = Tutti i Suoi dati sono stati cancellati. La ringraziamo per l’interesse dimostrato nei confronti di CECOPS.
erase-cancelled = Non è stato cancellato nulla.
