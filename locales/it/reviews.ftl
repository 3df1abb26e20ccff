# Le valutazioni dei partner: turni, assegnazioni, valutazioni, graduatoria, decisioni.
reviews-nav-rounds = Valutazioni dei partner
reviews-nav-mine = Le mie valutazioni
reviews-rounds-title = Turni di valutazione
reviews-no-rounds = Nessun turno di valutazione per ora.
reviews-round-name = Nome
reviews-round-deadline = Scadenza
reviews-round-assigned = Assegnazioni
reviews-round-submitted = Valutazioni inviate
reviews-round-open = Aprire un turno
reviews-round-open-button = Apri il turno
reviews-round-taken = Esiste già un turno con questo nome.
reviews-round-invalid = Indichi un nome e una scadenza per il turno.
reviews-all-rounds = Tutti i turni di valutazione
reviews-deadline-on = scadenza: { $date }
reviews-closed = chiuso
reviews-deadline-button = Modifica la scadenza
reviews-deadline-moved = Scadenza modificata. Le valutazioni si possono scrivere e modificare fino alla fine di quel giorno.
reviews-assign-closed = Il turno è chiuso: nessuno potrebbe più scrivere le valutazioni. Un amministratore può prorogarne la scadenza per riaprirlo.
reviews-assign-title = Assegnare le valutazioni
reviews-assign-count = Partner per esperienza
reviews-assign-bulk = Assegna tutte le esperienze inviate
reviews-assign-rules = Mai un partner del Paese o dell’organizzazione dell’esperienza, né chi ha dichiarato un conflitto; prima i partner meno impegnati, preferibilmente quelli che leggono la lingua del rispondente.
reviews-assign-one = Assegnare un’esperienza
reviews-assign-one-button = Assegna
reviews-assigned-count = { $count ->
    [0] Nessuna nuova assegnazione.
    [one] Una nuova assegnazione.
   *[other] { $count } nuove assegnazioni.
}
reviews-assign-conflict = Questo partner è in conflitto con l’esperienza (stesso Paese o stessa organizzazione, oppure conflitto dichiarato).
reviews-short = Non ci sono abbastanza partner senza conflitti per: { $refs }
reviews-filters = Filtrare la graduatoria
reviews-any = Qualsiasi
reviews-apply = Applica
reviews-download-csv = Scarica in CSV
reviews-download-xlsx = Scarica in Excel
reviews-ranking = Graduatoria
reviews-ranking-empty = In questo turno non è ancora stata assegnata alcuna esperienza.
reviews-tick = Seleziona
reviews-tick-one = Seleziona { $ref }
reviews-col-reference = Riferimento
reviews-col-title = Esperienza
reviews-col-country = Paese
reviews-col-language = Lingua
reviews-col-in = Valutazioni inviate
reviews-col-expected = Valutazioni attese
reviews-col-overall = Media complessiva
reviews-col-spread = Scarto
reviews-col-disagree = Pareri discordanti
reviews-col-decision = Decisione
reviews-col-reviewers = Partner
reviews-col-reviewer = Partner
reviews-col-round = Turno
reviews-col-state = Stato
reviews-col-submitted = Inviata il
reviews-col-comment = commento
reviews-col-recommendation = Raccomandazione
reviews-col-confidential = Commento riservato all’EFUS
reviews-disagree = Pareri discordanti
reviews-yes = sì
reviews-conflict-why = conflitto: { $reason }
reviews-decide-ticked = Decisione per le esperienze selezionate
reviews-decide = Registra la decisione
reviews-decided-count = { $count ->
    [0] Nessuna esperienza era selezionata.
    [one] Decisione registrata per un’esperienza.
   *[other] Decisione registrata per { $count } esperienze.
}
reviews-told-count = { $count ->
    [one] Un rispondente è stato avvisato su Telegram.
   *[other] { $count } rispondenti sono stati avvisati su Telegram.
}
reviews-notify-failed = { $count ->
    [one] Non è stato possibile avvisare un rispondente.
   *[other] Non è stato possibile avvisare { $count } rispondenti.
}
reviews-sheet-ranking = Graduatoria
reviews-sheet-reviews = Valutazioni
reviews-mine-title = Le mie valutazioni
reviews-mine-empty = Nessuna esperienza attende la Sua valutazione.
reviews-state-assigned = da fare
reviews-state-in_progress = in corso
reviews-state-submitted = inviata
reviews-state-conflict = conflitto dichiarato
reviews-state-gone = accesso disattivato, non conteggiata
reviews-review-title = Valutazione del partner
reviews-go-to-form = Vai al modulo di valutazione
reviews-your-review = La Sua valutazione
reviews-back = Indietro
reviews-experience = L’esperienza
reviews-contacts-hidden = I recapiti del rispondente non sono mostrati ai partner.
reviews-read-only = Il turno è chiuso: questa valutazione non può più essere modificata.
reviews-staff-view = Il modulo così come è stato compilato dal partner.
reviews-comment = Commento (facoltativo)
reviews-recommendation = Raccomandazione complessiva
reviews-confidential = Commento riservato all’EFUS
reviews-confidential-hint = Lo legge solo il personale dell’EFUS; gli altri partner non lo vedono mai.
reviews-save-draft = Salva la bozza
reviews-save-changes = Salva le modifiche
reviews-submit = Invia la valutazione
reviews-saved-draft = Bozza salvata.
reviews-saved-submitted = Valutazione inviata. Grazie! Ora può leggere le altre valutazioni.
reviews-saved-changed = Le modifiche sono state salvate.
reviews-stale = Nel frattempo questa valutazione è stata salvata da un’altra scheda o finestra. Qui sotto trova ciò che stava per salvare: salvi di nuovo per mantenerlo, oppure ricarichi la pagina per vedere l’altra versione.
reviews-missing-scores = Per inviare la valutazione, attribuisca un punteggio a ogni criterio. Mancano ancora:
reviews-conflict-declare = Ho un conflitto di interessi con questa esperienza
reviews-conflict-reason = Motivo (lo leggerà il personale dell’EFUS)
reviews-conflict-button = Dichiara il conflitto e restituisci l’esperienza
reviews-conflict-declared = Conflitto dichiarato: l’esperienza torna all’EFUS, che la affiderà a un altro partner.
reviews-others = Altre valutazioni
reviews-others-after = Vedrà le altre valutazioni dopo aver inviato la Sua.
reviews-others-none = Non ci sono ancora altre valutazioni.
reviews-error-not-yours = Questa valutazione non è assegnata a Lei.
reviews-error-closed = Il turno è chiuso: le valutazioni non possono più essere modificate.
reviews-error-assign = Nessuna esperienza inviata ha questo riferimento, oppure questo partner non è più attivo.
reviews-error-conflict-late = Il conflitto va dichiarato prima di inviare la valutazione e finché il turno è aperto. Se occorre ritirare una valutazione già inviata, scriva all’EFUS.
reviews-error-reason = Indichi il motivo del conflitto.
# Voci del registro di audit delle valutazioni.
ws-audit-round_deadline = Scadenza del turno modificata
ws-audit-round_opened = Turno di valutazione aperto
ws-audit-assigned = Valutazione assegnata
ws-audit-conflict = Conflitto dichiarato
ws-audit-review_submitted = Valutazione inviata
ws-audit-review_changed = Valutazione modificata
ws-audit-reviews_export = Valutazioni scaricate
# Messaggi Telegram ai partner.
reviewer-assigned = { $count ->
    [one] Un’esperienza attende la Sua valutazione nel turno «{ $round }» (scadenza: { $deadline }). Invii /web per aprirla.
   *[other] { $count } esperienze attendono la Sua valutazione nel turno «{ $round }» (scadenza: { $deadline }). Invii /web per aprirle.
}
reviewer-reminder = { $count ->
    [one] Promemoria: nel turno «{ $round }» una valutazione è ancora da completare (scadenza: { $deadline }). Invii /web per completarla.
   *[other] Promemoria: nel turno «{ $round }» { $count } valutazioni sono ancora da completare (scadenza: { $deadline }). Invii /web per completarle.
}
# intake reviews export
cli-reviews-no-round = Nessun turno di valutazione si chiama «{ $round }».
cli-reviews-exported = { $count ->
    [one] Un’esperienza esportata in { $path }.
   *[other] { $count } esperienze esportate in { $path }.
}
cli-reviews-rounds = Turni di valutazione: { $names }
cli-reviews-bad-format = Il nome del file deve terminare con .csv o .xlsx.
