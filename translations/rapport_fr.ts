<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/services/accesspolicy.cpp" line="+89"/>
        <source>Your account is deactivated, so Rapport allows nothing.</source>
        <translation>Votre compte est désactivé&#xa0;; Rapport n&apos;autorise donc rien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database requires a password: sign in first.</source>
        <translation>Cette base de données exige un mot de passe&#xa0;: connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation>Votre rôle (%1) ne l&apos;autorise pas&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../core/services/accountservice.cpp" line="+156"/>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 est le dernier administrateur actif&#xa0;; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Nobody is signed in, so there is no own password to change.</source>
        <translation>Personne n&apos;est connecté&#xa0;; il n&apos;y a donc pas de mot de passe personnel à changer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current password is wrong; the password stays as it was.</source>
        <translation>Le mot de passe actuel est erroné&#xa0;; le mot de passe reste inchangé.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The administrator always has every permission, so that nobody can lock everyone out.</source>
        <translation>L&apos;administrateur a toujours toutes les autorisations, afin que personne ne puisse bloquer l&apos;accès à tout le monde.</translation>
    </message>
</context>
<context>
    <name>AddContactPointCommand</name>
    <message>
        <location filename="../ui/undo/contactpointcommands.cpp" line="+57"/>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <location filename="../ui/undo/notecommands.cpp" line="+14"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>The database this step belongs to is closed.</source>
        <translation>La base de données de cette étape est fermée.</translation>
    </message>
</context>
<context>
    <name>AddRelationshipCommand</name>
    <message>
        <location filename="../ui/undo/relationshipcommands.cpp" line="+29"/>
        <source>Link %1: %2</source>
        <translation>Lier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AddSurveyAnswerCommand</name>
    <message>
        <location filename="../ui/undo/surveycommands.cpp" line="+24"/>
        <source>Add survey answer (score %1)</source>
        <translation>Ajouter une réponse à l&apos;enquête (note %1)</translation>
    </message>
