# Messages of the conversation, shared by the Telegram bot and the console chat.

language-name = Français
language-prompt = Veuillez choisir votre langue.
language-changed = Vous avez choisi le français. Vos réponses ont été conservées.

consent-text =
    Bienvenue sur CECOPS Intake, le questionnaire du Forum européen pour la sécurité urbaine (FESU) consacré aux citoyens volontaires qui s’engagent dans les activités de police et de sécurité (patrouilles, surveillance de la voie publique, réassurance), aux abords des écoles, la nuit ou dans les transports publics.

    Responsable du traitement : le FESU, 10, rue des Montibœufs, 75020 Paris, France. Contact : { $inbox }.

    Données collectées : vos réponses sur votre organisation et sur l’initiative, y compris vos nom, fonction et adresse électronique, votre numéro de téléphone si vous le communiquez, ainsi que l’identifiant de votre compte Telegram. Telegram traite également les messages que vous échangez avec cet assistant.

    Finalité et base légale : analyser les expériences menées en Europe et préparer le guide de bonnes pratiques CECOPS. Ce traitement repose sur votre consentement, que vous pouvez retirer à tout moment.

    Destinataires : le personnel du FESU, par courriel et sous forme d’exports de données, ainsi que les partenaires du projet CECOPS (la Police métropolitaine de Londres, l’institut de recherche RiSSC, l’Institut lituanien de droit et la Ville de Bologne). Vos coordonnées ne sont pas publiées ; l’initiative n’est présentée dans le guide que si vous l’autorisez à la fin du questionnaire.

    Durée de conservation : les réponses inachevées sont supprimées après { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sans activité. Les réponses envoyées sont conservées pendant toute la durée du projet CECOPS, à moins que vous ne les supprimiez avant.

    Vos droits : /status affiche la liste de vos questionnaires ; /delete efface en une seule fois l’ensemble de vos données (seule est conservée une mention anonyme indiquant que le consentement a été donné puis retiré). Vous pouvez également demander au FESU l’accès à vos données ou leur rectification, et introduire une réclamation auprès d’une autorité de protection des données, telle que la CNIL en France.

    Rien n’est enregistré tant que vous n’avez pas accepté.
consent-accept = J’accepte
consent-decline = Je n’accepte pas
consent-thanks = Merci. Commençons : vous pouvez vous arrêter à tout moment et reprendre plus tard là où vous en étiez.
consent-declined = C’est noté : rien n’a été enregistré. Si vous changez d’avis, envoyez /start.

progress = Partie { $section } sur { $sections } · rempli à { $percent } %
hint-optional = Cette question est facultative.
hint-multi = Sélectionnez toutes les réponses qui conviennent, puis appuyez sur « Terminé ».
hint-file = Envoyez un document ou une photo.
hint-other = Veuillez préciser votre réponse « { $choice } » :

button-back = ◀ Retour
button-skip = Passer
button-done = Terminé
button-keep = Garder la réponse actuelle
button-review = Relire mes réponses
button-submit = ✅ Envoyer
button-continue = Continuer
button-edit = ✏️ { $label }

choice-yes = Oui
choice-no = Non

review-title = Vos réponses
review-not-answered = pas encore de réponse
review-skipped = question passée
review-edit-hint = Pour modifier une réponse, choisissez-la ci-dessous.
review-complete = Tout est prêt. Veuillez vérifier vos réponses, puis les envoyer.
review-incomplete = Certaines questions attendent encore une réponse.
review-use-buttons = Veuillez utiliser les boutons ci-dessous pour modifier une réponse ou envoyer le questionnaire.
answer-other = { $choice } : { $text }
answer-file = fichier « { $name } »
answer-file-unnamed = fichier
# Narrow no-break space before the semicolon, as French typography requires.
answer-multi-separator = {"\u202F; "}

submitted =
    Merci ! Votre expérience a bien été envoyée.
    Votre numéro de référence est { $reference } ; merci de le rappeler si vous écrivez au FESU.
submitted-forwarded = Vos réponses ont été enregistrées et seront transmises au FESU par courriel.
restart-confirm = Recommencer depuis le début ? Toutes vos réponses à ce questionnaire seront supprimées.
restart-done = Vos réponses ont été effacées. Reprenons depuis le début.

info-first-question = Vous êtes à la première question.

help-text =
    Répondez à chaque question en écrivant votre réponse ou à l’aide des boutons.
    « Retour » ramène à la question précédente ; « Passer » permet de sauter une question facultative.
    Avant l’envoi, vous pouvez relire et modifier vos réponses. Vous pouvez aussi changer de langue à tout moment, ou vous arrêter et revenir plus tard : vos réponses sont enregistrées au fur et à mesure.

error-use-buttons = Veuillez utiliser les boutons ci-dessous.
error-text-expected = Veuillez répondre à cette question par écrit.
error-file-expected = Veuillez envoyer un document ou une photo, ou utiliser les boutons ci-dessous.
error-already-submitted = Ce questionnaire a déjà été envoyé (référence { $reference }). Envoyez /start pour partager une autre expérience.
error-required = Cette question est obligatoire.
error-choice = Veuillez choisir l’une des options ci-dessous.
error-pick-one = Veuillez sélectionner au moins une option.
error-empty = La réponse est vide. Veuillez saisir votre réponse.
error-too-long = Cette réponse est trop longue ({ $length } caractères ; la limite est de { $max }). Veuillez la raccourcir.
error-integer = Veuillez saisir un nombre entier compris entre { $min } et { $max }.
# Years are printed without digit grouping (2010, not 2 010).
error-year = Veuillez saisir une année comprise entre { NUMBER($min, useGrouping: 0) } et { NUMBER($max, useGrouping: 0) }, par exemple 2010.
error-email = Cette adresse électronique ne semble pas valide. Veuillez la vérifier (exemple : nom@ville.eu).
error-phone = Ce numéro de téléphone ne semble pas valide. Veuillez indiquer l’indicatif du pays, par exemple +32 2 500 12 34.
error-url = Cette adresse web semble incomplète. Veuillez saisir l’adresse complète, par exemple https://www.ville.eu/projet.
error-country = Je n’ai pas trouvé ce pays. Veuillez le choisir ci-dessous ou vérifier l’orthographe.
error-incomplete = Certaines questions obligatoires n’ont pas encore reçu de réponse.

resume-offer =
    Bonjour ! Vous avez un questionnaire inachevé ({ $answered ->
        [one] { $answered } réponse enregistrée
       *[other] { $answered } réponses enregistrées
    }). Souhaitez-vous le poursuivre ou en commencer un nouveau (les réponses inachevées seront alors supprimées) ?
button-resume = Reprendre là où j’en étais
button-new = En commencer un nouveau
new-draft-started = Vos réponses inachevées ont été supprimées. Voici un nouveau questionnaire.
pause-saved = Vos réponses sont enregistrées. Envoyez /resume quand vous souhaitez reprendre.
pause-nothing = Aucun questionnaire n’est en cours. Envoyez /start pour commencer.
error-no-draft = Aucun questionnaire n’est en cours. Envoyez /start pour partager une expérience.

status-title = Vos questionnaires :
status-none = Vous n’avez encore commencé aucun questionnaire. Envoyez /start pour commencer.
status-item = { $reference } · { $status } · { $title } · { $date }
status-untitled = (sans titre)
status-no-reference = pas encore de référence
status-draft = en cours
status-submitted = envoyé
status-withdrawn = retiré
status-submitted-triage = envoyé, { $triage }
status-triage-in_review = en cours d’examen par le FESU
status-triage-selected = retenu par le FESU
status-triage-not_selected = non retenu cette fois-ci

erase-confirm = Supprimer toutes vos données ? Vos réponses, vos questionnaires inachevés ou envoyés et vos fichiers seront définitivement effacés. Seule sera conservée une mention indiquant que le consentement a été donné puis retiré, sans rien qui permette de vous identifier.
button-erase = Oui, tout supprimer
button-cancel = Annuler
erase-done = Toutes vos données ont été supprimées. Merci de l’intérêt que vous portez au projet CECOPS.
erase-cancelled = Rien n’a été supprimé.
