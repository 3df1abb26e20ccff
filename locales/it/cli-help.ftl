# `intake --help`, descrizioni delle opzioni ed errori d'uso (app/cli_help.py), in STAFF_LANGUAGE.

cli-usage = Uso:
cli-usage-options = [OPZIONI]
cli-usage-command = COMANDO [ARGOMENTI]…
cli-arguments = Argomenti:
cli-options = Opzioni:
cli-commands = Comandi:
cli-option-help = Mostra questo aiuto ed esce.
cli-default = predefinito: { $value }
cli-required = obbligatorio
cli-metavar-str = TESTO
cli-metavar-int = NUMERO
cli-metavar-float = NUMERO
cli-metavar-path = PERCORSO
cli-metavar-list-int = NUMERI
cli-metavar-value = VALORE
cli-metavar-file = FILE
cli-metavar-ids = NUMERI

cli-error = Errore: { $message }
cli-error-see-help = Per l’aiuto, scriva: { $command }
cli-aborted = Interrotto.
cli-error-no-such-option = l’opzione { $name } non esiste.
cli-error-no-such-option-suggest = l’opzione { $name } non esiste (forse intendeva { $options }?).
cli-error-option-no-value = l’opzione { $name } non accetta valori.
cli-error-needs-value = l’opzione { $name } richiede un valore.
cli-error-missing-option = l’opzione { $name } è obbligatoria.
cli-error-missing-argument = manca { $name }.
cli-error-no-such-file = { $name }: «{ $value }» non esiste.
cli-error-bad-path = { $name }: «{ $value }» non è del tipo giusto (un file dove è attesa una cartella, o viceversa).
cli-error-not-a-number = { $name } richiede un numero intero, non «{ $value }».
cli-error-bad-value = «{ $value }» non è un valore valido per { $name }.
cli-error-not-a-number-unnamed = { $name } richiede un numero intero.
cli-error-bad-value-unnamed = questo valore non è valido per { $name }.
cli-error-no-such-command = il comando «{ $name }» non esiste. Comandi: { $commands }.
cli-error-extra-arguments = troppi argomenti ({ $arguments }).
cli-error-missing-command = manca un comando.
cli-error-usage = questa riga di comando non è valida.

cli-help = CECOPS Intake: il questionario su Telegram e nel terminale, lo spazio del personale, le esportazioni e la gestione.
cli-help-export =
    Esporta i questionari in CSV o XLSX, una riga per questionario.
    Le date si riferiscono all’ora di invio (all’ora di inizio per le bozze e per --status all).
cli-option-export-out = File da scrivere; «-» scrive il CSV sull’output standard.
cli-option-export-fmt = csv o xlsx (predefinito: secondo l’estensione di --out, altrimenti csv).
cli-option-export-status = submitted (inviati), draft (bozze) o all (tutti).
cli-option-export-since = Da questo giorno (AAAA-MM-GG, UTC) o da questa data e ora ISO 8601, incluso.
cli-option-export-until = Fino a questo giorno incluso (AAAA-MM-GG, UTC), o prima di questa data e ora.
cli-option-export-lang = Lingua delle intestazioni e delle risposte (predefinita: STAFF_LANGUAGE).
cli-option-export-respondent-lang = Solo i questionari compilati in questa lingua (en, fr, it, lt).
cli-option-export-country = Solo questo Paese: codice ISO (IT) o nome.
cli-option-export-ids = Intesta le colonne con l’identificativo della domanda invece dell’etichetta.
cli-option-export-choice-columns = Una colonna 0/1 per ogni scelta delle domande a scelta multipla.
cli-option-export-no-bom = CSV senza il byte order mark (BOM) UTF-8.
cli-help-digest = Mostra (--preview) o invia (--send) il resoconto dell’ultimo periodo concluso.
cli-option-digest-preview = Mostra il resoconto dell’ultimo periodo.
cli-option-digest-send = Invia subito il resoconto dell’ultimo periodo.
cli-help-doctor = Controlla questa installazione: impostazioni, Telegram, database, e-mail, disco. Codice di uscita 1 se un controllo non riesce.
cli-option-doctor-send-test = Invia anche un’e-mail di prova a EFUS_INBOX.
cli-help-chat = Compila il questionario nel terminale; per riprendere, esca e rilanci il comando.
cli-option-chat-lang = Lingua: en, fr, it, lt.
cli-option-chat-user = Numero del rispondente locale: ogni numero ha il proprio questionario.
cli-help-run = Avvia il bot Telegram: long polling, oppure un server webhook se WEBHOOK_URL è impostato.
cli-help-db = Schema e manutenzione del database.
cli-help-db-backup = Esegue il backup del database in FILE mentre il bot resta in funzione (SQLite); per PostgreSQL, spiega come fare.
cli-argument-db-backup-file = Il file di backup da scrivere (non deve esistere).
cli-help-db-restore = Ripristina FILE nel database vuoto di DATABASE_URL e lo migra allo schema più recente.
cli-argument-db-restore-file = Un backup scritto da «intake db backup».
cli-help-db-upgrade = Crea lo schema del database o lo migra all’ultima versione.
cli-help-db-purge = Elimina le bozze inattive da DRAFT_RETENTION_DAYS giorni e i vecchi record di idempotenza.
cli-help-outbox = La coda delle e-mail in uscita: invia ciò che è dovuto, la elenca, ritenta gli invii non riusciti.
cli-help-outbox-send = Invia tutte le e-mail dovute adesso (il bot lo fa da sé; questo comando serve per cron).
cli-option-outbox-send-quiet = Non mostra nulla se non è stato fatto nulla.
cli-help-outbox-list = Elenca le e-mail in attesa di invio e quelle non recapitate in via definitiva.
cli-option-outbox-list-show-all = Elenca anche le e-mail già inviate.
cli-help-outbox-retry = Rimette in coda le e-mail non recapitate (dopo aver corretto ciò che le ha fatte rifiutare dal server).
cli-argument-outbox-retry-ids = Numeri delle e-mail non recapitate (vedi «intake outbox list»).
cli-option-outbox-retry-all-dead = Ritenta tutte le e-mail non recapitate.
cli-help-questionnaire = Il questionario come cartella di lavoro XLSForm (Excel, LibreOffice).
cli-help-questionnaire-export = Scrive il questionario in uso, nelle quattro lingue, come cartella di lavoro XLSForm.
cli-option-questionnaire-export-out = Il file .xlsx da scrivere.
cli-help-questionnaire-check = Elenca in una volta tutti i problemi di una cartella di lavoro (foglio, riga, colonna); codice di uscita 1 se ce ne sono.
cli-argument-questionnaire-check-file = La cartella di lavoro .xlsx da controllare.
cli-help-questionnaire-import = Dopo un controllo senza problemi, scrive questionnaire.yaml e i quattro file questionnaire.ftl.
cli-argument-questionnaire-import-file = La cartella di lavoro .xlsx da importare.
cli-option-questionnaire-import-yaml-path = Dove scrivere il file YAML.
cli-option-questionnaire-import-locales = Cartella che contiene le cartelle delle lingue.
cli-help-web = Lo spazio del personale (pagine web).
cli-help-web-link = Mostra un link di accesso monouso (valido 15 minuti) per un membro del personale.
cli-option-web-link-user = ID utente Telegram (in ADMIN_IDS o STAFF_IDS).