</context>
<context>
    <name>AnalyticsRepository</name>
    <message>
        <location filename="../core/storage/analyticsrepository.cpp" line="+97"/>
        <source>Reading the currency of the orders</source>
        <translation>Lecture de la devise des commandes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the dates of the orders</source>
        <translation>Lecture des dates des commandes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the revenue per customer</source>
        <translation>Lecture du chiffre d&apos;affaires par client</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the gross margin per customer</source>
        <translation>Lecture de la marge brute par client</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the cases per customer</source>
        <translation>Lecture des dossiers par client</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the purchases per customer</source>
        <translation>Lecture des achats par client</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the purchases</source>
        <translation>Lecture des achats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the interactions</source>
        <translation>Lecture des échanges</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Counting the interactions per agent and week</source>
        <translation>Comptage des échanges par agent et par semaine</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the cases</source>
        <translation>Lecture des dossiers</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the survey answers and the revenue</source>
        <translation>Lecture des réponses aux enquêtes et du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the lost customers</source>
        <translation>Lecture des clients perdus</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+48"/>
        <source>The backup could not be written: the disk is full. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : le disque est plein. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written: %1. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open in another window or program; close it there and restore again. Nothing was changed.</source>
        <translation>%1 est ouvert dans une autre fenêtre ou un autre programme ; fermez-le et relancez la restauration. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the copy failed its check (%1)</source>
        <translation>la copie n&apos;a pas passé sa vérification (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy is not a Rapport database</source>
        <translation>la copie n&apos;est pas une base de données Rapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The backup was cancelled. Nothing was changed.</source>
        <translation>La sauvegarde a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the copy could not be synced to disk</source>
        <translation>la copie n&apos;a pas pu être écrite sur le disque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be replaced</source>
        <translation>%1 n&apos;a pas pu être remplacé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the database</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting the customers</source>
        <translation>Comptage des clients</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup %1 could not be opened (%2). Nothing was changed.</source>
        <translation>La sauvegarde %1 n&apos;a pas pu être ouverte (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 could not be opened (%2). Nothing was changed.</source>
        <translation>%1 n&apos;a pas pu être ouvert (%2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database as it is now could not be saved first, so it was not replaced: %1</source>
        <translation>La base de données dans son état actuel n&apos;a pas pu être sauvegardée d&apos;abord ; elle n&apos;a donc pas été remplacée : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup could not be restored: %1. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée : %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The damaged file %1 could not be moved aside, so it was not replaced.</source>
        <translation>Le fichier endommagé %1 n&apos;a pas pu être mis de côté ; il n&apos;a donc pas été remplacé.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+86"/>
        <source>The backup could not be written: the folder %1 cannot be made. Nothing was changed.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite : le dossier %1 ne peut pas être créé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup cannot be written over the database itself; choose another file.</source>
        <translation>Une sauvegarde ne peut pas remplacer la base de données elle-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no backup at %1. Nothing was changed.</source>
        <translation>Il n&apos;y a pas de sauvegarde à l&apos;emplacement %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Rapport backup. Nothing was changed.</source>
        <translation>%1 n&apos;est pas une sauvegarde Rapport. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>The backup %1 is damaged and cannot be restored. Nothing was changed.</source>
        <translation>La sauvegarde %1 est endommagée et ne peut pas être restaurée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The backup cannot be restored: %1 Nothing was changed.</source>
        <translation>La sauvegarde ne peut pas être restaurée : %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A database cannot be restored from itself. Nothing was changed.</source>
        <translation>Une base de données ne peut pas être restaurée à partir d&apos;elle-même. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Rapport database, so it was not replaced by the backup.</source>
        <translation>%1 n&apos;est pas une base de données Rapport ; elle n&apos;a donc pas été remplacée par la sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 for backups cannot be made. Nothing was changed.</source>
        <translation>Le dossier %1 des sauvegardes ne peut pas être créé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keep from 1 to 1000 daily and from 0 to 1000 weekly backups.</source>
        <translation>Conservez de 1 à 1000 sauvegardes quotidiennes et de 0 à 1000 hebdomadaires.</translation>
    </message>
</context>
<context>
    <name>BatchRevert</name>
    <message numerus="yes">
        <location filename="../core/services/batchrevert.cpp" line="+152"/>
        <source>%Ln row(s) loaded</source>
        <translation>
            <numerusform>%Ln ligne chargée</numerusform>
            <numerusform>%Ln lignes chargées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créée</numerusform>
            <numerusform>%Ln créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+23"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <location line="+17"/>
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>%Ln client créé</numerusform>
            <numerusform>%Ln clients créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%Ln customer(s) updated</source>
        <translation>
            <numerusform>%Ln client mis à jour</numerusform>
            <numerusform>%Ln clients mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln customer(s) unchanged</source>
        <translation>
            <numerusform>%Ln client inchangé</numerusform>
            <numerusform>%Ln clients inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln ligne rejetée</numerusform>
            <numerusform>%Ln lignes rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln commande</numerusform>
            <numerusform>%Ln commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln supprimée</numerusform>
            <numerusform>%Ln supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln restored</source>
        <translation>
            <numerusform>%Ln restaurée</numerusform>
            <numerusform>%Ln restaurées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rows</source>
        <translation>aucune ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln row(s) deleted</source>
        <translation>
            <numerusform>%Ln ligne supprimée</numerusform>
            <numerusform>%Ln lignes supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln field(s) set back</source>
        <translation>
            <numerusform>%Ln champ rétabli</numerusform>
            <numerusform>%Ln champs rétablis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>on %Ln row(s)</source>
        <translation>
            <numerusform>sur %Ln ligne</numerusform>
            <numerusform>sur %Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) restored</source>
        <translation>
            <numerusform>%Ln ligne restaurée</numerusform>
            <numerusform>%Ln lignes restaurées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is left to undo.</source>
        <translation>Il ne reste rien à annuler.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../core/services/revertplanner.cpp" line="+538"/>
        <source>There is no batch %1 in the history.</source>
        <translation>Il n&apos;y a pas de lot %1 dans l&apos;historique.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n change(s) made since the batch would be overwritten; choose to keep them or to overwrite them.</source>
        <translation>
            <numerusform>%n modification faite depuis le lot serait écrasée ; choisissez de la garder ou de l&apos;écraser.</numerusform>
            <numerusform>%n modifications faites depuis le lot seraient écrasées ; choisissez de les garder ou de les écraser.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/revertplanner.cpp" line="-357"/>
        <source>Customer #%1 was erased since (batch %2): the revert leaves it as the erase left it and restores nothing of it.</source>
        <translation>Le client n° %1 a été effacé depuis (lot %2)&#xa0;: l&apos;annulation le laisse tel que l&apos;effacement l&apos;a laissé et n&apos;en rétablit rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes to customer #%1 held data of customer #%2, erased since (batch %3): they are left as they are.</source>
        <translation>Des modifications du client n° %1 contenaient des données du client n° %2, effacé depuis (lot %3)&#xa0;: elles restent telles quelles.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The batch changed a kind of row this Rapport cannot revert (%1).</source>
        <translation>Le lot a modifié un type de ligne que cette version de Rapport ne sait pas annuler (%1).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a row with the same id exists again</source>
        <translation>une ligne avec le même identifiant existe de nouveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 was deleted since, so its changes cannot be set back.</source>
        <translation>%1 %2 a été supprimé depuis, ses modifications ne peuvent donc pas être rétablies.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The batch loaded a kind of row this Rapport cannot revert (%1).</source>
        <translation>Le lot a chargé un type de ligne que cette version de Rapport ne sait pas annuler (%1).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Batch %1 was already reverted by batch %2.</source>
        <translation>Le lot %1 a déjà été annulé par le lot %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 is an erase, which keeps none of the erased values, so it cannot be reverted.</source>
        <translation>Le lot %1 est une suppression définitive, qui ne conserve aucune des valeurs supprimées ; il ne peut donc pas être annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 deleted rows loaded in bulk, which the history does not keep, so it cannot be reverted; load them again instead.</source>
        <translation>Le lot %1 a supprimé des lignes chargées en masse, que l&apos;historique ne conserve pas ; il ne peut donc pas être annulé. Chargez-les plutôt à nouveau.</translation>
    </message>
</context>
<context>
    <name>BgNbd</name>
    <message>
        <location filename="../core/analytics/bgnbd.cpp" line="+266"/>
        <source>There are no customers to fit the model to.</source>
        <translation>Il n&apos;y a aucun client auquel ajuster le modèle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer columns differ in length.</source>
        <translation>Les colonnes des clients n&apos;ont pas la même longueur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer %1 has an impossible purchase history (x %2, t_x %3, T %4).</source>
        <translation>Le client %1 a un historique d&apos;achats impossible (x %2, t_x %3, T %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer has bought twice yet, so repeat buying cannot be estimated.</source>
        <translation>Aucun client n&apos;a encore acheté deux fois, les achats répétés ne peuvent donc pas être estimés.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The BG/NBD model could not be fitted to these customers.</source>
        <translation>Le modèle BG/NBD n&apos;a pas pu être ajusté à ces clients.</translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+130"/>
        <source>The bulk load has already begun.</source>
        <translation>Le chargement en masse a déjà commencé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is open read-only, so nothing can be loaded.</source>
        <translation>La base est ouverte en lecture seule&#xa0;; rien ne peut être chargé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bulk load cannot start while another transaction is open.</source>
        <translation>Un chargement en masse ne peut pas commencer tant qu&apos;une autre transaction est ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the bulk load</source>
        <translation>Préparation du chargement en masse</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Starting the bulk load</source>
        <translation>Début du chargement en masse</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloaderrows.cpp" line="+195"/>
        <source>Preparing to load %1</source>
        <translation>Préparation du chargement de %1</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+112"/>
        <source>Counting rows</source>
        <translation>Comptage des lignes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finding free ids</source>
        <translation>Recherche d&apos;identifiants libres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adding the tag %1</source>
        <translation>Ajout de l&apos;étiquette %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+116"/>
        <location filename="../core/storage/bulkloaderrows.cpp" line="+15"/>
        <source>The bulk load has not begun.</source>
        <translation>Le chargement en masse n&apos;a pas commencé.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Reading the customers&apos; external keys</source>
        <translation>Lecture des clés externes des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the products</source>
        <translation>Lecture des produits</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloaderrows.cpp" line="+93"/>
        <source>Loading rows into %1</source>
        <translation>Chargement de lignes dans %1</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+19"/>
        <location line="+83"/>
        <source>Building the customer list</source>
        <translation>Construction de la liste des clients</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+48"/>
        <location line="+14"/>
        <source>Collecting the words of the names</source>
        <translation>Collecte des mots des noms</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The bulk load was cancelled; nothing was saved.</source>
        <translation>Le chargement en masse a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Completing the search index</source>
        <translation>Achèvement de l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Building the index %1</source>
        <translation>Construction de l&apos;index %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recreating the indexes and triggers</source>
        <translation>Recréation des index et des déclencheurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the loaded rows</source>
        <translation>Enregistrement des lignes chargées</translation>
    </message>
</context>
<context>
    <name>BulkSearchIndex</name>
    <message>
        <location filename="../core/storage/bulksearchindex.cpp" line="+144"/>
        <source>Building the search index</source>
        <translation>Construction de l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Copying the search index</source>
        <translation>Copie de l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Collecting the words of the names</source>
        <translation>Collecte des mots des noms</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+127"/>
        <location line="+32"/>
        <location line="+38"/>
        <source>Saving the case</source>
        <translation>Enregistrement du dossier</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+33"/>
        <location line="+41"/>
        <source>The case&apos;s customer or owner does not exist any more.</source>
        <translation>Le client ou le responsable du dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+133"/>
        <source>Reading the case</source>
        <translation>Lecture du dossier</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+133"/>
        <source>Case %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The case was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Le dossier a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The case does not exist any more.</source>
        <translation>Le dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the case</source>
        <translation>Suppression du dossier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another case has taken the number %1 meanwhile.</source>
        <translation>Un autre dossier a pris entre-temps le numéro %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the case&apos;s calls and tasks</source>
        <translation>Lecture des appels et des tâches du dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Reading the cases</source>
        <translation>Lecture des dossiers</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <location filename="../core/services/caseservice.cpp" line="+51"/>
        <source>The case is closed; open a new case for the customer instead.</source>
        <translation>Le dossier est clos&#xa0;; ouvrez plutôt un nouveau dossier pour le client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un dossier ne peut pas passer de «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>Say how the case was resolved before resolving it.</source>
        <translation>Indiquez comment le dossier a été résolu avant de le résoudre.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Say why the case is closed before closing it.</source>
        <translation>Indiquez pourquoi le dossier est clos avant de le clore.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The case was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Le dossier a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The case %1 was changed or deleted since it was opened.</source>
        <translation>Le dossier %1 a été modifié ou supprimé depuis son ouverture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls or tasks were added to the case %1 since it was opened.</source>
        <translation>Des appels ou des tâches ont été ajoutés au dossier %1 depuis son ouverture.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The case %1 was deleted since.</source>
        <translation>Le dossier %1 a été supprimé entre-temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case %1 was changed since.</source>
        <translation>Le dossier %1 a été modifié entre-temps.</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <location filename="../core/storage/changecapture.cpp" line="+29"/>
        <source>Preparing the history of changes</source>
        <translation>Préparation du journal des modifications</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Reading the changes to record</source>
        <translation>Lecture des modifications à enregistrer</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/dashboards/chartexport.cpp" line="+84"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no chart to export.</source>
        <translation>Il n&apos;y a aucun graphique à exporter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write %1: the picture could not be encoded.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: l&apos;image n&apos;a pas pu être encodée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported from Rapport</source>
        <translation>Exporté depuis Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported from Rapport: %1</source>
        <translation>Exporté depuis Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The chart has no data to export.</source>
        <translation>Le graphique n&apos;a aucune donnée à exporter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picture (PNG)…</source>
        <translation>Image (PNG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing (SVG)…</source>
        <translation>Dessin (SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (PDF)…</source>
        <translation>Document (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (CSV)…</source>
        <translation>Données (CSV)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a filter and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClvAnalyzer</name>
    <message>
        <location filename="../core/services/clvanalysis.cpp" line="+72"/>
        <source>No customer had bought anything by %1.</source>
        <translation>Aucun client n&apos;avait rien acheté au %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None of these customers had bought anything by %1.</source>
        <translation>Aucun de ces clients n&apos;avait rien acheté au %1.</translation>
    </message>
    <message>
        <source>The spend model has no finite mean (q &lt;= 1); each customer&apos;s own mean repeat spend is used.</source>
        <translation type="vanished">Le modèle de dépense n&apos;a pas de moyenne finie (q &lt;= 1)&#xa0;; la dépense moyenne répétée propre à chaque client est utilisée.</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <location filename="../core/analytics/clv.cpp" line="+106"/>
        <source>The spend model did not settle within its budget of calculations; each customer&apos;s own mean repeat spend is used.</source>
        <translation>Le modèle de dépense ne s&apos;est pas stabilisé dans son budget de calcul&#xa0;; la dépense moyenne répétée propre à chaque client est utilisée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spend model has no finite mean (q &lt;= 1); each customer&apos;s own mean repeat spend is used.</source>
        <translation>Le modèle de dépense n&apos;a pas de moyenne finie (q &lt;= 1)&#xa0;; la dépense moyenne répétée propre à chaque client est utilisée.</translation>
    </message>
</context>
<context>
    <name>ClvRepository</name>
    <message>
        <location filename="../core/storage/clvrepository.cpp" line="+47"/>
        <source>Reading the customers&apos; purchases</source>
        <translation>Lecture des achats des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The as-of date is not a valid date.</source>
        <translation>La date de référence n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>Reading the currencies</source>
        <translation type="vanished">Lecture des devises</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Reading the customers&apos; names</source>
        <translation>Lecture des noms des clients</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../core/domain/consent.cpp" line="+74"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The consent belongs to no customer.</source>
        <translation>Le consentement n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent needs the day it was given.</source>
        <translation>Le consentement doit avoir la date à laquelle il a été donné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent&apos;s source is longer than %1 characters.</source>
        <translation>La source du consentement dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>ConsentReader</name>
    <message>
        <location filename="../core/storage/consentreader.cpp" line="+30"/>
        <source>Reading consents</source>
        <translation>Lecture des consentements</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <location filename="../core/storage/consentrepository.cpp" line="+71"/>
        <source>Saving the consent</source>
        <translation>Enregistrement du consentement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent&apos;s customer does not exist any more.</source>
        <translation>Le client du consentement n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clearing the consent</source>
        <translation>Effacement du consentement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing the consents</source>
        <translation>Effacement des consentements</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>Reading the consents</source>
        <translation>Lecture des consentements</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Reading the consent</source>
        <translation>Lecture du consentement</translation>
    </message>
</context>
<context>
    <name>ContactPoint</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+25"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postal address</source>
        <translation>adresse postale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The phone number is not in E.164 form.</source>
        <translation>Le numéro de téléphone n&apos;est pas au format E.164.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The web address is empty.</source>
        <translation>L&apos;adresse web est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address needs at least a street or a city.</source>
        <translation>Une adresse doit avoir au moins une rue ou une ville.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an ISO 3166 country code such as DE for Germany.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays ISO 3166 comme FR pour la France.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation type="vanished">Le pays doit être un code de deux lettres comme DE ou FR.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Le moyen de contact n&apos;appartient à aucun client.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../core/domain/countries.cpp" line="+239"/>
        <source>&quot;%1&quot; is no country Rapport knows; choose one from the list or type its name or code, such as DE for Germany.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pays connu de Rapport&#xa0;; choisissez-en un dans la liste ou tapez son nom ou son code, comme FR pour la France.</translation>
    </message>
</context>
<context>
    <name>CreateCustomerCommand</name>
    <message>
        <location filename="../ui/undo/createcustomercommand.cpp" line="+13"/>
        <source>Create %1</source>
        <translation>Créer %1</translation>
    </message>
</context>
<context>
    <name>CredentialRepository</name>
    <message>
        <location filename="../core/storage/credentialrepository.cpp" line="+41"/>
        <source>Reading the user&apos;s password</source>
        <translation>Lecture du mot de passe de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 does not exist.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Saving the password</source>
        <translation>Enregistrement du mot de passe</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The user does not exist any more.</source>
        <translation>L&apos;utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recording a failed sign-in</source>
        <translation>Enregistrement d&apos;une connexion échouée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording a sign-in</source>
        <translation>Enregistrement d&apos;une connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading whether the database requires passwords</source>
        <translation>Lecture de l&apos;exigence de mots de passe de la base de données</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/io/csvwriter.cpp" line="+108"/>
        <source>The file could not be written: %1.</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="+25"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead</source>
        <translation>Piste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A person needs a first or a last name.</source>
        <translation>Une personne doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>Le prénom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An organisation needs a name.</source>
        <translation>Une organisation doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s name is longer than %1 characters.</source>
        <translation>Le nom de l&apos;organisation dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The acquisition date lies in the future.</source>
        <translation>La date d&apos;acquisition est dans le futur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner is not a valid user.</source>
        <translation>Le responsable n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tag is empty.</source>
        <translation>Une étiquette est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
</context>
<context>
    <name>CustomerAccess</name>
    <message>
        <location filename="../core/services/customeraccess.cpp" line="+41"/>
        <source>Your role (%1) allows this only for the customers you own: %2.</source>
        <translation>Votre rôle (%1) ne l&apos;autorise que pour les clients dont vous êtes responsable&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) allows this only for the customers of your teams: %2.</source>
        <translation>Votre rôle (%1) ne l&apos;autorise que pour les clients de vos équipes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <location filename="../ui/undo/customercommand.cpp" line="+34"/>
        <source>Cannot Redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be done: %2 It was taken off the undo history.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être effectué&#xa0;: %2 L&apos;étape a été retirée de l&apos;historique des modifications.</translation>
    </message>
    <message>
        <location filename="../ui/undo/casecommands.cpp" line="+13"/>
        <location filename="../ui/undo/customercommand.cpp" line="+7"/>
        <location filename="../ui/undo/mergecommands.cpp" line="+15"/>
        <location filename="../ui/undo/surveycommands.cpp" line="-11"/>
        <source>The database this step belongs to is closed.</source>
        <translation>La base de données de cette étape est fermée.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../core/services/customerexport.cpp" line="+88"/>
        <source>The file could not be written: %1.</source>
        <translation>Le fichier n&apos;a pas pu être écrit : %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You may not export any customer.</source>
        <translation>Vous n&apos;êtes autorisé à exporter aucun client.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+34"/>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>%1 cannot be written: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no segment called &quot;%1&quot;; the segments are %2.</source>
        <translation>Il n&apos;y a aucun segment nommé « %1 » ; les segments sont %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>RFM segment: %1</source>
        <translation>Segment RFM : %1</translation>
    </message>
</context>
<context>
    <name>CustomerExportRepository</name>
    <message>
        <location filename="../core/storage/customerexportrepository.cpp" line="+50"/>
        <location line="+28"/>
        <location line="+23"/>
        <source>Reading customers to export</source>
        <translation>Lecture des clients à exporter</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <location filename="../core/services/customerimport.cpp" line="+81"/>
        <source>&quot;%1&quot; is not a match key (external-id, email or phone).</source>
        <translation>« %1 » n&apos;est pas une clé de rapprochement (external-id, email ou phone).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name at least one match key: external-id, email or phone.</source>
        <translation>Indiquez au moins une clé de rapprochement : external-id, email ou phone.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>La correspondance ne convient pas aux colonnes du fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a phone region (a country code such as DE).</source>
        <translation>« %1 » n&apos;est pas une région téléphonique (un code pays comme FR).</translation>
    </message>
    <message>
        <location filename="../core/services/customerimportread.cpp" line="+58"/>
        <source>The row repeats the header row.</source>
        <translation>La ligne répète la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <location filename="../core/services/customerimportmatch.cpp" line="+136"/>
        <source>The row holds nothing to import.</source>
        <translation>La ligne ne contient rien à importer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The row is the same customer as line %1 (%2); merge the two rows in the file.</source>
        <translation>La ligne est le même client que la ligne %1 (%2) ; fusionnez les deux lignes dans le fichier.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The external id %1 belongs to customer %2, who is in the trash; restore it first.</source>
        <translation>L&apos;identifiant externe %1 appartient au client %2, qui est dans la corbeille ; restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its external id</source>
        <translation>son identifiant externe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The external id %1 belongs to customer %2 already.</source>
        <translation>L&apos;identifiant externe %1 appartient déjà au client %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its e-mail %1</source>
        <translation>son e-mail %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its phone %1</source>
        <translation>son téléphone %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row matches two different customers: %1 (customer %2) and %3 (customer %4).</source>
        <translation>La ligne correspond à deux clients différents : %1 (client %2) et %3 (client %4).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No customer matches the row, and the import only updates.</source>
        <translation>Aucun client ne correspond à la ligne, et l&apos;importation ne fait que des mises à jour.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer %1 exists already (matched by %2); an import that only creates leaves it as it is.</source>
        <translation>Le client %1 existe déjà (reconnu par %2) ; une importation qui ne fait que créer le laisse tel quel.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+2"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+2"/>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>acquired on</source>
        <translation>acquis le</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>external id</source>
        <translation>identifiant externe</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed: %1.</source>
        <translation>Modifié : %1.</translation>
    </message>
    <message>
        <location filename="../core/services/customerimportrow.cpp" line="+253"/>
        <source>&quot;%1&quot; is neither a person nor an organisation.</source>
        <translation>« %1 » n&apos;est ni une personne ni une organisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a stage (lead, prospect, active, lapsed or lost).</source>
        <translation>« %1 » n&apos;est pas une étape (lead, prospect, active, lapsed ou lost).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a date (expected like %2).</source>
        <translation>« %1 » n&apos;est pas une date (attendu comme %2).</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&quot;%1&quot; names no country.</source>
        <translation>« %1 » ne désigne aucun pays.</translation>
    </message>
</context>
<context>
    <name>CustomerImportRepository</name>
    <message>
        <location filename="../core/storage/customerimportrepository.cpp" line="+41"/>
        <source>Reading the customers to match the import against</source>
        <translation>Lecture des clients à rapprocher de l&apos;importation</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading the customer</source>
        <translation>Lecture du client</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the tags</source>
        <translation>Lecture des étiquettes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the contact points</source>
        <translation>Lecture des moyens de contact</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving the customer&apos;s external id</source>
        <translation>Enregistrement de l&apos;identifiant externe du client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting customers</source>
        <translation>Comptage des clients</translation>
    </message>
</context>
<context>
    <name>CustomerImportResult</name>
    <message>
        <location filename="../core/services/customerimport.cpp" line="-58"/>
        <source>The report cannot be saved to %1: %2.</source>
        <translation>Impossible d&apos;enregistrer le rapport sous %1 : %2.</translation>
    </message>
</context>
<context>
    <name>CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+247"/>
        <source>Counting the selected customers</source>
        <translation>Comptage des clients sélectionnés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting the customers</source>
        <translation>Comptage des clients</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+46"/>
        <source>Reading the customer list</source>
        <translation>Lecture de la liste des clients</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading customers</source>
        <translation>Lecture des clients</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading a customer&apos;s place in the list</source>
        <translation>Lecture de la position d&apos;un client dans la liste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sorting the search results</source>
        <translation>Tri des résultats de recherche</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the selected customers</source>
        <translation>Lecture des clients sélectionnés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the tags</source>
        <translation>Lecture des étiquettes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Building the customer list</source>
        <translation>Construction de la liste des clients</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer list&apos;s build script is missing.</source>
        <translation>Le script de construction de la liste des clients manque.</translation>
    </message>
    <message>
        <location filename="../core/storage/revenuewindowrepository.cpp" line="+51"/>
        <source>Reading the customer list&apos;s revenue window</source>
        <translation>Lecture de la période de chiffre d&apos;affaires de la liste des clients</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moving the revenue window of the customer list</source>
        <translation>Déplacement de la période de chiffre d&apos;affaires de la liste des clients</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <location filename="../core/services/customermerge.cpp" line="+56"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External ID</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>Un client ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer %1 is in the trash; restore it before merging.</source>
        <translation>Le client %1 est dans la corbeille ; restaurez-le avant de fusionner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person cannot be merged with an organisation.</source>
        <translation>Une personne ne peut pas être fusionnée avec une organisation.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not a field of a merge; the fields are: %2.</source>
        <translation>« %1 » n&apos;est pas un champ de fusion ; les champs sont : %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One of the customers was changed by someone else since the merge was shown; look at them again and merge then.</source>
        <translation>L&apos;un des clients a été modifié par quelqu&apos;un d&apos;autre depuis l&apos;affichage de la fusion ; examinez-les à nouveau, puis fusionnez.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeRepository</name>
    <message>
        <location filename="../core/storage/customermergerepository.cpp" line="+57"/>
        <source>Reading a customer to merge</source>
        <translation>Lecture d&apos;un client à fusionner</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+21"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading a customer&apos;s tags</source>
        <translation>Lecture des étiquettes d&apos;un client</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the merged customer</source>
        <translation>Enregistrement du client fusionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>The customer was changed by someone else since it was read; read it again and merge then.</source>
        <translation>Le client a été modifié par quelqu&apos;un d&apos;autre depuis sa lecture ; relisez-le, puis fusionnez.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Moving the merged customer to the trash</source>
        <translation>Mise à la corbeille du client fusionné</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Moving the merged customer&apos;s records</source>
        <translation>Déplacement des fiches du client fusionné</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Reading the history</source>
        <translation>Lecture du journal des modifications</translation>
    </message>
</context>
<context>
    <name>CustomerNote</name>
    <message>
        <location filename="../core/domain/customernote.cpp" line="+26"/>
        <source>The note belongs to no customer.</source>
        <translation>La note n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The author is not a valid user.</source>
        <translation>L&apos;auteur n&apos;est pas un utilisateur valide.</translation>
    </message>
</context>
<context>
    <name>CustomerOverviewRepository</name>
    <message>
        <location filename="../core/storage/customeroverviewrepository.cpp" line="+96"/>
        <source>Reading the customer</source>
        <translation>Lecture du client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer %1 does not exist (any more).</source>
        <translation>Le client %1 n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the contact points</source>
        <translation>Lecture des moyens de contact</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the last contact</source>
        <translation>Lecture du dernier échange</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the next follow-up</source>
        <translation>Lecture de la prochaine relance</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the customer&apos;s revenue</source>
        <translation>Lecture du chiffre d&apos;affaires du client</translation>
    </message>
</context>
<context>
    <name>CustomerPanelsRepository</name>
    <message>
        <location filename="../core/storage/customerpanelsrepository.cpp" line="+105"/>
        <source>Reading the related customers</source>
        <translation>Lecture des clients liés</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+37"/>
        <source>Reading the products bought</source>
        <translation>Lecture des produits achetés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the customer&apos;s cases</source>
        <translation>Lecture des dossiers du client</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the customer&apos;s tasks</source>
        <translation>Lecture des tâches du client</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <location filename="../core/services/customerrecord.cpp" line="+57"/>
        <source>A relationship does not involve the customer.</source>
        <translation>Une relation ne concerne pas le client.</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+148"/>
        <location line="+56"/>
        <location line="+258"/>
        <location line="+37"/>
        <source>Saving the customer</source>
        <translation>Enregistrement du client</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Reading the customer</source>
        <translation>Lecture du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The contact point cannot come back: another one has taken its place meanwhile.</source>
        <translation>Le moyen de contact ne peut pas revenir&#xa0;: un autre a pris sa place entre-temps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer does not exist any more.</source>
        <translation>Le client n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The customer cannot come back: another customer has taken number %1 meanwhile.</source>
        <translation>Le client ne peut pas revenir&#xa0;: un autre client a pris le numéro %1 entre-temps.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lecture de l&apos;historique du client</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Moving the customer to the trash</source>
        <translation>Mise du client à la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring the customer</source>
        <translation>Restauration du client</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+186"/>
        <source>Deleting the customer</source>
        <translation>Suppression du client</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Counting customers</source>
        <translation>Comptage des clients</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Saving the tags</source>
        <translation>Enregistrement des étiquettes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the tags</source>
        <translation>Lecture des étiquettes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Le moyen de contact n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+47"/>
        <location line="+7"/>
        <location line="+46"/>
        <location line="+64"/>
        <source>Saving the contact point</source>
        <translation>Enregistrement du moyen de contact</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Reading the contact points</source>
        <translation>Lecture des moyens de contact</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+33"/>
        <source>The contact point</source>
        <translation>Le moyen de contact</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+12"/>
        <source>Removing the contact point</source>
        <translation>Suppression du moyen de contact</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+17"/>
        <location line="+16"/>
        <source>The contact point does not exist any more.</source>
        <translation>Le moyen de contact n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Customer %1 does not exist any more.</source>
        <translation>Le client %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchRepository</name>
    <message>
        <location filename="../core/storage/customersearchrepository.cpp" line="+76"/>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Searching by phone number</source>
        <translation>Recherche par numéro de téléphone</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for close matches</source>
        <translation>Recherche de résultats approchants</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+27"/>
        <source>Reading search results</source>
        <translation>Lecture des résultats de recherche</translation>
    </message>
</context>
<context>
    <name>CustomerSelectionTable</name>
    <message>
        <location filename="../core/storage/customerselectiontable.cpp" line="+62"/>
        <source>Reading the selected customers</source>
        <translation>Lecture des clients sélectionnés</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <location filename="../core/services/customerservice.cpp" line="+185"/>
        <source>Only a customer that exists can be saved this way.</source>
        <translation>Seul un client existant peut être enregistré de cette façon.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was changed by someone else since; going back or forth would overwrite that change.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre entre-temps&#xa0;; annuler ou rétablir écraserait cette modification.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 was changed since it was created, so it stays; move it to the trash instead.</source>
        <translation>%1 a été modifié depuis sa création et reste donc en place&#xa0;; mettez-le plutôt à la corbeille.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has calls, orders, cases, tasks or notes by now, so it stays; move it to the trash instead.</source>
        <translation>%1 a désormais des appels, des commandes, des dossiers, des tâches ou des notes et reste donc en place&#xa0;; mettez-le plutôt à la corbeille.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 was moved to the trash by someone else meanwhile.</source>
        <translation>%1 a été mis à la corbeille par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was restored from the trash by someone else meanwhile.</source>
        <translation>%1 a été restauré depuis la corbeille par quelqu&apos;un d&apos;autre entre-temps.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not in the trash; only customers in the trash can be deleted for good.</source>
        <translation>%1 n&apos;est pas dans la corbeille&#xa0;; seuls les clients de la corbeille peuvent être supprimés définitivement.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../core/analytics/dashboard.cpp" line="+248"/>
        <location line="+133"/>
        <location filename="../core/analytics/dashboarddrilldown.cpp" line="+37"/>
        <location line="+18"/>
        <source>Revenue in period</source>
        <translation>CA sur la période</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Days since last purchase</source>
        <translation>Jours depuis le dernier achat</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../core/analytics/dashboarddrilldown.cpp" line="+41"/>
        <source>Predicted lifetime value</source>
        <translation>Valeur vie client prévue</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The dashboard was not refreshed.</source>
        <translation>Le tableau de bord n&apos;a pas été actualisé.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The period must not end before it starts.</source>
        <translation>La période ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Revenue in month %1</source>
        <translation>CA au mois %1</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation type="vanished">La période ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Customer lifetime values are being computed…</source>
        <translation>Calcul des valeurs vie client en cours…</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation type="vanished">Aucun conseiller indiqué</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboardclv.cpp" line="+137"/>
        <source>No customer had bought anything by %1.</source>
        <translation>Aucun client n&apos;avait rien acheté au %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The lifetime value model did not settle on the purchases up to %1 within its budget of calculations, so there are no values.</source>
        <translation>Le modèle de valeur vie client ne s&apos;est pas stabilisé sur les achats jusqu&apos;au %1 dans son budget de calcul&#xa0;; il n&apos;y a donc pas de valeurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lifetime value model does not settle on the purchases up to %1 (it sees almost no customer dropping out), so there are no values.</source>
        <translation>Le modèle de valeur vie client ne se stabilise pas sur les achats jusqu’au %1 (il ne voit presque aucun client partir)&#xa0;; il n’y a donc pas de valeurs.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>None of these customers has bought anything yet.</source>
        <translation>Aucun de ces clients n&apos;a encore rien acheté.</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboardactivity.cpp" line="+77"/>
        <source>No agent recorded</source>
        <translation>Aucun conseiller enregistré</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboarddrilldown.cpp" line="-42"/>
        <source>Cases opened in period</source>
        <translation>Dossiers ouverts sur la période</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Past revenue</source>
        <translation>CA historique</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Survey score</source>
        <translation>Note d&apos;enquête</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <location filename="../core/storage/dashboardrepository.cpp" line="+26"/>
        <source>Loading the dashboards stopped.</source>
        <translation>Le chargement des tableaux de bord a été interrompu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/storage/dashboardupdate.cpp" line="+46"/>
        <source>Reading the customers</source>
        <translation>Lecture des clients</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/storage/dashboardupdate.cpp" line="+131"/>
        <source>Reading the orders</source>
        <translation>Lecture des commandes</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reading the cases</source>
        <translation>Lecture des dossiers</translation>
    </message>
    <message>
        <location filename="../core/storage/dashboardactivityupdate.cpp" line="+27"/>
        <location line="+105"/>
        <location filename="../core/storage/dashboardrepository.cpp" line="+73"/>
        <source>Counting the interactions</source>
        <translation>Comptage des échanges</translation>
    </message>
    <message>
        <location filename="../core/storage/dashboardrepository.cpp" line="+37"/>
        <source>Reading the survey answers</source>
        <translation>Lecture des réponses aux enquêtes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team</source>
        <translation>Lecture de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the teams</source>
        <translation>Lecture des équipes</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Loaded</source>
        <translation>Chargé</translation>
    </message>
    <message>
        <location filename="../core/storage/dashboardhistory.cpp" line="+121"/>
        <location line="+17"/>
        <source>Reading the history</source>
        <translation>Lecture du journal des modifications</translation>
    </message>
</context>
<context>
    <name>DashboardSnapshot</name>
    <message>
        <location filename="../core/storage/dashboardsnapshot.cpp" line="+303"/>
        <source>The dashboards&apos; snapshot %1 could not be saved.</source>
        <translation>L’instantané des tableaux de bord %1 n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The dashboards&apos; snapshot %1 is damaged or from another version.</source>
        <translation>L’instantané des tableaux de bord %1 est endommagé ou provient d’une autre version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no dashboards&apos; snapshot %1.</source>
        <translation>Il n’y a pas d’instantané des tableaux de bord %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+196"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a Rapport database, or it is damaged (%2).</source>
        <translation>%1 n&apos;est pas une base de données Rapport, ou elle est endommagée (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows schema %3 at most).</source>
        <translation>%1 a été écrit par une version plus récente de Rapport (schéma %2&#xa0;; cette version connaît au plus le schéma %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an SQLite database of another program, not a Rapport database.</source>
        <translation>%1 est la base SQLite d&apos;un autre programme, pas une base de données Rapport.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Rapport database (it is not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données Rapport (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an empty file, not a Rapport database.</source>
        <translation>%1 est un fichier vide, pas une base de données Rapport.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an empty SQLite file, not a Rapport database.</source>
        <translation>%1 est un fichier SQLite vide, pas une base de données Rapport.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is read-only; make it writable or open it read-only.</source>
        <translation>%1 est en lecture seule&#xa0;; rendez-le modifiable ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation>Le dossier %1 n&apos;est pas accessible en écriture&#xa0;; impossible d&apos;y créer une base de données.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+35"/>
        <location line="+172"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>%1 was left with an unfinished change by a program that stopped; opening it once with permission to write to the file and its folder undoes that change, and nothing saved before it is lost.</source>
        <translation>%1 contient une modification inachevée laissée par un programme qui s&apos;est arrêté ; l&apos;ouvrir une fois avec le droit d&apos;écrire dans le fichier et son dossier annule cette modification, et rien de ce qui avait été enregistré avant n&apos;est perdu.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Opening %1 failed: Qt&apos;s SQLite driver gave no connection handle.</source>
        <translation>Ouverture de %1 impossible&#xa0;: le pilote SQLite de Qt n&apos;a fourni aucune connexion.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Checking the database</source>
        <translation>Vérification de la base</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the database&apos;s references</source>
        <translation>Vérification des références de la base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>la ligne %1 de %2 renvoie à une ligne manquante de %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for changes by others failed: %1</source>
        <translation>La recherche des modifications des autres a échoué : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database file %1 is no longer there: it was moved or deleted, or its network share is gone. Nothing was saved.</source>
        <translation>Le fichier de base de données %1 n&apos;est plus là&#xa0;: il a été déplacé ou supprimé, ou son partage réseau a disparu. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../ui/databasechooser.cpp" line="+26"/>
        <source>Rapport databases (*.db *.rapport *.sqlite)</source>
        <translation>Bases de données Rapport (*.db *.rapport *.sqlite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>customers.db</source>
        <translation>clients.db</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 exists already. Choose another name, or open it with File ▸ Open Database.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ouvrez-le avec Fichier ▸ Ouvrir une base de données.</translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <location filename="../core/storage/databaseinfo.cpp" line="+49"/>
        <source>Listing the tables</source>
        <translation>Liste des tables</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the rows of %1</source>
        <translation>Comptage des lignes de %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+184"/>
        <source>Making the demo rows failed: %1.</source>
        <translation>La création des lignes de démonstration a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of demo customers must lie between 1 and %L1.</source>
        <translation>Le nombre de clients de démonstration doit être compris entre 1 et %L1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo data needs a valid end date.</source>
        <translation>Les données de démonstration ont besoin d&apos;une date de fin valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interactions per customer must lie between 0 and 1000.</source>
        <translation>Le nombre d&apos;échanges par client doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The orders per customer must lie between 0 and 1000.</source>
        <translation>Le nombre de commandes par client doit être compris entre 0 et 1000.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The database already holds %n customer(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>La base contient déjà %n client&#xa0;; les données de démonstration ne vont que dans une base vide.</numerusform>
            <numerusform>La base contient déjà %n clients&#xa0;; les données de démonstration ne vont que dans une base vide.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Making the demo data was cancelled; the database was left as it was.</source>
        <translation>La création des données de démonstration a été annulée&#xa0;; la base est restée inchangée.</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message>
        <location filename="../core/demo/demowords.cpp" line="+243"/>
        <source>The demo word list %1 is incomplete or malformed%2.</source>
        <translation>La liste de mots de démonstration %1 est incomplète ou mal formée%2.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The demo word list common.txt has no section [%1].</source>
        <translation>La liste de mots de démonstration common.txt n&apos;a pas de section [%1].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo word list common.txt has no case subjects.</source>
        <translation>La liste de mots de démonstration common.txt n&apos;a pas d&apos;objets de dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo word list common.txt needs eight tags.</source>
        <translation>La liste de mots de démonstration common.txt doit contenir huit étiquettes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The demo product list is malformed near &quot;%1&quot;.</source>
        <translation>La liste de produits de démonstration est mal formée près de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>La liste de mots de démonstration %1 manque dans cette version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo word lists are missing from this build.</source>
        <translation>Les listes de mots de démonstration manquent dans cette version.</translation>
    </message>
</context>
<context>
    <name>DismissDuplicateCommand</name>
    <message>
        <location filename="../ui/undo/mergecommands.cpp" line="+45"/>
        <source>Not a Duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <location filename="../core/services/door.cpp" line="+32"/>
        <source>nobody signed in</source>
        <translation>aucun utilisateur connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for %1…</source>
        <translation>En attente de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for another user who is saving a change…</source>
        <translation>En attente d&apos;un autre utilisateur qui enregistre une modification…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A bulk change must be described as a batch.</source>
        <translation>Une modification en masse doit être décrite comme un lot.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>La base est ouverte en lecture seule&#xa0;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change cannot start while another one is being saved.</source>
        <translation>Une modification ne peut pas commencer pendant qu&apos;une autre est en cours d&apos;enregistrement.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/services/duplicatefinder.cpp" line="+181"/>
        <source>names %1% alike</source>
        <translation>noms similaires à %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same e-mail %1</source>
        <translation>même e-mail %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone %1</source>
        <translation>même téléphone %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both at %1</source>
        <translation>tous deux chez %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city %1</source>
        <translation>même ville %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different cities (%1)</source>
        <translation>villes différentes (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The search for duplicates was cancelled.</source>
        <translation>La recherche de doublons a été annulée.</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DuplicateRepository</name>
    <message>
        <location filename="../core/storage/duplicaterepository.cpp" line="+68"/>
        <source>Reading the customers to compare</source>
        <translation>Lecture des clients à comparer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the customers&apos; phone numbers and e-mail addresses</source>
        <translation>Lecture des numéros de téléphone et adresses e-mail des clients</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading a customer</source>
        <translation>Lecture d&apos;un client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading a customer&apos;s contact details</source>
        <translation>Lecture des coordonnées d&apos;un client</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the pairs that are not duplicates</source>
        <translation>Lecture des paires qui ne sont pas des doublons</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remembering that two customers are not duplicates</source>
        <translation>Mémorisation que deux clients ne sont pas des doublons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgetting that two customers are not duplicates</source>
        <translation>Oubli que deux clients ne sont pas des doublons</translation>
    </message>
</context>
<context>
    <name>EditContactPointCommand</name>
    <message>
        <location filename="../ui/undo/contactpointcommands.cpp" line="+8"/>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
</context>
<context>
    <name>EditCustomerCommand</name>
    <message>
        <location filename="../ui/undo/editcustomercommand.cpp" line="+15"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <location filename="../ui/undo/edittaskcommand.cpp" line="+18"/>
        <source>Edit task: %1</source>
        <translation>Modifier la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The task “%1” was changed meanwhile; the step is not taken.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été modifiée entre-temps&#xa0;; l&apos;étape n&apos;est pas effectuée.</translation>
    </message>
</context>
<context>
    <name>EraseRepository</name>
    <message>
        <location filename="../core/storage/eraserepository.cpp" line="+40"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Reading the person to erase</source>
        <translation>Lecture de la personne à effacer</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+51"/>
        <source>Erasing the person&apos;s data</source>
        <translation>Effacement des données de la personne</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Compacting the search index</source>
        <translation>Compactage de l&apos;index de recherche</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../core/services/erasureservice.cpp" line="+81"/>
        <source>Erased customer #%1</source>
        <translation>Client effacé n° %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>GammaGamma</name>
    <message>
        <location filename="../core/analytics/gammagamma.cpp" line="+76"/>
        <source>The customer columns differ in length.</source>
        <translation>Les colonnes des clients n&apos;ont pas la même longueur.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fewer than two customers have bought again with a positive amount, so spend cannot be estimated.</source>
        <translation>Moins de deux clients ont racheté avec un montant positif, la dépense ne peut donc pas être estimée.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The Gamma-Gamma spend model could not be fitted to these customers.</source>
        <translation>Le modèle de dépense Gamma-Gamma n&apos;a pas pu être ajusté à ces clients.</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <location filename="../core/storage/historychain.cpp" line="+28"/>
        <source>Recomputing the history&apos;s chain</source>
        <translation>Recalcul de la chaîne du journal des modifications</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <location filename="../core/storage/historyrepository.cpp" line="+131"/>
        <source>Recording the history of the change</source>
        <translation>Enregistrement de la modification dans le journal</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <location line="+56"/>
        <location line="+15"/>
        <location line="+4"/>
        <location line="+102"/>
        <source>Reading the history</source>
        <translation>Lecture du journal des modifications</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+4"/>
        <source>Counting the history</source>
        <translation>Comptage des entrées du journal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the newest changes</source>
        <translation>Lecture des modifications les plus récentes</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+58"/>
        <source>Checking the history</source>
        <translation>Vérification du journal des modifications</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>History entry %1 does not follow entry %2: entries were removed.</source>
        <translation>L&apos;entrée de journal %1 ne suit pas l&apos;entrée %2&#xa0;: des entrées ont été supprimées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History entry %1 is out of order: entries were inserted.</source>
        <translation>L&apos;entrée de journal %1 n&apos;est pas à sa place&#xa0;: des entrées ont été insérées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History entry %1 is marked as erased, but by no later erase.</source>
        <translation>L&apos;entrée de journal %1 est marquée comme effacée, mais par aucun effacement ultérieur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History entry %1 does not fit the chain: its changes were altered.</source>
        <translation>L&apos;entrée de journal %1 ne correspond pas à la chaîne : ses modifications ont été altérées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History entry %1 does not fit the chain: it was changed, or an entry was inserted before it.</source>
        <translation>L&apos;entrée de journal %1 ne s&apos;inscrit pas dans la chaîne&#xa0;: elle a été modifiée, ou une entrée a été insérée avant elle.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History entry %1 is marked as erased, but the erase it names did not erase it.</source>
        <translation>L&apos;entrée de journal %1 est marquée comme effacée, mais l&apos;effacement qu&apos;elle indique ne l&apos;a pas effacée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History entry %1 is missing: the newest entry was removed.</source>
        <translation>L&apos;entrée de journal %1 manque&#xa0;: l&apos;entrée la plus récente a été supprimée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entries %1 to %2 are missing: the newest entries were removed.</source>
        <translation>Les entrées de journal %1 à %2 manquent&#xa0;: les entrées les plus récentes ont été supprimées.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Erasing from the history</source>
        <translation>Effacement dans le journal des modifications</translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <location filename="../core/models/historywording.cpp" line="+93"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact detail</source>
        <translation>moyen de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interaction</source>
        <translation>échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survey answer</source>
        <translation>réponse à l&apos;enquête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team membership</source>
        <translation>appartenance à une équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Moved to the trash</source>
        <translation>Mise à la corbeille</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch (import, demo data…)</source>
        <translation>Lot (import, démo…)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Imported %Ln customer(s)</source>
        <translation>
            <numerusform>Import de %Ln client</numerusform>
            <numerusform>Import de %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a file</source>
        <translation>Import d&apos;un fichier</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded demo data: %Ln customer(s)</source>
        <translation>
            <numerusform>Chargement des données de démonstration&#xa0;: %Ln client</numerusform>
            <numerusform>Chargement des données de démonstration&#xa0;: %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded demo data</source>
        <translation>Chargement des données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged customers</source>
        <translation>Fusion de clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased a customer</source>
        <translation>Suppression définitive d&apos;un client</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %Ln order(s) from %1</source>
        <translation>
            <numerusform>Import de %Ln commande depuis %1</numerusform>
            <numerusform>Import de %Ln commandes depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported purchases</source>
        <translation>Import d&apos;achats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch: %1</source>
        <translation>Lot&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored from the trash</source>
        <translation>Restauration depuis la corbeille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed user %1</source>
        <translation>Utilisateur %1 modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1 out of a team</source>
        <translation>%1 retiré(e) d’une équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 in a team</source>
        <translation>%1 ajouté(e) à une équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed permission: %1 for %2</source>
        <translation>Permission modifiée : %1 pour %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged an interaction (%1)</source>
        <translation>Saisie d&apos;un échange (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1</source>
        <translation>Ajout&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1</source>
        <translation>Retrait&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1</source>
        <translation>Suppression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed %1</source>
        <translation>Modification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the trash since</source>
        <translation>Dans la corbeille depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked customer</source>
        <translation>Client lié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Coût unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Date de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../core/io/importmapping.cpp" line="+26"/>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or organisation</source>
        <translation>Personne ou organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired on</source>
        <translation>Acquis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of another column</source>
        <translation>Libellé d&apos;une autre colonne</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>No column is mapped to an external id, an e-mail or a phone, so no row can be matched to a customer to update.</source>
        <translation>Aucune colonne n&apos;est associée à un identifiant externe, un e-mail ou un téléphone : aucune ligne ne peut donc être rapprochée d&apos;un client à mettre à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to a name or an organisation, so no customer can be made from a row.</source>
        <translation>Aucune colonne n&apos;est associée à un nom ou une organisation : aucun client ne peut donc être créé à partir d&apos;une ligne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The column &quot;%1&quot; gives the label of no e-mail, phone, web or address column.</source>
        <translation>La colonne « %1 » ne donne le libellé d&apos;aucune colonne e-mail, téléphone, web ou adresse.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The mapping is not a Rapport import mapping (version 1).</source>
        <translation>La correspondance n&apos;est pas une correspondance d&apos;importation Rapport (version 1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mapping names an unknown target &quot;%1&quot;.</source>
        <translation>La correspondance indique une destination inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mapping is not valid JSON: %1.</source>
        <translation>La correspondance n&apos;est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping %1 cannot be read: %2.</source>
        <translation>Impossible de lire la correspondance %1 : %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping cannot be saved to %1: %2.</source>
        <translation>Impossible d&apos;enregistrer la correspondance sous %1 : %2.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../core/io/importsource.cpp" line="+143"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Impossible de lire le fichier %1 : %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is empty.</source>
        <translation>Le fichier %1 est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not a text file (CSV or vCard), so it cannot be imported.</source>
        <translation>Le fichier %1 n&apos;est pas un fichier texte (CSV ou vCard) : il ne peut donc pas être importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 holds no contacts.</source>
        <translation>Le fichier %1 ne contient aucun contact.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 holds no contact that can be read: line %2: %3</source>
        <translation>Le fichier %1 ne contient aucun contact lisible : ligne %2 : %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file %1 holds no record that can be read.</source>
        <translation>Le fichier %1 ne contient aucun enregistrement lisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 has a header but no rows, so there is nothing to import.</source>
        <translation>Le fichier %1 a un en-tête mais aucune ligne : il n&apos;y a donc rien à importer.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <location filename="../core/services/customerimportwrite.cpp" line="+31"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../core/domain/interaction.cpp" line="+28"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up needed</source>
        <translation>Relance nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The interaction belongs to no customer.</source>
        <translation>L&apos;échange n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce canal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The direction is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce sens.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interaction needs the time it happened.</source>
        <translation>L&apos;échange doit avoir l&apos;heure à laquelle il a eu lieu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interaction lies in the future; plan it as a task instead.</source>
        <translation>L&apos;échange est dans le futur&#xa0;; planifiez-le plutôt comme une tâche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duration must lie between zero and seven days.</source>
        <translation>La durée doit être comprise entre zéro et sept jours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not a valid user.</source>
        <translation>Le conseiller n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>L&apos;objet dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The outcome is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce résultat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is not a valid case.</source>
        <translation>Le dossier n&apos;est pas un dossier valide.</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <location filename="../core/storage/interactionrepository.cpp" line="+90"/>
        <source>The interaction&apos;s customer, agent or case does not exist any more.</source>
        <translation>Le client, le conseiller ou le dossier de l&apos;échange n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+33"/>
        <source>Saving the interaction</source>
        <translation>Enregistrement de l&apos;échange</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading the interaction</source>
        <translation>Lecture de l&apos;échange</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interaction %1 does not exist.</source>
        <translation>L&apos;échange %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The interaction was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>L&apos;échange a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The interaction does not exist any more.</source>
        <translation>L&apos;échange n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the interaction</source>
        <translation>Suppression de l&apos;échange</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another interaction has taken the number %1 meanwhile.</source>
        <translation>Un autre échange a pris entre-temps le numéro %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lecture de l&apos;historique du client</translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <location filename="../core/services/interactionservice.cpp" line="+89"/>
        <source>The call already belongs to a case; it cannot open another one.</source>
        <translation>L&apos;appel appartient déjà à un dossier&#xa0;; il ne peut pas en ouvrir un autre.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The call was changed or deleted since it was logged.</source>
        <translation>L&apos;appel a été modifié ou supprimé depuis sa saisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its follow-up task “%1” was changed or deleted since.</source>
        <translation>Sa tâche de suivi « %1 » a été modifiée ou supprimée entre-temps.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case %1 it opened was changed or deleted since.</source>
        <translation>Le dossier %1 qu&apos;il a ouvert a été modifié ou supprimé entre-temps.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other calls or tasks were added to the case %1 since.</source>
        <translation>D&apos;autres appels ou tâches ont été ajoutés entre-temps au dossier %1.</translation>
    </message>
</context>
<context>
    <name>LifetimeValue</name>
    <message numerus="yes">
        <location filename="../core/analytics/clvaverage.cpp" line="+43"/>
        <source>Average lifetime value: the revenue the purchase models expect from a customer over the next %n month(s), discounted, averaged over every customer who had bought by the end of the period (not only those who bought in it).</source>
        <translation>
            <numerusform>Valeur vie client moyenne&#xa0;: le chiffre d&apos;affaires que les modèles d&apos;achat attendent d&apos;un client sur %n mois à venir, actualisé, en moyenne sur tous les clients ayant acheté jusqu&apos;à la fin de la période (pas seulement ceux qui ont acheté pendant celle-ci).</numerusform>
            <numerusform>Valeur vie client moyenne&#xa0;: le chiffre d&apos;affaires que les modèles d&apos;achat attendent d&apos;un client sur les %n prochains mois, actualisé, en moyenne sur tous les clients ayant acheté jusqu&apos;à la fin de la période (pas seulement ceux qui ont acheté pendant celle-ci).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallCommand</name>
    <message>
        <location filename="../ui/undo/logcallcommand.cpp" line="+14"/>
        <source>Log call with %1</source>
        <translation>Saisir l&apos;appel avec %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>The database this step belongs to is closed.</source>
        <translation>La base de données à laquelle appartient cette étape est fermée.</translation>
    </message>
</context>
<context>
    <name>LostCustomers</name>
    <message numerus="yes">
        <location filename="../core/analytics/lostcustomers.cpp" line="+17"/>
        <source>Lost: customers who had bought before and then not for more than %n day(s); counted in the period in which that limit passed, if they had not bought again by its end. The lifecycle stage does not count.</source>
        <translation>
            <numerusform>Perdus&#xa0;: clients qui avaient déjà acheté puis plus du tout pendant plus de %n jour&#xa0;; comptés dans la période où ce délai a expiré, s&apos;ils n&apos;ont pas racheté avant sa fin. L&apos;étape du cycle de vie n&apos;entre pas en compte.</numerusform>
            <numerusform>Perdus&#xa0;: clients qui avaient déjà acheté puis plus du tout pendant plus de %n jours&#xa0;; comptés dans la période où ce délai a expiré, s&apos;ils n&apos;ont pas racheté avant sa fin. L&apos;étape du cycle de vie n&apos;entre pas en compte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCustomersCommand</name>
    <message>
        <location filename="../ui/undo/mergecommands.cpp" line="-33"/>
        <source>Merge %1</source>
        <translation>Fusionner %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+91"/>
        <source>The database&apos;s schema version cannot be read.</source>
        <translation>La version du schéma de la base ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading the database to schema %1</source>
        <translation>Mise à niveau de la base vers le schéma %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+24"/>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The currency is missing.</source>
        <translation>La devise manque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code; use three capital letters such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise&#xa0;; utilisez trois lettres majuscules comme EUR.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The amount is empty.</source>
        <translation>Le montant est vide.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <location line="+23"/>
        <location line="+25"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&quot;%1&quot; is not an amount: write it without thousands separators and with a point before the decimals, such as 1234.56.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le sans séparateur de milliers et avec un point avant les décimales, comme 1234.56.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has decimals, but the currency has none.</source>
        <translation>«&#xa0;%1&#xa0;» a des décimales, mais la devise n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 décimales.</translation>
    </message>
</context>
<context>
    <name>MoveToTrashCommand</name>
    <message>
        <location filename="../ui/undo/trashcommands.cpp" line="+31"/>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is in the trash already.</source>
        <translation>%1 est déjà dans la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the trash</source>
        <translation>Mettre %1 à la corbeille</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/storage/noterepository.cpp" line="+53"/>
        <source>The note&apos;s customer or author does not exist any more.</source>
        <translation>Le client ou l&apos;auteur de la note n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+33"/>
        <source>Saving the note</source>
        <translation>Enregistrement de la note</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reading the note</source>
        <translation>Lecture de la note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note %1 does not exist.</source>
        <translation>La note %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The note was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>La note a été modifiée par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>The note does not exist any more.</source>
        <translation>La note n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the note</source>
        <translation>Suppression de la note</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the notes</source>
        <translation>Lecture des notes</translation>
    </message>
</context>
<context>
    <name>OpenCaseCommand</name>
    <message>
        <location filename="../ui/undo/casecommands.cpp" line="+13"/>
        <source>Open case for %1</source>
        <translation>Ouvrir un dossier pour %1</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../core/domain/order.cpp" line="+31"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The total of line %1 is too large.</source>
        <translation>Le total de la ligne %1 est trop élevé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s total is too large.</source>
        <translation>Le total de la commande est trop élevé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The order belongs to no customer.</source>
        <translation>La commande n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order needs the time it was placed.</source>
        <translation>La commande doit avoir l&apos;heure à laquelle elle a été passée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order cannot be placed in the future.</source>
        <translation>La commande ne peut pas être passée dans le futur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order&apos;s status is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce statut de commande.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sales rep is not a valid user.</source>
        <translation>Le commercial n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order needs at least one line.</source>
        <translation>Une commande doit avoir au moins une ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order cannot have more than %1 lines.</source>
        <translation>Une commande ne peut pas avoir plus de %1 lignes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 has no product.</source>
        <translation>La ligne %1 n&apos;a pas de produit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 has a quantity of zero; remove the line instead.</source>
        <translation>La ligne %1 a une quantité nulle&#xa0;; supprimez plutôt la ligne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 has a negative price; a return has a negative quantity instead.</source>
        <translation>La ligne %1 a un prix négatif&#xa0;; un retour a plutôt une quantité négative.</translation>
    </message>
</context>
<context>
    <name>OrderFileParser</name>
    <message>
        <location filename="../core/io/orderfile.cpp" line="+12"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>The file holds no orders.</source>
        <translation>Le fichier ne contient aucune commande.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>expected 4 columns (customer, YYYYMMDD, number of CDs, dollars) or 5 (with the sample id), found %1.</source>
        <translation>4 colonnes attendues (client, AAAAMMJJ, nombre de CD, dollars) ou 5 (avec l&apos;identifiant d&apos;échantillon), %1 trouvées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the customer id &quot;%1&quot; is not a number.</source>
        <translation>l&apos;identifiant client «&#xa0;%1&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date written YYYYMMDD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date écrite AAAAMMJJ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number of CDs &quot;%1&quot; is not a whole number.</source>
        <translation>le nombre de CD «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a dollar amount such as 12.49.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en dollars comme 12.49.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quoted field is never closed.</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the header names the %1 column twice.</source>
        <translation>l&apos;en-tête nomme deux fois la colonne %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header must name the columns customer, date and amount (and may name product, quantity and currency).</source>
        <translation>l&apos;en-tête doit nommer les colonnes customer, date et amount (et peut nommer product, quantity et currency).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 fields like the header, found %2.</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the customer key is empty.</source>
        <translation>la clé du client est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant comme 12.50.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the quantity &quot;%1&quot; is not a whole number other than 0.</source>
        <translation>la quantité «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier différent de 0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a currency code such as USD or EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise comme USD ou EUR.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../core/services/orderimport.cpp" line="+186"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
</context>
<context>
    <name>OrderImportWriter</name>
    <message>
        <location filename="../core/storage/orderimportwriter.cpp" line="+70"/>
        <source>Reading the customers&apos; external keys</source>
        <translation>Lecture des clés externes des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the products</source>
        <translation>Lecture des produits</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the next free id</source>
        <translation>Lecture du prochain identifiant libre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adding the product %1</source>
        <translation>Ajout du produit %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the customer %1</source>
        <translation>Ajout du client %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding an order</source>
        <translation>Ajout d&apos;une commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding an order line</source>
        <translation>Ajout d&apos;une ligne de commande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import has not begun.</source>
        <translation>L&apos;importation n&apos;a pas commencé.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/storage/orderrepository.cpp" line="+93"/>
        <source>The order&apos;s customer or sales rep does not exist any more.</source>
        <translation>Le client ou le commercial de la commande n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the order&apos;s lines</source>
        <translation>Enregistrement des lignes de la commande</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 refers to a product that does not exist.</source>
        <translation>La ligne %1 renvoie à un produit qui n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the order</source>
        <translation>Enregistrement de la commande</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The order was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>La commande a été modifiée par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>The order does not exist any more.</source>
        <translation>La commande n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reading the order</source>
        <translation>Lecture de la commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 does not exist.</source>
        <translation>La commande %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting the order</source>
        <translation>Suppression de la commande</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the orders</source>
        <translation>Lecture des commandes</translation>
    </message>
</context>
<context>
    <name>OrganisationLinkRepository</name>
    <message>
        <location filename="../core/storage/organisationlinkrepository.cpp" line="+23"/>
        <location line="+36"/>
        <source>Reading the organisations to link the import&apos;s people to</source>
        <translation>Lecture des organisations auxquelles lier les personnes importées</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Reading who works at which organisation</source>
        <translation>Lecture de qui travaille dans quelle organisation</translation>
    </message>
</context>
<context>
    <name>Pareto</name>
    <message>
        <location filename="../core/analytics/pareto.cpp" line="+22"/>
        <source>There is no gross margin in the period (no orders of products with a known cost), so there is nothing to rank.</source>
        <translation>Il n&apos;y a pas de marge brute sur la période (aucune commande de produits au coût connu), il n&apos;y a donc rien à classer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no cases in the period, so there is no service load to rank.</source>
        <translation>Il n&apos;y a aucun dossier sur la période, il n&apos;y a donc pas de charge de service à classer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no revenue in the period, so there is nothing to rank.</source>
        <translation>Il n&apos;y a pas de chiffre d&apos;affaires sur la période, il n&apos;y a donc rien à classer.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <location filename="../core/services/passwordhash.cpp" line="+37"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password may have at most %1 characters.</source>
        <translation>Un mot de passe peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password library could not be started.</source>
        <translation>La bibliothèque de mots de passe n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is not enough memory to protect the password; close other programs and try again.</source>
        <translation>Il n&apos;y a pas assez de mémoire pour protéger le mot de passe&#xa0;; fermez d&apos;autres programmes et réessayez.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../core/domain/permission.cpp" line="+63"/>
        <source>View customers</source>
        <translation>Voir les clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See dashboards</source>
        <translation>Voir les tableaux de bord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own</source>
        <translation>Ses clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Ses équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>PermissionRepository</name>
    <message>
        <location filename="../core/storage/permissionrepository.cpp" line="+36"/>
        <source>Reading the permission matrix</source>
        <translation>Lecture de la matrice des autorisations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the permission matrix</source>
        <translation>Enregistrement de la matrice des autorisations</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the customer&apos;s owner</source>
        <translation>Lecture du responsable du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Storing the default permission matrix</source>
        <translation>Enregistrement de la matrice des autorisations par défaut</translation>
    </message>
</context>
<context>
    <name>PersonRecordRepository</name>
    <message>
        <location filename="../core/storage/personrecordrepository.cpp" line="+97"/>
        <source>Reading everything held about the customer</source>
        <translation>Lecture de toutes les données détenues sur le client</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no section %1 to export.</source>
        <translation>Il n&apos;y a aucune section %1 à exporter.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <location filename="../core/domain/phonenumber.cpp" line="+44"/>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a phone number: no country has numbers like it.</source>
        <translation>« %1 » n&apos;est pas un numéro de téléphone : aucun pays n&apos;a de tels numéros.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid phone number for region %2; give the country code (+…) if it is a foreign number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro valide pour la région %2&#xa0;; indiquez l&apos;indicatif du pays (+…) s&apos;il s&apos;agit d&apos;un numéro étranger.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../core/domain/priority.cpp" line="+20"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../core/domain/product.cpp" line="+41"/>
        <source>A product needs a SKU.</source>
        <translation>Un produit doit avoir une référence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SKU is longer than %1 characters.</source>
        <translation>La référence dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product needs a name.</source>
        <translation>Un produit doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category is longer than %1 characters.</source>
        <translation>La catégorie dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cost cannot be negative.</source>
        <translation>Le coût ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="+76"/>
        <source>The SKU &quot;%1&quot; belongs to another product.</source>
        <translation>La référence «&#xa0;%1&#xa0;» appartient à un autre produit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+41"/>
        <source>Saving the product</source>
        <translation>Enregistrement du produit</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Reading the product</source>
        <translation>Lecture du produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product %1 does not exist.</source>
        <translation>Le produit %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking up the product</source>
        <translation>Recherche du produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no product with the SKU &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun produit avec la référence «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The product was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Le produit a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>The product does not exist any more.</source>
        <translation>Le produit n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Deleting the product</source>
        <translation>Suppression du produit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product appears on orders, so it cannot be deleted; make it inactive instead.</source>
        <translation>Le produit figure sur des commandes et ne peut donc pas être supprimé&#xa0;; rendez-le plutôt inactif.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the products</source>
        <translation>Lecture des produits</translation>
    </message>
</context>
<context>
    <name>RapportCli</name>
    <message>
        <source>Usage: rapport-cli COMMAND [--db FILE] [OPTIONS]

Commands:
  init                       create a database, or bring it up to date
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             fill an empty database with demo customers
  info [--json]              schema version, journal mode, size, rows per table
  check                      integrity check (exit 0 when the file is sound)
  search [--json] TEXT       find customers by name, e-mail, city or phone

Every command takes --db FILE (default: the desktop app&apos;s database).
Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 data or file error.
</source>
        <translation type="vanished">Usage&#xa0;: rapport-cli COMMANDE [--db FILE] [OPTIONS]

Commandes&#xa0;:
  init                       créer une base de données, ou la mettre à jour
  demo --customers N [--seed S] [--as-of AAAA-MM-JJ]
                             remplir une base vide avec des clients de démonstration
  info [--json]              version du schéma, mode de journal, taille, lignes par table
  check                      contrôle d&apos;intégrité (code 0 si le fichier est sain)
  search [--json] TEXTE      chercher des clients par nom, e-mail, ville ou téléphone

Chaque commande accepte --db FICHIER (par défaut&#xa0;: la base de l&apos;application de bureau).
&apos;rapport-cli COMMANDE --help&apos; affiche les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 erreur de données ou de fichier.
</translation>
    </message>
    <message>
        <source>Usage: rapport-cli COMMAND [--db FILE] [OPTIONS]

Commands:
  init                       create a database, or bring it up to date
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             fill an empty database with demo customers
  info [--json]              schema version, journal mode, size, rows per table
  check                      integrity check (exit 0 when the file is sound)
  search [--json] TEXT       find customers by name, e-mail, city or phone
  import-orders --format cdnow|csv FILE
                             import purchases (customers by their key)
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             analytics; &apos;report --help&apos; lists the kinds

Every command takes --db FILE (default: the desktop app&apos;s database).
Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 data or file error.
</source>
        <translation type="vanished">Usage&#xa0;: rapport-cli COMMANDE [--db FILE] [OPTIONS]

Commandes&#xa0;:
  init                       créer une base de données, ou la mettre à jour
  demo --customers N [--seed S] [--as-of AAAA-MM-JJ]
                             remplir une base vide avec des clients de démonstration
  info [--json]              version du schéma, mode de journal, taille, lignes par table
  check                      contrôle d&apos;intégrité (code 0 si le fichier est sain)
  search [--json] TEXTE      chercher des clients par nom, e-mail, ville ou téléphone
  import-orders --format cdnow|csv FICHIER
                             importer des achats (clients identifiés par leur clé)
  report TYPE [--as-of AAAA-MM-JJ] [--format text|csv|json]
                             analyses&#xa0;; &apos;report --help&apos; liste les types

Chaque commande accepte --db FICHIER (par défaut&#xa0;: la base de l&apos;application de bureau).
&apos;rapport-cli COMMANDE --help&apos; affiche les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 erreur de données ou de fichier.
</translation>
    </message>
    <message>
        <source>Usage: rapport-cli COMMAND [--db FILE] [OPTIONS]

Commands:
  init                       create a database, or bring it up to date
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             fill an empty database with demo customers
  info [--json]              schema version, journal mode, size, rows per table
  check                      integrity and history chain check (exit 0 when sound)
  search [--json] TEXT       find customers by name, e-mail, city or phone
  import-orders --format cdnow|csv FILE
                             import purchases (customers by their key)
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             analytics; &apos;report --help&apos; lists the kinds
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--json]
                             who changed what, newest first

Every command takes --db FILE (default: the desktop app&apos;s database).
Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 data or file error.
</source>
        <translation type="vanished">Usage&#xa0;: rapport-cli COMMANDE [--db FILE] [OPTIONS]

Commandes&#xa0;:
  init                       créer une base de données, ou la mettre à jour
  demo --customers N [--seed S] [--as-of AAAA-MM-JJ]
                             remplir une base vide avec des clients de démonstration
  info [--json]              version du schéma, mode de journal, taille, lignes par table
  check                      contrôle d&apos;intégrité et de la chaîne du journal (code 0 si tout est sain)
  search [--json] TEXTE      chercher des clients par nom, e-mail, ville ou téléphone
  import-orders --format cdnow|csv FICHIER
                             importer des achats (clients identifiés par leur clé)
  report TYPE [--as-of AAAA-MM-JJ] [--format text|csv|json]
                             analyses&#xa0;; &apos;report --help&apos; liste les types
  history [--customer ID] [--batch ID] [--since AAAA-MM-JJ] [--json]
                             qui a changé quoi, les plus récentes en premier

Chaque commande accepte --db FICHIER (par défaut&#xa0;: la base de l&apos;application de bureau).
&apos;rapport-cli COMMANDE --help&apos; affiche les options d&apos;une commande.
Codes de sortie&#xa0;: 0 succès, 1 erreur d&apos;utilisation, 2 erreur de données ou de fichier.
</translation>
    </message>
    <message>
        <source>Usage: rapport-cli COMMAND [--db FILE] [OPTIONS]

Commands:
  init                       create a database, or bring it up to date
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             fill an empty database with demo customers
  info [--json]              schema version, journal mode, size, rows per table
  check                      integrity and history chain check (exit 0 when sound)
  search [--json] TEXT       find customers by name, e-mail, city or phone
  import-orders --format cdnow|csv FILE
                             import purchases (customers by their key)
  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]
          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]
          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]
          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]
                             import customers from CSV or vCard, as one batch
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             analytics; &apos;report --help&apos; lists the kinds
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--json]
                             who changed what, newest first
  batches [--kind import|merge|...] [--json]
                             imports, merges and other batches, newest first
  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]
                             undo a batch in one step, updates included
  backup [--to PATH]         back up while others work (default: the automatic backups)
  backups [--json]           list the automatic backups, newest first
  restore BACKUP --db FILE   check a backup and put it in the place of FILE
  salvage --db DAMAGED --to NEW
                             read what can be read of a damaged file into a new one
  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]
         [--tag T] [--segment NAME] [--columns a,b,c] [--consent CHANNEL] [--out FILE]
                             a customer list or segment as CSV or vCard 4.0
  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]
                             show or record a customer&apos;s consent per channel
  export customer ID --format json [--out FILE]
                             everything held about one customer (data-protection access)
  erase ID [--yes] [--json]  erase a customer&apos;s personal data everywhere (orders stay)
  duplicates [--min-score S] [--limit N] [--json]
                             pairs of customers that may be one, with score and evidence
  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]
                             merge OTHER into SURVIVOR as one batch (undo: revert BATCH)

Every command takes --db FILE (default: the desktop app&apos;s database).
Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 data or file error.
</source>
        <translation type="vanished">Usage : rapport-cli COMMANDE [--db FILE] [OPTIONS]

Commandes :
  init                       créer une base de données, ou la mettre à jour
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             remplir une base vide de clients de démo
  info [--json]              version du schéma, mode de journal, taille, lignes par table
  check                      vérifier l&apos;intégrité et la chaîne du journal (code 0 si tout va bien)
  search [--json] TEXT       rechercher des clients par nom, e-mail, ville ou téléphone
  import-orders --format cdnow|csv FILE
                             importer des achats (clients par leur clé)
  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]
          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]
          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]
          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]
                             importer des clients depuis CSV ou vCard, en un seul lot
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             analyses ; &apos;report --help&apos; liste les types
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--json]
                             qui a modifié quoi, les plus récents d&apos;abord
  batches [--kind import|merge|...] [--json]
                             importations, fusions et autres lots, les plus récents d&apos;abord
  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]
                             annuler un lot en une seule étape, mises à jour comprises
  backup [--to PATH]         sauvegarder pendant que d&apos;autres travaillent (par défaut : les sauvegardes automatiques)
  backups [--json]           lister les sauvegardes automatiques, les plus récentes d&apos;abord
  restore BACKUP --db FILE   vérifier une sauvegarde et la mettre à la place de FILE
  salvage --db DAMAGED --to NEW
                             lire ce qui peut l&apos;être d&apos;un fichier endommagé dans un nouveau
  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]
         [--tag T] [--segment NAME] [--columns a,b,c] [--consent CHANNEL] [--out FILE]
                             une liste de clients ou un segment en CSV ou vCard 4.0
  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]
                             afficher ou enregistrer le consentement d&apos;un client par canal
  export customer ID --format json [--out FILE]
                             tout ce qui est détenu sur un client (droit d&apos;accès)
  erase ID [--yes] [--json]  effacer partout les données personnelles d&apos;un client (les commandes restent)
  duplicates [--min-score S] [--limit N] [--json]
                             paires de clients qui pourraient n&apos;en faire qu&apos;un, avec note et indices
  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]
                             fusionner OTHER dans SURVIVOR en un seul lot (annuler : revert BATCH)

