# A submission e-mail the mail server refused as too large is sent again without its files.
mail-file-refused-size = non allegato: il server di posta ha rifiutato l’e-mail con i file perché troppo grande
