# L’espace de l’équipe : parcourir une liste, facettes, colonnes, tri groupé, brouillons, journal.
ws2-error-facet = Un choix indiqué dans l’adresse de la page n’existe pas dans ce questionnaire : il a été ignoré.
ws2-filter-label = { $filter } : { $value }
ws2-facet-remove = Retirer le filtre :
ws2-columns = Colonnes
ws2-columns-explain = Réponses à afficher en colonnes dans la liste
ws2-columns-apply = Afficher ces colonnes
ws2-bulk-label = Nouveau statut du tri pour les contributions cochées
ws2-bulk-apply = Appliquer aux contributions cochées
ws2-bulk-select = Cocher
ws2-bulk-select-one = Cocher { $reference }
ws2-bulk-done = { $count ->
    [0] Aucun statut n’a changé : cochez d’abord les contributions à modifier.
    [one] Le statut d’une contribution a été modifié.
   *[other] Le statut de { $count } contributions a été modifié.
}
ws2-draft-no-reference = Brouillon (pas encore de référence)
ws2-draft-started = commencé le { $date }, non envoyé
ws2-walk-label = Parcourir les contributions de la liste
ws2-position = { $position } sur { $total } dans la liste
ws2-previous-submission = ← Précédente
ws2-next-submission = Suivante →
ws2-note-label = Note pour l’équipe (facultative)
ws2-save-decision = Enregistrer
ws2-saved-saved = Enregistré : le statut est maintenant « { $status } ».
ws2-saved-notified = Enregistré : le statut est maintenant « { $status } », et la personne répondante a été prévenue.
ws2-saved-not-notified = Le statut « { $status } » est enregistré, mais le message à la personne répondante n’a pas pu être envoyé. Réessayez plus tard.
ws2-col-reminders = Rappels envoyés
ws2-draft-untitled = (pas encore de nom)
ws2-draft-title = Brouillon en cours
ws2-back-to-drafts = Retour aux brouillons
ws2-draft-read-only = La personne répondante n’a pas fini de remplir ce questionnaire : voici ses réponses à ce jour, en lecture seule.
ws2-started = Commencé le
ws2-draft-no-answers = Aucune réponse pour l’instant.
ws2-draft-gone = Ce brouillon n’existe plus : il a été envoyé, supprimé ou effacé.
ws2-times-in = Les heures sont indiquées dans le fuseau horaire { $zone }.
ws2-signin-needed-no-bot = Veuillez vous connecter : demandez un lien de connexion à un administrateur ou une administratrice (ce lien se crée sur le serveur avec la commande « .venv/bin/intake web link --user <votre identifiant Telegram> »).
ws2-signin-refused-no-bot = Ce lien de connexion n’est pas valable : il a déjà servi, il a expiré ou il n’a pas été délivré à un membre de l’équipe. Demandez-en un nouveau à un administrateur ou une administratrice (« .venv/bin/intake web link »).
ws2-signed-out-no-bot = Pour vous reconnecter, demandez un nouveau lien de connexion à un administrateur ou une administratrice (« .venv/bin/intake web link »).
ws2-error-next-server = Rien n’a été modifié. Revenez à la liste et réessayez ; si cela se reproduit, prévenez un administrateur ou une administratrice.
ws2-error-next-not-found = Vérifiez la référence, ou cherchez la contribution dans la liste.
ws2-audit-gone = une contribution effacée
ws2-audit-draft = un brouillon
ws2-audit-status-change = « { $old } » → « { $new } »
ws2-audit-reminder-sent = envoyé
ws2-audit-reminder-not-sent = non envoyé
ws2-audit-export-all = tous les questionnaires envoyés
ws2-audit-export-notes = CSV des notes
ws2-export-notes = Télécharger les notes (CSV)

# Exports : colonnes de l’équipe et feuille des notes (admin/export.py).
export2-column-decided-at = Dernière décision (UTC)
export2-column-decided-by = Décision prise par
export2-column-latest-note = Dernière note
export2-notes-sheet = Notes
export2-notes-at = Date (UTC)
export2-notes-who = Par
export2-notes-what = Objet
export2-notes-note = Note
export2-notes-status = Statut : « { $old } » → « { $new } »
export2-notes-notified = Personne répondante prévenue : « { $status } »
export2-notes-plain = Note

# Les filtres choisis dans les facettes, au-dessus des résultats.
ws2-chosen = Filtres choisis

# Les filtres de la liste autres que la recherche, repliés tant qu’aucun n’est utilisé.
ws2-more-filters = Autres filtres
