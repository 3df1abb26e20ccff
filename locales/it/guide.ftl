# La guida alle buone pratiche (guide/): tutto ciò che dice intorno alle risposte, il comando
# `intake guide` e la pagina Guida dello spazio del personale.

guide-title = Guida alle buone pratiche
guide-subtitle = Cittadini volontari impegnati nelle attività di polizia e sicurezza
guide-project = CECOPS
guide-organisation = EFUS – Forum europeo per la sicurezza urbana
guide-contents = Sommario
guide-introduction = Introduzione
guide-intro =
    Questa guida presenta esperienze di cittadini che si impegnano come volontari nelle attività di polizia e sicurezza, condivise da città e organizzazioni in risposta all’invito a presentare esperienze del progetto CECOPS e selezionate insieme ai partner del progetto.
    Ogni capitolo descrive il contesto di un’iniziativa e riporta poi le risposte alle domande dell’invito, testualmente e nella lingua in cui il rispondente le ha scritte.
guide-index-country = Indice per paese
guide-index-activity = Indice per attività
guide-scores = Valutazioni dei partner: punteggio medio per criterio
guide-criterion = Criterio
guide-mean = Punteggio medio
guide-mean-out-of = { $mean } su { $top }
guide-chapter = Capitolo
guide-page = Pagina
guide-reference = Riferimento
guide-anonymous = pubblicata senza indicare la città
guide-untitled = Esperienza { $reference }
guide-no-country = Paese non indicato
guide-unanswered = Nessuna risposta.
guide-not-applicable = Non pertinente.
guide-masked = [recapiti rimossi]
guide-answers-language = Le risposte che seguono sono riportate testualmente, in { $language }.
guide-language-en = inglese
guide-language-fr = francese
guide-language-it = italiano
guide-language-lt = lituano
guide-part-description = L’iniziativa
guide-part-scope = Ambito
guide-part-definition = Definizione
guide-part-situational = Prevenzione situazionale
guide-part-evaluation = Valutazione dell’iniziativa
guide-part-transfer = Trasferibilità
guide-part-sustainability = Sostenibilità
guide-part-ethics = Etica e garanzie
guide-part-difficulties = Difficoltà
guide-part-lessons = Insegnamenti tratti

guide-done = { $count ->
    [0] Guida salvata in { $path }, ma non contiene alcuna esperienza: nessun contributo con questo stato dell’esame ha il consenso del rispondente alla pubblicazione. Contrassegni dei contributi come «Selezionato» nello spazio del personale, oppure scelga un altro stato con --status.
    [one] Guida salvata in { $path }: un’esperienza.
   *[other] Guida salvata in { $path }: { $count } esperienze.
}
guide-left-out-refused = Esclusa: { $reference } «{ $title }» – il rispondente non ha acconsentito alla pubblicazione.
guide-left-out-unanswered = Esclusa: { $reference } «{ $title }» – la domanda sulla pubblicazione è rimasta senza risposta.
guide-left-out-not-found = Esclusa: { $reference } – nessun contributo con questo riferimento e questo stato dell’esame.
guide-warning = Da verificare: { $reference }, «{ $question }»: il testo nomina ancora { $words }.
guide-warning-masked = Da verificare: { $reference }, «{ $question }»: dal testo sono stati rimossi dei recapiti: { $words }.
guide-error-extension = Formato sconosciuto per «{ $value }»: il nome del file deve terminare con .docx o .pdf.
guide-error-status = Stato dell’esame sconosciuto «{ $value }»: usi new, in_review, selected, not_selected, on_hold o all.
guide-error-order = Ordine sconosciuto «{ $value }»: usi country, activity o manual.
guide-error-lang = Lingua sconosciuta «{ $value }»: usi en, fr, it o lt.

ws-nav-guide = Guida
guide-page-title = Guida alle buone pratiche
guide-page-lead = La guida raccoglie i contributi che hanno lo stato dell’esame scelto e per i quali il rispondente ha acconsentito alla pubblicazione; gli altri sono elencati qui sotto, con il motivo.
guide-page-make = Crea la guida
guide-page-lang = Lingua della guida
guide-page-status = Stato dell’esame
guide-page-status-all = Qualsiasi stato
guide-page-references = Solo questi riferimenti (facoltativo, separati da spazi)
guide-page-show = Mostra il contenuto della guida
guide-page-download-docx = Scarica in DOCX (modificabile)
guide-page-download-pdf = Scarica in PDF
guide-page-order = Ordine dei capitoli
guide-order-country = Per paese
guide-order-activity = Per attività
guide-order-manual = Manuale
guide-page-manual = Ordine manuale: un riferimento per riga (quelli non elencati seguono, per paese)
guide-page-save-order = Salva questo ordine
guide-page-intro = Introduzione in { $language }
guide-page-intro-hint = Lasci il campo vuoto per usare l’introduzione predefinita.
guide-page-save-intro = Salva questa introduzione
guide-page-saved = Salvato.
guide-page-chapters = { $count ->
    [0] Nessuna esperienza nella guida
    [one] Un’esperienza nella guida
   *[other] { $count } esperienze nella guida
}
guide-page-left-out = Escluse
guide-page-none-left-out = Nessuna: ogni esperienza scelta può essere pubblicata.
guide-page-warnings = Da verificare prima della pubblicazione
guide-page-warnings-hint = Queste risposte nominano ancora una città, un’organizzazione o una persona di contatto che non dovrebbe comparire. La guida le riporta così come sono state scritte: le corregga nel DOCX prima di diffonderlo (il PDF le mostra invariate). I recapiti indicati come rimossi dalla guida sono già esclusi.
guide-page-no-warnings = Nessun testo libero nomina una città, un’organizzazione o una persona di contatto che non dovrebbe nominare.
guide-page-column-reference = Riferimento
guide-page-column-title = Iniziativa
guide-page-column-reason = Motivo
guide-page-column-question = Domanda
guide-page-column-words = Parole trovate
guide-page-masked = rimosso dalla guida
guide-reason-refused = Il rispondente non ha acconsentito alla pubblicazione.
guide-reason-unanswered = La domanda sulla pubblicazione è rimasta senza risposta.
guide-reason-not-found = Nessun contributo con questo riferimento e questo stato dell’esame.
guide-error-staff-only = La guida è riservata al personale e agli amministratori.
