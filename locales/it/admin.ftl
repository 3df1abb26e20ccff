# Administrators only: exports, statistics and the admin commands.

## Export columns (the question columns are headed by the q-<question>-label messages)

export-column-reference = Numero di riferimento
export-column-status = Stato del questionario
export-column-language = Lingua di compilazione
export-column-country-code = Codice Paese
export-column-created = Data di inizio (UTC)
export-column-submitted = Data di invio (UTC)
export-column-source = Provenienza
# One 0/1 column per choice of a multiple-choice question (--choice-columns).
export-choice-column = { $question }: { $choice }
# The free text typed for the "other" choice, next to its 0/1 column.
export-other-column = { $question }: { $choice } (testo)
export-sheet-title = Questionari

## Export options, on the command line and in the bot

export-error-format = Formato «{ $value }» non riconosciuto: scelga csv o xlsx.
export-error-status = Stato «{ $value }» non riconosciuto: scelga submitted, draft o all.
export-error-language = Lingua «{ $value }» non riconosciuta: scelga en, fr, it o lt.
export-error-country = Paese «{ $value }» non riconosciuto: indichi un codice ISO (ad esempio IT) oppure il nome di un Paese.
export-error-date = Data «{ $value }» non valida: utilizzi il formato AAAA-MM-GG (ad esempio 2026-01-31).
export-error-period = La data di inizio deve essere precedente alla data di fine.
export-error-unknown = Argomento «{ $value }» non riconosciuto.
export-error-stdout-xlsx = Non è possibile scrivere un file XLSX sullo standard output: indichi un nome di file con --out.
export-progress = Esportazione in corso
export-done =
    { $count ->
        [one] { $count } questionario esportato in { $path }.
       *[other] { $count } questionari esportati in { $path }.
    }

## Admin commands in the bot

admin-export-usage =
    Sintassi: /export [csv|xlsx] [status=submitted|draft|all] [since=AAAA-MM-GG] [until=AAAA-MM-GG] [country=IT] [lang=en|fr|it|lt] [respondent-lang=en|fr|it|lt] [ids] [choice-columns] [no-bom]
    lang: lingua delle intestazioni e delle risposte; respondent-lang: solo i questionari compilati in quella lingua; until: giorno indicato incluso.
    Esempio: /export xlsx status=all since=2026-01-01 country=IT lang=fr
admin-export-empty = Nessun questionario corrisponde a questi filtri.
admin-export-too-large = Il file è troppo grande per essere inviato qui ({ $size } MB; il limite è di { $max } MB). Restringa i filtri oppure utilizzi la riga di comando: intake export.
admin-export-caption =
    { $count ->
        [one] { $count } questionario
       *[other] { $count } questionari
    }
admin-export-failed = L’esportazione non è riuscita; l’errore è stato registrato.
admin-stats-failed = Non è stato possibile calcolare le statistiche; l’errore è stato registrato.
admin-digest-unavailable = Il resoconto non è disponibile: l’invio delle e-mail non è configurato.
admin-digest-failed = Non è stato possibile inviare il resoconto; l’errore è stato registrato.

## Statistics

stats-title = Statistiche aggiornate al { $time } (UTC)
stats-by-status = Questionari — inviati: { $submitted } · in compilazione: { $drafts } · ritirati: { $withdrawn }
stats-period =
    { $days ->
        [one] Ultimo giorno
       *[other] Ultimi { $days } giorni
    } — inviati: { $submitted } · iniziati: { $started } · rispondenti attivi: { $active }
stats-drafts =
    Questionari in compilazione: { $drafts }, di cui { $recent } { $recent ->
        [one] modificato
       *[other] modificati
    } { $days ->
        [one] nell’ultimo giorno
       *[other] negli ultimi { $days } giorni
    }
stats-by-language = Inviati, per lingua: { $list }
stats-by-country = Inviati, per Paese: { $list }
stats-list-item = { $name }: { $count }
stats-more-countries =
    { $count ->
        [one] un altro Paese: { $total }
       *[other] altri { $count } Paesi: { $total }
    }
stats-none = nessuno
stats-unknown = non indicato
