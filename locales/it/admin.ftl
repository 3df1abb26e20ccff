# Solo per gli amministratori: esportazioni, statistiche e comandi di amministrazione.

## Colonne dell’esportazione (le colonne delle domande usano i messaggi q-<domanda>-label)

export-column-reference = Riferimento
export-column-status = Stato del questionario
export-column-language = Lingua
export-column-country-code = Codice paese
export-column-created = Iniziato il (UTC)
export-column-submitted = Inviato il (UTC)
export-column-source = Fonte
# Una colonna 0/1 per ogni opzione di una domanda a scelta multipla (--choice-columns).
export-choice-column = { $question }: { $choice }
# Il testo libero inserito per l’opzione «altro», accanto alla sua colonna 0/1.
export-other-column = { $question }: { $choice } (testo)
export-sheet-title = Questionari

## Opzioni dell’esportazione, da riga di comando e nel bot

export-error-format = Formato sconosciuto «{ $value }»: scelga csv o xlsx.
export-error-status = Stato sconosciuto «{ $value }»: scelga submitted, draft o all.
export-error-language = Lingua sconosciuta «{ $value }»: scelga en, fr, it o lt.
export-error-country = Paese sconosciuto «{ $value }»: indichi un codice ISO come IT oppure il nome di un paese.
export-error-date = Data non valida «{ $value }»: usi il formato AAAA-MM-GG (ad esempio 2026-01-31).
export-error-period = La data di inizio deve essere anteriore alla data di fine.
export-error-unknown = Argomento sconosciuto «{ $value }».
export-error-stdout-xlsx = Un file XLSX non può essere scritto sull’output standard: indichi un nome di file con --out.
export-progress = Esportazione in corso
export-done =
    { $count ->
        [one] { $count } questionario esportato in { $path }.
       *[other] { $count } questionari esportati in { $path }.
    }

## Comandi di amministrazione nel bot

admin-export-usage =
    Sintassi: /export [csv|xlsx] [status=submitted|draft|all] [since=AAAA-MM-GG] [until=AAAA-MM-GG] [country=IT] [lang=en|fr|it|lt] [respondent-lang=en|fr|it|lt] [ids] [choice-columns] [no-bom]
    lang: lingua delle intestazioni e delle risposte; respondent-lang: solo i questionari compilati in quella lingua; until: giorno incluso.
    Esempio: /export xlsx status=all since=2026-01-01 country=IT lang=fr
admin-export-empty = Nessun questionario corrisponde a questi criteri.
admin-export-too-large = Il file è troppo grande per essere inviato qui ({ $size } MB; il limite è di { $max } MB). Restringa i criteri oppure usi la riga di comando: intake export.
admin-export-caption =
    { $count ->
        [one] { $count } questionario
       *[other] { $count } questionari
    }
admin-export-failed = L’esportazione non è riuscita; l’errore è stato registrato.
admin-stats-failed = Non è stato possibile calcolare le statistiche; l’errore è stato registrato.
admin-digest-unavailable = Il riepilogo non è disponibile: l’invio delle e-mail non è configurato.
admin-digest-failed = Non è stato possibile inviare il riepilogo; l’errore è stato registrato.

## Statistiche

stats-title = Statistiche al { $time } (UTC)
stats-by-status = Questionari — inviati: { $submitted } · in compilazione: { $drafts } · ritirati: { $withdrawn }
stats-period =
    { $days ->
        [one] Ultimo giorno
       *[other] Ultimi { $days } giorni
    } — inviati: { $submitted } · iniziati: { $started } · rispondenti attivi: { $active }
stats-drafts =
    Questionari in compilazione: { $drafts }, di cui { $recent } modificati { $days ->
        [one] nell’ultimo giorno
       *[other] negli ultimi { $days } giorni
    }
stats-by-language = Inviati, per lingua: { $list }
stats-by-country = Inviati, per paese: { $list }
stats-list-item = { $name }: { $count }
stats-more-countries =
    { $count ->
        [one] { $count } altro paese: { $total }
       *[other] altri { $count } paesi: { $total }
    }
stats-none = nessuno
stats-unknown = n.d.
