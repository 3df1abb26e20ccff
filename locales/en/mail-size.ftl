# A submission e-mail the mail server refused as too large is sent again without its files.
mail-file-refused-size = not attached: the mail server refused the e-mail with the files as too large
