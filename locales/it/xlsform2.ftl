# `intake questionnaire check`: problemi dei moduli creati altrove (KoboToolbox, ODK).

xlsform2-version-long = La versione «{ $value }» è troppo lunga (al massimo 64 caratteri).
xlsform2-repeat = La ripetizione «{ $name }» non può ancora essere posta nella chat: ponga le sue domande una sola volta, o numerate.
xlsform2-unsupported-type = Il tipo «{ $type }» non può essere posto nella chat. Tipi accettati: text, integer, decimal, date, geopoint, note, acknowledge, range, calculate, select_one, select_multiple (con or_other), file, image, begin_group, end_group.
xlsform2-media = Il file multimediale «{ $file }» non può essere mostrato nella chat: lo tolga dalla riga, o lo descriva nell’etichetta.
xlsform2-no-calculation = Il calcolo «{ $name }» non ha una formula (colonna calculation).
xlsform2-range = I parametri della scala «{ $value }» non sono supportati: scriva start=1 end=5 step=1 con numeri interi.
