# Rappels des questionnaires inachevés, et décision de l’EFUS sur une contribution.

cmd-reminders = Activer ou désactiver les rappels

reminder-text =
    Votre questionnaire CECOPS n’est pas encore terminé.
    { $answered ->
        [0] Vous n’avez encore répondu à aucune question
        [one] Vous avez répondu à { $answered } question
       *[other] Vous avez répondu à { $answered } questions
    } et { $left ->
        [0] il ne reste que la relecture et l’envoi.
        [one] il reste une partie sur { $sections }.
       *[other] il reste { $left } parties sur { $sections }.
    }
    Vos réponses sont enregistrées : vous pouvez reprendre exactement là où vous en étiez.
button-reminder-continue = Reprendre
button-reminder-stop = Ne plus recevoir de rappels

reminders-off = C’est noté : vous ne recevrez plus de rappels. Envoyez /reminders si vous souhaitez les réactiver.
reminders-on = Les rappels sont de nouveau activés : si vous laissez un questionnaire inachevé, je vous le rappellerai.
reminders-unknown = Il n’y a encore rien à vous rappeler. Envoyez /start pour commencer le questionnaire.
reminders-status-on = Les rappels sont activés : si vous laissez un questionnaire inachevé, je vous le rappellerai.
reminders-status-off = Les rappels sont désactivés : je ne vous rappellerai pas un questionnaire inachevé.
button-reminders-on = Activer les rappels
button-reminders-off = Désactiver les rappels

outcome-selected = Bonne nouvelle ! Le FESU a retenu l’expérience que vous avez partagée dans le questionnaire { $reference } (« { $title } ») pour le projet CECOPS. Merci de votre participation.
outcome-not-selected = Merci d’avoir partagé votre expérience dans le questionnaire { $reference } (« { $title } »). Le FESU l’a lue avec attention, mais ne l’a pas retenue pour le projet CECOPS à ce stade.
outcome-note = Un message de l’équipe du FESU :

digest-stalled-reminders = { $count ->
        [0] aucun rappel envoyé
        [one] 1 rappel envoyé ({ $dates })
       *[other] { $count } rappels envoyés ({ $dates })
    }
digest-stalled-stopped = interrompu à la question : { $question }
