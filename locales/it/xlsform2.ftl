# `intake questionnaire check`: problemi dei moduli creati altrove (KoboToolbox, ODK).

xlsform2-version-long = La versione «{ $value }» è troppo lunga (al massimo 64 caratteri).
xlsform2-repeat = La ripetizione «{ $name }» contiene un’altra ripetizione o non viene mai chiusa da end_repeat: nella chat le ripetizioni possono avere un solo livello.
xlsform2-unsupported-type = Le domande di tipo «{ $type }» non possono essere poste nella chat. Tipi supportati: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (con or_other), file, image, begin_group, end_group, begin_repeat, end_repeat.
xlsform2-media = Il file audio o video «{ $file }» non può essere riprodotto nella chat: lo tolga dalla riga o lo descriva nell’etichetta.
xlsform2-no-calculation = Il campo calculate «{ $name }» non ha una formula (colonna calculation).
xlsform2-range = I parametri «{ $value }» della scala (range) non sono supportati: scriva start=1 end=5 step=1 con numeri interi.
xlsform2-import-name = Il nome «{ $name }» funziona con QUESTIONNAIRE_FILE ma non può essere scritto nei file .ftl: per importare, usi solo lettere senza accenti, cifre, - e _.
xlsform2-media-missing = L’immagine «{ $file }» non si trova accanto al file Excel: la metta nella stessa cartella del file o la tolga dalla riga.
xlsform2-choice-filter = La domanda «{ $name }» filtra le proprie scelte (choice_filter), cosa che la chat non sa fare: la suddivida in più domande, una per caso, con la colonna relevant.
