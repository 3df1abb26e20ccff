# La revisione con i partner: sessioni, assegnazioni, revisioni, graduatoria, decisioni.
reviews-nav-rounds = Revisioni
reviews-nav-mine = Le mie revisioni
reviews-rounds-title = Sessioni di revisione
reviews-no-rounds = Nessuna sessione di revisione per ora.
reviews-round-name = Nome
reviews-round-deadline = Scadenza
reviews-round-assigned = Assegnazioni
reviews-round-submitted = Revisioni inviate
reviews-round-open = Aprire una sessione
reviews-round-open-button = Apri la sessione
reviews-round-taken = Esiste già una sessione con questo nome.
reviews-round-invalid = Indichi un nome e una scadenza per la sessione.
reviews-all-rounds = Tutte le sessioni di revisione
reviews-deadline-on = scadenza: { $date }
reviews-closed = chiusa
reviews-assign-title = Assegnare le revisioni
reviews-assign-count = Partner per esperienza
reviews-assign-bulk = Assegna ogni esperienza inviata
reviews-assign-rules = Mai un partner del paese o dell’organizzazione dell’esperienza, né chi ha dichiarato un conflitto; prima i partner meno carichi, preferibilmente quelli che leggono la lingua del rispondente.
reviews-assign-one = Assegnare un’esperienza
reviews-assign-one-button = Assegna
reviews-assigned-count = { $count ->
    [0] Nessuna nuova assegnazione.
    [one] Una nuova assegnazione.
   *[other] { $count } nuove assegnazioni.
}
reviews-assign-conflict = Questo partner è in conflitto con l’esperienza (stesso paese o stessa organizzazione, oppure conflitto dichiarato).
reviews-short = Troppo pochi partner senza conflitti per: { $refs }
reviews-filters = Filtrare la graduatoria
reviews-any = Tutti
reviews-apply = Applica
reviews-download-csv = Scarica in CSV
reviews-download-xlsx = Scarica in Excel
reviews-ranking = Graduatoria
reviews-ranking-empty = Nessuna esperienza è ancora assegnata in questa sessione.
reviews-tick = Seleziona
reviews-tick-one = Seleziona { $ref }
reviews-col-reference = Riferimento
reviews-col-title = Esperienza
reviews-col-country = Paese
reviews-col-language = Lingua
reviews-col-in = Revisioni inviate
reviews-col-expected = Revisioni attese
reviews-col-overall = Media complessiva
reviews-col-spread = Scarto
reviews-col-disagree = Pareri discordanti
reviews-col-decision = Decisione
reviews-col-reviewers = Partner
reviews-col-reviewer = Partner
reviews-col-round = Sessione
reviews-col-state = Stato
reviews-col-submitted = Inviata il
reviews-col-comment = commento
reviews-col-recommendation = Raccomandazione
reviews-col-confidential = Commento riservato per l’EFUS
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
reviews-notify-failed = { $count ->
    [one] Non è stato possibile avvisare un rispondente.
   *[other] Non è stato possibile avvisare { $count } rispondenti.
}
reviews-sheet-ranking = Graduatoria
reviews-sheet-reviews = Revisioni
reviews-mine-title = Le mie revisioni
reviews-mine-empty = Nessuna esperienza attende la Sua revisione.
reviews-state-assigned = da fare
reviews-state-in_progress = in corso
reviews-state-submitted = inviata
reviews-state-conflict = conflitto dichiarato
reviews-review-title = Revisione
reviews-go-to-form = Vai al modulo di revisione
reviews-your-review = La Sua revisione
reviews-back = Indietro
reviews-experience = L’esperienza
reviews-contacts-hidden = I recapiti del rispondente non sono mostrati ai partner.
reviews-read-only = La sessione è chiusa: questa revisione non può più essere modificata.
reviews-staff-view = Il modulo del partner, così come è stato compilato.
reviews-comment = Commento (facoltativo)
reviews-recommendation = Raccomandazione complessiva
reviews-confidential = Commento riservato per l’EFUS
reviews-confidential-hint = Lo legge solo il personale dell’EFUS; gli altri partner non lo vedono mai.
reviews-save-draft = Salva la bozza
reviews-save-changes = Salva le modifiche
reviews-submit = Invia la revisione
reviews-saved-draft = Bozza salvata.
reviews-saved-submitted = Revisione inviata. Grazie! Ora può leggere le altre revisioni.
reviews-saved-changed = Le modifiche sono state salvate.
reviews-missing-scores = Per inviare la revisione, dia un punteggio a ogni criterio. Mancano ancora:
reviews-conflict-declare = Ho un conflitto di interessi con questa esperienza
reviews-conflict-reason = Motivo (lo leggerà il personale dell’EFUS)
reviews-conflict-button = Dichiara il conflitto e restituisci l’esperienza
reviews-others = Altre revisioni
reviews-others-after = Vedrà le altre revisioni dopo aver inviato la Sua.
reviews-others-none = Ancora nessun’altra revisione.
reviews-error-not-yours = Questa revisione non è assegnata a Lei.
reviews-error-closed = La sessione è chiusa: le revisioni non possono più essere modificate.
reviews-error-assign = Esperienza o partner sconosciuti.
reviews-error-reason = Indichi il motivo del conflitto.
# Voci del registro di audit della revisione.
ws-audit-round_opened = Sessione di revisione aperta
ws-audit-assigned = Revisione assegnata
ws-audit-conflict = Conflitto dichiarato
ws-audit-review_submitted = Revisione inviata
ws-audit-review_changed = Revisione modificata
ws-audit-reviews_export = Revisioni scaricate
# Messaggi Telegram ai partner.
reviewer-assigned = { $count ->
    [one] Un’esperienza attende la Sua revisione in «{ $round }» (scadenza: { $deadline }). Invii /web per aprirla.
   *[other] { $count } esperienze attendono la Sua revisione in «{ $round }» (scadenza: { $deadline }). Invii /web per aprirle.
}
reviewer-reminder = { $count ->
    [one] Promemoria: una revisione è ancora da completare in «{ $round }»; la scadenza è il { $deadline }. Invii /web per completarla.
   *[other] Promemoria: { $count } revisioni sono ancora da completare in «{ $round }»; la scadenza è il { $deadline }. Invii /web per completarle.
}
# intake reviews export
cli-reviews-no-round = Nessuna sessione di revisione si chiama «{ $round }».
cli-reviews-exported = { $count ->
    [one] Un’esperienza scritta in { $path }.
   *[other] { $count } esperienze scritte in { $path }.
}
cli-reviews-bad-format = Il nome del file deve terminare con .csv o .xlsx.