Chaque commande accepte --db FILE (par défaut : la base de l&apos;application de bureau).
Lancez &apos;rapport-cli COMMANDE --help&apos; pour les options d&apos;une commande.
Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 erreur de données ou de fichier.
</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+23"/>
        <source>Usage: rapport-cli COMMAND [--db FILE] [OPTIONS]

Commands:
  init                       create a database, or bring it up to date
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             fill an empty database with demo customers
  info [--json]              schema version, journal mode, size, rows per table
  check                      integrity and history chain check (exit 0 when sound)
  search [--json] TEXT       find customers by name, e-mail, city or phone
  import-orders --format cdnow|csv FILE
                             import purchases (customers by their key)
  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]
          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]
          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]
          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]
                             import customers from CSV or vCard, as one batch
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             analytics; &apos;report --help&apos; lists the kinds
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--by LOGIN] [--json]
                             who changed what, newest first
  batches [--kind import|merge|...] [--json]
                             imports, merges and other batches, newest first
  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]
                             undo a batch in one step, updates included
  backup [--to PATH]         back up while others work (default: the automatic backups)
  backups [--json]           list the automatic backups, newest first
  restore BACKUP --db FILE   check a backup and put it in the place of FILE
  salvage --db DAMAGED --to NEW
                             read what can be read of a damaged file into a new one
  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]
         [--tag T] [--segment NAME] [--columns a,b,c|all] [--consent CHANNEL] [--out FILE]
                             a customer list or segment as CSV or vCard 4.0
  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]
                             show or record a customer&apos;s consent per channel
  export customer ID --format json [--out FILE]
                             everything held about one customer (data-protection access)
  erase ID [--yes] [--json]  erase a customer&apos;s personal data everywhere (orders stay)
  duplicates [--min-score S] [--limit N] [--json]
                             pairs of customers that may be one, with score and evidence
  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]
                             merge OTHER into SURVIVOR as one batch (undo: revert BATCH)
  users list [--json]        the users, their roles and teams
  users add LOGIN --name NAME --role administrator|manager|rep|agent [--teams T1,T2]
            [--email E] [--no-password]
                             add a user (password from RAPPORT_NEW_PASSWORD or a prompt)
  users set-role LOGIN ROLE  give a user another role
  users set-teams LOGIN T1,T2
                             put a user in these teams (made when missing; &apos;&apos; for none)
  users disable LOGIN        deactivate a user (history and customers stay); enable: back
  users passwd LOGIN         change your own password, or (administrator) reset another&apos;s

Every command takes --db FILE (default: the desktop app&apos;s database) and --user LOGIN
(sign in; the password from RAPPORT_PASSWORD or a prompt). A database where an
administrator has a password refuses commands without --user.
Run &apos;rapport-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 data or file error.
</source>
        <translation>Usage : rapport-cli COMMANDE [--db FILE] [OPTIONS]

Commandes :
  init                       créer une base de données, ou la mettre à jour
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             remplir une base vide de clients de démo
  info [--json]              version du schéma, mode de journal, taille, lignes par table
  check                      vérifier l&apos;intégrité et la chaîne du journal (code 0 si tout va bien)
  search [--json] TEXT       rechercher des clients par nom, e-mail, ville ou téléphone
  import-orders --format cdnow|csv FILE
                             importer des achats (clients par leur clé)
  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]
          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]
          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]
          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]
                             importer des clients depuis CSV ou vCard, en un seul lot
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             analyses ; &apos;report --help&apos; liste les types
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--by LOGIN] [--json]
                             qui a modifié quoi, les plus récents d&apos;abord
  batches [--kind import|merge|...] [--json]
                             importations, fusions et autres lots, les plus récents d&apos;abord
  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]
                             annuler un lot en une seule étape, mises à jour comprises
  backup [--to PATH]         sauvegarder pendant que d&apos;autres travaillent (par défaut : les sauvegardes automatiques)
  backups [--json]           lister les sauvegardes automatiques, les plus récentes d&apos;abord
  restore BACKUP --db FILE   vérifier une sauvegarde et la mettre à la place de FILE
  salvage --db DAMAGED --to NEW
                             lire ce qui peut l&apos;être d&apos;un fichier endommagé dans un nouveau
  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]
         [--tag T] [--segment NAME] [--columns a,b,c|all] [--consent CHANNEL] [--out FILE]
                             une liste de clients ou un segment en CSV ou vCard 4.0
  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]
                             afficher ou enregistrer le consentement d&apos;un client par canal
  export customer ID --format json [--out FILE]
                             tout ce qui est détenu sur un client (droit d&apos;accès)
  erase ID [--yes] [--json]  effacer partout les données personnelles d&apos;un client (les commandes restent)
  duplicates [--min-score S] [--limit N] [--json]
                             paires de clients qui pourraient n&apos;en faire qu&apos;un, avec note et indices
  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]
                             fusionner OTHER dans SURVIVOR en un seul lot (annuler : revert BATCH)
  users list [--json]        les utilisateurs, leurs rôles et leurs équipes
  users add LOGIN --name NAME --role administrator|manager|rep|agent [--teams T1,T2]
            [--email E] [--no-password]
                             ajouter un utilisateur (mot de passe depuis RAPPORT_NEW_PASSWORD ou une invite)
  users set-role LOGIN ROLE  donner un autre rôle à un utilisateur
  users set-teams LOGIN T1,T2
                             placer un utilisateur dans ces équipes (créées si absentes ; &apos;&apos; pour aucune)
  users disable LOGIN        désactiver un utilisateur (historique et clients restent) ; enable : le réactiver
  users passwd LOGIN         changer votre mot de passe, ou (administrateur) réinitialiser celui d&apos;un autre

