# Lo spazio del personale (pagine web), il comando /web e `intake web`.
ws-app-name = CECOPS Intake — spazio del personale
ws-skip-to-content = Vai al contenuto
ws-nav-label = Sezioni principali
ws-nav-submissions = Contributi
ws-nav-drafts = Bozze in corso
ws-nav-overview = Panoramica
ws-nav-audit = Registro delle attività
ws-language = Lingua
ws-language-apply = Cambia
ws-sign-out = Esci
ws-back-to-list = Torna all’elenco

ws-signin-title = Accesso allo spazio del personale
ws-signin-explain = Questo link vale per un solo accesso e scade 15 minuti dopo l’invio.
ws-signin-button = Accedi
ws-signin-needed = Effettui l’accesso: invii /web al bot su Telegram e apra il link che Le viene fornito.
ws-signin-refused = Questo link di accesso non è valido: è già stato usato, è scaduto o non è stato rilasciato a un membro del personale. Invii /web al bot per riceverne uno nuovo.
ws-signed-out-title = Sessione chiusa
ws-signed-out-text = Per accedere di nuovo, invii /web al bot su Telegram.

ws-error-title = Errore { $status }
ws-not-found = A questo indirizzo non è stato trovato nulla. Il contributo potrebbe essere stato cancellato.
ws-error-csrf = Questo modulo è scaduto o non proviene dallo spazio del personale. Ricarichi la pagina e riprovi.
ws-error-admin-only = Solo gli amministratori possono eseguire questa operazione.
ws-error-status = Stato del questionario sconosciuto: il filtro è stato ignorato.
ws-error-triage = Stato dell’esame sconosciuto.
ws-error-country = Paese sconosciuto: indichi un codice di due lettere o il nome di un Paese. Il filtro è stato ignorato.
ws-error-language = Lingua sconosciuta: il filtro è stato ignorato.
ws-error-activity = Attività sconosciuta: il filtro è stato ignorato.
ws-error-date = Le date si scrivono AAAA-MM-GG: la data è stata ignorata.
ws-error-period = La data di inizio deve precedere quella di fine: le date sono state ignorate.
ws-error-internal = Si è verificato un errore sul server. Non è stato modificato nulla; riprovi. Se dovesse ripetersi, avvisi l’amministratore.

ws-list-title = Contributi
ws-filter-search = Cerca nelle risposte
ws-filter-status = Questionario
ws-filter-triage = Stato dell’esame
ws-filter-country = Paese
ws-filter-language = Lingua del rispondente
ws-filter-activity = Attività
ws-filter-since = Dal
ws-filter-until = Al
ws-filter-apply = Applica
ws-filter-reset = Azzera i filtri
ws-any = Tutti
ws-facets = Affina
ws-results = { $count ->
    [one] Un contributo
   *[other] { $count } contributi
}
ws-no-results = Nessun contributo corrisponde a questi filtri.
ws-export-csv = Scarica in CSV
ws-export-xlsx = Scarica in Excel (XLSX)
ws-pages = Pagine
ws-previous = Precedente
ws-next = Successiva
ws-page-of = Pagina { $page } di { $pages }
ws-erased = I dati del rispondente di { $reference } sono stati cancellati.

ws-col-reference = Riferimento
ws-col-initiative = Iniziativa
ws-col-city = Città
ws-col-country = Paese
ws-col-language = Lingua
ws-col-submitted = Inviato il
ws-col-triage = Stato dell’esame
ws-col-organisation = Organizzazione
ws-col-last-activity = Ultima attività
ws-col-answers = Risposte date
ws-col-stopped-at = Ultima fase
ws-col-reminder = Promemoria

ws-qstatus = Questionario
ws-qstatus-submitted = Inviato
ws-qstatus-draft = In corso
ws-qstatus-all = Tutti
ws-qstatus-withdrawn = Ritirato

ws-triage-new = Nuovo
ws-triage-in_review = In esame
ws-triage-selected = Selezionato
ws-triage-not_selected = Non selezionato
ws-triage-on_hold = In sospeso

