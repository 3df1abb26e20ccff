# /digest nel bot: un'anteprima del periodo in corso.
admin-digest-preview =
    Anteprima del resoconto del periodo in corso, così com’è adesso. Non è stato inviato nulla: il resoconto sarà inviato via e-mail il { $when } a { $recipients ->
        [one] un destinatario
       *[other] { $recipients } destinatari
    }.
admin-digest-preview-caption = Il file CSV allegato all’e-mail del resoconto.
