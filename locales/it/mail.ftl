# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).

## The submission e-mail

# Between a label and its value in the text part of an e-mail.
mail-field-separator = {": "}
mail-subject = Nuova esperienza { $reference }: { $initiative } ({ $city }, { $country })
mail-not-given = non indicato
mail-title = Nuovo contributo alla raccolta di esperienze CECOPS
mail-reference = Numero di riferimento
mail-submitted-at = Data di invio
mail-respondent-language = Lingua di compilazione
mail-source = Link di provenienza
mail-other-answers = Altre risposte (domande non più presenti nel questionario)
mail-files = File trasmessi con il questionario
mail-file-line = { $question }: { $name } ({ $type }, { $size })
mail-file-unnamed = file senza nome
mail-file-attached = allegato a questa e-mail
mail-file-too-large = non allegato: troppo grande per essere inviato via e-mail
mail-file-not-attached = non allegato: non è stato possibile scaricarlo da Telegram
mail-size-unknown = dimensione sconosciuta
mail-size-kb = { $size } KB
mail-size-mb = { $size } MB
mail-csv-note = Le risposte sono allegate anche in formato foglio di calcolo ({ $name }).
mail-reply-note = Rispondendo a questa e-mail scriverà direttamente a chi ha compilato il questionario ({ $email }).
mail-no-reply-note = Chi ha compilato il questionario non ha indicato un indirizzo e-mail utilizzabile: eventuali risposte a questa e-mail non arriveranno a destinazione.
mail-footer = Questo messaggio è stato inviato automaticamente dall’assistente CECOPS Intake.

## The digest

digest-subject =
    Resoconto CECOPS dal { $start } al { $end }: { $count ->
        [0] nessun nuovo questionario
        [one] 1 nuovo questionario
       *[other] { $count } nuovi questionari
    }
digest-title = Raccolta di esperienze CECOPS: resoconto
digest-period = Periodo: dal { $start } al { $end } (esclusa la data finale).
digest-submissions = { $count ->
        [0] Questionari inviati nel periodo
        [one] 1 questionario inviato nel periodo
       *[other] { $count } questionari inviati nel periodo
    }
digest-none = Nel periodo non è stato inviato alcun questionario.
digest-submission-line = { $reference }: { $initiative } ({ $organisation }, { $city }, { $country }), inviato il { $submitted }
digest-by-country = Per Paese
digest-by-activity = Per tipo di attività
digest-by-language = Per lingua di compilazione
digest-stalled = { $days ->
        [one] Questionari in compilazione inattivi da più di un giorno
       *[other] Questionari in compilazione inattivi da più di { $days } giorni
    }
digest-stalled-none = Nessuno.
digest-stalled-count = { $count ->
        [one] Un questionario è stato iniziato ma non inviato e da allora non è più stato modificato.
       *[other] { $count } questionari sono stati iniziati ma non inviati e da allora non sono più stati modificati.
    }
digest-stalled-line = iniziato il { $started }, ultima attività il { $updated }, { $count ->
        [one] 1 risposta
       *[other] { $count } risposte
    }, lingua: { $language }
digest-stalled-more = { $count ->
        [one] e un altro
       *[other] e altri { $count }
    }
digest-csv-note = I questionari inviati nel periodo sono allegati in formato foglio di calcolo ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = questionario { $reference }
outbox-what-digest = resoconto
outbox-what-other = e-mail di tipo «{ $kind }»
outbox-admin-dead =
    ⚠️ Un’e-mail è stata rifiutata dal server di posta e non ci saranno ulteriori tentativi di invio: { $what }.
    Risposta del server: { $error }
    Una volta risolto il problema, esegua: intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ Un’e-mail non è ancora stata recapitata dopo { $count ->
        [one] un tentativo
       *[other] { $count } tentativi
    }: { $what }. L’invio sarà ritentato automaticamente.
    Ultimo errore: { $error }
outbox-admin-refused =
    ⚠️ Un’e-mail è stata recapitata, ma il server ha rifiutato alcuni dei destinatari: { $what }.
    Risposta del server: { $error }

## Command line

outbox-eml-mode = SMTP_HOST non è impostato: le e-mail vengono salvate come file .eml in { $dir } (si possono aprire con qualsiasi programma di posta).
outbox-send-summary = Inviate: { $sent } · da ritentare più tardi: { $retried } · non recapitabili: { $dead } · annullate (dati del rispondente cancellati): { $dropped }
outbox-list-empty = Non ci sono e-mail in attesa di invio né e-mail non recapitabili.
outbox-list-row = n. { $id } · { $what } · { $status } · tentativi: { $count } · messa in coda il { $created }
outbox-list-next = prossimo tentativo: { $next }
outbox-list-sent = inviata il { $sent }
outbox-list-error = ultimo errore: { $error }
outbox-status-pending = in attesa
outbox-status-sent = inviata
outbox-status-dead = non recapitabile
outbox-retry-which = Indichi i numeri delle e-mail da reinviare (si veda «intake outbox list») oppure utilizzi l’opzione --all-dead.
outbox-retry-done = { $count ->
        [0] Non ci sono e-mail non recapitabili da reinviare.
        [one] Un’e-mail è stata rimessa in coda.
       *[other] { $count } e-mail sono state rimesse in coda.
    }
digest-choose = Specifichi --preview per visualizzare il resoconto oppure --send per inviarlo.
digest-sent = Il resoconto dal { $start } al { $end } è stato inviato.
digest-not-sent = Non è stato ancora possibile inviare il resoconto dal { $start } al { $end } ({ $error }); l’invio sarà ritentato automaticamente.
digest-already = Il resoconto dal { $start } al { $end } è già stato preparato il { $claimed }: viene inviato una sola volta.
digest-already-sent = L’invio è avvenuto il { $sent }.
