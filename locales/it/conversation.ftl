# The conversation: review pages, progress, help by situation, consent reminder, stale buttons.

# Between a label and its answer on the review.
review-separator = {": "}

# A required question the respondent's initiative has nothing to say about.
button-not-applicable = Non pertinente
answer-not-applicable = non pertinente
hint-not-applicable = Se la domanda non riguarda la Sua iniziativa, scelga «Non pertinente».

# /help: i comandi utili adesso, uno per riga.
help-commands = Ecco cosa può fare adesso:
help-command = { $command } — { $meaning }

# Prima del consenso, invece dell'informativa completa.
consent-reminder = Nulla viene registrato finché non accetta l’informativa sulla protezione dei dati riportata sopra. La preghiamo di accettare o rifiutare con i pulsanti qui sotto.
button-read-notice = 📄 Rileggi l’informativa

# Brevi note sul pulsante appena premuto (al massimo 200 caratteri).
toast-stale = Questo pulsante appartiene a un passaggio precedente; utilizzi l’ultimo messaggio.
toast-already-submitted = Questo questionario è già stato inviato (numero di riferimento { $reference }).

# Il riepilogo, una sezione per pagina.
review-page = Le Sue risposte · { $section } ({ $page }/{ $pages })
button-previous = ◀ Indietro
button-next = Avanti ▶
