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
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
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
        <source>Contact</source>
        <translation>Contact</translation>
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