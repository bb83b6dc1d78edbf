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
</context>
</TS>