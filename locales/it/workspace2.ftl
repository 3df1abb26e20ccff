# Lo spazio del personale: scorrere un elenco, faccette, colonne, esame in blocco, bozze, registro.
ws2-error-facet = Un filtro nell’indirizzo non corrisponde a nessuna scelta di questo questionario: è stato ignorato.
ws2-filter-label = { $filter }: { $value }
ws2-facet-remove = Rimuovi il filtro:
ws2-columns = Colonne
ws2-columns-explain = Risposte da mostrare come colonne nell’elenco
ws2-columns-apply = Mostra queste colonne
ws2-bulk-label = Per i contributi selezionati, imposta lo stato dell’esame su
ws2-bulk-apply = Applica ai contributi selezionati
ws2-bulk-select = Seleziona
ws2-bulk-select-one = Seleziona { $reference }
ws2-bulk-done = { $count ->
    [0] Nessuno stato è stato modificato: selezioni prima i contributi da modificare.
    [one] Lo stato di un contributo è stato modificato.
   *[other] Lo stato di { $count } contributi è stato modificato.
}
ws2-draft-no-reference = Bozza (ancora senza riferimento)
ws2-draft-started = iniziata il { $date }, non inviata
ws2-walk-label = Questo contributo nell’elenco
ws2-position = { $position } di { $total } nell’elenco
ws2-previous-submission = ← Precedente
ws2-next-submission = Successivo →
ws2-note-label = Nota per il personale (facoltativa)
ws2-save-decision = Salva
ws2-saved-saved = Salvato: lo stato ora è «{ $status }».
ws2-saved-notified = Salvato: lo stato ora è «{ $status }» e il rispondente è stato avvisato.
ws2-saved-not-notified = Lo stato «{ $status }» è stato salvato, ma non è stato possibile inviare il messaggio al rispondente. Riprovi più tardi.
ws2-col-reminders = Promemoria inviati
ws2-draft-untitled = (ancora senza nome)
ws2-draft-title = Bozza in corso
ws2-back-to-drafts = Torna alle bozze
ws2-draft-read-only = Il rispondente sta ancora compilando questo questionario: ecco le risposte date finora, in sola lettura.
ws2-started = Iniziata il
ws2-draft-no-answers = Ancora nessuna risposta.
ws2-draft-gone = Questa bozza non esiste più: è stata inviata, eliminata o cancellata.
ws2-times-in = Gli orari sono indicati nel fuso orario { $zone }.
ws2-signin-needed-no-bot = Per accedere, chieda un link di accesso a un amministratore, che lo genera sul server con «.venv/bin/intake web link --user <il Suo id Telegram>».
ws2-signin-refused-no-bot = Questo link di accesso non è valido: è già stato usato, è scaduto o non è stato emesso per un membro del personale. Ne chieda uno nuovo a un amministratore («.venv/bin/intake web link»).
ws2-signed-out-no-bot = Per accedere di nuovo, chieda un nuovo link di accesso a un amministratore («.venv/bin/intake web link»).
ws2-error-next-server = Non è stato modificato nulla. Torni all’elenco e riprovi; se il problema si ripete, avvisi un amministratore.
ws2-error-next-not-found = Controlli il riferimento o cerchi il contributo nell’elenco.
ws2-audit-gone = un contributo cancellato
ws2-audit-draft = una bozza
ws2-audit-status-change = «{ $old }» → «{ $new }»
ws2-audit-reminder-sent = inviato
ws2-audit-reminder-not-sent = invio non riuscito
ws2-audit-export-all = tutti i questionari inviati
ws2-audit-export-notes = CSV delle note
ws2-export-notes = Scarica le note (CSV)

# Esportazioni: le colonne del personale e il foglio delle note (admin/export.py).
export2-column-decided-at = Ultima decisione (UTC)
export2-column-decided-by = Decisa da
export2-column-latest-note = Ultima nota
export2-notes-sheet = Note
export2-notes-at = Quando (UTC)
export2-notes-who = Chi
export2-notes-what = Cosa
export2-notes-note = Nota
export2-notes-status = Stato: «{ $old }» → «{ $new }»
export2-notes-notified = Rispondente avvisato: «{ $status }»
export2-notes-plain = Nota

# The facets chosen, above the results.
ws2-chosen = Filtri scelti

# The list's filters beyond the search, folded until one is used.
ws2-more-filters = Altri filtri
