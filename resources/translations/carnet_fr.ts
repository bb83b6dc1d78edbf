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
</TS>