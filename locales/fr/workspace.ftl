# L’espace de l’équipe (pages web), la commande /web et `intake web`.
ws-app-name = CECOPS Intake — espace de l’équipe
ws-skip-to-content = Aller au contenu
ws-nav-label = Rubriques principales
ws-nav-submissions = Contributions
ws-nav-drafts = Brouillons en cours
ws-nav-overview = Vue d’ensemble
ws-nav-audit = Journal d’audit
ws-language = Langue
ws-language-apply = Changer
ws-sign-out = Se déconnecter
ws-back-to-list = Retour à la liste

ws-signin-title = Connexion à l’espace de l’équipe
ws-signin-explain = Ce lien ne sert qu’une fois et expire 15 minutes après son envoi.
ws-signin-button = Se connecter
ws-signin-needed = Veuillez vous connecter : envoyez /web au bot sur Telegram et ouvrez le lien qu’il vous donne.
ws-signin-refused = Ce lien de connexion n’est pas valable : il a déjà servi, il a expiré, ou il n’a pas été délivré à un membre de l’équipe. Envoyez /web au bot pour en obtenir un nouveau.
ws-signed-out-title = Session fermée
ws-signed-out-text = Pour vous reconnecter, envoyez /web au bot sur Telegram.

ws-error-title = Erreur { $status }
ws-not-found = Rien n’a été trouvé à cette adresse. La contribution a peut-être été effacée.
ws-error-csrf = Ce formulaire a expiré ou ne provient pas de l’espace de l’équipe. Veuillez recharger la page et réessayer.
ws-error-admin-only = Seuls les administrateurs peuvent effectuer cette action.
ws-error-status = Statut de questionnaire inconnu : le filtre a été ignoré.
ws-error-triage = Statut de tri inconnu.
ws-error-country = Pays inconnu : indiquez un code à deux lettres ou le nom d’un pays. Le filtre a été ignoré.
ws-error-language = Langue inconnue : le filtre a été ignoré.
ws-error-activity = Activité inconnue : le filtre a été ignoré.
ws-error-date = Les dates s’écrivent AAAA-MM-JJ : la date a été ignorée.
ws-error-period = La date de début doit précéder la date de fin : les dates ont été ignorées.
ws-error-internal = Une erreur s’est produite sur le serveur. Rien n’a été modifié ; veuillez réessayer. Si cela se reproduit, prévenez un administrateur.

ws-list-title = Contributions
ws-filter-search = Rechercher dans les réponses
ws-filter-status = Questionnaire
ws-filter-triage = Statut de tri
ws-filter-country = Pays
ws-filter-language = Langue de la personne répondante
ws-filter-activity = Activité
ws-filter-since = Du
ws-filter-until = Au
ws-filter-apply = Appliquer
ws-filter-reset = Effacer les filtres
ws-any = Tous
ws-facets = Affiner
ws-results = { $count ->
    [one] Une contribution
   *[other] { $count } contributions
}
ws-no-results = Aucune contribution ne correspond à ces filtres.
ws-export-csv = Télécharger en CSV
ws-export-xlsx = Télécharger en Excel (XLSX)
ws-pages = Pages
ws-previous = Précédente
ws-next = Suivante
ws-page-of = Page { $page } sur { $pages }
ws-erased = Les données de la personne répondante ({ $reference }) ont été effacées.

ws-col-reference = Référence
ws-col-initiative = Initiative
ws-col-city = Ville
ws-col-country = Pays
ws-col-language = Langue
ws-col-submitted = Envoyée le
ws-col-triage = Statut de tri
ws-col-organisation = Organisation
ws-col-last-activity = Dernière activité
ws-col-answers = Réponses données
ws-col-stopped-at = Dernière étape
ws-col-reminder = Rappel

ws-qstatus = Questionnaire
ws-qstatus-submitted = Envoyé
ws-qstatus-draft = En cours
ws-qstatus-all = Tous
ws-qstatus-withdrawn = Retiré

ws-triage-new = Nouvelle
ws-triage-in_review = En cours d’examen
ws-triage-selected = Retenue
ws-triage-not_selected = Non retenue
ws-triage-on_hold = En attente