cli-option-export-notes = CSV: le note del personale su questi questionari al posto delle risposte (il file XLSX le contiene comunque).
cli-help-guide =
    Scrive la guida alle buone pratiche: le esperienze i cui rispondenti hanno acconsentito alla pubblicazione.
    Le esperienze escluse, e il testo libero che nomina ancora ciò che non va pubblicato, vengono elencati.
cli-option-guide-lang = Lingua della guida: en, fr, it o lt.
cli-option-guide-out = File da scrivere: guide.docx o guide.pdf.
cli-option-guide-status = Stato dell’esame delle esperienze da includere nella guida, oppure all (tutte).
cli-option-guide-reference = Solo questa esperienza (da ripetere per indicarne più di una).
cli-option-guide-order = country (Paese), activity (attività) o manual (predefinito: l’ordine scelto nella pagina Guida).

cli-help-people = Le persone dello spazio del personale (nomi, ruoli).
cli-help-people-add = Aggiunge una persona (o la aggiorna: l’ID Telegram fa da chiave).
cli-option-people-add-user = ID utente Telegram.
cli-option-people-add-name = Nome, come appare ovunque la persona intervenga.
cli-option-people-add-role = admin, staff o reviewer (amministrazione, personale o valutazione).
cli-option-people-add-org = Organizzazione.
cli-option-people-add-country = Codice del Paese di due lettere, ad esempio GB.
cli-option-people-add-reads = Lingue che la persona legge, ad esempio en,fr.
cli-help-people-list = Tutte le persone registrate: ID, ruolo, nome, organizzazione, Paese, lingue, attività.
cli-help-reviews = I turni di valutazione dei partner.
cli-help-reviews-export =
    Una riga per esperienza (medie, dispersione, conteggi, decisione), poi ogni valutazione (con i
    commenti riservati: questa esportazione è per il personale).
cli-option-reviews-export-round-name = Il nome del turno di valutazione.
cli-option-reviews-export-out = FILE.csv o FILE.xlsx.

# Perché un file non è una cartella di lavoro (intake questionnaire check/import, QUESTIONNAIRE_FILE).
xlsform-reason-missing = il file non esiste.
xlsform-reason-folder = è una cartella, non un file.
xlsform-reason-permission = permesso negato.
xlsform-reason-unreadable = il file non può essere letto.
xlsform-reason-not-xlsx = il file è danneggiato o in un altro formato (lo salvi in formato .xlsx da Excel o LibreOffice).
xlsform-reason-no-survey = non ha un foglio chiamato «survey».
xlsform-reason-too-large = una volta decompresso supera { $limit } MB.
