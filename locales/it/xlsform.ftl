# Il questionario come cartella di lavoro XLSForm: `intake questionnaire export | check | import`.

xlsform-where = { $sheet }, riga { $row }, colonna { $column }
xlsform-problem = { $where }: { $problem }
xlsform-other = Altro
xlsform-constraint-length = La preghiamo di limitare la risposta a { $max } caratteri.
xlsform-constraint-at-least = La preghiamo di inserire un numero intero pari ad almeno { $min }.
xlsform-constraint-year = Inserisca un anno non anteriore al { NUMBER($min, useGrouping: 0) } e non successivo di oltre { $ahead } anni a quello in corso.

xlsform-exported = Versione { $version } del questionario salvata in { $path }.
xlsform-check-ok = { $path }: nessun problema. Questionario versione { $version }, { $count } domande.
xlsform-check-failed = { $path }: { $count ->
    [one] un problema
   *[other] { $count } problemi
} da correggere.
xlsform-imported = Versione { $version } del questionario importata: scritti { $yaml } e { $count } file di lingua.
xlsform-unreadable = Impossibile leggere { $path } come cartella di lavoro XLSX: { $reason }
xlsform-startup-failed = Il file del questionario { $path } (QUESTIONNAIRE_FILE) non può essere utilizzato:

xlsform-language = Lingua predefinita sconosciuta: indichi English (en), Français (fr), Italiano (it) o Lietuvių (lt).
xlsform-version = La versione «{ $value }» non è un numero intero (ad esempio 2).
xlsform-missing-translation = Manca il testo in { $language ->
    [en] inglese
    [fr] francese
    [it] italiano
   *[lt] lituano
}.
xlsform-missing-column = Manca la colonna «{ $column }».
xlsform-bad-choice = Il nome della scelta «{ $name }» non deve essere vuoto né contenere spazi.
xlsform-duplicate-choice = La scelta «{ $name }» compare due volte in questo elenco.
xlsform-end-group = Questo end_group non è preceduto da alcun begin_group.
xlsform-open-group = Il gruppo «{ $name }» non viene mai chiuso con end_group.
xlsform-no-type = La riga «{ $name }» non ha un tipo.
xlsform-no-questions = Il foglio survey non contiene alcuna domanda.
xlsform-definition = Il questionario non è coerente: { $detail }
xlsform-bad-name = Il nome «{ $name }» deve iniziare con una lettera o un trattino basso, seguito da lettere, cifre, trattini, punti o trattini bassi.
xlsform-duplicate-name = Il nome «{ $name }» è già usato alla riga { $first }.
xlsform-unknown-type = Il tipo «{ $type }» non è supportato. Tipi accettati: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (con or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform-kind-mismatch = L’intake:kind «{ $kind }» non corrisponde al tipo «{ $type }».
xlsform-required = Il valore «{ $value }» di required deve essere yes o no.
xlsform-no-list = L’elenco di scelte «{ $list }» non esiste nel foglio choices.
xlsform-yesno = Una domanda sì/no richiede un elenco con esattamente le scelte yes e no («{ $list }»).
xlsform-other-choice = La scelta «altro» «{ $choice }» non è nell’elenco «{ $list }».
xlsform-constraint = Il vincolo «{ $value }» non è supportato. Forme accettate: . >= N e . <= N per i numeri, string-length(.) <= N per il testo.
xlsform-kind-changed = La domanda «{ $name }» era di tipo { $before } e diventerebbe { $after }: le risposte già date cambierebbero significato. La preghiamo di dare un nuovo nome alla nuova domanda.
xlsform-expr-unexpected = «{ $token }» inatteso nell’espressione. Forme accettate: q = 'v', q != 'v', selected(q, 'v'), confronti con numeri, and, or, not(…), parentesi.
xlsform-expr-empty = L’espressione è vuota.
xlsform-expr-end = L’espressione termina troppo presto.
xlsform-expr-function = «{ $name }» non è supportato in un’espressione; lo sono solo selected(…) e not(…).
xlsform-expr-whole-number = Si possono confrontare solo numeri interi («{ $token }»).
xlsform-expr-text-order = Un testo («{ $token }») si può confrontare solo con = o !=.
xlsform-expr-unknown-question = L’espressione fa riferimento a «{ $name }», che non è una domanda precedente.
xlsform-expr-not-choice = La domanda «{ $name }» non è a scelta: usi un numero o selected(…) solo dove è appropriato.
xlsform-expr-unknown-choice = La domanda «{ $name }» non ha la scelta «{ $choice }».
xlsform-expr-not-number = La domanda «{ $name }» non prevede un numero come risposta.
