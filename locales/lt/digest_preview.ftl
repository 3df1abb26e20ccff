# /digest bote: einamojo laikotarpio peržiūra.
admin-digest-preview = Einamojo laikotarpio suvestinės peržiūra – tokia, kokia ji yra dabar. Niekas neišsiųsta: suvestinė el. paštu bus išsiųsta { $when } { $recipients ->
        [one] { $recipients } gavėjui
        [few] { $recipients } gavėjams
       *[other] { $recipients } gavėjų
    }.
admin-digest-preview-caption = CSV failas, pridedamas prie suvestinės el. laiško.
