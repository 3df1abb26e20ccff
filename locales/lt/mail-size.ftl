# A submission e-mail the mail server refused as too large is sent again without its files.
mail-file-refused-size = nepridėtas: pašto serveris atmetė laišką su failais kaip per didelį
