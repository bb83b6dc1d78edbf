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
    <name>BillingTab</name>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>%1: balance %2</source>
        <translation>%1 : solde de %2</translation>
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
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform><numerusform>+%n autres</numerusform></translation>
    </message>
    <message>
        <source>%1 (staff)</source>
        <translation>%1 (personnel)</translation>
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
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
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
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>Courriels (%1)</translation>
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
        <source>Exported to %1 (it contains personal data: keep it safe).</source>
        <translation>Exporté vers %1 (il contient des renseignements personnels : gardez-le en lieu sûr).</translation>
    </message>
</context>
<context>
    <name>CommunicationsTab</name>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
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
    <name>Formats</name>
    <message>
        <source>ddd, MMM d</source>
        <translation>ddd d MMM</translation>
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
        <source>&amp;Find in the calendar…</source>
        <translation>&amp;Chercher dans le calendrier…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>How do I cancel a registration?</source>
        <translation>Comment annuler une inscription?</translation>
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
        <source>Cancelling</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Sessions cannot be cancelled from the calendar. A session can be cancelled only in the platform's mobile app, before its first occurrence, and only if it was paid in full by card in one transaction. Drop-ins can be cancelled online.</source>
        <translation>On ne peut pas annuler une session à partir du calendrier. Une session ne peut être annulée que dans l'application mobile de la plateforme, avant sa première occurrence, et seulement si elle a été payée en entier par carte en une seule transaction. Les activités libres peuvent être annulées en ligne.</translation>
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
    <name>PeopleTab</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Persons cannot be deleted or archived; for a duplicate, write to support@amilia.com.</source>
        <translation>Il est impossible de supprimer ou d'archiver une personne; pour un doublon, écrivez à support@amilia.com.</translation>
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
        <source>Account holder</source>
        <translation>Titulaire du compte</translation>
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
    <name>SettingsTab</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
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
            <numerusform>%n modification en attente</numerusform><numerusform>%n modifications en attente</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform><numerusform>%n conflits</numerusform></translation>
    </message>
</context>
<context>
    <name>WalletTab</name>
    <message>
        <source>Wallet</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
</TS>