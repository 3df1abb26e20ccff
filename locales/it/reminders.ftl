# Promemoria dei questionari non completati, e decisione dell’EFUS su un contributo.

cmd-reminders = Attivare o disattivare i promemoria

reminder-text =
    Il Suo questionario CECOPS non è ancora stato completato.
    { $answered ->
        [0] Non ha ancora risposto a nessuna domanda
        [one] Ha risposto a una domanda
       *[other] Ha risposto a { $answered } domande
    } e { $left ->
        [0] restano solo la revisione e l’invio.
        [one] resta una sezione su { $sections }.
       *[other] restano { $left } sezioni su { $sections }.
    }
    Le Sue risposte sono salvate: può riprendere esattamente da dove aveva lasciato.
button-reminder-continue = Continua
button-reminder-stop = Non ricevere più promemoria

reminders-off = D’accordo: non riceverà più promemoria. Se desidera riattivarli, invii /reminders.
reminders-on = I promemoria sono di nuovo attivi: se lascia un questionario in sospeso, Le ricorderò di completarlo.
reminders-unknown = Non c’è ancora nulla da ricordarLe. Invii /start per iniziare il questionario.
reminders-status-on = I promemoria sono attivi: se lascia un questionario in sospeso, Le ricorderò di completarlo.
reminders-status-off = I promemoria sono disattivati: non Le ricorderò i questionari in sospeso.
button-reminders-on = Attiva i promemoria
button-reminders-off = Disattiva i promemoria

outcome-selected = Buone notizie! L’EFUS ha selezionato l’esperienza che ha condiviso nel questionario { $reference } («{ $title }») per il progetto CECOPS. La ringraziamo per la partecipazione.
outcome-not-selected = La ringraziamo per aver condiviso la Sua esperienza nel questionario { $reference } («{ $title }»). L’EFUS l’ha letta con attenzione, ma in questa fase non l’ha selezionata per il progetto CECOPS.
outcome-note = Un messaggio del personale dell’EFUS:

digest-stalled-reminders = { $count ->
        [0] nessun promemoria inviato
        [one] 1 promemoria inviato ({ $dates })
       *[other] { $count } promemoria inviati ({ $dates })
    }
digest-stalled-stopped = interrotto alla domanda: { $question }