ws-consent-time = Consenso dato il
ws-source = Provenienza (link)
ws-labels-show-respondent = Mostra le domande nella lingua del rispondente ({ $language })
ws-labels-in-respondent = Domande mostrate in { $language }.
ws-labels-show-staff = Mostrale nella mia lingua
ws-skipped = Domanda saltata
ws-unanswered = Senza risposta
ws-file = File
ws-file-not-downloadable = download non disponibile: il bot non è configurato su questo server
ws-file-unavailable = Telegram non ha fornito questo file (potrebbe essere troppo grande o non più disponibile).

ws-triage-title = Esame
ws-status-save = Salva lo stato
ws-notify-respondent = Avvisa il rispondente (solo per «Selezionato» e «Non selezionato»)
ws-notify-note = Messaggio per il rispondente (facoltativo; viene inviato così com’è: lo scriva nella lingua del rispondente)
ws-note-label = Aggiungi una nota per il personale
ws-note-add = Aggiungi la nota
ws-history = Cronologia
ws-event-started = Questionario iniziato
ws-event-submitted = Inviato
ws-event-emailed = Inviato per e-mail all’EFUS
ws-event-mail_failed = Non è stato possibile inviare l’e-mail all’EFUS
ws-event-status = { $who } ha cambiato lo stato da «{ $old }» a «{ $new }»
ws-event-note = Nota di { $who }:
ws-event-notified = { $who } ha avvisato il rispondente: «{ $status }»

ws-erase-title = Cancella i dati del rispondente
ws-erase-explain = Questa operazione cancella tutto ciò che il rispondente ha inviato — tutti i questionari, le risposte e i file — esattamente come farebbe il suo comando /delete. Non può essere annullata.
ws-erase-confirm = Sono consapevole che l’operazione non può essere annullata
ws-erase-button = Cancella i dati del rispondente

ws-drafts-title = Bozze in corso
ws-drafts-count = { $count ->
    [one] Un questionario è in fase di compilazione.
   *[other] { $count } questionari sono in fase di compilazione.
}
ws-remind-now = Invia ora un promemoria
ws-reminder-sent = Il promemoria è stato inviato.
ws-reminder-failed = Non è stato possibile inviare il promemoria.
ws-phase-language = Scelta della lingua
ws-phase-consent = Lettura dell’informativa sul consenso
ws-phase-question = Una domanda
ws-phase-other = Una domanda
ws-phase-review = Verifica prima dell’invio
ws-phase-restart = Conferma per ricominciare
ws-phase-submitted = Inviato
ws-phase-declined = Consenso rifiutato
ws-phase-unknown = Sconosciuto

ws-overview-title = Panoramica
ws-chart-country = Contributi per Paese
ws-chart-activity = Contributi per attività
ws-chart-setting = Contributi per contesto
ws-chart-month = Contributi per mese
ws-chart-funnel = Dal consenso all’invio
ws-chart-stops = Dove si fermano i rispondenti (bozze in corso)
ws-funnel-consented = Consenso dato
ws-funnel-started = Questionari con risposte
ws-funnel-submitted = Inviati
ws-funnel-note = Prima del consenso non viene registrato nulla: per questo l’imbuto parte da lì.
ws-unknown = Sconosciuto
ws-none = Ancora nulla.

ws-audit-title = Registro delle attività
ws-audit-when = Quando
ws-audit-who = Chi
ws-audit-what = Cosa
ws-audit-target = Oggetto
ws-audit-detail = Dettaglio
ws-audit-sign_in = Accesso
ws-audit-sign_out = Uscita
ws-audit-link = Link di accesso rilasciato
ws-audit-status = Stato modificato
ws-audit-note = Nota aggiunta
ws-audit-notified = Rispondente avvisato
ws-audit-export = Esportazione scaricata
ws-audit-erase = Dati del rispondente cancellati
ws-audit-reminder = Promemoria inviato

cmd-web = Apri lo spazio del personale
web-link = Il Suo link di accesso allo spazio del personale (valido 15 minuti, utilizzabile una sola volta):
    { $link }
cli-web-link-unknown = L’ID Telegram { $user } non figura né in ADMIN_IDS né in STAFF_IDS: non è stato rilasciato alcun link.
cli-web-serving = Spazio del personale su http://{ $host }:{ $port } (Ctrl+C per arrestarlo).
export-column-triage = Stato dell’esame
