# `intake questionnaire check`: problemi dei moduli creati altrove (KoboToolbox, ODK).

xlsform2-version-long = La versione «{ $value }» è troppo lunga (al massimo 64 caratteri).
xlsform2-repeat = La ripetizione «{ $name }» contiene un’altra ripetizione o non è mai chiusa da end_repeat: la chat pone le ripetizioni su un solo livello.
xlsform2-unsupported-type = Il tipo «{ $type }» non può essere posto nella chat. Tipi accettati: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (con or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = Il suono o il video «{ $file }» non può essere riprodotto nella chat: lo tolga dalla riga, o lo descriva nell’etichetta.
xlsform2-no-calculation = Il calcolo «{ $name }» non ha una formula (colonna calculation).
xlsform2-range = I parametri della scala «{ $value }» non sono supportati: scriva start=1 end=5 step=1 con numeri interi.
xlsform2-import-name = Il nome «{ $name }» funziona con QUESTIONNAIRE_FILE ma non può essere scritto nei file .ftl: per importare, usi solo lettere senza accenti, cifre, - e _.
xlsform2-media-missing = L’immagine «{ $file }» non è accanto alla cartella di lavoro: metta il file nella stessa cartella, o la tolga dalla riga.
xlsform2-choice-filter = La domanda «{ $name }» filtra le sue scelte (choice_filter), cosa che la chat non sa fare: la divida in una domanda per caso, con relevant.