Chaque commande accepte --db FILE (par défaut : la base de l&apos;application de bureau) et --user LOGIN
(connexion ; le mot de passe vient de RAPPORT_PASSWORD ou d&apos;une invite). Une base où un
administrateur a un mot de passe refuse les commandes sans --user.
Lancez &apos;rapport-cli COMMANDE --help&apos; pour les options d&apos;une commande.
Codes de sortie : 0 succès, 1 erreur d&apos;utilisation, 2 erreur de données ou de fichier.
</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>no command given; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>aucune commande indiquée&#xa0;; &apos;rapport-cli --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown option %1; a command comes first, e.g. &apos;rapport-cli info --db FILE&apos;.</source>
        <translation>option inconnue %1&#xa0;; la commande vient en premier, par ex. &apos;rapport-cli info --db FICHIER&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command &quot;%1&quot;; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; &apos;rapport-cli --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+96"/>
        <source>%1 is read-only, so nothing can be changed.</source>
        <translation>%1 est en lecture seule&#xa0;; rien ne peut être modifié.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creates a Rapport database, or brings one up to date.</source>
        <translation>Crée une base de données Rapport, ou la met à jour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>init takes no arguments besides its options.</source>
        <translation>init n&apos;accepte pas d&apos;arguments en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a region code such as DE, FR or US.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de région comme DE, FR ou US.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a Rapport database at schema %2.</source>
        <translation>%1 est une base de données Rapport au schéma %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 (schema %2).</source>
        <translation>%1 créé (schéma %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fills an empty database with demo customers and three years of history.</source>
        <translation>Remplit une base vide avec des clients de démonstration et trois ans d&apos;historique.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--customers must be a whole number from 1 to 50000000.</source>
        <translation>--customers doit être un nombre entier de 1 à 50000000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--interactions-per-customer must be a number from 0 to 1000.</source>
        <translation>--interactions-per-customer doit être un nombre de 0 à 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--orders-per-customer must be a number from 0 to 1000.</source>
        <translation>--orders-per-customer doit être un nombre de 0 à 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/reports.cpp" line="+196"/>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation>--as-of doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>generating: %1%</source>
        <translation>génération&#xa0;: %1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated %L1 customers, %L2 contact points, %L3 interactions, %L4 orders (%L5 lines), %L6 cases, %L7 tasks, %L8 users and %L9 products in %10 s.</source>
        <translation>%L1 clients, %L2 moyens de contact, %L3 échanges, %L4 commandes (%L5 lignes), %L6 dossiers, %L7 tâches, %L8 utilisateurs et %L9 produits générés en %10 s.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--duplicates must be a whole number, 0 or more.</source>
        <translation>--duplicates doit être un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered %L1 of them a second time, with typos.</source>
        <translation>%L1 d&apos;entre eux ont été saisis une seconde fois, avec des fautes de frappe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows the schema version, journal mode, size and rows.</source>
        <translation>Affiche la version du schéma, le mode de journal, la taille et les lignes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Database      %1</source>
        <translation>Base          %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema        %1 (this Rapport knows up to %2)</source>
        <translation>Schéma        %1 (ce Rapport connaît jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal mode  %1</source>
        <translation>Journal       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size          %1</source>
        <translation>Taille        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks the database file&apos;s integrity and references.</source>
        <translation>Vérifie l&apos;intégrité et les références du fichier de la base.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is sound.</source>
        <translation>%1 est sain.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finds customers by name, organisation, e-mail, city or phone number in any format.</source>
        <translation>Trouve des clients par nom, organisation, e-mail, ville ou numéro de téléphone sous n&apos;importe quelle forme.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>search needs the text to look for.</source>
        <translation>search a besoin du texte à chercher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit must be a whole number from 1 to 1000.</source>
        <translation>--limit doit être un nombre entier de 1 à 1000.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exact match — showing close matches for &quot;%1&quot;.</source>
        <translation>Aucun résultat exact — résultats approchants pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close matches for &quot;%1&quot;:</source>
        <translation>Résultats approchants pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/cli/importorders.cpp" line="+26"/>
        <source>Imports purchases: one order per line, for the customer the line names (by their key in the file; new keys become new customers). Either the whole file goes in, or nothing does.</source>
        <translation>Importe des achats&#xa0;: une commande par ligne, pour le client que nomme la ligne (par sa clé dans le fichier&#xa0;; les nouvelles clés deviennent de nouveaux clients). Soit tout le fichier est importé, soit rien ne l&apos;est.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import-orders needs exactly one file to read.</source>
        <translation>import-orders a besoin d&apos;exactement un fichier à lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import-orders needs --format cdnow or --format csv.</source>
        <translation>import-orders a besoin de --format cdnow ou --format csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be cdnow or csv.</source>
        <translation>--format doit être cdnow ou csv.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %L1 orders: %L2 new customers, %L3 already known, %L4 new products (%5 s).</source>
        <translation>%L1 commandes importées&#xa0;: %L2 nouveaux clients, %L3 déjà connus, %L4 nouveaux produits (%5 s).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_activity.cpp" line="+52"/>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Team activity %1 to %2 (weeks Monday to Sunday, UTC)</source>
        <translation>Activité de l&apos;équipe du %1 au %2 (semaines du lundi au dimanche, UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week      interactions  cases opened  resolved  median hours</source>
        <translation>semaine       échanges  dossiers ouv.  résolus  heures (méd.)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Median time to resolve over the period: %1 hours</source>
        <translation>Temps médian de résolution sur la période&#xa0;: %1 heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent                          interactions</source>
        <translation>agent                              échanges</translation>
    </message>
    <message>
        <location filename="../app/cli/report_cohorts.cpp" line="+55"/>
        <source>--activity must be purchases or any.</source>
        <translation>--activity doit être purchases ou any.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window-months must be a whole number from 1 to 120.</source>
        <translation>--window-months doit être un nombre entier de 1 à 120.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cohorts by month of first purchase, %L1 customers up to %2; percent active in month k</source>
        <translation>Cohortes par mois du premier achat, %L1 clients jusqu&apos;au %2&#xa0;; pourcentage d&apos;actifs au mois k</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>month   active  retention  churn  acquired</source>
        <translation>mois    actifs  rétention  pertes   acquis</translation>
    </message>
    <message>
        <location filename="../app/cli/report_lost.cpp" line="+68"/>
        <source>--days must be a whole number from 1 to 36500.</source>
        <translation>--days doit être un nombre entier de 1 à 36500.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n customer(s) lost from %1 to %2 (purchases in %3).</source>
        <translation>
            <numerusform>%n client perdu du %1 au %2 (achats en %3).</numerusform>
            <numerusform>%n clients perdus du %1 au %2 (achats en %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/report_pareto.cpp" line="+49"/>
        <source>--by must be revenue, margin or service.</source>
        <translation>--by doit être revenue, margin ou service.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>revenue</source>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gross margin</source>
        <translation>marge brute</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Pareto by %1, %2 to %3</source>
        <translation>Pareto par %1, du %2 au %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers               %1</source>
        <translation>Clients                 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total                   %1</source>
        <translation>Total                   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net negative            %1 customers, %2 (counted as 0)</source>
        <translation>Net négatif             %1 clients, %2 (comptés pour 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top 20% hold            %1</source>
        <translation>Part des 20% premiers  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% is held by          %1 of the customers</source>
        <translation>80&#xa0;% détenus par        %1 des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini coefficient        %1</source>
        <translation>Coefficient de Gini     %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1                 %2 customers, %3</source>
        <translation>Classe %1                %2 clients, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_rfm.cpp" line="+38"/>
        <source>purchase</source>
        <translation>achat</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>RFM segments as of %1, %L2 customers who bought, revenue in %3</source>
        <translation>Segments RFM au %1, %L2 clients ayant acheté, chiffre d&apos;affaires en %3</translation>
    </message>
    <message>
        <location filename="../app/cli/reports.cpp" line="-91"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no %1 %2, and no order in %3 at all: import purchases with rapport-cli import-orders.</source>
        <translation>Il n&apos;y a pas de %1 %2, ni aucune commande dans %3 : importez des achats avec rapport-cli import-orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 %2; the orders lie between %3 and %4: try --from %3 --to %4.</source>
        <translation>Il n&apos;y a pas de %1 %2 ; les commandes se situent entre %3 et %4 : essayez --from %3 --to %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: rapport-cli report KIND --db FILE [--as-of YYYY-MM-DD] [--from YYYY-MM-DD]
       [--owner ID] [--kind person|organisation] [--currency CODE]
       [--format text|csv|json]

Kinds:
</source>
        <translation>Usage&#xa0;: rapport-cli report TYPE --db FICHIER [--as-of AAAA-MM-JJ] [--from AAAA-MM-JJ]
        [--owner ID] [--kind person|organisation] [--currency CODE]
        [--format text|csv|json]

Types&#xa0;:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

Run &apos;rapport-cli report KIND --help&apos; for a kind&apos;s own options.</source>
        <translation>

&apos;rapport-cli report TYPE --help&apos; affiche les options propres à un type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs a kind: %1.</source>
        <translation>report a besoin d&apos;un type&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown report &quot;%1&quot;; run &apos;rapport-cli report --help&apos; for the list.</source>
        <translation>rapport inconnu «&#xa0;%1&#xa0;»&#xa0;; &apos;rapport-cli report --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 takes no arguments besides its options.</source>
        <translation>%1 n&apos;accepte pas d&apos;arguments en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--from must be a date written YYYY-MM-DD.</source>
        <translation>--from doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from must not come after --as-of.</source>
        <translation>--from ne doit pas être postérieur à --as-of.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--owner must be a user id (a whole number).</source>
        <translation>--owner doit être un identifiant d&apos;utilisateur (un nombre entier).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/export.cpp" line="+75"/>
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n client exporté vers %1.</numerusform>
            <numerusform>%n clients exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses</source>
        <translation>adresses e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>numéros de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile numbers (SMS)</source>
        <translation>numéros mobiles (SMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal addresses</source>
        <translation>adresses postales</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Left out the %1 of %n customer(s) who opted out.</source>
        <translation>
            <numerusform>Omis les %1 de %n client ayant refusé.</numerusform>
            <numerusform>Omis les %1 de %n clients ayant refusé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Left out %n customer(s) who did not opt in.</source>
        <translation>
            <numerusform>%n client sans consentement a été omis.</numerusform>
            <numerusform>%n clients sans consentement ont été omis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports customers as CSV or vCard 4.0: all of them, or those a search, filters or a segment choose, as the customer list shows them. Consent is honoured: details of a channel a customer opted out of are left out.</source>
        <translation>Exporte des clients en CSV ou vCard 4.0 : tous, ou ceux choisis par une recherche, des filtres ou un segment, tels que la liste des clients les affiche. Le consentement est respecté : les coordonnées d&apos;un canal refusé par un client sont omises.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>export customers takes no argument besides its options.</source>
        <translation>export customers ne prend aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format must be csv or vcard.</source>
        <translation>--format doit être csv ou vcard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--stage must be lead, prospect, active, lapsed or lost.</source>
        <translation>--stage doit être lead, prospect, active, lapsed ou lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/reports.cpp" line="+6"/>
        <source>--kind must be person or organisation.</source>
        <translation>--kind doit être person ou organisation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no column called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucune colonne nommée « %1 ».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--consent must be email, phone, sms or post.</source>
        <translation>--consent doit être email, phone, sms ou post.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun utilisateur avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no tag called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucune étiquette nommée « %1 ».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard output cannot be written.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: rapport-cli export customers [OPTIONS]   (see &apos;export customers --help&apos;)
       rapport-cli export customer ID --format json</source>
        <translation>Usage : rapport-cli export customers [OPTIONS]   (voir &apos;export customers --help&apos;)
        rapport-cli export customer ID --format json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs what to export: customers (a list) or customer ID (one record).</source>
        <translation>export a besoin de ce qu&apos;il faut exporter : customers (une liste) ou customer ID (une fiche).</translation>
    </message>
    <message>
        <location filename="../app/cli/reports.cpp" line="+5"/>
        <source>--currency must be a three-letter code such as EUR.</source>
        <translation>--currency doit être un code de trois lettres comme EUR.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be text, csv or json.</source>
        <translation>--format doit être text, csv ou json.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_clv.cpp" line="+92"/>
        <source>report clv uses the whole history up to --as-of; it takes no --from.</source>
        <translation>report clv utilise tout l&apos;historique jusqu&apos;à --as-of&#xa0;; il n&apos;accepte pas --from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report clv: --horizon-weeks must be 1 to 520, --months 1 to 240, --discount 0 to 10, --margin 0 to 1 and --top 0 to 100000.</source>
        <translation>report clv&#xa0;: --horizon-weeks doit aller de 1 à 520, --months de 1 à 240, --discount de 0 à 10, --margin de 0 à 1 et --top de 0 à 100000.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Customer lifetime value as of %1 (%2), %L3 customers, %L4 repeat buyers</source>
        <translation>Valeur vie client au %1 (%2), %L3 clients, %L4 acheteurs récurrents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BG/NBD  r %1  alpha %2  a %3  b %4  log-likelihood %5</source>
        <translation>BG/NBD  r %1  alpha %2  a %3  b %4  log-vraisemblance %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The BG/NBD fit did not settle within %n likelihood evaluations: its parameters are where the search stopped, not the best fit, and so are the figures below.</source>
        <translation>
            <numerusform>L&apos;ajustement BG/NBD ne s&apos;est pas stabilisé en %n évaluation de la vraisemblance&#xa0;: ses paramètres sont ceux où la recherche s&apos;est arrêtée, pas le meilleur ajustement, et il en va de même des chiffres ci-dessous.</numerusform>
            <numerusform>L&apos;ajustement BG/NBD ne s&apos;est pas stabilisé en %n évaluations de la vraisemblance&#xa0;: ses paramètres sont ceux où la recherche s&apos;est arrêtée, pas le meilleur ajustement, et il en va de même des chiffres ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend   p %1  q %2  gamma %3 (Gamma-Gamma on minor units, %L4 repeat buyers)</source>
        <translation>Dépense p %1  q %2  gamma %3 (Gamma-Gamma en centimes, %L4 acheteurs récurrents)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected purchases in %1 weeks: %2; mean P(alive) %3; total CLV over %4 months %5 %6 (margin %7, discount %8 a year)</source>
        <translation>Achats attendus en %1 semaines&#xa0;: %2&#xa0;; P(alive) moyen %3&#xa0;; CLV total sur %4 mois %5 %6 (marge %7, actualisation %8 par an)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average lifetime value %1 %2 over %L3 customers.</source>
        <translation>Valeur vie client moyenne de %1 %2 sur %L3 clients.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4 %5 %6 %7</source>
        <translation>%1 %2 %3 %4 %5 %6 %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spend</source>
        <translation>dépense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../app/cli/report_satisfaction.cpp" line="+56"/>
        <source>--answers must be latest or period.</source>
        <translation>--answers doit être latest ou period.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--satisfied-from must be a whole number from 0 to 10.</source>
        <translation>--satisfied-from doit être un nombre entier de 0 à 10.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Satisfaction and value as of %1: %L2 customers with a survey answer, revenue in %3 from %4</source>
        <translation>Satisfaction et valeur au %1&#xa0;: %L2 clients ayant répondu à une enquête, chiffre d&apos;affaires en %3 depuis le %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfied: a score of %1 or more; high value: %2 or more of net revenue in the 12 months up to %3 (the median of the answering customers who bought in them; the others are low value)</source>
        <translation>Satisfait&#xa0;: note de %1 ou plus&#xa0;; valeur élevée&#xa0;: %2 ou plus de chiffre d&apos;affaires net sur les 12 mois jusqu&apos;au %3 (la médiane des clients ayant répondu qui ont acheté sur cette période&#xa0;; les autres sont de faible valeur)</translation>
    </message>
    <message>
        <source>Satisfied: a score of %1 or more; high value: %2 or more (the median)</source>
        <translation type="vanished">Satisfait&#xa0;: note de %1 ou plus&#xa0;; valeur élevée&#xa0;: %2 ou plus (la médiane)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mean score %1</source>
        <translation>note moyenne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NPS %1 (promoters %L2, passives %L3, detractors %L4)</source>
        <translation>NPS %1 (promoteurs %L2, passifs %L3, détracteurs %L4)</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="+33"/>
        <location filename="../app/cli/revert.cpp" line="+29"/>
        <source>(none)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(customer %1)</source>
        <translation>(client %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(batch %1)</source>
        <translation>(lot %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shows the history of changes, newest first: who changed what and when, each field&apos;s old and new value, and the batches (imports, demo data) with what they made.</source>
        <translation>Affiche le journal des modifications, les plus récentes en premier&#xa0;: qui a changé quoi et quand, l&apos;ancienne et la nouvelle valeur de chaque champ, et les lots (imports, données de démonstration) avec ce qu&apos;ils ont créé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>history takes no arguments besides its options.</source>
        <translation>history n&apos;accepte pas d&apos;arguments en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--customer must be a customer&apos;s id (a whole number).</source>
        <translation>--customer doit être l&apos;identifiant d&apos;un client (un nombre entier).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--batch must be a batch&apos;s id (a whole number).</source>
        <translation>--batch doit être l&apos;identifiant d&apos;un lot (un nombre entier).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--since must be a date written YYYY-MM-DD.</source>
        <translation>--since doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit must be a whole number from 1 to 10000000.</source>
        <translation>--limit doit être un nombre entier de 1 à 10000000.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No history entries match.</source>
        <translation>Aucune entrée du journal ne correspond.</translation>
    </message>
    <message>
        <location filename="../app/cli/backups.cpp" line="+41"/>
        <source>Writes a backup of the database while others may go on working with it: to PATH, or to the automatic backups in the data folder (which keep 7 daily and 4 weekly).</source>
        <translation>Écrit une sauvegarde de la base de données pendant que d&apos;autres continuent à l&apos;utiliser : vers PATH, ou dans les sauvegardes automatiques du dossier de données (qui en gardent 7 quotidiennes et 4 hebdomadaires).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backup takes no arguments besides its options.</source>
        <translation>backup ne prend pas d&apos;arguments en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--to needs a file or a folder.</source>
        <translation>--to attend un fichier ou un dossier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lists the automatic backups of the database, newest first.</source>
        <translation>Liste les sauvegardes automatiques de la base de données, la plus récente d&apos;abord.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backups takes no arguments besides its options.</source>
        <translation>backups ne prend pas d&apos;arguments en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--keep-daily and --keep-weekly take whole numbers, --automatic on or off.</source>
        <translation>--keep-daily et --keep-weekly attendent des nombres entiers, --automatic on ou off.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic backups %1; keeping %2 daily and %3 weekly.</source>
        <translation>Sauvegardes automatiques %1 ; %2 quotidiennes et %3 hebdomadaires sont conservées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>activées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backups yet in %1.</source>
        <translation>Pas encore de sauvegarde dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  (before a restore)</source>
        <translation>  (avant une restauration)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks BACKUP and puts it in the place of the database; the database as it was is kept as a backup first.</source>
        <translation>Vérifie BACKUP et le met à la place de la base de données ; la base telle qu&apos;elle était est d&apos;abord conservée comme sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore needs one backup file.</source>
        <translation>restore attend un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore needs --db FILE, the database to replace.</source>
        <translation>restore attend --db FILE, la base de données à remplacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Le fichier endommagé a été conservé sous %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept as %1.</source>
        <translation>La base de données telle qu&apos;elle était est conservée sous %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reads what can be read of a damaged database into a new file; the damaged file is only read.</source>
        <translation>Lit ce qui peut encore être lu d&apos;une base de données endommagée dans un nouveau fichier ; le fichier endommagé est seulement lu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>salvage needs --db DAMAGED and --to NEW.</source>
        <translation>salvage attend --db DAMAGED et --to NEW.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>some lost</source>
        <translation>quelques-unes perdues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %L1 lost</source>
        <translation>jusqu&apos;à %L1 perdues</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 left out (they referred to lost rows)</source>
        <translation>%L1 laissées de côté (elles renvoyaient à des lignes perdues)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %L1 rows into %2; nothing unreadable was found.</source>
        <translation>%L1 lignes sauvées dans %2 ; rien d&apos;illisible n&apos;a été trouvé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %L1 rows into %2; some rows could not be read.</source>
        <translation>%L1 lignes sauvées dans %2 ; certaines lignes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/cli/duplicates.cpp" line="+78"/>
        <source>Lists pairs of customers that may be the same person or organisation, best first: both ids and names, a score from 0 to 1 and the evidence (alike names, the same e-mail address, phone number, organisation or city). Customers in the trash and pairs marked as not duplicates are left out.</source>
        <translation>Liste les paires de clients qui pourraient être la même personne ou organisation, les meilleures d&apos;abord : les deux identifiants et noms, une note de 0 à 1 et les indices (noms similaires, même adresse e-mail, numéro de téléphone, organisation ou ville). Les clients dans la corbeille et les paires marquées comme non doublons sont omis.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>duplicates takes no arguments besides its options.</source>
        <translation>duplicates ne prend aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--min-score must be a number from 0 to 1.</source>
        <translation>--min-score doit être un nombre de 0 à 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit doit être un nombre entier, 0 ou plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>No likely duplicates among %n customer(s).</source>
        <translation>
            <numerusform>Aucun doublon probable parmi %n client.</numerusform>
            <numerusform>Aucun doublon probable parmi %n clients.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 pairs shown; --limit 0 lists all.</source>
        <translation>%1 paires affichées sur %2 ; --limit 0 les liste toutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merges customer OTHER into customer SURVIVOR: the survivor keeps its own value of each field (or the other&apos;s where it has none) unless --take says otherwise, and gets every interaction, order, case, task, note, survey answer, contact point, tag, consent and relationship of the other, which goes to the trash. One batch in the history: &apos;rapport-cli revert BATCH&apos; undoes it.</source>
        <translation>Fusionne le client OTHER dans le client SURVIVOR : SURVIVOR garde sa propre valeur pour chaque champ (ou celle d&apos;OTHER s&apos;il n&apos;en a pas), sauf indication contraire de --take, et reçoit tous les échanges, commandes, dossiers, tâches, notes, réponses aux enquêtes, moyens de contact, étiquettes, consentements et relations d&apos;OTHER, qui va à la corbeille. Un seul lot dans l&apos;historique : &apos;rapport-cli revert BATCH&apos; l&apos;annule.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>merge takes two customer ids: SURVIVOR OTHER.</source>
        <translation>merge prend deux identifiants de client : SURVIVOR OTHER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SURVIVOR and OTHER must be customer ids (whole numbers).</source>
        <translation>SURVIVOR et OTHER doivent être des identifiants de client (nombres entiers).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--take wants FIELD=other or FIELD=survivor, not &apos;%1&apos;.</source>
        <translation>--take attend FIELD=other ou FIELD=survivor, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Merged customer %1 into %2 as batch %3 (undo: rapport-cli revert %3).</source>
        <translation>Client %1 fusionné dans %2 en tant que lot %3 (annuler : rapport-cli revert %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved: %1 interactions, %2 orders, %3 cases, %4 tasks, %5 notes, %6 survey answers, %7 contact points, %8 tags, %9 consents, %10 relationships.</source>
        <translation>Déplacés : %1 échanges, %2 commandes, %3 dossiers, %4 tâches, %5 notes, %6 réponses aux enquêtes, %7 moyens de contact, %8 étiquettes, %9 consentements, %10 relations.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dropped as duplicates or collisions: %1 contact points, %2 older consents, %3 relationships.</source>
        <translation>Écartés comme doublons ou conflits : %1 moyens de contact, %2 consentements plus anciens, %3 relations.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcustomers.cpp" line="+65"/>
        <source>not detected</source>
        <translation>non détecté</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>--delimiter doit être &apos;,&apos;, &apos;;&apos; ou tab.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--encoding must be utf-8, utf-16 or windows-1252.</source>
        <translation>--encoding doit être utf-8, utf-16 ou windows-1252.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--dates must be dmy, mdy or iso.</source>
        <translation>--dates doit être dmy, mdy ou iso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--decimal must be comma or point.</source>
        <translation>--decimal doit être comma ou point.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports customers from a CSV or vCard file: new customers are created, matched ones updated with what the file gives (an empty cell never blanks a field). Every row is accounted for; the whole import is one batch that &apos;revert&apos; can undo, and a failure or a cancel leaves nothing half-imported.</source>
        <translation>Importe des clients depuis un fichier CSV ou vCard : les nouveaux clients sont créés, ceux reconnus mis à jour avec ce que donne le fichier (une cellule vide ne vide jamais un champ). Chaque ligne est comptabilisée ; toute l&apos;importation est un seul lot que &apos;revert&apos; peut annuler, et un échec ou une annulation ne laisse rien d&apos;importé à moitié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create (only new customers), upsert (default) or update (only existing ones).</source>
        <translation>create (uniquement de nouveaux clients), upsert (par défaut) ou update (uniquement les existants).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keys that find an existing customer, comma-separated: external-id, email, phone (default: external-id,email).</source>
        <translation>Les clés qui trouvent un client existant, séparées par des virgules : external-id, email, phone (par défaut : external-id,email).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved mapping (JSON) of columns to fields.</source>
        <translation>Une correspondance enregistrée (JSON) des colonnes vers les champs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the mapping used to this JSON file.</source>
        <translation>Enregistrer la correspondance utilisée dans ce fichier JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;,&apos;, &apos;;&apos; or tab (default: detected).</source>
        <translation>&apos;,&apos;, &apos;;&apos; ou tab (par défaut : détecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utf-8, utf-16 or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16 ou windows-1252 (par défaut : détecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dmy, mdy or iso (default: detected).</source>
        <translation>dmy, mdy ou iso (par défaut : détecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point (default: detected).</source>
        <translation>comma ou point (par défaut : détecté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country phone numbers without a country code are read in (default: the database&apos;s phone region).</source>
        <translation>Le pays dans lequel sont lus les numéros sans indicatif de pays (par défaut : la région téléphonique de la base de données).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say exactly what the import would do, and change nothing.</source>
        <translation>Indiquer exactement ce que ferait l&apos;importation, sans rien modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every row&apos;s outcome (line, column, outcome, reason, customer id) to this CSV file.</source>
        <translation>Écrire le résultat de chaque ligne (ligne, colonne, résultat, raison, identifiant client) dans ce fichier CSV.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use: rapport-cli import customers FILE [options].</source>
        <translation>Usage : rapport-cli import customers FICHIER [options].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--mode must be create, upsert or update.</source>
        <translation>--mode doit être create, upsert ou update.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: vCard file.</source>
        <translation>%1 : fichier vCard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: CSV, %2, delimiter %3, dates %4.</source>
        <translation>%1 : CSV, %2, séparateur %3, dates %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no column %1 of the saved mapping.</source>
        <translation>Le fichier n&apos;a pas la colonne %1 de la correspondance enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mapping:</source>
        <translation>Correspondance :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label of &quot;%1&quot;</source>
        <translation>libellé de « %1 »</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing… %1%</source>
        <translation>Importation… %1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  line %1: %2</source>
        <translation>  ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  line %1, %2: %3</source>
        <translation>  ligne %1, %2 : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %L1 more rejections (see --report).</source>
        <translation>  … et %L1 autres rejets (voir --report).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 created, %L2 updated, %L3 unchanged, %L4 rejected of %L5 rows</source>
        <translation>%L1 créés, %L2 mis à jour, %L3 inchangés, %L4 rejetés sur %L5 lignes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dry run, nothing changed: %1 would be the outcome (%2 s).</source>
        <translation>Essai à blanc, rien n&apos;a été modifié : le résultat serait %1 (%2 s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 (batch %2, %3 s).</source>
        <translation>Importé : %1 (lot %2, %3 s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to change: %1.</source>
        <translation>Rien à modifier : %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/privacy.cpp" line="+63"/>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opted in on %1</source>
        <translation>accepté le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out on %1</source>
        <translation>refusé le %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opted in on %1 (%2)</source>
        <translation>accepté le %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out on %1 (%2)</source>
        <translation>refusé le %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shows a customer&apos;s consent per channel (email, phone, sms, post), or records an answer: opt-in, opt-out, or clear (nobody asked).</source>
        <translation>Affiche le consentement d&apos;un client par canal (email, phone, sms, post), ou enregistre une réponse : opt-in, opt-out ou clear (personne n&apos;a demandé).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <location line="+50"/>
        <source>The customer&apos;s id.</source>
        <translation>L&apos;identifiant du client.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>email, phone, sms or post (to set).</source>
        <translation>email, phone, sms ou post (pour définir).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opt-in, opt-out or clear.</source>
        <translation>opt-in, opt-out ou clear.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the answer was given (a web form, a call...).</source>
        <translation>Où la réponse a été donnée (un formulaire web, un appel...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day it was given (default: today).</source>
        <translation>Le jour où elle a été donnée (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>consent takes a customer&apos;s id, and to set, a channel and opt-in, opt-out or clear.</source>
        <translation>consent prend l&apos;identifiant d&apos;un client et, pour définir, un canal et opt-in, opt-out ou clear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <location line="+44"/>
        <source>The customer&apos;s id must be a whole number.</source>
        <translation>L&apos;identifiant du client doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The channel must be email, phone, sms or post.</source>
        <translation>Le canal doit être email, phone, sms ou post.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer must be opt-in, opt-out or clear.</source>
        <translation>La réponse doit être opt-in, opt-out ou clear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation>--date doit être une date écrite YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exports everything held about one customer as JSON (a data-protection request for access): the record, contact points, tags, relationships, interactions, orders with their lines, cases, tasks, notes, survey answers, consents and the history about them.</source>
        <translation>Exporte en JSON tout ce qui est détenu sur un client (demande d&apos;accès au titre de la protection des données) : la fiche, les moyens de contact, étiquettes, relations, échanges, commandes avec leurs lignes, dossiers, tâches, notes, réponses aux enquêtes, consentements et leur historique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>json (the only format for one person).</source>
        <translation>json (le seul format pour une personne).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export customer takes one customer&apos;s id.</source>
        <translation>export customer prend l&apos;identifiant d&apos;un client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One customer&apos;s record is exported as json only.</source>
        <translation>La fiche d&apos;un client n&apos;est exportée qu&apos;en json.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erases a customer&apos;s personal data everywhere (the right to be forgotten): names, contact points, notes and texts, relationships, tags, consents, the search index and their old values in the history. Orders stay with the anonymized customer, so the figures stay true. Cannot be undone.</source>
        <translation>Efface partout les données personnelles d&apos;un client (droit à l&apos;oubli) : noms, moyens de contact, notes et textes, relations, étiquettes, consentements, l&apos;index de recherche et leurs anciennes valeurs dans le journal. Les commandes restent avec le client anonymisé, pour que les chiffres restent justes. Irréversible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase without asking (for scripts).</source>
        <translation>Effacer sans demander (pour les scripts).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>erase takes one customer&apos;s id.</source>
        <translation>erase prend l&apos;identifiant d&apos;un client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase all personal data of %1 (customer %2)? This cannot be undone. Type yes to go on: </source>
        <translation>Effacer toutes les données personnelles de %1 (client %2) ? Cette action est irréversible. Tapez yes pour continuer : </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was erased.</source>
        <translation>Rien n&apos;a été effacé.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Customer %1 erased: now &quot;%2&quot;; %n history entries blanked (batch %3).</source>
        <translation>
            <numerusform>Client %1 effacé : désormais « %2 » ; %n entrée de journal vidée (lot %3).</numerusform>
            <numerusform>Client %1 effacé : désormais « %2 » ; %n entrées de journal vidées (lot %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/revert.cpp" line="+10"/>
        <source>(a row)</source>
        <translation>(une ligne)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(reverts %1)</source>
        <translation>(annule %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[reverted by %1]</source>
        <translation>[annulé par %1]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (changed by %1 on %2)</source>
        <translation> (modifié par %1 le %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1, %2: now %3%4; the batch wrote %5; revert restores %6</source>
        <translation>  %1, %2 : maintenant %3%4 ; le lot a écrit %5 ; l&apos;annulation rétablit %6</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  %1: changed since the batch%2%3</source>
        <translation>  %1 : modifié depuis le lot%2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: created by the batch, has since: %2%3</source>
        <translation>  %1 : créé par le lot, a depuis : %2%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the batches of the history, newest first: imports, merges, erases, demo data and reverts, with who made them, when, what they did and whether they were reverted.</source>
        <translation>Liste les lots de l&apos;historique, les plus récents d&apos;abord : importations, fusions, effacements, données de démo et annulations, avec qui les a faits, quand, ce qu&apos;ils ont fait et s&apos;ils ont été annulés.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>batches takes no arguments besides its options.</source>
        <translation>batches ne prend aucun argument en dehors de ses options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit must be a whole number from 1 up.</source>
        <translation>--limit doit être un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There are no batches in the history.</source>
        <translation>Il n&apos;y a aucun lot dans l&apos;historique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reverts a batch (an import, a merge, demo data, a revert) in one step: rows it created are deleted, fields it changed get their old values back, rows it deleted come back. Where something was changed since, you choose: --keep-changes or --overwrite.</source>
        <translation>Annule un lot (une importation, une fusion, des données de démo, une annulation) en une seule étape : les lignes créées sont supprimées, les champs modifiés retrouvent leurs anciennes valeurs, les lignes supprimées reviennent. Là où quelque chose a été modifié depuis, vous choisissez : --keep-changes ou --overwrite.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>revert takes one batch id (see &apos;rapport-cli batches&apos;).</source>
        <translation>revert prend un identifiant de lot (voir &apos;rapport-cli batches&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose either --keep-changes or --overwrite, not both.</source>
        <translation>choisissez --keep-changes ou --overwrite, pas les deux.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Changed since the batch (%n):</source>
        <translation>
            <numerusform>Modifié depuis le lot (%n) :</numerusform>
            <numerusform>Modifiés depuis le lot (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) made since the batch would be overwritten; run again with --keep-changes to keep them or --overwrite to restore the old values.</source>
        <translation>
            <numerusform>%n modification faite depuis le lot serait écrasée ; relancez avec --keep-changes pour la garder ou --overwrite pour rétablir les anciennes valeurs.</numerusform>
            <numerusform>%n modifications faites depuis le lot seraient écrasées ; relancez avec --keep-changes pour les garder ou --overwrite pour rétablir les anciennes valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Batch %1 reverted (the revert is batch %2).</source>
        <translation>Lot %1 annulé (l&apos;annulation est le lot %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="+56"/>
        <source>This database requires a password: add --user LOGIN (the password comes from RAPPORT_PASSWORD or a prompt).</source>
        <translation>Cette base de données exige un mot de passe&#xa0;: ajoutez --user LOGIN (le mot de passe vient de RAPPORT_PASSWORD ou d&apos;une invite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a password: set RAPPORT_PASSWORD or run the command in a terminal.</source>
        <translation>%1 a besoin d&apos;un mot de passe&#xa0;: définissez RAPPORT_PASSWORD ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <location filename="../app/cli/users.cpp" line="+69"/>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password comes from RAPPORT_NEW_PASSWORD or a prompt in a terminal; neither is there.</source>
        <translation>Le nouveau mot de passe vient de RAPPORT_NEW_PASSWORD ou d&apos;une invite dans un terminal&#xa0;; aucun des deux n&apos;est disponible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Encore une fois&#xa0;: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lists the users, their roles and teams.</source>
        <translation>Liste les utilisateurs, leurs rôles et leurs équipes.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (deactivated)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no password)</source>
        <translation> (sans mot de passe)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adds a user.</source>
        <translation>Ajoute un utilisateur.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>users add needs one LOGIN.</source>
        <translation>users add attend un seul LOGIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users add needs --name and --role.</source>
        <translation>users add attend --name et --role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role must be administrator, manager, rep or agent.</source>
        <translation>--role doit être administrator, manager, rep ou agent.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added %1 (%2) as user %3.</source>
        <translation>%1 (%2) ajouté comme utilisateur %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes a user.</source>
        <translation>Modifie un utilisateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>users %1 needs LOGIN and a value.</source>
        <translation>users %1 attend LOGIN et une valeur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users %1 needs one LOGIN.</source>
        <translation>users %1 attend un seul LOGIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role must be administrator, manager, rep or agent.</source>
        <translation>Le rôle doit être administrator, manager, rep ou agent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in no team now.</source>
        <translation>%1 ne fait plus partie d&apos;aucune équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in %2 now.</source>
        <translation>%1 fait maintenant partie de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated; their history and customers stay.</source>
        <translation>%1 est désactivé&#xa0;; son historique et ses clients restent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes your own password, or (administrator) sets another user&apos;s.</source>
        <translation>Change votre propre mot de passe ou (administrateur) celui d&apos;un autre utilisateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>users passwd needs one LOGIN.</source>
        <translation>users passwd attend un seul LOGIN.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 is set.</source>
        <translation>Le mot de passe de %1 est défini.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: rapport-cli users list|add|set-role|set-teams|disable|enable|passwd ...   (see &apos;users COMMAND --help&apos;)</source>
        <translation>Usage&#xa0;: rapport-cli users list|add|set-role|set-teams|disable|enable|passwd ...   (voir &apos;users COMMANDE --help&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>users needs what to do: list, add, set-role, set-teams, disable, enable or passwd.</source>
        <translation>users a besoin de ce qu&apos;il faut faire&#xa0;: list, add, set-role, set-teams, disable, enable ou passwd.</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <location filename="../core/domain/relationship.cpp" line="+25"/>
        <source>Works at</source>
        <translation>Travaille chez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsidiary of</source>
        <translation>Filiale de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Partner of</source>
        <translation>Partenaire de</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Supplier of</source>
        <translation>Fournisseur de</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employs</source>
        <translation>Emploie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent of</source>
        <translation>Société mère de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred</source>
        <translation>A recommandé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer of</source>
        <translation>Client de</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The relationship starts at no customer.</source>
        <translation>La relation ne part d&apos;aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relationship leads to no customer.</source>
        <translation>La relation ne mène à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot have a relationship with itself.</source>
        <translation>Un client ne peut pas avoir de relation avec lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of relationship is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce type de relation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role is longer than %1 characters.</source>
        <translation>Le rôle dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relationship cannot begin in the future.</source>
        <translation>La relation ne peut pas commencer dans le futur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>RelationshipRepository</name>
    <message>
        <location filename="../core/storage/relationshiprepository.cpp" line="+74"/>
        <source>These customers are already linked this way.</source>
        <translation>Ces clients sont déjà liés de cette façon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the two customers does not exist any more.</source>
        <translation>L&apos;un des deux clients n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+28"/>
        <location line="+51"/>
        <source>Saving the relationship</source>
        <translation>Enregistrement de la relation</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Reading the relationship</source>
        <translation>Lecture de la relation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship %1 does not exist.</source>
        <translation>La relation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+30"/>
        <source>The relationship was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>La relation a été modifiée par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+13"/>
        <location line="+17"/>
        <source>The relationship does not exist any more.</source>
        <translation>La relation n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+12"/>
        <source>Deleting the relationship</source>
        <translation>Suppression de la relation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The relationship cannot come back: it was made again or its place was taken meanwhile.</source>
        <translation>La relation ne peut pas revenir&#xa0;: elle a été recréée ou sa place a été prise entre-temps.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the relationships</source>
        <translation>Lecture des relations</translation>
    </message>
</context>
<context>
    <name>RemoveContactPointCommand</name>
    <message>
        <location filename="../ui/undo/contactpointcommands.cpp" line="+10"/>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>moyen de contact</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <location filename="../ui/undo/relationshipcommands.cpp" line="+9"/>
        <source>Remove a link of %1</source>
        <translation>Retirer un lien de %1</translation>
    </message>
</context>
<context>
    <name>RemoveSurveyAnswerCommand</name>
    <message>
        <location filename="../ui/undo/surveycommands.cpp" line="+41"/>
        <source>Remove survey answer (score %1)</source>
        <translation>Retirer la réponse à l&apos;enquête (note %1)</translation>
    </message>
</context>
<context>
    <name>RestoreCustomerCommand</name>
    <message>
        <location filename="../ui/undo/trashcommands.cpp" line="-36"/>
        <source>Restore from the trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not in the trash.</source>
        <translation>%1 n&apos;est pas dans la corbeille.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../core/analytics/retention.cpp" line="+109"/>
        <source>There are no purchases up to %1, so there are no cohorts.</source>
        <translation>Il n&apos;y a aucun achat jusqu&apos;au %1, il n&apos;y a donc pas de cohortes.</translation>
    </message>
</context>
<context>
    <name>RevertRepository</name>
    <message>
        <location filename="../core/storage/revertrepository.cpp" line="+107"/>
        <location line="+57"/>
        <source>Reading the history</source>
        <translation>Lecture du journal des modifications</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The history names a kind of row this Rapport does not know.</source>
        <translation>Le journal des modifications indique un type de ligne que cette version de Rapport ne connaît pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the table&apos;s columns</source>
        <translation>Lecture des colonnes de la table</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+68"/>
        <location line="+37"/>
        <source>The history names a column the table does not have.</source>
        <translation>Le journal des modifications indique une colonne que la table n&apos;a pas.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>The history does not say which row it changed.</source>
        <translation>Le journal des modifications n&apos;indique pas quelle ligne a été modifiée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the row to revert</source>
        <translation>Lecture de la ligne à rétablir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleting a row the batch created</source>
        <translation>Suppression d&apos;une ligne créée par le lot</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Setting back the values the batch changed</source>
        <translation>Rétablissement des valeurs modifiées par le lot</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restoring a row the batch deleted</source>
        <translation>Restauration d&apos;une ligne supprimée par le lot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the customer</source>
        <translation>Lecture du client</translation>
    </message>
    <message>
        <location filename="../core/storage/revertrepositorybulk.cpp" line="+59"/>
        <source>Looking for rows added since the batch</source>
        <translation>Recherche des lignes ajoutées depuis le lot</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+7"/>
        <source>Deleting the rows the batch loaded</source>
        <translation>Suppression des lignes chargées par le lot</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counting the rows the batch loaded</source>
        <translation>Comptage des lignes chargées par le lot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing to delete the rows the batch loaded</source>
        <translation>Préparation de la suppression des lignes chargées par le lot</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Taking the deleted customers out of the search and the list</source>
        <translation>Retrait des clients supprimés de la recherche et de la liste</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Bringing the search and the list up to date</source>
        <translation>Mise à jour de la recherche et de la liste</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting the customer list</source>
        <translation>Comptage de la liste des clients</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking for customers the batch&apos;s rows belong to</source>
        <translation>Recherche des clients auxquels appartiennent les lignes du lot</translation>
    </message>
</context>
<context>
    <name>Rfm</name>
    <message>
        <location filename="../core/analytics/rfm.cpp" line="+32"/>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loyal</source>
        <translation>Clients fidèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential loyalists</source>
        <translation>Fidèles potentiels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promising</source>
        <translation>Prometteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need attention</source>
        <translation>Demandent de l&apos;attention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About to sleep</source>
        <translation>Sur le point de s&apos;endormir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t lose them</source>
        <translation>À ne pas perdre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <translation>En hibernation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Perdus</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There are no purchases up to %1, so there is no one to score.</source>
        <translation>Il n&apos;y a aucun achat jusqu&apos;au %1, il n&apos;y a donc personne à noter.</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <location filename="../core/storage/salvage.cpp" line="+314"/>
        <source>There is no file at %1 to salvage.</source>
        <translation>Il n&apos;y a pas de fichier à récupérer à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; salvage writes a new file and replaces none.</source>
        <translation>%1 existe déjà ; la récupération écrit un nouveau fichier et n&apos;en remplace aucun.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be opened to salvage it (%2).</source>
        <translation>%1 n&apos;a pas pu être ouvert pour la récupération (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>The new file %1 could not be written (%2).</source>
        <translation>Le nouveau fichier %1 n&apos;a pas pu être écrit (%2).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The salvage was cancelled; no new file was made.</source>
        <translation>La récupération a été annulée ; aucun nouveau fichier n&apos;a été créé.</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <location filename="../core/analytics/satisfaction.cpp" line="+26"/>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerable</source>
        <translation>Vulnérables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth potential</source>
        <translation>Potentiel de croissance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saboteurs</source>
        <translation>Saboteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valuable and satisfied: keep them close and ask them for referrals.</source>
        <translation>Précieux et satisfaits&#xa0;: restez proches d&apos;eux et demandez-leur des recommandations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valuable but dissatisfied: the revenue at risk; call them first.</source>
        <translation>Précieux mais insatisfaits&#xa0;: le chiffre d&apos;affaires menacé&#xa0;; appelez-les en premier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfied but of low value so far: offer them more.</source>
        <translation>Satisfaits mais de faible valeur pour le moment&#xa0;: proposez-leur davantage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of low value and dissatisfied: fix what is cheap to fix.</source>
        <translation>Faible valeur et insatisfaits&#xa0;: corrigez ce qui coûte peu à corriger.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The customers, values and scores do not line up (%1, %2 and %3 of them).</source>
        <translation>Les clients, les valeurs et les notes ne concordent pas (%1, %2 et %3 éléments).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The score from which a customer counts as satisfied must lie between 0 and 10.</source>
        <translation>La note à partir de laquelle un client est considéré comme satisfait doit être comprise entre 0 et 10.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer answered a survey in the period, so there is no satisfaction to show.</source>
        <translation>Aucun client n&apos;a répondu à une enquête sur la période, il n&apos;y a donc aucune satisfaction à afficher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 has the score %2; scores run from 0 to 10.</source>
        <translation>Le client %1 a la note %2&#xa0;; les notes vont de 0 à 10.</translation>
    </message>
</context>
<context>
    <name>SaveCaseCommand</name>
    <message>
        <location filename="../ui/undo/casecommands.cpp" line="+33"/>
        <source>Set case %1 to %2</source>
        <translation>Passer le dossier %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit case %1</source>
        <translation>Modifier le dossier %1</translation>
    </message>
</context>
<context>
    <name>SetConsentCommand</name>
    <message>
        <location filename="../ui/undo/consentcommands.cpp" line="+21"/>
        <source>Clear %1 Consent</source>
        <translation>Effacer le consentement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Opt-In</source>
        <translation>%1 : consentement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Opt-Out</source>
        <translation>%1 : refus</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>The database this step belongs to is closed.</source>
        <translation>La base de données de cette étape est fermée.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="+28"/>
        <source>Reading a setting</source>
        <translation>Lecture d&apos;un paramètre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a setting</source>
        <translation>Enregistrement d&apos;un paramètre</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the address countries</source>
        <translation>Lecture des pays des adresses</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../core/services/signin.cpp" line="+74"/>
        <source>The login or the password is wrong.</source>
        <translation>L&apos;identifiant ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no password yet, and this database requires one: an administrator must set it first.</source>
        <translation>%1 n&apos;a pas encore de mot de passe, et cette base de données en exige un&#xa0;: un administrateur doit d&apos;abord le définir.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+26"/>
        <source>%1 is deactivated and cannot sign in.</source>
        <translation>%1 est désactivé et ne peut pas se connecter.</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Too many failed attempts; try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives échouées&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+34"/>
        <source>%1 failed: the change bypassed Rapport&apos;s write door, which records every change, so it was not saved.</source>
        <translation>%1 impossible&#xa0;: la modification a contourné le point d&apos;écriture de Rapport, qui consigne chaque modification&#xa0;; elle n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the disk is full, so nothing was saved.</source>
        <translation>%1 impossible&#xa0;: le disque est plein, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: the database file is read-only.</source>
        <translation>%1 impossible&#xa0;: le fichier de la base est en lecture seule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the database is still busy with %2; try again when they are done.</source>
        <translation>%1 a échoué : la base de données est encore occupée par %2 ; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: another program is writing to the database; try again.</source>
        <translation>%1 impossible&#xa0;: un autre programme écrit dans la base&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the database file is damaged (%2).</source>
        <translation>%1 impossible&#xa0;: le fichier de la base est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: the database file could not be read or written (%2).</source>
        <translation>%1 impossible&#xa0;: le fichier de la base n&apos;a pas pu être lu ou écrit (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: a value breaks a rule of the database (%2).</source>
        <translation>%1 impossible&#xa0;: une valeur enfreint une règle de la base (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2.</source>
        <translation>%1 impossible&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SupportCase</name>
    <message>
        <location filename="../core/domain/supportcase.cpp" line="+28"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case belongs to no customer.</source>
        <translation>Le dossier n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of case is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce type de dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case needs a subject.</source>
        <translation>Un dossier doit avoir un objet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>L&apos;objet dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description is longer than %1 characters.</source>
        <translation>La description dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The category is longer than %1 characters.</source>
        <translation>La catégorie dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case&apos;s status is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce statut de dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The priority is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas cette priorité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner is not a valid user.</source>
        <translation>Le responsable n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case needs the time it was opened.</source>
        <translation>Le dossier doit avoir l&apos;heure de son ouverture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cannot be opened in the future.</source>
        <translation>Le dossier ne peut pas être ouvert dans le futur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A resolved or closed case needs the time it was resolved.</source>
        <translation>Un dossier résolu ou clos doit avoir l&apos;heure de sa résolution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case cannot be resolved before it was opened.</source>
        <translation>Le dossier ne peut pas être résolu avant d&apos;avoir été ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case that is not resolved has no resolution time; clear it when reopening the case.</source>
        <translation>Un dossier non résolu n&apos;a pas d&apos;heure de résolution&#xa0;; effacez-la en rouvrant le dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resolution is longer than %1 characters.</source>
        <translation>La résolution dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../core/domain/survey.cpp" line="+20"/>
        <source>Periodic survey</source>
        <translation>Enquête périodique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a purchase</source>
        <translation>Après un achat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a case</source>
        <translation>Après un dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Detractor</source>
        <translation>Détracteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passive</source>
        <translation>Passif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoter</source>
        <translation>Promoteur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The survey answer belongs to no customer.</source>
        <translation>La réponse à l&apos;enquête n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score must be a whole number from %1 to %2.</source>
        <translation>La note doit être un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kind of survey is not known.</source>
        <translation>Rapport ne connaît pas ce type d&apos;enquête.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The survey answer has no date.</source>
        <translation>La réponse à l&apos;enquête n&apos;a pas de date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comment is longer than %1 characters.</source>
        <translation>Le commentaire dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <location filename="../core/storage/surveyrepository.cpp" line="+59"/>
        <location line="+46"/>
        <source>Saving the survey answer</source>
        <translation>Enregistrement de la réponse à l&apos;enquête</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+51"/>
        <source>The survey answer&apos;s customer does not exist any more.</source>
        <translation>Le client de la réponse à l&apos;enquête n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Reading the survey answer</source>
        <translation>Lecture de la réponse à l&apos;enquête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answer %1 does not exist.</source>
        <translation>La réponse à l&apos;enquête %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the survey answer</source>
        <translation>Suppression de la réponse à l&apos;enquête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The survey answer does not exist any more.</source>
        <translation>La réponse à l&apos;enquête n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another survey answer has taken the number %1 meanwhile.</source>
        <translation>Une autre réponse à l&apos;enquête a pris entre-temps le numéro %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the survey answers</source>
        <translation>Lecture des réponses aux enquêtes</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <location filename="../core/services/surveyservice.cpp" line="+85"/>
        <source>The survey answer was changed or deleted since.</source>
        <translation>La réponse à l&apos;enquête a été modifiée ou supprimée entre-temps.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../core/domain/task.cpp" line="+31"/>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is longer than %1 characters.</source>
        <translation>Le titre dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is not a valid customer.</source>
        <translation>Le client n&apos;est pas un client valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is not a valid case.</source>
        <translation>Le dossier n&apos;est pas un dossier valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assignee is not a valid user.</source>
        <translation>La personne chargée n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The priority is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas cette priorité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task cannot be done before it was created.</source>
        <translation>La tâche ne peut pas être terminée avant d&apos;avoir été créée.</translation>
    </message>
</context>
<context>
    <name>TaskDoneCommand</name>
    <message>
        <location filename="../ui/taskdonecommand.cpp" line="+22"/>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again: %1</source>
        <translation>Rouvert&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <location filename="../core/storage/taskrepository.cpp" line="+121"/>
        <source>The task has no creation time.</source>
        <translation>La tâche n&apos;a pas de date de création.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <location line="+38"/>
        <source>Saving the task</source>
        <translation>Enregistrement de la tâche</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+38"/>
        <source>The task&apos;s customer, case or assignee does not exist any more.</source>
        <translation>Le client, le dossier ou la personne chargée de la tâche n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the task</source>
        <translation>Lecture de la tâche</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+145"/>
        <location line="+9"/>
        <source>Task %1 does not exist.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The task has lost the time it was created.</source>
        <translation>La tâche a perdu sa date de création.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The task was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>La tâche a été modifiée par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The task does not exist any more.</source>
        <translation>La tâche n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the task</source>
        <translation>Suppression de la tâche</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another task has taken the number %1 meanwhile.</source>
        <translation>Une autre tâche a pris entre-temps le numéro %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+50"/>
        <source>Reading the tasks</source>
        <translation>Lecture des tâches</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <location filename="../core/services/taskservice.cpp" line="+93"/>
        <source>The task can only be assigned to an active user.</source>
        <translation>La tâche ne peut être attribuée qu&apos;à un utilisateur actif.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../core/domain/team.cpp" line="+23"/>
        <source>A team needs a name.</source>
        <translation>Une équipe doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team&apos;s name is longer than %1 characters.</source>
        <translation>Le nom d&apos;une équipe dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team&apos;s name cannot hold a comma (lists of teams are written with commas).</source>
        <translation>Le nom d&apos;une équipe ne peut pas contenir de virgule (les listes d&apos;équipes sont écrites avec des virgules).</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <location filename="../core/storage/teamrepository.cpp" line="+60"/>
        <source>There is already a team called &quot;%1&quot;.</source>
        <translation>Il existe déjà une équipe nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Saving the team</source>
        <translation>Enregistrement de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>L&apos;équipe a été modifiée par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouverte&#xa0;; rechargez-la et appliquez à nouveau votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>The team does not exist any more.</source>
        <translation>L&apos;équipe n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Deleting the team</source>
        <translation>Suppression de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the team</source>
        <translation>Lecture de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking up the team</source>
        <translation>Recherche de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no team called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucune équipe nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the teams</source>
        <translation>Lecture des équipes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the user&apos;s teams</source>
        <translation>Lecture des équipes de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the user&apos;s teams</source>
        <translation>Enregistrement des équipes de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the user&apos;s team members</source>
        <translation>Lecture des membres des équipes de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <location filename="../core/domain/timelineentry.cpp" line="+39"/>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task created</source>
        <translation>Tâche créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task done</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TimelineRepository</name>
    <message>
        <location filename="../core/storage/timelinerepository.cpp" line="+144"/>
        <location line="+62"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lecture de l&apos;historique du client</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the order lines</source>
        <translation>Lecture des lignes de commande</translation>
    </message>
</context>
<context>
    <name>TrashRepository</name>
    <message>
        <location filename="../core/storage/trashrepository.cpp" line="+28"/>
        <location line="+20"/>
        <source>Reading the trash</source>
        <translation>Lecture de la corbeille</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <location filename="../core/domain/user.cpp" line="+35"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales representative</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service agent</source>
        <translation>Conseiller service</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A user needs a login.</source>
        <translation>Un utilisateur doit avoir un identifiant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is longer than %1 characters.</source>
        <translation>L&apos;identifiant dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A login may only hold letters, digits and the characters . _ - @.</source>
        <translation>Un identifiant ne peut contenir que des lettres, des chiffres et les caractères . _ - @.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A user needs a name.</source>
        <translation>Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce rôle.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+65"/>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» est déjà pris.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>Saving the user</source>
        <translation>Enregistrement de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reading the user</source>
        <translation>Lecture de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 does not exist.</source>
        <translation>L&apos;utilisateur %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking up the user</source>
        <translation>Recherche de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun utilisateur avec l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The user was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>L&apos;utilisateur a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-le et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>The user does not exist any more.</source>
        <translation>L&apos;utilisateur n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the user</source>
        <translation>Suppression de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <location filename="../core/io/vcardreader.cpp" line="+238"/>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card at line %1 (%2) has no END:VCARD before the next card begins at line %3; it was not read.</source>
        <translation>La carte de la ligne %1 (%2) n&apos;a pas de END:VCARD avant le début de la carte suivante à la ligne %3 ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1 is not inside any vCard (BEGIN:VCARD ... END:VCARD) and was skipped.</source>
        <translation>La ligne %1 n&apos;est dans aucune vCard (BEGIN:VCARD ... END:VCARD) et a été ignorée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines %1 to %2 are not inside any vCard (BEGIN:VCARD ... END:VCARD) and were skipped.</source>
        <translation>Les lignes %1 à %2 ne sont dans aucune vCard (BEGIN:VCARD ... END:VCARD) et ont été ignorées.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The card at line %1 has no name: no FN, N, ORG or e-mail address; it was not read.</source>
        <translation>La carte de la ligne %1 n&apos;a pas de nom : ni FN, ni N, ni ORG, ni adresse e-mail ; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card at line %1 (%2) has no END:VCARD before the file ends; the file may be cut short. The card was not read.</source>
        <translation>La carte de la ligne %1 (%2) n&apos;a pas de END:VCARD avant la fin du fichier ; le fichier est peut-être tronqué. La carte n&apos;a pas été lue.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This is not a vCard file: no line in it says BEGIN:VCARD.</source>
        <translation>Ce n&apos;est pas un fichier vCard : aucune ligne n&apos;y contient BEGIN:VCARD.</translation>
    </message>
</context>
<context>
    <name>WriteHolder</name>
    <message>
        <location filename="../core/storage/writeholder.cpp" line="+31"/>
        <source>importing purchases</source>
        <translation>importe des achats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading demo data</source>
        <translation>charge des données de démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merging customers</source>
        <translation>fusionne des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erasing customers</source>
        <translation>efface des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restoring a backup</source>
        <translation>restaure une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving a large change</source>
        <translation>enregistre une modification importante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, who is %2</source>
        <translation>%1, qui %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, who is %2 (since %3)</source>
        <translation>%1, qui %2 (depuis %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n&apos;a pas pu être écrit : %2.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="+40"/>
        <source>Starting to write</source>
        <translation>Début de l&apos;écriture</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="-91"/>
        <source>%1 has %n problem(s); restore it from a backup.</source>
        <translation>
            <numerusform>%1 a %n problème&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</numerusform>
            <numerusform>%1 a %n problèmes&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/backups.cpp" line="-77"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ActivityChart</name>
    <message>
        <location filename="../ui/dashboards/activitychart.cpp" line="+33"/>
        <source>Team activity</source>
        <translation>Activité de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busiest channel</source>
        <translation>Canal principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases opened</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median to resolve</source>
        <translation>Délai médian de résolution</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By agent</source>
        <translation>Par conseiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By team</source>
        <translation>Par équipe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation type="vanished">Aucun conseiller indiqué</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>User #%1</source>
        <translation>Utilisateur #%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No agent recorded</source>
        <translation>Aucun conseiller enregistré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>No interactions or cases in the period.</source>
        <translation>Aucun échange ni dossier sur la période.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 interactions in %n week(s); cases: %2 opened, %3 resolved</source>
        <translation>
            <numerusform>%1 échanges en %n semaine&#xa0;; dossiers&#xa0;: %2 ouverts, %3 résolus</numerusform>
            <numerusform>%1 échanges en %n semaines&#xa0;; dossiers&#xa0;: %2 ouverts, %3 résolus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>median %1 days to resolve</source>
        <translation>temps médian de résolution&#xa0;: %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median %1 hours to resolve</source>
        <translation>temps médian de résolution&#xa0;: %1 heures</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Week %1 is hatched: the period starts after its Monday.</source>
        <translation>La semaine %1 est hachurée&#xa0;: la période commence après son lundi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1 is hatched: the period ends before its Sunday.</source>
        <translation>La semaine %1 est hachurée&#xa0;: la période se termine avant son dimanche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 is hatched: so far, the week is still running.</source>
        <translation>La semaine %1 est hachurée&#xa0;: chiffres provisoires, la semaine est en cours.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Part of a week: the period ends before its Sunday.</source>
        <translation>Semaine partielle&#xa0;: la période se termine avant son dimanche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week so far: it is still running.</source>
        <translation>Cette semaine jusqu&apos;ici&#xa0;: elle est en cours.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Part of a week: the period starts after its Monday.</source>
        <translation>Semaine partielle&#xa0;: la période commence après son lundi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so far</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>part</source>
        <translation>partiel</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Week of %1</source>
        <translation>Semaine (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of %1–%2</source>
        <translation>Semaine (%1–%2)</translation>
    </message>
</context>
<context>
    <name>rapport::AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="+29"/>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All records</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit History</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>Dep&amp;uis&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>&amp;Jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cord:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change:</source>
        <translation>&amp;Modification&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click an entry to open its customer.</source>
        <translation>Double-cliquez sur une entrée pour ouvrir son client.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody signed in</source>
        <translation>Personne de connecté</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The newest %Ln entries; more as you scroll</source>
        <translation>
            <numerusform>Les plus récentes&#xa0;: %Ln entrée&#xa0;; d&apos;autres en faisant défiler</numerusform>
            <numerusform>Les plus récentes&#xa0;: %Ln entrées&#xa0;; d&apos;autres en faisant défiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::BatchHistoryView</name>
    <message>
        <location filename="../ui/batchhistoryview.cpp" line="+28"/>
        <source>&amp;Revert…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Import History</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des importations&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every import and merge is one step in the history. Reverting one undoes it as a whole, its updates included; where something was changed since, you choose what stays.</source>
        <translation>Chaque importation et chaque fusion est une étape de l&apos;historique. Annuler l&apos;une d&apos;elles la défait entièrement, mises à jour comprises ; là où quelque chose a été modifié depuis, vous choisissez ce qui reste.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo the selected batch in one step</source>
        <translation>Annuler le lot sélectionné en une seule étape</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing has been imported or merged yet.</source>
        <translation>Rien n&apos;a encore été importé ni fusionné.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch %1 was reverted by batch %2.</source>
        <translation>Le lot %1 a été annulé par le lot %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An erase keeps none of the erased values: it cannot be reverted.</source>
        <translation>Une suppression définitive ne conserve aucune des valeurs supprimées : elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1: %2.</source>
        <translation>Lot %1 : %2.</translation>
    </message>
</context>
<context>
    <name>rapport::BatchListModel</name>
    <message>
        <location filename="../core/models/batchlistmodel.cpp" line="+31"/>
        <source>Customer import</source>
        <translation>Importation de clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase import</source>
        <translation>Importation d&apos;achats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>Suppression définitive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Revert of batch %1</source>
        <translation>Annulation du lot %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reverted (batch %1)</source>
        <translation>Annulé (lot %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stands</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="vanished">Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>rapport::CallerFinder</name>
    <message>
        <location filename="../ui/callerfinder.cpp" line="+44"/>
        <source>Name, phone number or its last digits, e-mail…</source>
        <translation>Nom, numéro de téléphone ou ses derniers chiffres, e-mail…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter takes the highlighted customer; Up and Down pick another.</source>
        <translation>Entrée prend le client en surbrillance&#xa0;; Haut et Bas en choisissent un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rapport::CaseDialog</name>
    <message>
        <location filename="../ui/casedialog.cpp" line="+78"/>
        <source>Open C&amp;ustomer</source>
        <translation>Ouvrir le &amp;client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Delivery, Billing, Repair</source>
        <translation>p. ex. Livraison, Facturation, Réparation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody (in the queue)</source>
        <translation>Personne (dans la file d&apos;attente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner:</source>
        <translation>Respo&amp;nsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How was it resolved? Needed to resolve or close.</source>
        <translation>Comment a-t-il été résolu&#xa0;? Nécessaire pour le résoudre ou le clore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…  (Ctrl+R)</source>
        <translation>Résoudre…  (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Enregistrer  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New Case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation type="vanished">Dossier #%1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New case for %1</source>
        <translation>Nouveau dossier pour %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="vanished">#%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 (deactivated)</source>
        <translation>Utilisateur %1 (désactivé)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %1 (%2 days ago)</source>
        <translation>Ouvert le %1 (il y a %2 jours)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; resolved %1</source>
        <translation>; résolu le %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Resolution (needed):</source>
        <translation>&amp;Résolution (requise)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rapport::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="+105"/>
        <location line="+1"/>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the password you sign in with as %1.</source>
        <translation>Changez le mot de passe avec lequel vous vous connectez en tant que %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is signed in.</source>
        <translation>Personne n&apos;est connecté.</translation>
    </message>
</context>
<context>
    <name>rapport::ChoiceStrip</name>
    <message>
        <location filename="../ui/choicestrip.cpp" line="+53"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::ClvChart</name>
    <message>
        <location filename="../ui/dashboards/clvchart.cpp" line="+31"/>
        <source>Customer lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Valuable but slipping</source>
        <translation>Précieux mais sur le départ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>M</source>
        <comment>millions</comment>
        <translation>&#xa0;M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <comment>thousands</comment>
        <translation>&#xa0;k</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The lifetime value model has not been fitted yet.</source>
        <translation>Le modèle de valeur vie client n&apos;a pas encore été ajusté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating to the latest changes…</source>
        <translation>Mise à jour avec les derniers changements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BG/NBD fit: r %1, α %2, a %3, b %4, log-likelihood %5.</source>
        <translation>Ajustement BG/NBD&#xa0;: r %1, α %2, a %3, b %4, log-vraisemblance %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Average lifetime value %1 over the %Ln customer(s) who had bought by the end of the period.</source>
        <translation>
            <numerusform>Valeur vie client moyenne de %1 sur le %Ln client ayant acheté jusqu&apos;à la fin de la période.</numerusform>
            <numerusform>Valeur vie client moyenne de %1 sur les %Ln clients ayant acheté jusqu&apos;à la fin de la période.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Valuable but slipping: %Ln top customer(s) less than half likely to buy again</source>
        <translation>
            <numerusform>Précieux mais sur le départ&#xa0;: %Ln meilleur client a moins d&apos;une chance sur deux de racheter</numerusform>
            <numerusform>Précieux mais sur le départ&#xa0;: %Ln meilleurs clients ont moins d&apos;une chance sur deux de racheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), on average %1 %2 each.</source>
        <translation type="vanished">
            <numerusform>%n client, %1 %2 en moyenne.</numerusform>
            <numerusform>%n clients, %1 %2 en moyenne chacun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valuable but slipping: %n top customer(s) less than half likely to buy again</source>
        <translation type="vanished">
            <numerusform>Précieux mais sur le départ&#xa0;: %n meilleur client a moins d&apos;une chance sur deux de racheter</numerusform>
            <numerusform>Précieux mais sur le départ&#xa0;: %n meilleurs clients ont moins d&apos;une chance sur deux de racheter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No valuable customer is slipping away.</source>
        <translation>Aucun client précieux n&apos;est sur le départ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all %1 in the list</source>
        <translation>Afficher les %1 dans la liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Lifetime value from</source>
        <translation>Valeur vie client à partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value from (%1)</source>
        <translation>Valeur vie client à partir de (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 customers worth %2 to %3 %4</source>
        <translation>%1 clients valant de %2 à %3 %4</translation>
    </message>
</context>
<context>
    <name>rapport::CohortHeatmap</name>
    <message>
        <location filename="../ui/dashboards/cohortheatmap.cpp" line="+67"/>
        <source>Cohort retention</source>
        <translation>Rétention par cohorte</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Months since the first purchase</source>
        <translation>Mois depuis le premier achat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no purchases to form cohorts.</source>
        <translation>Il n&apos;y a aucun achat pour former des cohortes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows: the month of the first purchase and how many customers it brought; columns: months since (month 0 is always 100%). The colour deepens up to %1 still buying.</source>
        <translation>Lignes&#xa0;: le mois du premier achat et le nombre de clients acquis ce mois-là&#xa0;; colonnes&#xa0;: mois écoulés depuis (le mois 0 vaut toujours 100&#xa0;%). La couleur s&apos;intensifie avec la part de clients qui achètent encore (couleur pleine à partir de %1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hatched: %1 so far, up to %2 (the month is still running).</source>
        <translation>Hachuré&#xa0;: %1 provisoire, données jusqu&apos;au %2 (le mois est en cours).</translation>
    </message>
</context>
<context>
    <name>rapport::CohortTableModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/cohorttablemodel.cpp" line="+104"/>
        <source>Customers who first bought in %1: %2 of %3 (%4) bought again %n month(s) later</source>
        <translation>
            <numerusform>Clients ayant acheté pour la première fois en %1&#xa0;: %2 sur %3 (%4) ont racheté %n mois plus tard</numerusform>
            <numerusform>Clients ayant acheté pour la première fois en %1&#xa0;: %2 sur %3 (%4) ont racheté %n mois plus tard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>So far: this month is still running (data up to %1).</source>
        <translation>Provisoire&#xa0;: ce mois est en cours (données jusqu&apos;au %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n month(s) after the first purchase</source>
        <translation>
            <numerusform>%n mois après le premier achat</numerusform>
            <numerusform>%n mois après le premier achat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln customer(s) first bought in %1</source>
        <translation>
            <numerusform>%Ln client a acheté pour la première fois en %1</numerusform>
            <numerusform>%Ln clients ont acheté pour la première fois en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) first bought in %1</source>
        <translation type="vanished">
            <numerusform>%n client a acheté pour la première fois en %1</numerusform>
            <numerusform>%n clients ont acheté pour la première fois en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+20"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 was changed by someone else while you were editing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 a été modifié par quelqu&apos;un d&apos;autre pendant que vous le modifiiez.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been saved yet. The fields that differ are marked. Keep your version to save it over theirs, take the stored version to drop your changes, or go back to editing to combine the two.</source>
        <translation>Rien n&apos;a encore été enregistré. Les champs qui diffèrent sont signalés. Gardez votre version pour l&apos;enregistrer à la place de l&apos;autre, prenez la version enregistrée pour abandonner vos modifications, ou revenez à la modification pour combiner les deux.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored version</source>
        <translation>Version enregistrée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>differs</source>
        <translation>différent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Garder ma version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your version over the stored one</source>
        <translation>Enregistrer votre version à la place de celle qui est enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Stored Version</source>
        <translation>&amp;Prendre la version enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your changes and show the stored version</source>
        <translation>Abandonner vos modifications et afficher la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Retour à la modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your changes in the editor without saving (Esc)</source>
        <translation>Garder vos modifications dans l&apos;éditeur sans les enregistrer (Esc)</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentDialog</name>
    <message>
        <location filename="../ui/consentdialog.cpp" line="+26"/>
        <source>%1 Consent</source>
        <translation>Consentement : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. web form, phone call, letter</source>
        <translation>p. ex. formulaire web, appel, courrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Donné le :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentStrip</name>
    <message>
        <location filename="../ui/consentstrip.cpp" line="+31"/>
        <source>Consent:</source>
        <translation>Consentement :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data Protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Nobody asked whether %1 may be used. Click to record an answer.</source>
        <translation type="vanished">Personne n&apos;a demandé si %1 peut être utilisé. Cliquez pour enregistrer une réponse.</translation>
    </message>
    <message>
        <source>Opted in on %1%2. Click to change.</source>
        <translation type="vanished">Accepté le %1%2. Cliquez pour modifier.</translation>
    </message>
    <message>
        <source>Opted out on %1%2. Click to change.</source>
        <translation type="vanished">Refusé le %1%2. Cliquez pour modifier.</translation>
    </message>
    <message>
        <source>, source: %1</source>
        <translation type="vanished">, source : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1. Click to change.</source>
        <translation>%1. Cliquez pour modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nobody asked whether it may be used. Click to record an answer.</source>
        <translation>%1&#xa0;: personne n&apos;a demandé si ce canal peut être utilisé. Cliquez pour enregistrer une réponse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 – not asked</source>
        <translation>%1 – non demandé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ✓ opted in (%2)</source>
        <translation>%1 ✓ accepté (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ✗ opted out (%2)</source>
        <translation>%1 ✗ refusé (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not asked</source>
        <translation>%1&#xa0;: non demandé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: opted in on %2</source>
        <translation>%1&#xa0;: accepté le %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: opted out on %2</source>
        <translation>%1&#xa0;: refusé le %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: opted in on %2 (%3)</source>
        <translation>%1&#xa0;: accepté le %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: opted out on %2 (%3)</source>
        <translation>%1&#xa0;: refusé le %2 (%3)</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointList</name>
    <message>
        <location filename="../ui/contactpointlist.cpp" line="+26"/>
        <source>Phone number, e.g. 030 1234567</source>
        <translation>Numéro de téléphone, p. ex. 030 1234567</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this phone number</source>
        <translation>Retirer ce numéro de téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this e-mail address</source>
        <translation>Retirer cette adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this web address</source>
        <translation>Retirer cette adresse web</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointRow</name>
    <message>
        <location line="+35"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Primary</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The %1 shown first and used for calls and mail</source>
        <translation type="vanished">Affiché en premier et utilisé pour les appels et le courrier (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary: shown first and used for calls and mail</source>
        <translation>Principal&#xa0;: affiché en premier et utilisé pour les appels et le courrier</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country: two letters such as DE or FR</source>
        <translation type="vanished">Pays&#xa0;: deux lettres comme DE ou FR</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The web address is empty.</source>
        <translation>L&apos;adresse web est vide.</translation>
    </message>
</context>
<context>
    <name>rapport::CountryBox</name>
    <message>
        <location filename="../ui/countrybox.cpp" line="+28"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: choose from the list or type its name or code (DE, DEU)</source>
        <translation>Pays&#xa0;: choisissez-le dans la liste ou tapez son nom ou son code (FR, FRA)</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerCasesModel</name>
    <message>
        <location filename="../core/models/customercasesmodel.cpp" line="+53"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved %1</source>
        <translation>Résolu le %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(queue)</source>
        <translation>(file d&apos;attente)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerEditor</name>
    <message>
        <location filename="../ui/customereditor.cpp" line="+59"/>
        <source>Discard Changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new customer has not been saved.</source>
        <translation>Le nouveau client n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to %1 have not been saved.</source>
        <translation>Vos modifications de %1 n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <location filename="../ui/customereditorform.cpp" line="+55"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving (Esc)</source>
        <translation>Fermer sans enregistrer (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organisation</source>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>St&amp;age:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>web</source>
        <translation>web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trade fair</source>
        <translation>salon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cold call</source>
        <translation>démarchage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advertising</source>
        <translation>publicité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media</source>
        <translation>réseaux sociaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Origine&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The day the customer was won; blank when not known</source>
        <translation>Le jour où le client a été acquis&#xa0;; vide s&apos;il est inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer s&amp;ince:</source>
        <translation>Client &amp;depuis&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Séparées par des virgules, p. ex. vip, newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note&amp;s:</source>
        <translation>Note&amp;s&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ &amp;Phone</source>
        <translation>+ Télép&amp;hone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ E-&amp;mail</source>
        <translation>+ &amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ A&amp;ddress</source>
        <translation>+ &amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ &amp;Web</source>
        <translation>+ &amp;Web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Lin&amp;k to a customer</source>
        <translation>+ Lier à un &amp;client</translation>
    </message>
    <message>
        <location filename="../ui/customereditor.cpp" line="+55"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+209"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>One field needs correcting (marked in red); nothing was saved.</source>
        <translation>Un champ est à corriger (en rouge)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields need correcting (marked in red); nothing was saved.</source>
        <translation>%1 champs sont à corriger (en rouge)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is closed; nothing was saved.</source>
        <translation>La base de données est fermée&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 Your changes are still here.</source>
        <translation>%1 Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is the stored version; your changes were dropped.</source>
        <translation>Voici la version enregistrée&#xa0;; vos modifications ont été abandonnées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your changes are still here, not saved. Save writes them over the stored version.</source>
        <translation>Vos modifications sont toujours là, non enregistrées. «&#xa0;Enregistrer&#xa0;» les écrit à la place de la version enregistrée.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer no. %1</source>
        <translation>client n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the trash</source>
        <translation>dans la corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved yet</source>
        <translation>pas encore enregistré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerFilterBar</name>
    <message>
        <location filename="../ui/customerfilterbar.cpp" line="+51"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show customers at one stage</source>
        <translation>Afficher les clients d&apos;une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one person&apos;s customers</source>
        <translation>Afficher les clients d&apos;un responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show persons or organisations</source>
        <translation>Afficher les personnes ou les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers with a tag</source>
        <translation>Afficher les clients ayant une étiquette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone&apos;s</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody&apos;s</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every customer again</source>
        <translation>Afficher de nouveau tous les clients</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show every customer again (Escape in the list)</source>
        <translation>Afficher à nouveau tous les clients (Échap dans la liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selection</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 customers</source>
        <translation>%L1 clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only these customers are shown: %1</source>
        <translation>Seuls ces clients sont affichés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column “%1” says what put each one here.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» indique ce qui a amené chacun ici.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the selection “%1”</source>
        <translation>la sélection «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1</source>
        <translation>responsable %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerHeader</name>
    <message>
        <location filename="../ui/customerheader.cpp" line="+163"/>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write E-mail</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, total</source>
        <translation>CA total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, 12 months</source>
        <translation>CA sur 12 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Call %1 (%2)</source>
        <translation>Appeler le %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to %1 (%2)</source>
        <translation>Écrire à %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n weeks ago</source>
        <translation>
            <numerusform>il y a %n semaine</numerusform>
            <numerusform>il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n weeks</source>
        <translation>
            <numerusform>dans %n semaine</numerusform>
            <numerusform>dans %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n months</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works at %1</source>
        <translation>Travaille chez %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer no. %1</source>
        <translation>Client n° %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No phone</source>
        <translation>Pas de téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No e-mail</source>
        <translation>Pas d&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no orders yet</source>
        <translation>pas encore de commande</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+6"/>
        <source>last order %1</source>
        <translation>dernière commande %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no survey</source>
        <translation>aucune enquête</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="vanished">%1, %2, %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no contact logged</source>
        <translation>aucun échange consigné</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tâche ouverte</numerusform>
            <numerusform>%n tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overdue, %1</source>
        <translation>en retard, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open, no date</source>
        <translation>ouverte, sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListExporter</name>
    <message numerus="yes">
        <location filename="../ui/customerlistexport.cpp" line="+55"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln client exporté vers %1.</numerusform>
            <numerusform>%Ln clients exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Contact details of %Ln customer(s) were left out: they opted out of that channel.</source>
        <translation>
            <numerusform>Les coordonnées de %Ln client ont été omises : il a refusé ce canal.</numerusform>
            <numerusform>Les coordonnées de %Ln clients ont été omises : ils ont refusé ce canal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV pour tableurs (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard for address books (*.vcf)</source>
        <translation>vCard pour carnets d&apos;adresses (*.vcf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Export List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Exporting customers…</source>
        <translation>Exportation des clients…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln customer(s) of the list were left out.</source>
        <translation>
            <numerusform>%Ln client de la liste a été laissé de côté.</numerusform>
            <numerusform>%Ln clients de la liste ont été laissés de côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListModel</name>
    <message>
        <location filename="../core/models/customerlistdisplay.cpp" line="+132"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Several currencies</source>
        <translation>Plusieurs devises</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Last contact: %1</source>
        <translation>Dernier échange&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact recorded</source>
        <translation>Aucun échange consigné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders in several currencies: they are not added up.</source>
        <translation>Commandes en plusieurs devises&#xa0;: elles ne sont pas additionnées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fulfilled orders in 12 months</source>
        <translation>Aucune commande livrée en 12 mois</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The organisation a person works at</source>
        <translation>L&apos;organisation où travaille une personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary phone number</source>
        <translation>Le numéro de téléphone principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary e-mail address</source>
        <translation>L&apos;adresse e-mail principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The city of the primary address</source>
        <translation>La ville de l&apos;adresse principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest call, e-mail, meeting or other interaction</source>
        <translation>Le dernier appel, e-mail, rendez-vous ou autre échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled orders over the last 12 months</source>
        <translation>Commandes livrées sur les 12 derniers mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What put each customer into “%1”: %2</source>
        <translation>Ce qui a placé chaque client dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figure of a dashboard&apos;s drill-down</source>
        <translation>Le chiffre de la liste détaillée d&apos;un tableau de bord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue 12 mo.</source>
        <translation>CA 12 mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill-down figure</source>
        <translation>Chiffre du détail</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListView</name>
    <message>
        <location filename="../ui/customerlistview.cpp" line="+83"/>
        <source>Search name, organisation, e-mail, city or phone…</source>
        <translation>Rechercher nom, organisation, e-mail, ville ou téléphone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to narrow the list; Enter opens the best match</source>
        <translation>Tapez pour filtrer la liste&#xa0;; Entrée ouvre le meilleur résultat</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The best %L1 matches</source>
        <translation>Les %L1 meilleurs résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 matches</source>
        <translation>%L1 résultats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 customer matches the filters</source>
        <translation>1 client correspond aux filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 customers match the filters</source>
        <translation>%L1 clients correspondent aux filtres</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+13"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+295"/>
        <location line="+13"/>
        <source>%L1 customers</source>
        <translation>%L1 clients</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Search &amp;all customers</source>
        <translation>Rechercher dans &amp;tous les clients</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove the selection and the filters and search every customer (Enter in the search field)</source>
        <translation>Retirer la sélection et les filtres et rechercher dans tous les clients (Entrée dans le champ de recherche)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 selected customer</source>
        <translation>1 client sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 selected customers</source>
        <translation>%L1 clients sélectionnés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 selected customers match the filters</source>
        <translation>%L1 des %L2 clients sélectionnés correspondent aux filtres</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No exact match — showing close matches for “%1”.</source>
        <translation>Aucun résultat exact — résultats approchants pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few exact matches — close matches for “%1” follow them.</source>
        <translation>Peu de résultats exacts — suivis de résultats approchants pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the filters</source>
        <translation>les filtres actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1” within %2.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;» avec ces filtres&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only matches within %1 are shown.</source>
        <translation>Seuls les résultats correspondant à ces filtres sont affichés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This selection holds no customers.</source>
        <translation>Cette sélection ne contient aucun client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No selected customer passes these filters.</source>
        <translation>Aucun client sélectionné ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the selected customers is in the list any more.</source>
        <translation>Aucun des clients sélectionnés n’est encore dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer passes these filters.</source>
        <translation>Aucun client ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no customers yet.</source>
        <translation>Il n&apos;y a pas encore de clients.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Organisation</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="vanished">Prospect</translation>
    </message>
    <message>
        <location filename="../ui/customerlistcolumns.cpp" line="+167"/>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPanels</name>
    <message>
        <location filename="../ui/customerpanels.cpp" line="+110"/>
        <source>No people or links yet.</source>
        <translation>Pas encore de personnes ni de liens.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>History</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit Task…</source>
        <translation>Modifier la tâche…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done / Open Again</source>
        <translation>Terminer / Rouvrir</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>People and links (%1)</source>
        <translation>Personnes et liens (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links (%1)</source>
        <translation>Liens (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Products (%1)</source>
        <translation>Produits (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases (%1 open)</source>
        <translation>Dossiers (ouverts&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases (%1)</source>
        <translation>Dossiers (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks (%1 open)</source>
        <translation>Tâches (ouvertes&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerTasksModel</name>
    <message>
        <location filename="../core/models/customertasksmodel.cpp" line="+70"/>
        <source>Done %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerView</name>
    <message>
        <location filename="../ui/customerview.cpp" line="+49"/>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload Customer</source>
        <translation>Recharger le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Personal Data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase Personal Data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>No customer is open.
Find one with Ctrl+K and press Enter.</source>
        <translation>Aucun client n&apos;est ouvert.
Cherchez-en un avec Ctrl+K et appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist any more.
It was deleted for good, perhaps in another window or by a colleague.</source>
        <translation>Le client %1 n&apos;existe plus.
Il a été supprimé définitivement, peut-être dans une autre fenêtre ou par un collègue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer not found</source>
        <translation>Client introuvable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer not shown</source>
        <translation>Client non affiché</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is in the trash since %2. Its history stays readable here; restore it from the trash to work with it again.</source>
        <translation>%1 est dans la corbeille depuis le %2. Son historique reste consultable ici&#xa0;; restaurez-le depuis la corbeille pour travailler de nouveau avec.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (in the trash)</source>
        <translation>%1 (dans la corbeille)</translation>
    </message>
    <message>
        <location filename="../ui/customerviewprivacy.cpp" line="+79"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Personal Data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is open read-only, so nothing can be erased.</source>
        <translation>La base de données est ouverte en lecture seule, rien ne peut donc être effacé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erase Personal Data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase all personal data of %1?</source>
        <translation>Effacer toutes les données personnelles de %1 ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their name, contact details, notes, the texts of their calls, cases and tasks, their relationships, tags and consent are removed everywhere, the history included. Their orders stay, anonymized, so the figures stay true. This cannot be undone.</source>
        <translation>Le nom, les coordonnées, les notes, les textes des appels, dossiers et tâches, les relations, les étiquettes et les consentements sont supprimés partout, journal des modifications compris. Les commandes restent, anonymisées, pour que les chiffres restent justes. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardFilterBar</name>
    <message>
        <location filename="../ui/dashboards/dashboardfilterbar.cpp" line="+47"/>
        <source>The period the figures cover</source>
        <translation>La période couverte par les chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day of the period</source>
        <translation>Le premier jour de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day of the period</source>
        <translation>Le dernier jour de la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One person&apos;s customers; in team activity, that person&apos;s work</source>
        <translation>Les clients d&apos;un responsable&#xa0;; dans l&apos;activité de l&apos;équipe, son travail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers a team&apos;s members own; in team activity, their work</source>
        <translation>Les clients dont les membres d&apos;une équipe sont responsables&#xa0;; dans l&apos;activité de l&apos;équipe, leur travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons, organisations or both</source>
        <translation>Personnes, organisations ou les deux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the customers of one RFM segment (as of the period&apos;s end)</source>
        <translation>Seulement les clients d&apos;un segment RFM (à la fin de la période)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody&apos;s</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons and organisations</source>
        <translation>Personnes et organisations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All RFM segments</source>
        <translation>Tous les segments RFM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboards/dashboardpanel.cpp" line="+38"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a picture or its numbers as a table</source>
        <translation>Enregistrer ce graphique comme image ou ses chiffres comme tableau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The chart has nothing to export yet.</source>
        <translation>Le graphique n&apos;a encore rien à exporter.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Export %1</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1 (%2) to %3</source>
        <translation>%1 (%2) enregistré dans %3</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardService</name>
    <message>
        <location filename="../core/services/dashboardservice.cpp" line="+101"/>
        <source>Reading the saved dashboards</source>
        <translation>Lecture des tableaux de bord enregistrés</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Fitting the customer lifetime value model</source>
        <translation>Ajustement du modèle de valeur vie client</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The dashboard was not refreshed.</source>
        <translation>Le tableau de bord n&apos;a pas été actualisé.</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardView</name>
    <message>
        <location filename="../ui/dashboards/dashboardview.cpp" line="+47"/>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained customers</source>
        <translation>Clients fidélisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Active customers (lifetime value)</source>
        <translation type="vanished">Clients actifs (valeur vie client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers who had bought (lifetime value)</source>
        <translation>Clients ayant acheté (valeur vie client)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers with open complaints</source>
        <translation>Clients avec réclamations ouvertes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the Pareto chart ranks the customers by</source>
        <translation>Critère de classement des clients dans le diagramme de Pareto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto by revenue</source>
        <translation>Pareto par chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto by service load</source>
        <translation>Pareto par charge de service</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention</source>
        <translation>&amp;Rétention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lifetime value</source>
        <translation>Valeur vi&amp;e client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Satisfaction</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. The figures shown are the last ones computed.</source>
        <translation>Arrêté. Les chiffres affichés sont les derniers calculés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Change a filter or press F5 to compute.</source>
        <translation>Arrêté. Modifiez un filtre ou appuyez sur F5 pour calculer.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There are no orders from %1 to %2; the dashboards show %3 – %4, the last period as long with orders.</source>
        <translation>Il n&apos;y a aucune commande du %1 au %2 ; les tableaux de bord affichent %3 – %4, la dernière période de même durée avec des commandes.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers · computed in %2</source>
        <translation>%1 clients · calculé en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · data read in %1</source>
        <translation> · données lues en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RFM segment</source>
        <translation>Segment RFM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active customers, %1</source>
        <translation>Clients actifs, %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lifetime value %1 to %2 %3, %4</source>
        <translation>Valeur vie client de %1 à %2 %3, %4</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First bought in %1, bought again in month %2</source>
        <translation>Premier achat en %1, rachat au mois %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RFM segment %1, %2</source>
        <translation>Segment RFM %1, %2</translation>
    </message>
</context>
<context>
    <name>rapport::DemoDataTask</name>
    <message>
        <location filename="../ui/demodatatask.cpp" line="+38"/>
        <source>Creating %L1 demo customers…</source>
        <translation>Création de %L1 clients de démonstration…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo Data</source>
        <translation>Données de démonstration</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatePairModel</name>
    <message>
        <location filename="../core/models/duplicatepairmodel.cpp" line="+87"/>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesView</name>
    <message>
        <location filename="../ui/duplicatesview.cpp" line="+106"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Pas un doublon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan &amp;Again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>The merged-away customer goes to the trash; Ctrl+Z in the main window undoes a merge.</source>
        <translation type="vanished">Le client fusionné va à la corbeille ; Ctrl+Z dans la fenêtre principale annule une fusion.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The merged-away customer goes to the trash; Ctrl+Z undoes a merge, here or in the main window.</source>
        <translation>Le client fusionné va à la corbeille&#xa0;; Ctrl+Z annule une fusion, ici ou dans la fenêtre principale.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Looking for customers that may be the same one…</source>
        <translation>Recherche des clients qui pourraient être le même…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No likely duplicates among %1 customers.</source>
        <translation>Aucun doublon probable parmi %1 clients.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs of customers that may be the same one: %1, among %2 customers. Pick the record to keep and the values it takes, then merge.</source>
        <translation>Paires de clients qui pourraient être le même : %1, parmi %2 clients. Choisissez la fiche à conserver et les valeurs qu&apos;elle reprend, puis fusionnez.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a pair to compare the two customers.</source>
        <translation>Sélectionnez une paire pour comparer les deux clients.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <source>%1 (#%2)</source>
        <translation>%1 (n° %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this record</source>
        <translation>Conserver cette fiche</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kept from both records</source>
        <translation>Conservé des deux fiches</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works at</source>
        <translation>Travaille chez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All contact details, tags, calls, orders, cases, tasks, notes, survey answers, consents and relationships of both are kept.</source>
        <translation>Toutes les coordonnées, étiquettes, appels, commandes, dossiers, tâches, notes, réponses aux enquêtes, consentements et relations des deux sont conservés.</translation>
    </message>
</context>
<context>
    <name>rapport::FirstAdministratorDialog</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="+93"/>
        <source>Protect With a Password</source>
        <translation>Protéger par un mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is new. If several people will share it, protect it now: you become its administrator, and everyone signs in with a password. Skip to use it on your own, without a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est nouvelle. Si plusieurs personnes vont la partager, protégez-la maintenant&#xa0;: vous en devenez l&apos;administrateur, et chacun se connecte avec un mot de passe. Ignorez cette étape pour l&apos;utiliser seul, sans mot de passe.</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryModel</name>
    <message>
        <location filename="../core/models/historymodel.cpp" line="+341"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryPane</name>
    <message>
        <location filename="../ui/historypane.cpp" line="+32"/>
        <source>&amp;Field:</source>
        <translation>C&amp;hamp&#xa0;:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
</context>
<context>
    <name>rapport::ImportCheckPage</name>
    <message>
        <location filename="../ui/importcheckpage.cpp" line="+23"/>
        <source>Check Before Importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read as the import would read it. Nothing is written to the database on this page.</source>
        <translation>Tout le fichier est lu comme l&apos;importation le lirait. Rien n&apos;est écrit dans la base de données sur cette page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking every row of %1…</source>
        <translation>Vérification de chaque ligne de %1…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The check stopped: %1</source>
        <translation>La vérification s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing this file would change nothing: every customer in it is already in Rapport as the file has them. Nothing has been written.</source>
        <translation>Importer ce fichier ne changerait rien : chaque client qu&apos;il contient est déjà dans Rapport tel que le fichier le décrit. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No row of this file can be imported as it is; the table below says why. Nothing has been written.</source>
        <translation>Aucune ligne de ce fichier ne peut être importée telle quelle ; le tableau ci-dessous indique pourquoi. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet. Import will do what is counted here; the rejected rows are left out and listed in the report, to fix and import again.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation fera ce qui est compté ici ; les lignes rejetées sont laissées de côté et listées dans le rapport, pour les corriger et les importer à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been written yet. Import will do exactly what is counted here.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation fera exactement ce qui est compté ici.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportFilePage</name>
    <message>
        <location filename="../ui/importfilepage.cpp" line="+61"/>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the file is read</source>
        <translation>Comment le fichier est lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>The first row &amp;holds the column names</source>
        <translation>La première ligne &amp;contient les noms des colonnes</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Choose the File</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file from a spreadsheet or another program, or a vCard file from an address book. Nothing is imported before the last page.</source>
        <translation>Un fichier CSV d&apos;un tableur ou d&apos;un autre programme, ou un fichier vCard d&apos;un carnet d&apos;adresses. Rien n&apos;est importé avant la dernière page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s path; Enter opens it</source>
        <translation>Le chemin du fichier ; Entrée l&apos;ouvre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 petit-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 gros-boutiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day first (31.12.2024)</source>
        <translation>Jour en premier (31.12.2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2024)</source>
        <translation>Mois en premier (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2024-12-31)</source>
        <translation>Année en premier (2024-12-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known: no dates seen</source>
        <translation>Inconnu : aucune date trouvée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decimal point (1,234.50)</source>
        <translation>Point décimal (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal comma (1.234,50)</source>
        <translation>Virgule décimale (1.234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known: no numbers seen</source>
        <translation>Inconnu : aucun nombre trouvé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers:</source>
        <translation>&amp;Nombres :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line in the file</source>
        <translation>La ligne dans le fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The first row &amp;holds the column names (detected)</source>
        <translation>La première ligne &amp;contient les noms des colonnes (détecté)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The first rows of the file are shown here once it is open.</source>
        <translation>Les premières lignes du fichier s&apos;affichent ici une fois qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a vCard address book, one contact a row</source>
        <translation>un carnet d&apos;adresses vCard, un contact par ligne</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n columns</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows of %1 (%2), as the import will read them:</source>
        <translation>Les premières lignes de %1 (%2), telles que l&apos;importation les lira :</translation>
    </message>
</context>
<context>
    <name>rapport::ImportMappingPage</name>
    <message>
        <location filename="../ui/importmappingpage.cpp" line="+41"/>
        <source>likely</source>
        <translation>probable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guess</source>
        <translation>une supposition</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match the Columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where each column goes. Rapport suggests what it recognises; a column set to “%1” is left out.</source>
        <translation>Choisissez où va chaque colonne. Rapport propose ce qu&apos;il reconnaît ; une colonne réglée sur « %1 » est laissée de côté.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>These columns were mapped as you chose the last time you imported a file with these headers.</source>
        <translation>Ces colonnes ont été associées comme vous l&apos;avez choisi la dernière fois que vous avez importé un fichier avec ces en-têtes.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values in the first rows</source>
        <translation>Valeurs des premières lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target of column %1</source>
        <translation>Destination de la colonne %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type of “%1”</source>
        <translation>Type de « %1 »</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the columns without values (%1)</source>
        <translation>Afficher les colonnes sans valeurs (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as last time</source>
        <translation>comme la dernière fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the mapping</source>
        <translation>d&apos;après la correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognised</source>
        <translation>reconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested with %1% confidence</source>
        <translation>Proposé avec %1 % de confiance</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>your choice</source>
        <translation>votre choix</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The mapping %1 is loaded.</source>
        <translation>La correspondance %1 est chargée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping %1 is loaded. This file has no column %2: the other columns are suggested.</source>
        <translation>La correspondance %1 est chargée. Ce fichier n&apos;a pas de colonne %2 : les autres colonnes sont proposées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mapping is saved as %1.</source>
        <translation>La correspondance est enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportOptionsPage</name>
    <message>
        <location filename="../ui/importoptionspage.cpp" line="+36"/>
        <source>&amp;Create new customers only</source>
        <translation>&amp;Créer uniquement de nouveaux clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new customers and update &amp;existing ones</source>
        <translation>Créer de nouveaux clients et mettre à jour les clients &amp;existants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;pdate existing customers only</source>
        <translation>Mettre à jour uniquement les clients exista&amp;nts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal id (the other program&apos;s customer number)</source>
        <translation>Identifiant e&amp;xterne (le numéro client de l&apos;autre programme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail address (upper or lower case alike)</source>
        <translation>Adresse e-&amp;mail (majuscules ou minuscules indifféremment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone number (however it is written)</source>
        <translation>Numéro de &amp;téléphone (quelle que soit son écriture)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose What Happens</source>
        <translation>Choisir ce qui se passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that are about a customer Rapport already has update that customer instead of adding a duplicate.</source>
        <translation>Les lignes concernant un client que Rapport a déjà mettent ce client à jour au lieu d&apos;ajouter un doublon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Trade fair 2026</source>
        <translation>p. ex. Salon 2026</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+111"/>
        <source>The file has no external id, e-mail or phone column, so no row can be recognised as a customer Rapport has: every row makes a new customer, and importing the file again makes them again.</source>
        <translation>Le fichier n&apos;a pas de colonne identifiant externe, e-mail ou téléphone : aucune ligne ne peut donc être reconnue comme un client existant. Chaque ligne crée un nouveau client, et importer à nouveau le fichier les crée une seconde fois.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>What the import may do</source>
        <translation>Ce que l&apos;importation peut faire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row about a customer Rapport already has leaves that customer as it is.</source>
        <translation>Une ligne concernant un client que Rapport a déjà laisse ce client tel quel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fills in and adds what the file has; a field is never emptied by an empty cell.</source>
        <translation>Complète et ajoute ce que contient le fichier ; une cellule vide ne vide jamais un champ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A row about nobody Rapport knows is rejected and listed in the report.</source>
        <translation>Une ligne ne concernant personne de connu dans Rapport est rejetée et listée dans le rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row is about an existing customer when it has the same</source>
        <translation>Une ligne concerne un client existant lorsqu&apos;elle a en commun avec lui :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone numbers without a country co&amp;de are in:</source>
        <translation>Les numéros sans indicatif de &amp;pays sont du pays :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source of new customers:</source>
        <translation>&amp;Origine des nouveaux clients :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No column of the file goes to “%1”.</source>
        <translation>Aucune colonne du fichier ne va dans « %1 ».</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose at least one way to recognise existing customers, or a second import of the same file would add everyone again.</source>
        <translation>Choisissez au moins un moyen de reconnaître les clients existants, sinon une deuxième importation du même fichier ajouterait tout le monde à nouveau.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportReportModel</name>
    <message>
        <location filename="../ui/importreportmodel.cpp" line="+72"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>added: %1</source>
        <translation>ajouté : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
</context>
<context>
    <name>rapport::ImportRunPage</name>
    <message>
        <location filename="../ui/importrunpage.cpp" line="+25"/>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show the Imported Customers</source>
        <translation>&amp;Afficher les clients importés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is one step in the history: it can be reverted as a whole.</source>
        <translation>L&apos;importation est une étape de l&apos;historique : elle peut être annulée dans son ensemble.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling: nothing that was read so far is kept…</source>
        <translation>Annulation : rien de ce qui a été lu jusqu&apos;ici n&apos;est conservé…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import was cancelled. Nothing was imported: the database is as it was before.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été importé : la base de données est telle qu&apos;avant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import failed, so nothing was imported: %1</source>
        <translation>L&apos;importation a échoué, rien n&apos;a donc été importé : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing needed importing: the database is as it was.</source>
        <translation>Rien n&apos;était à importer : la base de données est inchangée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: %1 new and %2 updated customers are in Rapport.</source>
        <translation>Terminé : %1 nouveaux clients et %2 clients mis à jour sont dans Rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This import is batch %1 in the history. To undo it, File ▸ Import History reverts it in one step, updates included.</source>
        <translation>Cette importation est le lot %1 de l&apos;historique. Pour l&apos;annuler, Fichier ▸ Historique des importations l&apos;annule en une seule étape, mises à jour comprises.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
</context>
<context>
    <name>rapport::ImportSummaryView</name>
    <message>
        <location filename="../ui/importsummaryview.cpp" line="+27"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save &amp;Report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every row of the file with what happens to it, as a CSV file for a spreadsheet</source>
        <translation>Chaque ligne du fichier et ce qu&apos;il en advient, en fichier CSV pour un tableur</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rejected rows (%1)</source>
        <translation>Lignes rejetées (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates (%1)</source>
        <translation>Mises à jour (%1)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 - check.csv</source>
        <translation>%1 - vérification.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 - import report.csv</source>
        <translation>%1 - rapport d&apos;importation.csv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report is saved as %1.</source>
        <translation>Le rapport est enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="+29"/>
        <location line="+22"/>
        <source>Import Customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;CSV files (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;Fichiers CSV (*.csv *.tsv *.txt);;Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Correspondances (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>rapport::KpiTile</name>
    <message>
        <source>Show these customers</source>
        <translation type="vanished">Afficher ces clients</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/kpitile.cpp" line="+131"/>
        <source>Active customers</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Nouveaux clients</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost customers</source>
        <translation>Clients perdus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention rate</source>
        <translation>Taux de rétention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average lifetime value</source>
        <translation>Valeur vie client moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaints</source>
        <translation>Réclamations ouvertes</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>vs previous period</source>
        <translation>vs période précédente</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Active customers: those who bought in the period.</source>
        <translation>Clients actifs&#xa0;: ceux qui ont acheté sur la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers: those whose first purchase ever was in the period.</source>
        <translation>Nouveaux clients&#xa0;: ceux dont le tout premier achat a eu lieu sur la période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention rate: of the customers who bought in the previous period, the share who bought again in this one.</source>
        <translation>Taux de rétention&#xa0;: parmi les clients qui ont acheté sur la période précédente, la part de ceux qui ont racheté sur celle-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revenue: the net of the period&apos;s open and fulfilled orders, credit notes deducted.</source>
        <translation>Chiffre d&apos;affaires&#xa0;: le montant net des commandes ouvertes et livrées de la période, avoirs déduits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open complaints: complaints still open at the end of the period.</source>
        <translation>Réclamations ouvertes&#xa0;: réclamations encore ouvertes à la fin de la période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to show the customers who bought.</source>
        <translation>Cliquez pour afficher les clients ayant acheté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show these customers.</source>
        <translation>Cliquez pour afficher ces clients.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>from %1</source>
        <translation>contre %1 auparavant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Better than the previous period</source>
        <translation>Mieux que la période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worse than the previous period</source>
        <translation>Moins bien que la période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as the previous period</source>
        <translation>Identique à la période précédente</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no previous period</source>
        <translation>pas de période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no previous</source>
        <translation>sans référence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 then, %3 now.</source>
        <translation>%1&#xa0;: %2 avant, %3 maintenant.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="vanished">Période précédente&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+41"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import &amp;History…</source>
        <translation>&amp;Historique des importations…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export List…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Signed In As</source>
        <translation>&amp;Connecté en tant que</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close Database</source>
        <translation>&amp;Fermer la base de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Customer…</source>
        <translation>&amp;Rechercher un client…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open C&amp;ustomer</source>
        <translation>Client &amp;ouvert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;My Day</source>
        <translation>&amp;Ma journée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dashboards</source>
        <translation>Tableaux &amp;de bord</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trash</source>
        <translation>Cor&amp;beille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Audit History</source>
        <translation>&amp;Journal des modifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to the database: who changed what, and when</source>
        <translation>Toutes les modifications de la base&#xa0;: qui a changé quoi, et quand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the customer shown before, to the list, or from a drill-down to its dashboard</source>
        <translation>Retour au client affiché avant, à la liste, ou d&apos;une liste détaillée à son tableau de bord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Find &amp;Duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>&amp;Reload Customer</source>
        <translation type="vanished">Rec&amp;harger le client</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&amp;Customer</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;Person…</source>
        <translation>Nouvelle &amp;personne…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Organisation…</source>
        <translation>Nouvelle &amp;organisation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Customer…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log Call…</source>
        <translation>&amp;Saisir un appel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Case…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add &amp;Note</source>
        <translation>Ajouter une no&amp;te</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;all Customer</source>
        <translation>&amp;Appeler le client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write E-mail</source>
        <translation>Écrire un &amp;e-mail</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapport</source>
        <translation>&amp;À propos de Rapport</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+92"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Audit History</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Searching all customers: removed %1.</source>
        <translation>Recherche dans tous les clients&#xa0;; retirés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdialogs.cpp" line="+41"/>
        <source>New customer “%1” saved.</source>
        <translation>Nouveau client «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” saved.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case %1 opened.</source>
        <translation>Dossier %1 ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+122"/>
        <source>%1 goes back to the dashboards.</source>
        <translation>%1 ramène aux tableaux de bord.</translation>
    </message>
    <message>
        <source>Cannot Open Task</source>
        <translation type="vanished">Impossible d&apos;ouvrir la tâche</translation>
    </message>
    <message>
        <source>Open the task “%1” again?</source>
        <translation type="vanished">Rouvrir la tâche «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Mark the task “%1” as done?</source>
        <translation type="vanished">Marquer la tâche «&#xa0;%1&#xa0;» comme terminée&#xa0;?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Tâche</translation>
    </message>
    <message>
        <source>Cannot Open Task Again</source>
        <translation type="vanished">Impossible de rouvrir la tâche</translation>
    </message>
    <message>
        <source>Cannot Mark Task Done</source>
        <translation type="vanished">Impossible de marquer la tâche comme terminée</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="vanished">Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Case %L1 opened.</source>
        <translation type="vanished">Dossier %L1 ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdialogs.cpp" line="+23"/>
        <source>Cannot Open Case</source>
        <translation>Impossible d&apos;ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-57"/>
        <source>Cannot Sign In</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdialogs.cpp" line="+32"/>
        <source>Cannot Edit Customer</source>
        <translation>Impossible de modifier le client</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Move to Trash</source>
        <translation>Impossible de mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+33"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers</source>
        <translation type="vanished">
            <numerusform>%1&#xa0;: %Ln client</numerusform>
            <numerusform>%1&#xa0;: %Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowaccounts.cpp" line="+24"/>
        <source>S&amp;witch User…</source>
        <translation>Changer d&apos;&amp;utilisateur…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange Password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users and Teams…</source>
        <translation>&amp;Utilisateurs et équipes…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a database first.</source>
        <translation>Ouvrez d&apos;abord une base de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, teams and what each role may do.</source>
        <translation>Utilisateurs, équipes et ce que chaque rôle peut faire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 (%2). Click to switch user or change your password.</source>
        <translation>Connecté en tant que %1 (%2). Cliquez pour changer d&apos;utilisateur ou de mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody signed in</source>
        <translation>Personne de connecté</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is protected: everyone signs in with a password.</source>
        <translation>%1 est protégée&#xa0;: chacun se connecte avec un mot de passe.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="vanished">Connecté en tant que %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+260"/>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A customer relationship manager for your desktop: every customer, their history and your numbers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;La gestion de la relation client sur votre bureau&#xa0;: tous vos clients, leur historique et vos chiffres au même endroit.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 et SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowbackup.cpp" line="+32"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res&amp;tore From Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 backup %2.db</source>
        <translation>%1 sauvegarde %2.db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>Rapport databases (*.db)</source>
        <translation>Bases de données Rapport (*.db)</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>A backup is already being written.</source>
        <translation>Une sauvegarde est déjà en cours d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back Up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up… you can go on working.</source>
        <translation>Sauvegarde en cours… vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Database Problems</source>
        <translation>Problèmes de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed its quick check (%2). Restore it from a backup with File ▸ Restore From Backup….</source>
        <translation>%1 n&apos;a pas passé la vérification rapide (%2). Restaurez-la avec Fichier ▸ Restaurer une sauvegarde….</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s automatic backup of %1 is written.</source>
        <translation>La sauvegarde automatique du jour de %1 est écrite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup failed: %1</source>
        <translation>La sauvegarde automatique a échoué : %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>Restore From Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored from the backup.</source>
        <translation>Restauré à partir de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the backup; the database as it was is kept as %1.</source>
        <translation>Restauré à partir de la sauvegarde ; la base de données telle qu&apos;elle était est conservée sous %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Damaged Database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged: Rapport cannot read it.</source>
        <translation>%1 est endommagée : Rapport ne peut pas la lire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rapport can open the latest backup of this file (the damaged file is kept beside it), or save what can still be read into a new file.</source>
        <translation>Rapport peut ouvrir la dernière sauvegarde de ce fichier (le fichier endommagé est conservé à côté) ou enregistrer ce qui peut encore être lu dans un nouveau fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Latest Backup</source>
        <translation>Ouvrir la &amp;dernière sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Salvage Into a New File…</source>
        <translation>&amp;Récupérer dans un nouveau fichier…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+12"/>
        <source>Open Latest Backup</source>
        <translation>Ouvrir la dernière sauvegarde</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Restoring the backup of %1…</source>
        <translation>Restauration de la sauvegarde de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened the backup of %1; the damaged file is kept as %2.</source>
        <translation>La sauvegarde de %1 est ouverte ; le fichier endommagé est conservé sous %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no backup of %1 that can be opened.</source>
        <translation>Il n&apos;existe aucune sauvegarde de %1 qui puisse être ouverte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 salvaged.db</source>
        <translation>%1 récupéré.db</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Salvage Into a New File</source>
        <translation>Récupérer dans un nouveau fichier</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Salvaging %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Salvaged %Ln row(s) from %1; nothing unreadable was found.</source>
        <translation>
            <numerusform>%Ln ligne récupérée de %1 ; rien d&apos;illisible n&apos;a été trouvé.</numerusform>
            <numerusform>%Ln lignes récupérées de %1 ; rien d&apos;illisible n&apos;a été trouvé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Salvaged %Ln row(s) from %1; some rows could not be read and are missing.</source>
        <translation>
            <numerusform>%Ln ligne récupérée de %1 ; certaines lignes étaient illisibles et manquent.</numerusform>
            <numerusform>%Ln lignes récupérées de %1 ; certaines lignes étaient illisibles et manquent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowimport.cpp" line="+19"/>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring customers in from a CSV file or a vCard address book</source>
        <translation>Importer des clients depuis un fichier CSV ou un carnet d&apos;adresses vCard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is open read-only, so nothing can be imported into it.</source>
        <translation>Cette base de données est ouverte en lecture seule, rien ne peut donc y être importé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import done (batch %1 in the history).</source>
        <translation>Importation terminée (lot %1 dans l&apos;historique).</translation>
    </message>
</context>
<context>
    <name>rapport::MyCasesModel</name>
    <message>
        <location filename="../core/models/mycasesmodel.cpp" line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
</context>
<context>
    <name>rapport::MyCasesView</name>
    <message>
        <location filename="../ui/mycasesview.cpp" line="+62"/>
        <source>No open cases: nothing waits for you.</source>
        <translation>Aucun dossier ouvert&#xa0;: rien ne vous attend.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open Case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Customer of the Case</source>
        <translation>Ouvrir le client du dossier</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My open cases (%1)</source>
        <translation>Mes dossiers ouverts (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::MyDayModel</name>
    <message>
        <location filename="../core/models/mydaymodel.cpp" line="+30"/>
        <source>No due date</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="vanished">En retard de %1 jours</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue since yesterday</source>
        <translation>En retard depuis hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue since %1</source>
        <translation>En retard depuis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today %1</source>
        <translation>Aujourd&apos;hui %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow %1</source>
        <translation>Demain %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <comment>weekday and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>weekday, date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>rapport::MyDayView</name>
    <message>
        <location filename="../ui/mydayview.cpp" line="+236"/>
        <source>Nothing due today. Well done.</source>
        <translation>Rien à faire aujourd&apos;hui. Bravo.</translation>
    </message>
    <message>
        <source>Follow-ups  (Space or Ctrl+D: done)</source>
        <translation type="vanished">Relances  (Espace ou Ctrl+D&#xa0;: terminée)</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Space: done · Enter or F2: edit · Ctrl+Enter: customer</source>
        <translation>Espace&#xa0;: terminée · Entrée ou F2&#xa0;: modifier · Ctrl+Entrée&#xa0;: client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show follow-ups</source>
        <translation>Afficher les relances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today and overdue</source>
        <translation>Aujourd&apos;hui et en &amp;retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today, overdue, and those without a date</source>
        <translation>À faire aujourd&apos;hui, en retard, et celles sans date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upcoming</source>
        <translation>À &amp;venir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due from tomorrow on</source>
        <translation>À faire à partir de demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ll open</source>
        <translation>&amp;Toutes en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every open follow-up</source>
        <translation>Toutes les relances en cours</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mark Follow-up Done</source>
        <translation>Marquer la relance comme terminée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Customer</source>
        <translation>Ouvrir le client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Follow-up…</source>
        <translation>Modifier la relance…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>My day: %1</source>
        <translation>Ma journée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody signed in: unassigned work</source>
        <translation>Personne de connecté&#xa0;: travail non attribué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due later today</source>
        <translation>%1 pour plus tard aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n à venir</numerusform>
            <numerusform>%n à venir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a date</source>
        <translation>%1 sans date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing coming up from tomorrow on.</source>
        <translation>Rien à venir à partir de demain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open follow-ups.</source>
        <translation>Aucune relance en cours.</translation>
    </message>
</context>
<context>
    <name>rapport::NewPasswordFields</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="-172"/>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ. Type the new password twice.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez deux fois le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>rapport::ParetoChart</name>
    <message>
        <location filename="../ui/dashboards/paretochart.cpp" line="+67"/>
        <source>Pareto: who carries the business</source>
        <translation>Pareto&#xa0;: qui porte l&apos;activité</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is nothing to rank in the period.</source>
        <translation>Il n&apos;y a rien à classer sur la période.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross margin</source>
        <translation>Marge brute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service load</source>
        <translation>Charge de service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revenue</source>
        <comment>inside a sentence: ranked by revenue</comment>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gross margin</source>
        <comment>inside a sentence: ranked by gross margin</comment>
        <translation>marge brute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service load</source>
        <comment>inside a sentence: ranked by service load</comment>
        <translation>charge de service</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rank %2 (top %3)</source>
        <translation>%1&#xa0;: rang %2 (top %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ranks %2–%3 (top %4)</source>
        <translation>%1&#xa0;: rangs %2–%3 (top %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 class %2 (%Ln customers)</source>
        <translation>
            <numerusform>%1, classe %2 (%Ln client)</numerusform>
            <numerusform>%1, classe %2 (%Ln clients)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln customer(s) with more refunds than purchases count as zero.</source>
        <translation>
            <numerusform>%Ln client ayant plus de remboursements que d&apos;achats compte pour zéro.</numerusform>
            <numerusform>%Ln clients ayant plus de remboursements que d&apos;achats comptent pour zéro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 class %2 (%n customers)</source>
        <translation type="vanished">
            <numerusform>%1, classe %2 (%n client)</numerusform>
            <numerusform>%1, classe %2 (%n clients)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The top 20% of customers hold %1; 80% comes from %2 of the customers; Gini coefficient %3.</source>
        <translation>Les 20% meilleurs clients détiennent %1&#xa0;; 80% proviennent de %2 des clients&#xa0;; coefficient de Gini %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 of the customers hold %3</source>
        <translation>%1 avec %2 des clients détient %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classes: %1.</source>
        <translation>Classes&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with more refunds than purchases count as zero.</source>
        <translation type="vanished">
            <numerusform>%n client ayant plus de remboursements que d&apos;achats compte pour zéro.</numerusform>
            <numerusform>%n clients ayant plus de remboursements que d&apos;achats comptent pour zéro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Customers, ranked by %1</source>
        <translation>Clients, classés par %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share per bar</source>
        <translation>Part par barre</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Cumulative share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Class %1: %2 of the customers hold %3 of the %4. Click to list them.</source>
        <translation>Classe %1&#xa0;: %2 des clients détiennent %3 (%4). Cliquez pour les afficher.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show class %1 customers (%2)</source>
        <translation>Afficher les clients de la classe %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class %1: %2 of %3</source>
        <translation>Classe %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1
%2 of the total, %3 cumulative
Click to list them</source>
        <translation>%1
%2 du total, %3 en cumulé
Cliquez pour les afficher</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>80%</source>
        <translation>80&#xa0;%</translation>
    </message>
</context>
<context>
    <name>rapport::PermissionMatrixModel</name>
    <message>
        <location filename="../ui/accountmodels.cpp" line="+138"/>
        <source>Administrators may always do everything, so that nobody locks everyone out.</source>
        <translation>Les administrateurs peuvent toujours tout faire, afin que personne ne bloque l&apos;accès à tout le monde.</translation>
    </message>
</context>
<context>
    <name>rapport::ProductUsageModel</name>
    <message>
        <location filename="../core/models/productusagemodel.cpp" line="+59"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Last 12 months: %1 (%2 units)
The 12 months before: %3 (%4 units)</source>
        <translation>12 derniers mois&#xa0;: %1 (%2 unités)
12 mois précédents&#xa0;: %3 (%4 unités)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First bought %1
Last bought %2</source>
        <translation>Premier achat&#xa0;: %1
Dernier achat&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend (12 mo)</source>
        <translation>Tendance (12 mois)</translation>
    </message>
</context>
<context>
    <name>rapport::QuickLogDialog</name>
    <message>
        <location filename="../ui/quicklogdialog.cpp" line="+60"/>
        <source>Log a Call</source>
        <translation>Saisir un appel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alt+underlined letter chooses · Ctrl+Enter saves · Esc cancels</source>
        <translation>Alt+lettre soulignée&#xa0;: choisir · Ctrl+Enter&#xa0;: enregistrer · Esc&#xa0;: annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Enregistrer  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Caller:</source>
        <translation>Appelant&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting</source>
        <translation>Rende&amp;z-vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit</source>
        <translation>V&amp;isite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter</source>
        <translation>Co&amp;urrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web form</source>
        <translation>Formulaire &amp;web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inbound</source>
        <translation>E&amp;ntrant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer called</source>
        <translation>Le client a appelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbound</source>
        <translation>S&amp;ortant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We called</source>
        <translation>Nous avons appelé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Sens&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Completed</source>
        <translation>Ter&amp;miné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>&amp;Pas de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left messa&amp;ge</source>
        <translation>Messa&amp;ge laissé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-&amp;up needed</source>
        <translation>Re&amp;lance nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a follow-up task</source>
        <translation>Ajoute une tâche de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ale</source>
        <translation>&amp;Vente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complain&amp;t</source>
        <translation>&amp;Réclamation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens a complaint case</source>
        <translation>Ouvre un dossier de réclamation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not inte&amp;rested</source>
        <translation>P&amp;as intéressé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About case:</source>
        <translation>Dossier concerné&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was it about? The first line becomes the subject.</source>
        <translation>De quoi s&apos;agissait-il&#xa0;? La première ligne devient l&apos;objet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Follow-up task</source>
        <translation>Plani&amp;fier une relance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trac&amp;k as a case</source>
        <translation>Suivre comme &amp;dossier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Subject (the first line of the notes if empty)</source>
        <translation>Objet (si vide&#xa0;: première ligne des notes)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Stop timer  (Ctrl+T)</source>
        <translation>Arrêter le chrono  (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume timer  (Ctrl+T)</source>
        <translation>Reprendre le chrono  (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>None: a call of its own</source>
        <translation>Aucun&#xa0;: appel indépendant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="vanished">#%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Call again</source>
        <translation>Rappeler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 again</source>
        <translation>Rappeler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up with %1</source>
        <translation>Relancer %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Take the caller first: Enter takes the highlighted match.</source>
        <translation>Choisissez d&apos;abord l&apos;appelant&#xa0;: Entrée prend le résultat en surbrillance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who called? Type a name or the number first.</source>
        <translation>Qui a appelé&#xa0;? Tapez d&apos;abord un nom ou le numéro.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Discard the Call Log</source>
        <translation>Abandonner la saisie de l&apos;appel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes you typed are not saved. Discard them?</source>
        <translation>Les notes saisies ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>rapport::RecentFiles</name>
    <message>
        <location filename="../ui/recentfiles.cpp" line="+85"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
</context>
<context>
    <name>rapport::RelatedCustomersModel</name>
    <message>
        <location filename="../core/models/relatedcustomersmodel.cpp" line="+79"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press Enter to open.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by someone whose customers your role does not show.</source>
        <translation>Sous la responsabilité de quelqu&apos;un dont votre rôle n&apos;affiche pas les clients.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>rapport::RelationshipList</name>
    <message>
        <location filename="../ui/relationshiplist.cpp" line="+253"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
</context>
<context>
    <name>rapport::RelationshipRow</name>
    <message>
        <location line="-182"/>
        <source>Kind of relationship</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Related customer: type a name, e-mail or phone</source>
        <translation>Client lié&#xa0;: tapez un nom, un e-mail ou un téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customer</source>
        <translation>Client lié</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Role, e.g. Head of purchasing</source>
        <translation>Rôle, p. ex. Responsable des achats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Remove this relationship</source>
        <translation>Retirer cette relation</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The related customer is not chosen: type part of a name and pick one from the suggestions.</source>
        <translation>Le client lié n&apos;est pas choisi&#xa0;: tapez une partie d&apos;un nom et choisissez-en un parmi les suggestions.</translation>
    </message>
</context>
<context>
    <name>rapport::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+41"/>
        <location line="+57"/>
        <source>Restore From Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Choose the backup to put in the place of %1. The database as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de %1. La base de données dans son état actuel est d&apos;abord sauvegardée, de sorte qu&apos;une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up</source>
        <translation>Sauvegardé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a Backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport databases (*.db);;All files (*)</source>
        <translation>Bases de données Rapport (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved before a restore</source>
        <translation>Sauvegardée avant une restauration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no automatic backups of this database yet; choose a backup file.</source>
        <translation>Il n&apos;existe pas encore de sauvegarde automatique de cette base de données ; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown number of customers</source>
        <translation>un nombre inconnu de clients</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace %1 with the backup of %2 (%3)? Everything changed since then is replaced; the database as it is now is kept as a backup.</source>
        <translation>Remplacer %1 par la sauvegarde du %2 (%3) ? Tout ce qui a été modifié depuis est remplacé ; la base de données dans son état actuel est conservée comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>rapport::RetentionCurves</name>
    <message>
        <location filename="../ui/dashboards/cohortheatmap.cpp" line="+91"/>
        <source>Retention curves</source>
        <translation>Courbes de rétention</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cohort is old enough to show how it keeps buying.</source>
        <translation>Aucune cohorte n&apos;est assez ancienne pour montrer comment elle continue d&apos;acheter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no purchases to form cohorts.</source>
        <translation>Il n&apos;y a aucun achat pour former des cohortes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of each cohort buying again, by months since the first purchase; the thick line is all cohorts together.</source>
        <translation>La part de chaque cohorte qui rachète, par mois depuis le premier achat&#xa0;; la ligne épaisse représente toutes les cohortes réunies.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is left out: it is still running (data up to %2).</source>
        <translation>%1 n&apos;est pas pris en compte&#xa0;: le mois est en cours (données jusqu&apos;au %2).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Months since the first purchase</source>
        <translation>Mois depuis le premier achat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still buying</source>
        <translation>Achètent encore</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>All cohorts</source>
        <translation>Toutes les cohortes</translation>
    </message>
</context>
<context>
    <name>rapport::RevertDialog</name>
    <message>
        <location filename="../ui/revertdialog.cpp" line="+36"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the row)</source>
        <translation>(la ligne)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; by %3</source>
        <translation>&lt;b&gt;%1 du %2&lt;/b&gt; par %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone by a revert: %1</source>
        <translation>Défait par une annulation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) were made since the batch. Choose for each whether it stays as it is now or gets the value from before the batch back.</source>
        <translation>
            <numerusform>%n modification a été faite depuis le lot. Choisissez si elle reste telle quelle ou reprend la valeur d&apos;avant le lot.</numerusform>
            <numerusform>%n modifications ont été faites depuis le lot. Choisissez pour chacune si elle reste telle quelle ou reprend la valeur d&apos;avant le lot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch wrote</source>
        <translation>Le lot a écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert restores</source>
        <translation>L&apos;annulation rétablit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(whole customer)</source>
        <translation>(client entier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has since: %1</source>
        <translation>a depuis : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since</source>
        <translation>modifié depuis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep current</source>
        <translation>Garder l&apos;actuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore old</source>
        <translation>Rétablir l&apos;ancien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete anyway</source>
        <translation>Supprimer quand même</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep All Changes</source>
        <translation>&amp;Garder toutes les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite All</source>
        <translation>&amp;Tout écraser</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>rapport::RfmSegmentsChart</name>
    <message>
        <location filename="../ui/dashboards/rfmsegmentschart.cpp" line="+28"/>
        <source>RFM segments</source>
        <translation>Segments RFM</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody bought up to the end of the period.</source>
        <translation>Personne n&apos;a acheté jusqu&apos;à la fin de la période.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln customer(s) scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</source>
        <translation>
            <numerusform>%Ln client noté à la fin de la période&#xa0;; les barres montrent la part de chaque segment dans les clients et dans le chiffre d&apos;affaires. Cliquez sur un segment pour afficher ses clients.</numerusform>
            <numerusform>%Ln clients notés à la fin de la période&#xa0;; les barres montrent la part de chaque segment dans les clients et dans le chiffre d&apos;affaires. Cliquez sur un segment pour afficher ses clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</source>
        <translation type="vanished">
            <numerusform>%n client noté à la fin de la période&#xa0;; les barres montrent la part de chaque segment dans les clients et dans le chiffre d&apos;affaires. Cliquez sur un segment pour afficher ses clients.</numerusform>
            <numerusform>%n clients notés à la fin de la période&#xa0;; les barres montrent la part de chaque segment dans les clients et dans le chiffre d&apos;affaires. Cliquez sur un segment pour afficher ses clients.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: %2 customers, %3 %4
Click to list them</source>
        <translation>%1&#xa0;: %2 clients, %3 %4
Cliquez pour les afficher</translation>
    </message>
</context>
<context>
    <name>rapport::SatisfactionQuadrant</name>
    <message>
        <location filename="../ui/dashboards/satisfactionquadrant.cpp" line="+108"/>
        <source>%1 of the answers
worth %2 %3</source>
        <translation>%1 des réponses
représentant %2 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>← dissatisfied      satisfaction      satisfied →</source>
        <translation>← insatisfait      satisfaction      satisfait →</translation>
    </message>
    <message>
        <source>← low      value      high →</source>
        <translation type="vanished">← faible      valeur      élevée →</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>← low    value (12 months)    high →</source>
        <translation>← faible    valeur (12 mois)    élevée →</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Satisfaction and value</source>
        <translation>Satisfaction et valeur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Advocates</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerable</source>
        <translation>Vulnérables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saboteurs</source>
        <translation>Saboteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>high value, satisfied</source>
        <translation>valeur élevée, satisfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high value, dissatisfied</source>
        <translation>valeur élevée, insatisfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low value, satisfied</source>
        <translation>faible valeur, satisfaits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low value, dissatisfied</source>
        <translation>faible valeur, insatisfaits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No data yet.</source>
        <translation>Pas encore de données.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No survey answers in the period.</source>
        <translation>Aucune réponse aux enquêtes sur la période.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln customer(s) answered a survey.</source>
        <translation>
            <numerusform>%Ln client a répondu à une enquête.</numerusform>
            <numerusform>%Ln clients ont répondu à une enquête.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) answered a survey.</source>
        <translation type="vanished">
            <numerusform>%n client a répondu à une enquête.</numerusform>
            <numerusform>%n clients ont répondu à une enquête.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net promoter score %1.</source>
        <translation>Net Promoter Score %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value: net revenue in the 12 months from %1; high value from %2 (the median of those who bought in them).</source>
        <translation>Valeur&#xa0;: chiffre d&apos;affaires net sur les 12 mois à partir du %1&#xa0;; valeur élevée à partir de %2 (la médiane de ceux qui ont acheté sur cette période).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>rapport::ScreenshotTour</name>
    <message>
        <location filename="../ui/screenshottour.cpp" line="+127"/>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The picture %1 cannot be saved.</source>
        <translation>L&apos;image %1 ne peut pas être enregistrée.</translation>
    </message>
</context>
<context>
    <name>rapport::SetPasswordDialog</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="+92"/>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rapport::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+41"/>
        <location line="+18"/>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Se connecter à &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rapport::SlippingModel</name>
    <message>
        <location filename="../ui/dashboards/slippingmodel.cpp" line="+35"/>
        <source>Customer #%1</source>
        <translation>Client #%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Net revenue up to the end of the period</source>
        <translation>Chiffre d&apos;affaires net jusqu&apos;à la fin de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BG/NBD model&apos;s probability that the customer still buys</source>
        <translation>Probabilité, selon le modèle BG/NBD, que le client achète encore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounted expected margin of the coming purchases</source>
        <translation>Marge attendue actualisée des achats à venir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past value</source>
        <translation>Valeur passée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past value (%1)</source>
        <translation>Valeur passée (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value</source>
        <translation>Valeur vie client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value (%1)</source>
        <translation>Valeur vie client (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="+39"/>
        <source>Rapport, a desktop CRM.</source>
        <translation>Rapport, un CRM pour le bureau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open (or create) the database FILE.</source>
        <translation>Ouvrir (ou créer) la base de données FICHIER.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not fill a new default database with demo data.</source>
        <translation>Ne pas remplir une nouvelle base par défaut avec des données de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of the main window to PNG, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale au format PNG, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of each main view to DIR, then quit.</source>
        <translation>Enregistrer une image de chaque vue principale dans DOSSIER, puis quitter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s size for screenshots, e.g. 1600x1000.</source>
        <translation>La taille de la fenêtre pour les captures d&apos;écran, p. ex. 1600x1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--screenshot-size needs WIDTHxHEIGHT, at least 640x480.</source>
        <translation>--screenshot-size attend LARGEURxHAUTEUR, au moins 640x480.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Demo Data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être créées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rapport::TaskEditor</name>
    <message>
        <location filename="../ui/taskeditor.cpp" line="+34"/>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit Task</source>
        <translation>Modifier la tâche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 (inactive)</source>
        <translation>Utilisateur %1 (inactif)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Later today</source>
        <translation>&amp;Plus tard aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;omorrow %1</source>
        <translation>&amp;Demain %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Semaine prochaine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Attribuée à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rapport::TaskNotifier</name>
    <message>
        <location filename="../ui/tasknotifier.cpp" line="+95"/>
        <source>Follow-up due</source>
        <translation>Relance à faire</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 follow-ups due</source>
        <translation>%1 relances à faire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and %1 more in My Day</source>
        <translation>et %1 de plus dans «&#xa0;Ma journée&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rapport::TeamWorkTable</name>
    <message>
        <location filename="../ui/dashboards/teamworktable.cpp" line="+36"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineDelegate</name>
    <message>
        <location filename="../ui/timelinedelegate.cpp" line="+34"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <location filename="../core/models/timelinemodel.cpp" line="+140"/>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: %2</source>
        <translation>Commande %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint opened: %1</source>
        <translation>Réclamation ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service request opened: %1</source>
        <translation>Demande de service ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed: %1</source>
        <translation>Dossier clos&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case resolved: %1</source>
        <translation>Dossier résolu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task: %1</source>
        <translation>Tâche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task done: %1</source>
        <translation>Tâche terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now %1</source>
        <translation>maintenant %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no due date</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n de plus</numerusform>
            <numerusform>%n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="+55"/>
        <source>Write a note about this customer and press Enter (Ctrl+Alt+N)</source>
        <translation>Écrivez une note sur ce client et appuyez sur Entrée (Ctrl+Alt+N)</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation type="vanished">Afficher ou masquer les %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show or hide: %1</source>
        <translation>Afficher ou masquer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the contacts of one channel only</source>
        <translation>N&apos;afficher que les échanges d&apos;un canal</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>rapport::TrashModel</name>
    <message>
        <location filename="../core/models/trashmodel.cpp" line="+66"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to the trash</source>
        <translation>Mis à la corbeille</translation>
    </message>
</context>
<context>
    <name>rapport::TrashView</name>
    <message>
        <location filename="../ui/trashview.cpp" line="+30"/>
        <location line="+54"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Trash&lt;/b&gt;</source>
        <translation>&lt;b&gt;Corbeille&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers moved to the trash stay here until they are restored or deleted for good.</source>
        <translation>Les clients mis à la corbeille restent ici jusqu&apos;à leur restauration ou leur suppression définitive.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bring the selected customers back (Enter)</source>
        <translation>Récupérer les clients sélectionnés (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected customers and their history (Shift+Delete)</source>
        <translation>Supprimer les clients sélectionnés et leur historique (Shift+Delete)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Restore %1 customers</source>
        <translation>Restaurer %1 clients</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1 for good, with all their calls, orders, cases and tasks? This cannot be undone.</source>
        <translation>Supprimer définitivement %1, avec tous ses appels, commandes, dossiers et tâches&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1 customers for good, with all their calls, orders, cases and tasks? This cannot be undone.</source>
        <translation>Supprimer définitivement %1 clients, avec tous leurs appels, commandes, dossiers et tâches&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 customer in the trash</source>
        <translation>1 client dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 customers in the trash</source>
        <translation>%L1 clients dans la corbeille</translation>
    </message>
</context>
<context>
    <name>rapport::UserEditDialog</name>
    <message>
        <location filename="../ui/usereditdialog.cpp" line="+37"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teams:</source>
        <translation>É&amp;quipes&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At least 8 characters; without one they cannot sign in</source>
        <translation>Au moins 8 caractères ; sans mot de passe, la personne ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, at least 8 characters</source>
        <translation>Facultatif, au moins 8 caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repe&amp;at:</source>
        <translation>Ré&amp;péter&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>rapport::UserTableModel</name>
    <message>
        <location filename="../ui/accountmodels.cpp" line="-75"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>rapport::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="+77"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users and Teams</source>
        <translation>Utilisateurs et équipes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions</source>
        <translation>&amp;Autorisations</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Add User…</source>
        <translation>A&amp;jouter un utilisateur…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+171"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New Team…</source>
        <translation>&amp;Nouvelle équipe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting a team keeps its members; they stay in their other teams.</source>
        <translation>Supprimer une équipe conserve ses membres&#xa0;; ils restent dans leurs autres équipes.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How far each role may act: on every customer, on their teams&apos; customers, on their own, or not at all. Administrators may always do everything, so that nobody locks everyone out.</source>
        <translation>Jusqu&apos;où chaque rôle peut agir&#xa0;: sur tous les clients, sur ceux de ses équipes, sur les siens ou pas du tout. Les administrateurs peuvent toujours tout faire, afin que personne ne bloque l&apos;accès à tout le monde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is deactivated: reactivate them first.</source>
        <translation>%1 est désactivé(e) : réactivez d’abord le compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 added.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated: their history and customers stay.</source>
        <translation>%1 est désactivé&#xa0;: son historique et ses clients restent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new password for %1. Tell it to them in person; they can change it later in the File menu.</source>
        <translation>Un nouveau mot de passe pour %1. Communiquez-le en personne&#xa0;; il pourra être changé plus tard dans le menu Fichier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has a new password.</source>
        <translation>%1 a un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team %1 created.</source>
        <translation>Équipe %1 créée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename Team</source>
        <translation>Renommer l&apos;équipe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team renamed to %1.</source>
        <translation>Équipe renommée en %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team %1 deleted; its members stay.</source>
        <translation>Équipe %1 supprimée&#xa0;; ses membres restent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Permissions saved.</source>
        <translation>Autorisations enregistrées.</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="+12"/>
        <source>No database is open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new customer database, or open one you already have.</source>
        <translation>Créez une nouvelle base de clients, ou ouvrez-en une existante.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
</context>
<context>
    <name>rapport::Workspace</name>
    <message>
        <location filename="../core/services/workspace.cpp" line="+155"/>
        <source>This database requires a password: sign in with your login and password.</source>
        <translation>Cette base de données exige un mot de passe&#xa0;: connectez-vous avec votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is deactivated and cannot sign in.</source>
        <translation>%1 est désactivé et ne peut pas se connecter.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>La base est ouverte en lecture seule&#xa0;; rien ne peut être modifié.</translation>
    </message>
</context>
<context>
    <name>rapport::io::CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+79"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, column %2 (in the record that starts on line %3): %4</source>
        <translation>Ligne %1, colonne %2 (dans l&apos;enregistrement qui commence à la ligne %3) : %4</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a quote opens a field here and is never closed, so the record cannot be read.</source>
        <translation>un guillemet ouvre ici un champ et n&apos;est jamais fermé, l&apos;enregistrement ne peut donc pas être lu.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text follows the closing quote of a field; a quote inside a quoted field must be doubled.</source>
        <translation>du texte suit le guillemet fermant d&apos;un champ ; un guillemet dans un champ entre guillemets doit être doublé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a quote stands inside a field that does not start with one; a field holding quotes must be quoted as a whole, its quotes doubled.</source>
        <translation>un guillemet se trouve dans un champ qui ne commence pas par un guillemet ; un champ contenant des guillemets doit être entièrement entre guillemets, ses guillemets doublés.</translation>
    </message>
</context>
</TS>
