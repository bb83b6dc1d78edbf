<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Agenda</name>
    <message>
        <source>Closure: %1</source>
        <translation>Fermeture : %1</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>(until %1)</source>
        <translation>(jusqu'au %1)</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>(staff)</source>
        <translation>(personnel)</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <source>MOVED</source>
        <translation>DÉPLACÉ</translation>
    </message>
    <message>
        <source>Agenda from %1 to %2</source>
        <translation>Agenda du %1 au %2</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Aucune inscription au calendrier.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>&amp;Make a payment…</source>
        <translation>&amp;Faire un paiement…</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Laissez-passer</translation>
    </message>
    <message>
        <source>Transactions (double-click for details)</source>
        <translation>Transactions (double-clic pour le détail)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>History from</source>
        <translation>Historique du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>Solde dû : %1</translation>
    </message>
    <message>
        <source>Credit: %1</source>
        <translation>Crédit : %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Rien à payer</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>%1 takes payments by phone: %2.</source>
        <translation>%1 prend les paiements par téléphone : %2.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant : %1</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a start date before the end date.</source>
        <translation>Choisissez une date de début avant la date de fin.</translation>
    </message>
    <message>
        <source>Export the account history</source>
        <translation>Exporter l'historique du compte</translation>
    </message>
    <message>
        <source>Pay %1</source>
        <translation>Payer %1</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>%1 asks for the full balance, %2.</source>
        <translation>%1 demande le solde complet, %2.</translation>
    </message>
    <message>
        <source>At least %3, at most the balance, %2.</source>
        <translation>Au moins %3, au plus le solde, %2.</translation>
    </message>
    <message>
        <source>Pay &amp;with</source>
        <translation>Payer &amp;avec</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Payer…</translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation>Confirmer le paiement</translation>
    </message>
    <message>
        <source>Add a payment method in the Wallet first.</source>
        <translation>Ajoutez d'abord un mode de paiement dans le Portefeuille.</translation>
    </message>
    <message>
        <source>Pay %1 to %2 with %3?</source>
        <translation>Payer %1 à %2 avec %3?</translation>
    </message>
    <message>
        <source>Payment of %1 to %2 with %3 recorded. It is sent to the platform as soon as it can be reached; the receipt arrives by email.</source>
        <translation>Paiement de %1 à %2 avec %3 enregistré. Il est envoyé à la plateforme dès qu'elle est joignable; le reçu arrivera par courriel.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Until %1</source>
        <translation>Jusqu'au %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermé : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Déplacé : %1</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <source>Clashes with another entry (View ▸ Clashes…)</source>
        <translation>En conflit avec une autre inscription (Affichage ▸ Conflits d'horaire…)</translation>
    </message>
    <message>
        <source>entries: %1</source>
        <translation>entrées : %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message>
        <source>Calendar subscription</source>
        <translation>Abonnement au calendrier</translation>
    </message>
    <message>
        <source>A phone or a calendar app can subscribe to the family's calendar: it follows what the organizations change. Whoever has the link sees the calendar, without a password: share it only with people who may.</source>
        <translation>Un téléphone ou une application de calendrier peut s'abonner au calendrier de la famille : il suit les changements des organisations. Quiconque a le lien voit le calendrier, sans mot de passe : ne le donnez qu'aux personnes qui peuvent le voir.</translation>
    </message>
    <message>
        <source>Subscription link</source>
        <translation>Lien d'abonnement</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the subscription link</source>
        <translation>Copier le lien d'abonnement</translation>
    </message>
    <message>
        <source>QR code of the subscription link</source>
        <translation>Code QR du lien d'abonnement</translation>
    </message>
    <message>
        <source>Scan it with the phone's camera to subscribe.</source>
        <translation>Lisez-le avec l'appareil photo du téléphone pour vous abonner.</translation>
    </message>
    <message>
        <source>Show the subscription &amp;link</source>
        <translation>Afficher le &amp;lien d'abonnement</translation>
    </message>
    <message>
        <source>Make a &amp;link</source>
        <translation>Créer un &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Régénérer…</translation>
    </message>
    <message>
        <source>A new link: the current one stops working.</source>
        <translation>Un nouveau lien : l'actuel cesse de fonctionner.</translation>
    </message>
    <message>
        <source>S&amp;top the link…</source>
        <translation>Dés&amp;activer le lien…</translation>
    </message>
    <message>
        <source>Regenerate the subscription link</source>
        <translation>Régénérer le lien d'abonnement</translation>
    </message>
    <message>
        <source>Make a new link? The current one stops working at once: the calendars subscribed to it stop following the changes until they subscribe to the new one.</source>
        <translation>Créer un nouveau lien? L'actuel cesse aussitôt de fonctionner : les calendriers qui y sont abonnés ne suivent plus les changements tant qu'ils ne s'abonnent pas au nouveau.</translation>
    </message>
    <message>
        <source>Stop the subscription link</source>
        <translation>Désactiver le lien d'abonnement</translation>
    </message>
    <message>
        <source>Stop the link? The calendars subscribed to it stop following the changes. You can make a new link later.</source>
        <translation>Désactiver le lien? Les calendriers qui y sont abonnés ne suivent plus les changements. Vous pourrez créer un nouveau lien plus tard.</translation>
    </message>
    <message>
        <source>A subscription link exists, made on another computer (or before this one signed in): Carnet cannot show it here. Regenerate it to show a new one here; the old one then stops working.</source>
        <translation>Un lien d'abonnement existe, créé sur un autre ordinateur (ou avant la connexion de celui-ci) : Carnet ne peut pas l'afficher ici. Régénérez-le pour en afficher un nouveau ici; l'ancien cessera alors de fonctionner.</translation>
    </message>
    <message>
        <source>There is no subscription link: it was stopped, or never made. Calendars subscribed to an old link no longer follow the changes.</source>
        <translation>Il n'y a pas de lien d'abonnement : il a été désactivé, ou jamais créé. Les calendriers abonnés à un ancien lien ne suivent plus les changements.</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Person filter</source>
        <translation>Filtre par personne</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filtre par organisation</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show the calendar again (Escape)</source>
        <translation>Revenir au calendrier (Échap)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Searching every date for “%1”…</source>
        <translation>Recherche de « %1 » à toutes les dates…</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 entries contain “%3”, every date</source>
        <translation>Filtré : %1 entrées sur %2 contiennent « %3 », toutes dates</translation>
    </message>
</context>
<context>
    <name>CalendarPrinting</name>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>agenda</translation>
    </message>
    <message>
        <source>Print the calendar</source>
        <translation>Imprimer le calendrier</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>The calendar is in %1.</source>
        <translation>Le calendrier est dans %1.</translation>
    </message>
</context>
<context>
    <name>CardWidget</name>
    <message>
        <source>Remove from quick access</source>
        <translation>Retirer de l'accès rapide</translation>
    </message>
    <message>
        <source>Remove %1 from quick access</source>
        <translation>Retirer %1 de l'accès rapide</translation>
    </message>
    <message>
        <source>This card stays because:</source>
        <translation>Cette carte reste parce que :</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Laissez-passer</translation>
    </message>
    <message>
        <source>Passes with %1</source>
        <translation>Laissez-passer chez %1</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Shop of %1 (opens in the browser)</source>
        <translation>Boutique de %1 (s'ouvre dans le navigateur)</translation>
    </message>
    <message>
        <source>Balance with %1: %2</source>
        <translation>Solde chez %1 : %2</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>Courriels (%1)</translation>
    </message>
    <message>
        <source>Emails from %1, %2 unread</source>
        <translation>Courriels de %1, %2 non lus</translation>
    </message>
    <message>
        <source>%1 has no online store.</source>
        <translation>%1 n'a pas de boutique en ligne.</translation>
    </message>
</context>
<context>
    <name>Clashes</name>
    <message>
        <source>Two places at once</source>
        <translation>À deux endroits en même temps</translation>
    </message>
    <message>
        <source>Held on a closed day</source>
        <translation>Tenue un jour de fermeture</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Inscrit deux fois</translation>
    </message>
    <message>
        <source>%1 — %2 is closed (%3)</source>
        <translation>%1 — %2 est fermé (%3)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>ClashesDialog</name>
    <message>
        <source>Clashes</source>
        <translation>Conflits d'horaire</translation>
    </message>
    <message>
        <source>Two members expected at two places at once, an activity on a day its organization is closed, a member booked twice — from this month on. A dismissed clash stays dismissed; a clash that changes (a moved activity) comes back.</source>
        <translation>Deux membres attendus à deux endroits en même temps, une activité un jour où son organisme est fermé, un membre inscrit deux fois — à partir de ce mois-ci. Un conflit ignoré le reste; un conflit qui change (une activité déplacée) revient.</translation>
    </message>
    <message>
        <source>No clash: every activity can be reached.</source>
        <translation>Aucun conflit : chaque activité peut être rejointe.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>&amp;Show the day</source>
        <translation>&amp;Voir la journée</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No usable OS keychain: the store key is kept in %1, readable only by you.</source>
        <translation>Aucun trousseau système utilisable : la clé du magasin local est conservée dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>This data folder holds the account %1, not the demo. Choose another folder with --data-dir.</source>
        <translation>Ce dossier de données contient le compte %1, pas la démo. Choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>The demo family is ready in %1.</source>
        <translation>La famille de démonstration est prête dans %1.</translation>
    </message>
    <message>
        <source>No member matches “%1”. Members: %2.</source>
        <translation>Aucun membre ne correspond à « %1 ». Membres : %2.</translation>
    </message>
    <message>
        <source>No organization has the slug “%1”. Organizations: %2.</source>
        <translation>Aucune organisation n'a l'identifiant « %1 ». Organisations : %2.</translation>
    </message>
    <message>
        <source>%1 %2 is not a date: write it YYYY-MM-DD, e.g. 2026-11-03.</source>
        <translation>%1 %2 n'est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2026-11-03.</translation>
    </message>
    <message>
        <source>%1 %2 is outside the dates Carnet shows (%3 to %4).</source>
        <translation>%1 %2 est hors des dates que Carnet affiche (du %3 au %4).</translation>
    </message>
    <message>
        <source>--from must not come after --to.</source>
        <translation>--from ne doit pas être après --to.</translation>
    </message>
    <message>
        <source>This data folder is empty: run “carnet demo-data” first.</source>
        <translation>Ce dossier de données est vide : lancez d'abord « carnet demo-data ».</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>No password: type it at the prompt or set CARNET_PASSWORD.</source>
        <translation>Aucun mot de passe : tapez-le à l'invite ou définissez CARNET_PASSWORD.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Another sync of this data folder (the window's, or another command's) has been running for two minutes: it sends your edits too. Try again when it ends.</source>
        <translation>Une autre synchronisation de ce dossier de données (celle de la fenêtre ou d’une autre commande) dure depuis deux minutes : elle envoie aussi vos modifications. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>Synced: %1 edits sent, %2 changes received.</source>
        <translation>Synchronisé : %1 modifications envoyées, %2 changements reçus.</translation>
    </message>
    <message>
        <source>%1 edits conflict with changes made on the platform: see “carnet status”.</source>
        <translation>%1 modifications entrent en conflit avec des changements faits sur la plateforme : voyez « carnet status ».</translation>
    </message>
    <message>
        <source>%1 edits were refused by the platform: see “carnet status”.</source>
        <translation>%1 modifications ont été refusées par la plateforme : voyez « carnet status ».</translation>
    </message>
    <message>
        <source>This data folder holds unsent edits of %1. Sync them, or sign out with --forget-data first.</source>
        <translation>Ce dossier de données contient des modifications non envoyées de %1. Synchronisez-les, ou déconnectez-vous d'abord avec --forget-data.</translation>
    </message>
    <message>
        <source>No usable OS keychain: the sign-in lasts for this command only. “carnet sync” will ask for the password (or read CARNET_PASSWORD).</source>
        <translation>Aucun trousseau système utilisable : la connexion ne dure que le temps de cette commande. « carnet sync » demandera le mot de passe (ou lira CARNET_PASSWORD).</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Nobody is signed in on this data folder: run “carnet login” first.</source>
        <translation>Personne n'est connecté sur ce dossier de données : lancez d'abord « carnet login ».</translation>
    </message>
    <message>
        <source>Sign in again with “carnet login --server”.</source>
        <translation>Reconnectez-vous avec « carnet login --server ».</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Account: %1 on %2</source>
        <translation>Compte : %1 sur %2</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>Edits not yet accepted by the platform: %1</source>
        <translation>Modifications pas encore acceptées par la plateforme : %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>sent, no answer yet: will be sent again</source>
        <translation>envoyée, sans réponse comprise : sera renvoyée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>Signed out; this account's data was removed from %1.</source>
        <translation>Déconnecté; les données de ce compte ont été retirées de %1.</translation>
    </message>
    <message>
        <source>Signed out; the local copy stays readable offline.</source>
        <translation>Déconnecté; la copie locale reste consultable hors ligne.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>Impossible d'écrire %1 (%2); rien n'a été exporté.</translation>
    </message>
    <message>
        <source>Exported to %1 (it contains personal data: keep it safe).</source>
        <translation>Exporté vers %1 (il contient des renseignements personnels : gardez-le en lieu sûr).</translation>
    </message>
    <message>
        <source>Carnet ran into a problem it did not expect. Your saved data is safe; the details were written to %1.</source>
        <translation>Carnet a rencontré un problème inattendu. Vos données enregistrées sont intactes; les détails ont été écrits dans %1.</translation>
    </message>
    <message>
        <source>Nothing to recover: the store in %1 opens, and its key matches.</source>
        <translation>Rien à récupérer : les données de %1 s'ouvrent et leur clé correspond.</translation>
    </message>
    <message>
        <source>A fresh store for %1 is ready: run “carnet sync” to download the account again.</source>
        <translation>Des données neuves pour %1 sont prêtes : lancez « carnet sync » pour télécharger le compte de nouveau.</translation>
    </message>
    <message>
        <source>No account could be read from it: sign in again with “carnet login”.</source>
        <translation>Aucun compte n'a pu y être lu : reconnectez-vous avec « carnet login ».</translation>
    </message>
    <message>
        <source>Carnet cannot keep its log in %1 (%2); it goes on without it.</source>
        <translation>Carnet ne peut pas tenir son journal dans %1 (%2); il continue sans.</translation>
    </message>
    <message>
        <source>%1 calendar entries written to %2.</source>
        <translation>%1 entrées du calendrier écrites dans %2.</translation>
    </message>
    <message>
        <source>The calendar to print is in %1.</source>
        <translation>Le calendrier à imprimer est dans %1.</translation>
    </message>
    <message>
        <source>Two places at once</source>
        <translation>À deux endroits en même temps</translation>
    </message>
    <message>
        <source>Held on a closed day</source>
        <translation>Tenue un jour de fermeture</translation>
    </message>
    <message>
        <source>Booked twice</source>
        <translation>Inscrit deux fois</translation>
    </message>
    <message>
        <source>No clash from %1 to %2.</source>
        <translation>Aucun conflit du %1 au %2.</translation>
    </message>
    <message>
        <source>%1 dismissed (see --json).</source>
        <translation>%1 ignoré(s) (voir --json).</translation>
    </message>
    <message>
        <source>Say what to look for: a name, a word, an amount.</source>
        <translation>Dites quoi chercher : un nom, un mot, un montant.</translation>
    </message>
    <message>
        <source>%1 cannot be read: run “carnet org login” again.</source>
        <translation>%1 est illisible : relancez « carnet org login ».</translation>
    </message>
    <message>
        <source>No organization yet: run “carnet org login” first.</source>
        <translation>Aucun organisme pour l’instant : lancez d’abord « carnet org login ».</translation>
    </message>
    <message>
        <source>Nothing of organization %1 here yet: run “carnet org sync” first.</source>
        <translation>Rien de l’organisme %1 ici pour l’instant : lancez d’abord « carnet org sync ».</translation>
    </message>
    <message>
        <source>The platform refused this organization key and secret: check them and run “carnet org login” again.</source>
        <translation>La plateforme a refusé cette clé et ce secret d’organisme : vérifiez-les et relancez « carnet org login ».</translation>
    </message>
    <message>
        <source>The platform does not let this key read organization %1 (check its number or slug).</source>
        <translation>La plateforme ne permet pas à cette clé de lire l’organisme %1 (vérifiez son numéro ou son identifiant).</translation>
    </message>
    <message>
        <source>The platform at %1 cannot be reached. What was synced before stays readable offline.</source>
        <translation>La plateforme à %1 est injoignable. Ce qui a déjà été synchronisé reste lisible hors ligne.</translation>
    </message>
    <message>
        <source>No %1: type it at the prompt or set %2.</source>
        <translation>%1 manquant : tapez-le à l’invite ou définissez %2.</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
    <message>
        <source>“%1” is not an organization number or slug.</source>
        <translation>« %1 » n’est pas un numéro ni un identifiant d’organisme.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secret d’API</translation>
    </message>
    <message>
        <source>No usable OS keychain: the secret is kept for this command only; “carnet org sync” will read CARNET_ORG_SECRET.</source>
        <translation>Aucun trousseau du système utilisable : le secret n’est gardé que pour cette commande; « carnet org sync » lira CARNET_ORG_SECRET.</translation>
    </message>
    <message>
        <source>Signed in to organization %1 at %2. Next: “carnet org sync”.</source>
        <translation>Connecté à l’organisme %1 sur %2. Ensuite : « carnet org sync ».</translation>
    </message>
    <message>
        <source>--days-back and --days-ahead: from 0, at most 400 days together.</source>
        <translation>--days-back et --days-ahead : à partir de 0, au plus 400 jours en tout.</translation>
    </message>
    <message>
        <source>Synced organization %1 (sessions from %2 to %3): %4 added, %5 changed, %6 deleted, in %7 s.</source>
        <translation>Organisme %1 synchronisé (séances du %2 au %3) : %4 ajouts, %5 modifications, %6 suppressions, en %7 s.</translation>
    </message>
    <message>
        <source>The platform asked to slow down: %1 s spent waiting.</source>
        <translation>La plateforme a demandé de ralentir : %1 s d’attente.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>%1 registered, %2 present, %3 absent</source>
        <translation>%1 inscrits, %2 présents, %3 absents</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>séance %1</translation>
    </message>
    <message>
        <source>No more sessions today.</source>
        <translation>Plus de séances aujourd’hui.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Say what to look for: a name, an email, a phone number.</source>
        <translation>Dites ce qu’il faut chercher : un nom, un courriel, un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number.</source>
        <translation>%1 : « %2 » n’est pas un nombre.</translation>
    </message>
    <message>
        <source>No session %1 in what was synced of organization %2.</source>
        <translation>Aucune séance %1 dans ce qui a été synchronisé de l’organisme %2.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>à la carte</translation>
    </message>
    <message>
        <source>No account %1 in what was synced of organization %2.</source>
        <translation>Aucun compte %1 dans ce qui a été synchronisé de l’organisme %2.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Illnesses</source>
        <translation>Maladies</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No medical information.</source>
        <translation>Aucun renseignement médical.</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>legal guardian</source>
        <translation>tuteur légal</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>contact d’urgence</translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation>Inscriptions (%1)</translation>
    </message>
    <message>
        <source>This Carnet (%1) does not update itself: it was installed from source or without an update repository.</source>
        <translation>Ce Carnet (%1) ne se met pas à jour lui-même : il a été installé depuis les sources ou sans dépôt de mises à jour.</translation>
    </message>
    <message>
        <source>Carnet's folder (%1) is kept by the system (its package manager, or an administrator): updates come from there.</source>
        <translation>Le dossier de Carnet (%1) est géré par le système (son gestionnaire de paquets, ou un administrateur) : c'est de là que viennent les mises à jour.</translation>
    </message>
    <message>
        <source>No previous version is kept.</source>
        <translation>Aucune version précédente n'est conservée.</translation>
    </message>
    <message>
        <source>The previous version is back: it starts next time.</source>
        <translation>La version précédente est rétablie : elle démarre la prochaine fois.</translation>
    </message>
    <message>
        <source>The update was refused: what the update repository sent could not be verified. Carnet %1 stays installed; the details are in the log.</source>
        <translation>La mise à jour a été refusée : ce que le dépôt de mises à jour a envoyé n'a pas pu être vérifié. Carnet %1 reste installé; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The update repository could not be reached (%1).</source>
        <translation>Le dépôt de mises à jour est injoignable (%1).</translation>
    </message>
    <message>
        <source>Carnet %1 is up to date.</source>
        <translation>Carnet %1 est à jour.</translation>
    </message>
    <message>
        <source>Carnet %1 is downloaded and verified: it is installed the next time Carnet starts.</source>
        <translation>Carnet %1 est téléchargé et vérifié : il sera installé au prochain démarrage de Carnet.</translation>
    </message>
</context>
<context>
    <name>Comms</name>
    <message>
        <source>Show the emails of</source>
        <translation>Afficher les courriels de</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation>Choisissez un courriel pour le lire.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Receive from each organization:</source>
        <translation>Recevoir de chaque organisation :</translation>
    </message>
    <message>
        <source>The platform's notifications</source>
        <translation>Les avis de la plateforme</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>The platform</source>
        <translation>La plateforme</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé : %1</translation>
    </message>
    <message>
        <source>Stop the platform's notifications?</source>
        <translation>Arrêter les avis de la plateforme?</translation>
    </message>
    <message>
        <source>You may miss important information about your account (payments, changes to your registrations). Stop them anyway?</source>
        <translation>Vous pourriez manquer des renseignements importants sur votre compte (paiements, changements à vos inscriptions). Les arrêter quand même?</translation>
    </message>
    <message>
        <source>Are you subscribed to that organization's emails? See the Subscriptions page.</source>
        <translation>Êtes-vous abonné aux courriels de cette organisation? Voyez la page Abonnements.</translation>
    </message>
    <message>
        <source>Look in your spam or junk folder.</source>
        <translation>Regardez dans votre dossier de courrier indésirable.</translation>
    </message>
    <message>
        <source>Add the organization's address and the platform's notification address to your contacts.</source>
        <translation>Ajoutez l'adresse de l'organisation et l'adresse d'avis de la plateforme à vos contacts.</translation>
    </message>
    <message>
        <source>Notifications about a child go to their primary legal guardian (see People).</source>
        <translation>Les avis concernant un enfant vont à son tuteur légal principal (voir Personnes).</translation>
    </message>
    <message>
        <source>Why am I not getting emails?</source>
        <translation>Pourquoi est-ce que je ne reçois pas de courriels?</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>RL-24 share</source>
        <translation>Part RL-24</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Primary guardian</source>
        <translation>Tuteur principal</translation>
    </message>
    <message>
        <source>Secondary guardian</source>
        <translation>Tuteur secondaire</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tuteur légal</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d'urgence</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Carnet ran into a problem</source>
        <translation>Carnet a rencontré un problème</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your saved data is safe. The details were written to %1; you can send that file to support.</source>
        <translation>Quelque chose d'inattendu s'est produit. Vos données enregistrées sont en sécurité. Les détails ont été écrits dans %1; vous pouvez envoyer ce fichier au soutien.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>Entries of %1</source>
        <translation>Inscriptions du %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>No organization is signed in here: sign in first with “carnet org login”, then “carnet org sync”.</source>
        <translation>Aucun organisme n’est connecté ici : connectez-vous d’abord avec « carnet org login », puis « carnet org sync ».</translation>
    </message>
    <message>
        <source>Organization %1 is not signed in here: sign in first with “carnet org login --org %1”.</source>
        <translation>L’organisme %1 n’est pas connecté ici : connectez-vous d’abord avec « carnet org login --org %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not an organization number or store slug.</source>
        <translation>« %1 » n’est ni un numéro d’organisme ni un identifiant de boutique.</translation>
    </message>
    <message>
        <source>The platform refused this key and secret: check them as the organization's back office shows them.</source>
        <translation>La plateforme a refusé cette clé et ce secret : vérifiez-les tels que les montre l’administration de l’organisme.</translation>
    </message>
    <message>
        <source>Carnet no longer knows how to reach organization %1: sign in again with “carnet org login --org %1”.</source>
        <translation>Carnet ne sait plus comment joindre l’organisme %1 : reconnectez-vous avec « carnet org login --org %1 ».</translation>
    </message>
    <message>
        <source>The organization's copy on this computer could not be written (%1).</source>
        <translation>La copie de l’organisme sur cet ordinateur n’a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <source>The platform refused this organization's key and secret: sign in again with “carnet org login”.</source>
        <translation>La plateforme a refusé la clé et le secret de cet organisme : reconnectez-vous avec « carnet org login ».</translation>
    </message>
    <message>
        <source>The platform does not let this key read organization %1.</source>
        <translation>La plateforme ne permet pas à cette clé de lire l’organisme %1.</translation>
    </message>
    <message>
        <source>The platform cannot be reached: what was synced before stays readable here.</source>
        <translation>La plateforme est injoignable : ce qui a été synchronisé reste consultable ici.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Never synced.</source>
        <translation>Jamais synchronisé.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error (%1); the details are in the log.</source>
        <translation>La synchronisation s’est arrêtée sur une erreur inattendue (%1) ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>DeskPrint</name>
    <message>
        <source>Nobody is registered.</source>
        <translation>Personne n’est inscrit.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>drop-in</source>
        <translation>à la carte</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Imprimer la liste des présences</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>DeskSignInDialog</name>
    <message>
        <source>Sign in to a front desk</source>
        <translation>Se connecter à un accueil</translation>
    </message>
    <message>
        <source>number or store slug, e.g. club-natation</source>
        <translation>numéro ou identifiant de boutique, p. ex. club-natation</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>S&amp;ecret d’API :</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Carnet — Front desk</source>
        <translation>Carnet — Accueil</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Accueil</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Carnet cannot open its window: Qt's X11 (xcb) plugin needs system libraries that are missing here: %1.</source>
        <translation>Carnet ne peut pas ouvrir sa fenêtre : le module X11 (xcb) de Qt a besoin de bibliothèques système absentes ici : %1.</translation>
    </message>
    <message>
        <source>Install them, then start Carnet again (Debian, Ubuntu):</source>
        <translation>Installez-les, puis relancez Carnet (Debian, Ubuntu) :</translation>
    </message>
    <message>
        <source>On another system, install the packages that provide them.</source>
        <translation>Sur un autre système, installez les paquets qui les fournissent.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>An edit</source>
        <translation>Une modification</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu'un</translation>
    </message>
    <message>
        <source>New person: %1</source>
        <translation>Nouvelle personne : %1</translation>
    </message>
    <message>
        <source>New contact for %1: %2</source>
        <translation>Nouveau contact pour %1 : %2</translation>
    </message>
    <message>
        <source>Invitation of %1 (%2)</source>
        <translation>Invitation de %1 (%2)</translation>
    </message>
    <message>
        <source>Payment of %1 to %2</source>
        <translation>Paiement de %1 à %2</translation>
    </message>
    <message>
        <source>%1 removed from quick access</source>
        <translation>%1 retiré de l'accès rapide</translation>
    </message>
    <message>
        <source>Email marked as read: %1</source>
        <translation>Courriel marqué comme lu : %1</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contact retiré</translation>
    </message>
    <message>
        <source>Contact removed: %1</source>
        <translation>Contact retiré : %1</translation>
    </message>
    <message>
        <source>Payment method removed</source>
        <translation>Mode de paiement supprimé</translation>
    </message>
    <message>
        <source>Payment method removed: %1</source>
        <translation>Mode de paiement supprimé : %1</translation>
    </message>
    <message>
        <source>%1 — RL-24 shares</source>
        <translation>%1 — parts RL-24</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (contact of %2) — %3</source>
        <translation>%1 (contact de %2) — %3</translation>
    </message>
    <message>
        <source>%1 of the postdated payment of %2 due on %3 — %4</source>
        <translation>%1 du paiement postdaté de %2 prévu le %3 — %4</translation>
    </message>
    <message>
        <source>Subscription to %1 — %2</source>
        <translation>Abonnement à %1 — %2</translation>
    </message>
    <message>
        <source>Form “%1” of %2</source>
        <translation>Formulaire « %1 » de %2</translation>
    </message>
    <message>
        <source>Account — %1</source>
        <translation>Compte — %1</translation>
    </message>
</context>
<context>
    <name>EmailsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
</context>
<context>
    <name>EntryMenu</name>
    <message>
        <source>Sessions cannot be cancelled from the calendar. A session can be cancelled only in the platform's mobile app, before its first occurrence, and only if it was paid in full by card in one transaction. Drop-ins can be cancelled online.</source>
        <translation>On ne peut pas annuler une session à partir du calendrier. Une session ne peut être annulée que dans l’application mobile de la plateforme, avant sa première occurrence, et seulement si elle a été payée en entier par carte en une seule transaction. Les activités libres peuvent être annulées en ligne.</translation>
    </message>
    <message>
        <source>%1 with %2:</source>
        <translation>%1 avec %2 :</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>&amp;Open the registration page</source>
        <translation>&amp;Ouvrir la page d’inscription</translation>
    </message>
    <message>
        <source>How do I &amp;cancel this?</source>
        <translation>Comment l’&amp;annuler ?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Too many failed attempts: the platform refuses new ones for a while. Try again later; nothing else is affected.</source>
        <translation>Trop de tentatives infructueuses : la plateforme refuse les nouvelles pendant un moment. Réessayez plus tard; rien d'autre n'est touché.</translation>
    </message>
    <message>
        <source>The platform could not be reached to end the session there: it stays valid on the platform until it expires (about 8 hours). It was removed from this computer all the same.</source>
        <translation>La plateforme est injoignable, la session n'a donc pas pu y être fermée : elle y reste valide jusqu'à son expiration (environ 8 heures). Elle a tout de même été retirée de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>FamilyDialog</name>
    <message>
        <source>Family card</source>
        <translation>Fiche de la famille</translation>
    </message>
    <message>
        <source>Medical notes are hidden. Showing them is written to the organization's access log.</source>
        <translation>Les notes médicales sont masquées. Les afficher est inscrit au journal des accès de l’organisme.</translation>
    </message>
    <message>
        <source>Show medical notes</source>
        <translation>Afficher les notes médicales</translation>
    </message>
    <message>
        <source>This family is no longer in what was synced.</source>
        <translation>Cette famille n’est plus dans ce qui a été synchronisé.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Medical notes shown: this access was written to the organization's access log.</source>
        <translation>Notes médicales affichées : cet accès a été inscrit au journal des accès de l’organisme.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>Account owners</source>
        <translation>Titulaires du compte</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tuteur légal</translation>
    </message>
    <message>
        <source>No contact.</source>
        <translation>Aucun contact.</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>No registration.</source>
        <translation>Aucune inscription.</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Illnesses</source>
        <translation>Maladies</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No medical notes.</source>
        <translation>Aucune note médicale.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>RL-24 share</source>
        <translation>Part RL-24</translation>
    </message>
    <message>
        <source>Contact of</source>
        <translation>Contact de</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>FindModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Family of %1</source>
        <translation>Famille de %1</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Name, email or phone number</source>
        <translation>Nom, courriel ou numéro de téléphone</translation>
    </message>
    <message>
        <source>Find a person or a family</source>
        <translation>Trouver une personne ou une famille</translation>
    </message>
    <message>
        <source>Persons and families found</source>
        <translation>Personnes et familles trouvées</translation>
    </message>
    <message>
        <source>Type a name, an email or a phone number; accents and case do not matter.</source>
        <translation>Tapez un nom, un courriel ou un numéro de téléphone ; les accents et les majuscules n’importent pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n found — Enter or a double-click opens the family's card.</source>
        <translation>
            <numerusform>%n résultat — Entrée ou un double-clic ouvre la fiche de la famille.</numerusform>
            <numerusform>%n résultats — Entrée ou un double-clic ouvre la fiche de la famille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <source>How will you use Carnet on this computer?</source>
        <translation>Comment utiliserez-vous Carnet sur cet ordinateur ?</translation>
    </message>
    <message>
        <source>My family's account</source>
        <translation>Le compte de ma famille</translation>
    </message>
    <message>
        <source>Every child's activities, payments and emails, offline too.</source>
        <translation>Les activités, paiements et courriels de chaque enfant, même hors ligne.</translation>
    </message>
    <message>
        <source>An organization's front desk</source>
        <translation>L’accueil d’un organisme</translation>
    </message>
    <message>
        <source>Today's sessions and rosters, find a family, print attendance sheets — with the organization's API key.</source>
        <translation>Les séances du jour et leurs listes, trouver une famille, imprimer les feuilles de présence — avec la clé d’API de l’organisme.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Menus</source>
        <translation>Menus</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Move between days</source>
        <translation>Passer d’un jour à l’autre</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Previous or next month or week</source>
        <translation>Mois ou semaine précédents ou suivants</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page préc., Page suiv.</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <source>Walk a day's entries, then leave</source>
        <translation>Parcourir les inscriptions d’un jour, puis en sortir</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Open an entry (its registration page)</source>
        <translation>Ouvrir une inscription (sa page d’inscription)</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Entrée, Espace</translation>
    </message>
    <message>
        <source>An entry's menu (open, how to cancel)</source>
        <translation>Le menu d’une inscription (ouvrir, comment annuler)</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Maj+F10</translation>
    </message>
    <message>
        <source>Back to the day; clear the calendar's find</source>
        <translation>Revenir au jour; effacer la recherche du calendrier</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Carnet guide</source>
        <translation>Guide de Carnet</translation>
    </message>
</context>
<context>
    <name>HomeTab</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Quick access</source>
        <translation>Accès rapide</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Other events and bookings</source>
        <translation>Autres événements et réservations</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Struck through: a cancelled session</source>
        <translation>Barré : une séance annulée</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>In italics: the member works there (staff)</source>
        <translation>En italique : le membre y travaille (personnel)</translation>
    </message>
</context>
<context>
    <name>LiveFile</name>
    <message>
        <source>Calendar file</source>
        <translation>Fichier de calendrier</translation>
    </message>
    <message>
        <source>&amp;Keep a calendar file up to date</source>
        <translation>&amp;Tenir un fichier de calendrier à jour</translation>
    </message>
    <message>
        <source>After each sync, Carnet writes the calendar again as an .ics file in this folder. In a cloud drive's folder, a phone's calendar can read it.</source>
        <translation>Après chaque synchronisation, Carnet réécrit le calendrier dans un fichier .ics de ce dossier. Dans le dossier d’un nuage (Drive, Dropbox…), le calendrier d’un téléphone peut le lire.</translation>
    </message>
    <message>
        <source>C&amp;hoose the folder…</source>
        <translation>C&amp;hoisir le dossier…</translation>
    </message>
    <message>
        <source>One &amp;file per member</source>
        <translation>Un &amp;fichier par membre</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Where to keep the calendar file</source>
        <translation>Où garder le fichier de calendrier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Tout rechercher…</translation>
    </message>
    <message>
        <source>&amp;Find in the calendar…</source>
        <translation>&amp;Chercher dans le calendrier…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>How do I cancel a registration?</source>
        <translation>Comment annuler une inscription?</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed there.</source>
        <translation>%1 n’a pas pu être écrit (%2). Rien n’y a été changé.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;Clashes…</source>
        <translation>&amp;Conflits d'horaire…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>“%1” is no longer there: it was deleted or changed since the search.</source>
        <translation>« %1 » n'est plus là : il a été supprimé ou modifié depuis la recherche.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Find in the calendar:</source>
        <translation>Chercher dans le calendrier :</translation>
    </message>
    <message>
        <source>This organization has no online store.</source>
        <translation>Cette organisation n'a pas de boutique en ligne.</translation>
    </message>
</context>
<context>
    <name>MethodsModel</name>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>Authorized for</source>
        <translation>Autorisé pour</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Compte bancaire</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>OrgDesk</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
</context>
<context>
    <name>PassesModel</name>
    <message>
        <source>Pass</source>
        <translation>Laissez-passer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Tokens left</source>
        <translation>Jetons restants</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>The whole family</source>
        <translation>Toute la famille</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Deleted method</source>
        <translation>Mode supprimé</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Both values of each field</source>
        <translation>Les deux valeurs de chaque champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>Sur la plateforme</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>&amp;Use the platform's</source>
        <translation>&amp;Prendre celle de la plateforme</translation>
    </message>
    <message>
        <source>This was changed on the platform while your edit waited to be sent. Choose which value to keep.</source>
        <translation>Ceci a été modifié sur la plateforme pendant que votre modification attendait d'être envoyée. Choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add a contact for %1</source>
        <translation>Ajouter un contact pour %1</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Emergency &amp;contact</source>
        <translation>Contact d'&amp;urgence</translation>
    </message>
    <message>
        <source>Legal &amp;guardian</source>
        <translation>Tuteur lé&amp;gal</translation>
    </message>
    <message>
        <source>Guardian ran&amp;k</source>
        <translation>&amp;Rang du tuteur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>&amp;SIN (NAS)</source>
        <translation>NA&amp;S</translation>
    </message>
    <message>
        <source>Emergency contacts and legal guardians</source>
        <translation>Contacts d'urgence et tuteurs légaux</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remove (X)</source>
        <translation>Retirer (X)</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>Remove %1 from %2's contacts?</source>
        <translation>Retirer %1 des contacts de %2?</translation>
    </message>
    <message>
        <source>RL-24 shares</source>
        <translation>Parts RL-24</translation>
    </message>
    <message>
        <source>RL-24 share of %1</source>
        <translation>Part RL-24 de %1</translation>
    </message>
    <message>
        <source>No legal guardian yet: add one above.</source>
        <translation>Aucun tuteur légal pour l'instant : ajoutez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>Total: %1 %</source>
        <translation>Total : %1 %</translation>
    </message>
    <message>
        <source>the shares must add up to 100 %.</source>
        <translation>la somme des parts doit être 100 %.</translation>
    </message>
    <message>
        <source>Saved on this computer; waiting to be sent.</source>
        <translation>Enregistré sur cet ordinateur; en attente d'envoi.</translation>
    </message>
    <message>
        <source>Everything the RL-24 needs is here.</source>
        <translation>Tout ce qu'il faut pour le RL-24 est là.</translation>
    </message>
    <message>
        <source>the primary legal guardian, who has an email address</source>
        <translation>le tuteur légal principal, qui a une adresse courriel</translation>
    </message>
    <message>
        <source>the account's contact email: no primary guardian with an email</source>
        <translation>le courriel de contact du compte : aucun tuteur principal n'a de courriel</translation>
    </message>
    <message>
        <source>the account's username: no primary guardian with an email and no contact email</source>
        <translation>le nom d'utilisateur du compte : aucun tuteur principal avec courriel ni courriel de contact</translation>
    </message>
    <message>
        <source>Notifications about %1 go to %2 — %3.</source>
        <translation>Les avis concernant %1 vont à %2 — %3.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Members of the account</source>
        <translation>Membres du compte</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>Persons can't be deleted or archived. For a duplicate, write to the platform's support: support@amilia.com.</source>
        <translation>On ne peut ni supprimer ni archiver une personne. Pour un doublon, écrivez au soutien de la plateforme : support@amilia.com.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Leave them?</source>
        <translation>Des modifications de %1 ne sont pas enregistrées. Les abandonner?</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Child or adult</source>
        <translation>&amp;Enfant ou adulte</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>All four are required. The date of birth can't be changed afterwards.</source>
        <translation>Les quatre sont obligatoires. La date de naissance ne pourra plus être modifiée ensuite.</translation>
    </message>
    <message>
        <source>Invite %1 to the family account</source>
        <translation>Inviter %1 dans le compte familial</translation>
    </message>
    <message>
        <source>E&amp;mail address</source>
        <translation>Adresse &amp;courriel</translation>
    </message>
    <message>
        <source>They receive an email to join the account and sign in with their own username.</source>
        <translation>Cette personne recevra un courriel pour joindre le compte et se connectera avec son propre nom d'utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Invite to the family account…</source>
        <translation>&amp;Inviter dans le compte familial…</translation>
    </message>
    <message>
        <source>&amp;Review the conflict…</source>
        <translation>&amp;Examiner le conflit…</translation>
    </message>
    <message>
        <source>A child has no address of their own: they share the account holder's.</source>
        <translation>Un enfant n'a pas d'adresse à lui : il partage celle du titulaire du compte.</translation>
    </message>
    <message>
        <source>Forms by organization</source>
        <translation>Formulaires par organisation</translation>
    </message>
    <message>
        <source>Refused by the platform: %1</source>
        <translation>Refusé par la plateforme : %1</translation>
    </message>
    <message>
        <source>RL-24 readiness</source>
        <translation>Prêt pour le RL-24?</translation>
    </message>
    <message>
        <source>The platform changed this person while your edit waited to be sent.</source>
        <translation>La plateforme a modifié cette personne pendant que votre modification attendait d'être envoyée.</translation>
    </message>
    <message>
        <source>Refused by the platform: correct and save again.</source>
        <translation>Refusé par la plateforme : corrigez puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Born %1. A date of birth is entered once: to correct it, contact the organization.</source>
        <translation>Né(e) le %1. La date de naissance ne se saisit qu'une fois : pour la corriger, communiquez avec l'organisation.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Str&amp;eet</source>
        <translation>&amp;Rue</translation>
    </message>
    <message>
        <source>Apartment, suite</source>
        <translation>Appartement, bureau</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>Phone numbers and email</source>
        <translation>Téléphones et courriel</translation>
    </message>
    <message>
        <source>Label (mobile, home…)</source>
        <translation>Type (cellulaire, maison…)</translation>
    </message>
    <message>
        <source>Phone %1 label</source>
        <translation>Type du téléphone %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>Medical information</source>
        <translation>Renseignements médicaux</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergies</translation>
    </message>
    <message>
        <source>&amp;Illnesses</source>
        <translation>&amp;Maladies</translation>
    </message>
    <message>
        <source>Medica&amp;tion</source>
        <translation>Médicamen&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Reactions</source>
        <translation>&amp;Réactions</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>Assurance maladie</translation>
    </message>
    <message>
        <source>Health insurance n&amp;umber</source>
        <translation>&amp;Numéro d'assurance maladie</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>E&amp;xpiration</translation>
    </message>
    <message>
        <source>Social insurance number</source>
        <translation>Numéro d'assurance sociale</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the social insurance number</source>
        <translation>Afficher le numéro d'assurance sociale</translation>
    </message>
    <message>
        <source>Needed for the RL-24 tax slip of childcare fees. Stored encrypted on this computer.</source>
        <translation>Requis pour le relevé 24 des frais de garde. Conservé chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>C&amp;hoose a photo…</source>
        <translation>C&amp;hoisir une photo…</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>This file is not an image.</source>
        <translation>Ce fichier n'est pas une image.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulte</translation>
    </message>
    <message>
        <source>%1 · account holder</source>
        <translation>%1 · titulaire du compte</translation>
    </message>
</context>
<context>
    <name>PostdatedPanel</name>
    <message>
        <source>Postdated payments</source>
        <translation>Paiements postdatés</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Edit in Wallet</source>
        <translation>Modifier dans le portefeuille</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>not synced with the platform yet</source>
        <translation>pas encore synchronisé avec la plateforme</translation>
    </message>
    <message>
        <source>as of the last sync, %1</source>
        <translation>à jour à la dernière synchronisation, %1</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Other events and bookings</source>
        <translation>Autres événements et réservations</translation>
    </message>
    <message>
        <source>Cancelled: struck through</source>
        <translation>Annulé : barré</translation>
    </message>
    <message>
        <source>Staff: in italics</source>
        <translation>Personnel : en italique</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
    </message>
    <message>
        <source>+%1 more (see the agenda)</source>
        <translation>+%1 autres (voir l'agenda)</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Agenda from %1 to %2</source>
        <translation>Agenda du %1 au %2</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Aucune inscription au calendrier.</translation>
    </message>
    <message>
        <source>The printer or the file could not be opened.</source>
        <translation>L'imprimante ou le fichier n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>that folder cannot be written to</source>
        <translation>on ne peut pas écrire dans ce dossier</translation>
    </message>
    <message>
        <source>that folder does not exist</source>
        <translation>ce dossier n'existe pas</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was written.</source>
        <translation>Impossible d'écrire %1 (%2) ; rien n'a été écrit.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 in %2 min</source>
        <translation>%1 dans %2 min</translation>
    </message>
    <message>
        <source>%1 (moved)</source>
        <translation>%1 (déplacé)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3: no reminder for it any more.</source>
        <translation>%1 — %2, %3 : plus de rappel pour cette séance.</translation>
    </message>
    <message>
        <source>Payment tomorrow: %1</source>
        <translation>Paiement demain : %1</translation>
    </message>
    <message>
        <source>%1 — %2, charged %3</source>
        <translation>%1 — %2, prélevé le %3</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, dû le %3</translation>
    </message>
    <message>
        <source>Next: %1, %2 (%3)</source>
        <translation>Ensuite : %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Payment refused: %1</source>
        <translation>Paiement refusé : %1</translation>
    </message>
    <message>
        <source>Email from %1</source>
        <translation>Courriel de %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Fermé : %1</translation>
    </message>
    <message>
        <source>%1 is closed on the day of %2's activity (%3).</source>
        <translation>%1 est fermé le jour de l'activité de %2 (%3).</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>&amp;Remind me (tray notifications)</source>
        <translation>Me &amp;rappeler (notifications de la zone de notification)</translation>
    </message>
    <message>
        <source>Before an &amp;activity:</source>
        <translation>Avant une &amp;activité :</translation>
    </message>
    <message>
        <source>Before an &amp;event:</source>
        <translation>Avant un &amp;événement :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Heures de &amp;tranquillité :</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window closes</source>
        <translation>&amp;Rester dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Start Carnet when I &amp;log in</source>
        <translation>Lancer Carnet à l’&amp;ouverture de ma session</translation>
    </message>
    <message>
        <source>Carnet could not change how it starts (%1).</source>
        <translation>Carnet n’a pas pu changer son démarrage (%1).</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>This is everything the report holds: Carnet's log (with passwords, tokens, card numbers, SINs, email addresses and private details already removed), the versions and the environment. Your data and your password are never in it. Nothing is sent: save it, then attach it to an email.</source>
        <translation>Voici tout ce que contient le rapport : le journal de Carnet (sans les mots de passe, jetons, numéros de carte, NAS, adresses courriel et renseignements privés, déjà retirés), les versions et l’environnement. Vos données et votre mot de passe n’y sont jamais. Rien n’est envoyé : enregistrez-le, puis joignez-le à un courriel.</translation>
    </message>
    <message>
        <source>Files in the report</source>
        <translation>Fichiers du rapport</translation>
    </message>
    <message>
        <source>The file's text</source>
        <translation>Le texte du fichier</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;Courriel…</translation>
    </message>
    <message>
        <source>Save the problem report</source>
        <translation>Enregistrer le rapport de problème</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed there.</source>
        <translation>%1 n’a pas pu être écrit (%2). Rien n’y a été changé.</translation>
    </message>
    <message>
        <source>Carnet: a problem report</source>
        <translation>Carnet : un rapport de problème</translation>
    </message>
    <message>
        <source>Hello,

What happened: 

The problem report is attached (%1, saved with Help ▸ Report a problem… ▸ Save…). A link cannot attach it for you: please attach the file to this email before sending it.
</source>
        <translation>Bonjour,

Ce qui s’est passé : 

Le rapport de problème est joint (%1, enregistré avec Aide ▸ Signaler un problème… ▸ Enregistrer…). Un lien ne peut pas le joindre pour vous : veuillez joindre le fichier à ce courriel avant de l’envoyer.
</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Non prise</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Drop-in</source>
        <translation>À la carte</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <source>Open the link?</source>
        <translation>Ouvrir le lien?</translation>
    </message>
    <message>
        <source>This link opens %1 in your browser. Open it?</source>
        <translation>Ce lien ouvre %1 dans votre navigateur. L'ouvrir?</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Fermetures</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Laissez-passer</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Tout rechercher</translation>
    </message>
    <message>
        <source>People, activities, emails, payments…</source>
        <translation>Personnes, activités, courriels, paiements…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n résultat. Entrée ouvre celui qui est en surbrillance.</numerusform>
            <numerusform>%n résultats. Entrée ouvre celui qui est en surbrillance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer : %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>Qt %1, PySide %2.</source>
        <translation>Qt %1, PySide %2.</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences de tiers</translation>
    </message>
    <message>
        <source>Third-party components and their licences:</source>
        <translation>Composants de tiers et leurs licences :</translation>
    </message>
    <message>
        <source>Change the username</source>
        <translation>Changer le nom d'utilisateur</translation>
    </message>
    <message>
        <source>&amp;New username (an email address)</source>
        <translation>&amp;Nouveau nom d'utilisateur (une adresse courriel)</translation>
    </message>
    <message>
        <source>&amp;Confirmation code</source>
        <translation>&amp;Code de confirmation</translation>
    </message>
    <message>
        <source>The platform sends a code to the new address. Type it here to confirm the change.</source>
        <translation>La plateforme envoie un code à la nouvelle adresse. Tapez-le ici pour confirmer le changement.</translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <translation>Un code a été envoyé à %1.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>&amp;Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>A&amp;bout Carnet…</source>
        <translation>À &amp;propos de Carnet…</translation>
    </message>
    <message>
        <source>Check for &amp;updates every day</source>
        <translation>Chercher les mises à jo&amp;ur chaque jour</translation>
    </message>
    <message>
        <source>This computer has no usable OS keychain: the key that protects your private information is kept in %1, readable only by you. Whoever copies that file along with the data folder can read that information.</source>
        <translation>Cet ordinateur n'a pas de trousseau du système utilisable : la clé qui protège vos renseignements privés est gardée dans %1, lisible par vous seul. Quiconque copie ce fichier avec le dossier de données peut lire ces renseignements.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d'utilisateur :</translation>
    </message>
    <message>
        <source>Change the &amp;username…</source>
        <translation>Changer le nom d'&amp;utilisateur…</translation>
    </message>
    <message>
        <source>Change the &amp;password…</source>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Data on this computer</source>
        <translation>Données sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move the data folder</source>
        <translation>Déplacer le dossier des données</translation>
    </message>
    <message>
        <source>Move the data (the store, its key and the window's settings) to another folder.</source>
        <translation>Déplacer les données (la base locale, sa clé et les réglages de la fenêtre) vers un autre dossier.</translation>
    </message>
    <message>
        <source>The data folder is named by --data-dir or CARNET_DATA_DIR: change it there.</source>
        <translation>Le dossier des données est désigné par --data-dir ou CARNET_DATA_DIR : changez-le là.</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données :</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>&amp;Déconnexion…</translation>
    </message>
    <message>
        <source>Carnet will close and move its data — the store, its key and the window's settings — to %1, then use it from there. Edits not yet sent stay waiting and are sent from there.</source>
        <translation>Carnet va se fermer et déplacer ses données — la base locale, sa clé et les réglages de la fenêtre — vers %1, puis les utiliser à partir de là. Les modifications pas encore envoyées restent en attente et partiront de là.</translation>
    </message>
    <message>
        <source>The data could not be moved (%1). It stays in %2, which Carnet keeps using.</source>
        <translation>Les données n’ont pas pu être déplacées (%1). Elles restent dans %2, que Carnet continue d’utiliser.</translation>
    </message>
    <message>
        <source>Carnet's data is now in %1. Open Carnet again to use it.</source>
        <translation>Les données de Carnet sont maintenant dans %1. Rouvrez Carnet pour les utiliser.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of this account on this computer?</source>
        <translation>Se déconnecter de ce compte sur cet ordinateur?</translation>
    </message>
    <message>
        <source>Also remove this account's data, key and token from this computer</source>
        <translation>Retirer aussi les données, la clé et le jeton de ce compte de cet ordinateur</translation>
    </message>
    <message>
        <source>The data is already in %1.</source>
        <translation>Les données sont déjà dans %1.</translation>
    </message>
    <message>
        <source>%1 is inside the data folder, or the data folder inside it.</source>
        <translation>%1 est dans le dossier des données, ou le dossier des données dans celui-ci.</translation>
    </message>
    <message>
        <source>%1 already holds files: choose an empty folder.</source>
        <translation>%1 contient déjà des fichiers : choisissez un dossier vide.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Carnet</source>
        <translation>Se connecter à Carnet</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Se souvenir de moi sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Username (email):</source>
        <translation>&amp;Nom d'utilisateur (courriel) :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>Review what changed on both sides</source>
        <translation>Examiner ce qui a changé des deux côtés</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchro : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>StoreProblem</name>
    <message>
        <source>The data file %1 is damaged or is not a Carnet store. Carnet has not changed it.</source>
        <translation>Le fichier de données %1 est endommagé ou n'est pas un fichier de Carnet. Carnet ne l'a pas modifié.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: Carnet keeps its data in a folder. Move or rename the file, or choose another data folder with --data-dir (or CARNET_DATA_DIR).</source>
        <translation>%1 est un fichier et n'est pas un dossier : Carnet garde ses données dans un dossier. Déplacez ou renommez le fichier, ou choisissez un autre dossier de données avec --data-dir (ou CARNET_DATA_DIR).</translation>
    </message>
    <message>
        <source>Carnet may not write in %1: it is read-only. Give yourself permission to write in it, or choose another data folder with --data-dir (or CARNET_DATA_DIR).</source>
        <translation>Carnet ne peut pas écrire dans %1 : il est en lecture seule. Donnez-vous le droit d'y écrire, ou choisissez un autre dossier de données avec --data-dir (ou CARNET_DATA_DIR).</translation>
    </message>
    <message>
        <source>%1 belongs to another user of this computer: Carnet uses only a data folder of yours. Choose another with --data-dir (or CARNET_DATA_DIR), or have it given to you.</source>
        <translation>%1 appartient à un autre utilisateur de cet ordinateur : Carnet n'utilise qu'un dossier de données à vous. Choisissez-en un autre avec --data-dir (ou CARNET_DATA_DIR), ou faites-vous-le céder.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: this change could not be saved, and what was saved before is intact. Free some space, then try again.</source>
        <translation>Le disque qui contient %1 est plein : cette modification n'a pas pu être enregistrée, et ce qui l'avait été avant est intact. Libérez de l'espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The key that protects the private details (SIN, health information) kept in %1 is missing or does not match: the data folder was moved or copied from another computer, or the OS keychain entry or store.key was lost. If you can, put them back and try again; nothing was changed.</source>
        <translation>La clé qui protège les renseignements confidentiels (NAS, renseignements médicaux) gardés dans %1 est absente ou ne correspond pas : le dossier de données a été déplacé ou copié d'un autre ordinateur, ou l'entrée du trousseau du système ou store.key a été perdue. Si vous le pouvez, remettez-les en place et réessayez; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>Carnet could not use %1 (%2). Check the disk and the folder, then try again.</source>
        <translation>Carnet n'a pas pu utiliser %1 (%2). Vérifiez le disque et le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>Otherwise, run “carnet recover”: it keeps this copy aside, starts afresh for the same account and downloads it again at the next sync; edits not yet sent cannot be read.</source>
        <translation>Sinon, lancez « carnet recover » : il met cette copie de côté, repart à neuf pour le même compte et le télécharge de nouveau à la prochaine synchronisation; les modifications pas encore envoyées ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Put back a copy you saved, or run “carnet recover”: it keeps this file aside and downloads your account again at the next sync.</source>
        <translation>Remettez une copie que vous aviez gardée, ou lancez « carnet recover » : il met ce fichier de côté et télécharge votre compte de nouveau à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The unreadable copy was kept as %1.</source>
        <translation>La copie illisible a été gardée sous le nom %1.</translation>
    </message>
    <message>
        <source>Its unsent edits could not be counted.</source>
        <translation>Ses modifications non envoyées n'ont pas pu être comptées.</translation>
    </message>
    <message>
        <source>Unsent edits that could not be read: %1.</source>
        <translation>Modifications non envoyées illisibles : %1.</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Your account downloads again from the platform now.</source>
        <translation>Votre compte est maintenant téléchargé de nouveau depuis la plateforme.</translation>
    </message>
    <message>
        <source>The sync could not save</source>
        <translation>La synchronisation n'a pas pu enregistrer</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <source>Carnet cannot use its data</source>
        <translation>Carnet ne peut pas utiliser ses données</translation>
    </message>
    <message>
        <source>Keeping a copy aside renames the unreadable file beside a fresh one; nothing is deleted. Your account then downloads again from the platform. Edits not yet sent cannot be read.</source>
        <translation>Garder une copie de côté renomme le fichier illisible à côté d'un fichier neuf; rien n'est supprimé. Votre compte est ensuite téléchargé de nouveau depuis la plateforme. Les modifications pas encore envoyées ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Keep a copy aside and download again</source>
        <translation>Garder une copie de côté et tout télécharger de nouveau</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Calendar invitations</source>
        <translation>Invitations de calendrier</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Some of what this screen shows could not be read (%1). The details are in the log.</source>
        <translation>Une partie de ce que montre cet écran n’a pas pu être lue (%1). Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Print roster…</source>
        <translation>Imprimer la liste…</translation>
    </message>
    <message>
        <source>No more sessions today.</source>
        <translation>Plus de séances aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>Today, %1: %n session(s) now, %2 later</source>
        <translation>
            <numerusform>Aujourd’hui, %1 : %n séance en cours, %2 plus tard</numerusform>
            <numerusform>Aujourd’hui, %1 : %n séances en cours, %2 plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>No more sessions today. Next: %1</source>
        <translation>Plus de séances aujourd’hui. Prochaines : %1</translation>
    </message>
    <message>
        <source>Choose a session to see who is registered.</source>
        <translation>Choisissez une séance pour voir qui est inscrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n présent</numerusform>
            <numerusform>%n présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Owed after this transaction</source>
        <translation>Dû après cette transaction</translation>
    </message>
    <message>
        <source>Credit after this transaction</source>
        <translation>Crédit après cette transaction</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Open Carnet</source>
        <translation>Ouvrir Carnet</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>%1 removed from quick access.</source>
        <translation>%1 retiré de l’accès rapide.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo removing %1</source>
        <translation>Annuler le retrait de %1</translation>
    </message>
</context>
<context>
    <name>UpcomingView</name>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
</context>
<context>
    <name>Update</name>
    <message>
        <source>Carnet %1 is downloaded: it is installed the next time Carnet starts.</source>
        <translation>Carnet %1 est téléchargé : il sera installé au prochain démarrage de Carnet.</translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>Replace the card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <source>Add a card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Numéro de carte</translation>
    </message>
    <message>
        <source>Expiry &amp;month</source>
        <translation>&amp;Mois d'expiration</translation>
    </message>
    <message>
        <source>Expiry &amp;year</source>
        <translation>&amp;Année d'expiration</translation>
    </message>
    <message>
        <source>Security &amp;code</source>
        <translation>&amp;Code de sécurité</translation>
    </message>
    <message>
        <source>The number goes to the platform once; this computer keeps only the brand, the last 4 digits and the expiry.</source>
        <translation>Le numéro est envoyé une seule fois à la plateforme; cet ordinateur ne garde que la marque, les 4 derniers chiffres et l'expiration.</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <source>&amp;Add a card…</source>
        <translation>&amp;Ajouter une carte…</translation>
    </message>
    <message>
        <source>Add a &amp;bank account…</source>
        <translation>Ajouter un compte &amp;bancaire…</translation>
    </message>
    <message>
        <source>&amp;Replace the card…</source>
        <translation>&amp;Remplacer la carte…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Upcoming payments</source>
        <translation>Paiements à venir</translation>
    </message>
    <message>
        <source>Past payments</source>
        <translation>Paiements passés</translation>
    </message>
    <message>
        <source>&amp;Change the payment method…</source>
        <translation>&amp;Changer le mode de paiement…</translation>
    </message>
    <message>
        <source>Only the payment method of an upcoming payment can change here. To change its date, contact the organization.</source>
        <translation>Seul le mode de paiement d'un paiement à venir peut changer ici. Pour en changer la date, communiquez avec l'organisation.</translation>
    </message>
    <message>
        <source>Past payments (%1)</source>
        <translation>Paiements passés (%1)</translation>
    </message>
    <message>
        <source>Address and au&amp;thorizations…</source>
        <translation>Adresse et au&amp;torisations…</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1?</translation>
    </message>
    <message>
        <source>Delete the payment method</source>
        <translation>Supprimer le mode de paiement</translation>
    </message>
    <message>
        <source>Upcoming payment</source>
        <translation>Paiement à venir</translation>
    </message>
    <message>
        <source>Only a scheduled payment can change.</source>
        <translation>Seul un paiement prévu peut changer.</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Add a payment method first.</source>
        <translation>Ajoutez d'abord un mode de paiement.</translation>
    </message>
    <message>
        <source>Pay %1 on %2 with:</source>
        <translation>Payer %1 le %2 avec :</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Billing &amp;street</source>
        <translation>&amp;Rue de facturation</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Province</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>Organizations allowed to charge it:</source>
        <translation>Organisations autorisées à le débiter :</translation>
    </message>
    <message>
        <source>Replace the bank account</source>
        <translation>Remplacer le compte bancaire</translation>
    </message>
    <message>
        <source>Add a bank account</source>
        <translation>Ajouter un compte bancaire</translation>
    </message>
    <message>
        <source>&amp;Name (optional)</source>
        <translation>&amp;Nom (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Institution number (3 digits)</source>
        <translation>Numéro d'&amp;institution (3 chiffres)</translation>
    </message>
    <message>
        <source>&amp;Transit number (5 digits)</source>
        <translation>Numéro de &amp;transit (5 chiffres)</translation>
    </message>
    <message>
        <source>&amp;Account number (7 to 12 digits)</source>
        <translation>Numéro de &amp;compte (7 à 12 chiffres)</translation>
    </message>
    <message>
        <source>The numbers are on a cheque. They go to the platform once; this computer keeps only the name and the account's last 4 digits.</source>
        <translation>Les numéros figurent sur un chèque. Ils vont une seule fois à la plateforme; cet ordinateur ne garde que le nom et les 4 derniers chiffres du compte.</translation>
    </message>
</context>
<context>
    <name>WalletTab</name>
    <message numerus="yes">
        <source>%n upcoming payment(s) still use it. Deleting it does not cancel them: they stay scheduled and will fail unless you choose another method.</source>
        <translation>
            <numerusform>%n paiement à venir l'utilise encore. Le supprimer ne l'annule pas : il reste prévu et échouera si vous ne choisissez pas un autre mode.</numerusform>
            <numerusform>%n paiements à venir l'utilisent encore. Le supprimer ne les annule pas : ils restent prévus et échoueront si vous ne choisissez pas un autre mode.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app.window</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some changes are not saved yet. Changing the language now leaves them. Change it anyway?</source>
        <translation>Des modifications ne sont pas encore enregistrées. Changer de langue maintenant les abandonne. Changer quand même?</translation>
    </message>
</context>
</TS>