# A submission e-mail the mail server refused as too large is sent again without its files.
mail-file-refused-size = non joint : le serveur de messagerie a refusé le courriel avec les fichiers, jugé trop volumineux
