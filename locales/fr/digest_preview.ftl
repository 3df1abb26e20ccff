# /digest dans le bot : un aperçu de la période en cours.
admin-digest-preview = Aperçu du récapitulatif de la période en cours, tel qu’il se présente maintenant. Rien n’a été envoyé : le récapitulatif sera envoyé par courriel le { $when } à { $recipients ->
        [one] un destinataire
       *[other] { $recipients } destinataires
    }.
admin-digest-preview-caption = Le fichier CSV joint au courriel du récapitulatif.