ws-consent-time = Consentement donné le
ws-source = Source (lien)
ws-labels-show-respondent = Afficher les questions dans la langue de la personne répondante ({ $language })
ws-labels-in-respondent = Questions affichées en { $language }.
ws-labels-show-staff = Les afficher dans ma langue
ws-skipped = Question passée
ws-unanswered = Sans réponse
ws-file = Fichier
ws-file-not-downloadable = téléchargement indisponible : le bot n’est pas configuré sur ce serveur
ws-file-unavailable = Telegram n’a pas fourni ce fichier (il est peut-être trop volumineux ou n’est plus disponible).

ws-triage-title = Tri
ws-status-save = Enregistrer le statut
ws-notify-respondent = Prévenir la personne répondante (uniquement pour « Retenue » et « Non retenue »)
ws-notify-note = Message pour la personne répondante (facultatif ; envoyé tel quel : écrivez-le dans sa langue)
ws-note-label = Ajouter une note pour l’équipe
ws-note-add = Ajouter la note
ws-history = Historique
ws-event-started = Questionnaire commencé
ws-event-submitted = Envoyé
ws-event-emailed = Envoyé par courriel au FESU
ws-event-mail_failed = Le courriel au FESU n’a pas pu être envoyé
ws-event-status = { $who } a changé le statut de « { $old } » en « { $new } »
ws-event-note = Note de { $who } :
ws-event-notified = { $who } a prévenu la personne répondante : « { $status } »

ws-erase-title = Effacer les données de la personne répondante
ws-erase-explain = Cette action efface tout ce que cette personne a envoyé — tous ses questionnaires, réponses et fichiers —, exactement comme le ferait sa propre commande /delete. Elle est irréversible.
ws-erase-confirm = Je comprends que cette action est irréversible
ws-erase-button = Effacer les données de la personne répondante

ws-drafts-title = Brouillons en cours
ws-drafts-count = { $count ->
    [one] Un questionnaire est en cours de saisie.
   *[other] { $count } questionnaires sont en cours de saisie.
}
ws-remind-now = Envoyer un rappel maintenant
ws-reminder-sent = Le rappel a été envoyé.
ws-reminder-failed = Le rappel n’a pas pu être envoyé.
ws-phase-language = Choix de la langue
ws-phase-consent = Lecture de la notice de consentement
ws-phase-question = Une question
ws-phase-other = Une question
ws-phase-review = Relecture avant l’envoi
ws-phase-restart = Confirmation avant de recommencer
ws-phase-submitted = Envoyé
ws-phase-declined = Consentement refusé
ws-phase-unknown = Inconnu

ws-overview-title = Vue d’ensemble
ws-chart-country = Contributions par pays
ws-chart-activity = Contributions par activité
ws-chart-setting = Contributions par cadre d’intervention
ws-chart-month = Contributions par mois
ws-chart-funnel = Du consentement à l’envoi
ws-chart-stops = Où les personnes répondantes s’arrêtent (brouillons en cours)
ws-funnel-consented = Consentement donné
ws-funnel-started = Questionnaires avec des réponses
ws-funnel-submitted = Envoyés
ws-funnel-note = Rien n’est enregistré avant que la personne répondante ait donné son consentement : l’entonnoir commence donc là.
ws-unknown = Inconnu
ws-none = Rien pour l’instant.

ws-audit-title = Journal d’audit
ws-audit-when = Quand
ws-audit-who = Qui
ws-audit-what = Quoi
ws-audit-target = Objet
ws-audit-detail = Détail
ws-audit-sign_in = Connexion
ws-audit-sign_out = Déconnexion
ws-audit-link = Lien de connexion délivré
ws-audit-status = Statut modifié
ws-audit-note = Note ajoutée
ws-audit-notified = Personne répondante prévenue
ws-audit-export = Export téléchargé
ws-audit-erase = Données de la personne répondante effacées
ws-audit-reminder = Rappel envoyé

cmd-web = Ouvrir l’espace de l’équipe
web-link = Votre lien de connexion à l’espace de l’équipe (valable 15 minutes, utilisable une seule fois) :
    { $link }
cli-web-link-unknown = L’identifiant Telegram { $user } ne figure ni dans ADMIN_IDS ni dans STAFF_IDS : aucun lien n’a été délivré.
cli-web-serving = Espace de l’équipe sur http://{ $host }:{ $port } (Ctrl+C pour arrêter).
export-column-triage = Statut de tri
