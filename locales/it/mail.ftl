# E-mails to EFUS staff (submission, digest), notices to the admins and the output of
# `intake outbox …` / `intake digest`. All in the staff language (STAFF_LANGUAGE).

## The submission e-mail

# Between a label and its value in the text part of an e-mail.
mail-field-separator = {": "}
mail-subject = Nuova esperienza { $reference }: { $initiative } ({ $city }, { $country })
mail-not-given = non indicato
mail-title = Nuovo contributo all'invito a condividere esperienze CECOPS
mail-reference = Codice di riferimento
mail-submitted-at = Inviato il
mail-respondent-language = Lingua di chi ha risposto
mail-source = Arrivato tramite il link
mail-other-answers = Altre risposte (domande non più presenti nel questionario)
mail-files = File inviati da chi ha risposto
mail-file-line = { $question }: { $name } ({ $type }, { $size })
mail-file-unnamed = file senza nome
mail-file-attached = allegato a questa e-mail
mail-file-too-large = non allegato: troppo grande per un'e-mail
mail-file-not-attached = non allegato: non è stato possibile scaricarlo da Telegram
mail-size-unknown = dimensione sconosciuta
mail-size-kb = { $size } KB
mail-size-mb = { $size } MB
mail-csv-note = Le risposte sono allegate anche come foglio di calcolo ({ $name }).
mail-reply-note = Rispondendo a questa e-mail scriverà a chi ha compilato il questionario ({ $email }).
mail-no-reply-note = Chi ha risposto non ha indicato un indirizzo e-mail utilizzabile: le risposte a questa e-mail non arriveranno a destinazione.
mail-footer = Questo messaggio è stato inviato automaticamente dall'assistente CECOPS Intake.

## The digest

digest-subject = Riepilogo CECOPS dal { $start } al { $end }: { $count ->
        [0] nessun nuovo invio
        [one] 1 nuovo invio
       *[other] { $count } nuovi invii
    }
digest-title = Invito a condividere esperienze CECOPS: riepilogo
digest-period = Periodo: dal { $start } al { $end } (escluso).
digest-submissions = { $count ->
        [0] Questionari inviati nel periodo
        [one] 1 questionario inviato nel periodo
       *[other] { $count } questionari inviati nel periodo
    }
digest-none = Nessun questionario è stato inviato in questo periodo.
digest-submission-line = { $reference }: { $initiative } ({ $organisation }, { $city }, { $country }), inviato il { $submitted }
digest-by-country = Per paese
digest-by-activity = Per tipo di attività
digest-by-language = Per lingua di chi ha risposto
digest-stalled = Bozze senza attività da più di { $days } giorni
digest-stalled-none = Nessuna.
digest-stalled-count = { $count ->
        [one] 1 questionario è stato iniziato ma non inviato, e da allora non è più stato modificato.
       *[other] { $count } questionari sono stati iniziati ma non inviati, e da allora non sono più stati modificati.
    }
digest-stalled-line = iniziato il { $started }, ultima attività il { $updated }, { $count ->
        [one] 1 risposta
       *[other] { $count } risposte
    }, lingua: { $language }
digest-stalled-more = e altri { $count }
digest-csv-note = Gli invii del periodo sono allegati come foglio di calcolo ({ $name }).

## Notices to the admins (plain text)

outbox-what-submission = invio { $reference }
outbox-what-digest = riepilogo
outbox-what-other = e-mail di tipo «{ $kind }»
outbox-admin-dead =
    ⚠️ Un'e-mail è stata rifiutata dal server di posta e non verrà inviata di nuovo: { $what }.
    Risposta del server: { $error }
    Dopo aver risolto il problema, esegua: intake outbox retry { $id }
outbox-admin-failing =
    ⚠️ Un'e-mail non è ancora stata recapitata dopo { $count } tentativi: { $what }. L'invio verrà ritentato automaticamente.
    Ultimo errore: { $error }
outbox-admin-refused =
    ⚠️ Un'e-mail è stata recapitata, ma il server ha rifiutato alcuni destinatari: { $what }.
    Risposta del server: { $error }

## Command line

outbox-eml-mode = SMTP_HOST non è impostato: le e-mail vengono salvate come file .eml in { $dir } (si aprono con qualsiasi programma di posta).
outbox-send-summary = Inviate: { $sent } · da ritentare più tardi: { $retried } · non recapitabili: { $dead } · scartate (dati cancellati): { $dropped }
outbox-list-empty = Nessuna e-mail è in attesa e nessuna è fallita.
outbox-list-row = n. { $id } · { $what } · { $status } · tentativi: { $count } · in coda dal { $created }
outbox-list-next = prossimo tentativo: { $next }
outbox-list-sent = inviata il { $sent }
outbox-list-error = ultimo errore: { $error }
outbox-status-pending = in attesa
outbox-status-sent = inviata
outbox-status-dead = non recapitabile
outbox-retry-which = Indichi i numeri delle e-mail da reinviare (vedere «intake outbox list») oppure --all-dead.
outbox-retry-done = { $count ->
        [0] Nessuna e-mail non recapitata da reinviare.
        [one] 1 e-mail rimessa in coda.
       *[other] { $count } e-mail rimesse in coda.
    }
digest-choose = Scelga --preview per visualizzare il riepilogo oppure --send per inviarlo.
digest-sent = Il riepilogo dal { $start } al { $end } è stato inviato.
digest-not-sent = Non è stato ancora possibile inviare il riepilogo dal { $start } al { $end } ({ $error }); l'invio verrà ritentato automaticamente.
digest-already = Il riepilogo dal { $start } al { $end } è già stato preso in carico il { $claimed } da { $by }: non viene inviato una seconda volta.
digest-already-sent = È stato inviato il { $sent }.
