<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccessPolicy</name>
    <message>
        <location filename="../core/services/accesspolicy.cpp" line="+89"/>
        <source>Your account is deactivated, so Rapport allows nothing.</source>
        <translation>Ihr Konto ist deaktiviert, daher erlaubt Rapport nichts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database requires a password: sign in first.</source>
        <translation>Diese Datenbank verlangt ein Passwort: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation>Ihre Rolle (%1) erlaubt das nicht: %2.</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <location filename="../core/services/accountservice.cpp" line="+156"/>
        <source>%1 is the last active administrator; make someone else an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator; machen Sie zuerst jemand anderen zum Administrator.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Nobody is signed in, so there is no own password to change.</source>
        <translation>Niemand ist angemeldet, daher gibt es kein eigenes Passwort zu ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The current password is wrong; the password stays as it was.</source>
        <translation>Das aktuelle Passwort ist falsch; das Passwort bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The administrator always has every permission, so that nobody can lock everyone out.</source>
        <translation>Der Administrator hat immer alle Berechtigungen, damit niemand alle anderen aussperren kann.</translation>
    </message>
</context>
<context>
    <name>AddContactPointCommand</name>
    <message>
        <location filename="../ui/undo/contactpointcommands.cpp" line="+57"/>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <location filename="../ui/undo/notecommands.cpp" line="+14"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>The database this step belongs to is closed.</source>
        <translation>Die Datenbank, zu der dieser Schritt gehört, ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>AddRelationshipCommand</name>
    <message>
        <location filename="../ui/undo/relationshipcommands.cpp" line="+29"/>
        <source>Link %1: %2</source>
        <translation>%1 verknüpfen: %2</translation>
    </message>
</context>
<context>
    <name>AddSurveyAnswerCommand</name>
    <message>
        <location filename="../ui/undo/surveycommands.cpp" line="+24"/>
        <source>Add survey answer (score %1)</source>
        <translation>Umfrageantwort hinzufügen (Wert %1)</translation>
    </message>
</context>
<context>
    <name>AnalyticsRepository</name>
    <message>
        <location filename="../core/storage/analyticsrepository.cpp" line="+97"/>
        <source>Reading the currency of the orders</source>
        <translation>Lesen der Währung der Aufträge</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading the dates of the orders</source>
        <translation>Lesen der Auftragsdaten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the revenue per customer</source>
        <translation>Lesen des Umsatzes je Kunde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the gross margin per customer</source>
        <translation>Lesen der Bruttomarge je Kunde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the cases per customer</source>
        <translation>Lesen der Vorgänge je Kunde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading the purchases per customer</source>
        <translation>Lesen der Käufe je Kunde</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the purchases</source>
        <translation>Lesen der Käufe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the interactions</source>
        <translation>Lesen der Kontakte</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Counting the interactions per agent and week</source>
        <translation>Zählen der Kontakte je Mitarbeiter und Woche</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the cases</source>
        <translation>Lesen der Vorgänge</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the survey answers and the revenue</source>
        <translation>Lesen der Umfrageantworten und des Umsatzes</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading the lost customers</source>
        <translation>Lesen der verlorenen Kunden</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+48"/>
        <source>The backup could not be written: the disk is full. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Datenträger ist voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written: %1. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is open in another window or program; close it there and restore again. Nothing was changed.</source>
        <translation>%1 ist in einem anderen Fenster oder Programm geöffnet; schließen Sie es dort und stellen Sie erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the copy failed its check (%1)</source>
        <translation>die Kopie hat ihre Prüfung nicht bestanden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the copy is not a Rapport database</source>
        <translation>die Kopie ist keine Rapport-Datenbank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The backup was cancelled. Nothing was changed.</source>
        <translation>Die Sicherung wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the copy could not be synced to disk</source>
        <translation>die Kopie konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be replaced</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Checking the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting the customers</source>
        <translation>Zählen der Kunden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The backup %1 could not be opened (%2). Nothing was changed.</source>
        <translation>Die Sicherung %1 konnte nicht geöffnet werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 could not be opened (%2). Nothing was changed.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database as it is now could not be saved first, so it was not replaced: %1</source>
        <translation>Die Datenbank in ihrem jetzigen Stand konnte nicht zuerst gesichert werden, daher wurde sie nicht ersetzt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup could not be restored: %1. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The damaged file %1 could not be moved aside, so it was not replaced.</source>
        <translation>Die beschädigte Datei %1 konnte nicht beiseitegelegt werden, daher wurde sie nicht ersetzt.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <location filename="../core/services/backupservice.cpp" line="+86"/>
        <source>The backup could not be written: the folder %1 cannot be made. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: Der Ordner %1 kann nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A backup cannot be written over the database itself; choose another file.</source>
        <translation>Eine Sicherung kann nicht über die Datenbank selbst geschrieben werden; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>There is no backup at %1. Nothing was changed.</source>
        <translation>Unter %1 gibt es keine Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Rapport backup. Nothing was changed.</source>
        <translation>%1 ist keine Rapport-Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>The backup %1 is damaged and cannot be restored. Nothing was changed.</source>
        <translation>Die Sicherung %1 ist beschädigt und kann nicht wiederhergestellt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The backup cannot be restored: %1 Nothing was changed.</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A database cannot be restored from itself. Nothing was changed.</source>
        <translation>Eine Datenbank kann nicht aus sich selbst wiederhergestellt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a Rapport database, so it was not replaced by the backup.</source>
        <translation>%1 ist keine Rapport-Datenbank, daher wurde sie nicht durch die Sicherung ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 for backups cannot be made. Nothing was changed.</source>
        <translation>Der Ordner %1 für Sicherungen kann nicht angelegt werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Keep from 1 to 1000 daily and from 0 to 1000 weekly backups.</source>
        <translation>Behalten Sie 1 bis 1000 tägliche und 0 bis 1000 wöchentliche Sicherungen.</translation>
    </message>
</context>
<context>
    <name>BatchRevert</name>
    <message numerus="yes">
        <location filename="../core/services/batchrevert.cpp" line="+152"/>
        <source>%Ln row(s) loaded</source>
        <translation>
            <numerusform>%Ln Zeile geladen</numerusform>
            <numerusform>%Ln Zeilen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln angelegt</numerusform>
            <numerusform>%Ln angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-21"/>
        <location line="+23"/>
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <location line="+17"/>
        <source>%Ln customer(s) created</source>
        <translation>
            <numerusform>%Ln Kunde angelegt</numerusform>
            <numerusform>%Ln Kunden angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>%Ln customer(s) updated</source>
        <translation>
            <numerusform>%Ln Kunde aktualisiert</numerusform>
            <numerusform>%Ln Kunden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln customer(s) unchanged</source>
        <translation>
            <numerusform>%Ln Kunde unverändert</numerusform>
            <numerusform>%Ln Kunden unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) rejected</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt</numerusform>
            <numerusform>%Ln Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Auftrag</numerusform>
            <numerusform>%Ln Aufträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln deleted</source>
        <translation>
            <numerusform>%Ln gelöscht</numerusform>
            <numerusform>%Ln gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln restored</source>
        <translation>
            <numerusform>%Ln wiederhergestellt</numerusform>
            <numerusform>%Ln wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln row(s) deleted</source>
        <translation>
            <numerusform>%Ln Zeile gelöscht</numerusform>
            <numerusform>%Ln Zeilen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln field(s) set back</source>
        <translation>
            <numerusform>%Ln Feld zurückgesetzt</numerusform>
            <numerusform>%Ln Felder zurückgesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>on %Ln row(s)</source>
        <translation>
            <numerusform>in %Ln Zeile</numerusform>
            <numerusform>in %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) restored</source>
        <translation>
            <numerusform>%Ln Zeile wiederhergestellt</numerusform>
            <numerusform>%Ln Zeilen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is left to undo.</source>
        <translation>Es gibt nichts mehr rückgängig zu machen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../core/services/revertplanner.cpp" line="+538"/>
        <source>There is no batch %1 in the history.</source>
        <translation>Im Verlauf gibt es keinen Stapel %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n change(s) made since the batch would be overwritten; choose to keep them or to overwrite them.</source>
        <translation>
            <numerusform>%n seit dem Stapel vorgenommene Änderung würde überschrieben; wählen Sie, ob sie behalten oder überschrieben wird.</numerusform>
            <numerusform>%n seit dem Stapel vorgenommene Änderungen würden überschrieben; wählen Sie, ob sie behalten oder überschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/services/revertplanner.cpp" line="-357"/>
        <source>Customer #%1 was erased since (batch %2): the revert leaves it as the erase left it and restores nothing of it.</source>
        <translation>Kunde #%1 wurde seitdem endgültig gelöscht (Stapel %2): Die Rücknahme lässt ihn so, wie das Löschen ihn hinterlassen hat, und stellt nichts von ihm wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes to customer #%1 held data of customer #%2, erased since (batch %3): they are left as they are.</source>
        <translation>Änderungen an Kunde #%1 enthielten Daten von Kunde #%2, der seitdem endgültig gelöscht wurde (Stapel %3): Sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The batch changed a kind of row this Rapport cannot revert (%1).</source>
        <translation>Der Stapel hat eine Art von Zeile geändert, die diese Rapport-Version nicht zurücknehmen kann (%1).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a row with the same id exists again</source>
        <translation>eine Zeile mit derselben ID gibt es wieder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 was deleted since, so its changes cannot be set back.</source>
        <translation>%1 %2 wurde seitdem gelöscht, daher können seine Änderungen nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The batch loaded a kind of row this Rapport cannot revert (%1).</source>
        <translation>Der Stapel hat eine Art von Zeile geladen, die diese Rapport-Version nicht zurücknehmen kann (%1).</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>changed since</source>
        <translation>seitdem geändert</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Batch %1 was already reverted by batch %2.</source>
        <translation>Stapel %1 wurde bereits durch Stapel %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 is an erase, which keeps none of the erased values, so it cannot be reverted.</source>
        <translation>Stapel %1 ist ein endgültiges Löschen, das keinen der gelöschten Werte behält; er kann daher nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch %1 deleted rows loaded in bulk, which the history does not keep, so it cannot be reverted; load them again instead.</source>
        <translation>Stapel %1 hat in großer Menge geladene Zeilen gelöscht, die der Verlauf nicht aufbewahrt; er kann daher nicht rückgängig gemacht werden. Laden Sie sie stattdessen erneut.</translation>
    </message>
</context>
<context>
    <name>BgNbd</name>
    <message>
        <location filename="../core/analytics/bgnbd.cpp" line="+266"/>
        <source>There are no customers to fit the model to.</source>
        <translation>Es gibt keine Kunden, an die das Modell angepasst werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer columns differ in length.</source>
        <translation>Die Kundenspalten sind unterschiedlich lang.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer %1 has an impossible purchase history (x %2, t_x %3, T %4).</source>
        <translation>Kunde %1 hat eine unmögliche Kaufhistorie (x %2, t_x %3, T %4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customer has bought twice yet, so repeat buying cannot be estimated.</source>
        <translation>Noch kein Kunde hat zweimal gekauft, daher lassen sich Wiederholungskäufe nicht schätzen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The BG/NBD model could not be fitted to these customers.</source>
        <translation>Das BG/NBD-Modell konnte nicht an diese Kunden angepasst werden.</translation>
    </message>
</context>
<context>
    <name>BulkLoader</name>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+130"/>
        <source>The bulk load has already begun.</source>
        <translation>Das Massenladen hat bereits begonnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is open read-only, so nothing can be loaded.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet, daher kann nichts geladen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A bulk load cannot start while another transaction is open.</source>
        <translation>Das Massenladen kann nicht beginnen, solange eine andere Transaktion offen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the bulk load</source>
        <translation>Vorbereiten des Massenladens</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Starting the bulk load</source>
        <translation>Beginnen des Massenladens</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloaderrows.cpp" line="+195"/>
        <source>Preparing to load %1</source>
        <translation>Vorbereiten des Ladens von %1</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+112"/>
        <source>Counting rows</source>
        <translation>Zählen der Zeilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finding free ids</source>
        <translation>Suchen freier IDs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adding the tag %1</source>
        <translation>Hinzufügen des Schlagworts %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+116"/>
        <location filename="../core/storage/bulkloaderrows.cpp" line="+15"/>
        <source>The bulk load has not begun.</source>
        <translation>Das Massenladen hat nicht begonnen.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Reading the customers&apos; external keys</source>
        <translation>Lesen der externen Schlüssel der Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the products</source>
        <translation>Lesen der Produkte</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloaderrows.cpp" line="+93"/>
        <source>Loading rows into %1</source>
        <translation>Laden von Zeilen in %1</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+19"/>
        <location line="+83"/>
        <source>Building the customer list</source>
        <translation>Aufbauen der Kundenliste</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+48"/>
        <location line="+14"/>
        <source>Collecting the words of the names</source>
        <translation>Sammeln der Wörter aus den Namen</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The bulk load was cancelled; nothing was saved.</source>
        <translation>Das Massenladen wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Completing the search index</source>
        <translation>Vervollständigen des Suchindex</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Building the index %1</source>
        <translation>Aufbauen des Index %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recreating the indexes and triggers</source>
        <translation>Neuanlegen der Indizes und Trigger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the loaded rows</source>
        <translation>Speichern der geladenen Zeilen</translation>
    </message>
</context>
<context>
    <name>BulkSearchIndex</name>
    <message>
        <location filename="../core/storage/bulksearchindex.cpp" line="+144"/>
        <source>Building the search index</source>
        <translation>Aufbauen des Suchindex</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Copying the search index</source>
        <translation>Kopieren des Suchindex</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Collecting the words of the names</source>
        <translation>Sammeln der Wörter aus den Namen</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+127"/>
        <location line="+32"/>
        <location line="+38"/>
        <source>Saving the case</source>
        <translation>Speichern des Vorgangs</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+33"/>
        <location line="+41"/>
        <source>The case&apos;s customer or owner does not exist any more.</source>
        <translation>Den Kunden oder den Bearbeiter des Vorgangs gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+133"/>
        <source>Reading the case</source>
        <translation>Lesen des Vorgangs</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+133"/>
        <source>Case %1 does not exist.</source>
        <translation>Den Vorgang %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The case was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Der Vorgang wurde inzwischen von jemand anderem geändert; laden Sie ihn neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The case does not exist any more.</source>
        <translation>Den Vorgang gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the case</source>
        <translation>Löschen des Vorgangs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another case has taken the number %1 meanwhile.</source>
        <translation>Ein anderer Vorgang hat inzwischen die Nummer %1 erhalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the case&apos;s calls and tasks</source>
        <translation>Lesen der Anrufe und Aufgaben des Vorgangs</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>Reading the cases</source>
        <translation>Lesen der Vorgänge</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <location filename="../core/services/caseservice.cpp" line="+51"/>
        <source>The case is closed; open a new case for the customer instead.</source>
        <translation>Der Vorgang ist geschlossen; eröffnen Sie stattdessen einen neuen Vorgang für den Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Ein Vorgang kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>Say how the case was resolved before resolving it.</source>
        <translation>Geben Sie an, wie der Vorgang gelöst wurde, bevor Sie ihn auf gelöst setzen.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Say why the case is closed before closing it.</source>
        <translation>Geben Sie an, warum der Vorgang geschlossen wird, bevor Sie ihn schließen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The case was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Der Vorgang wurde inzwischen von jemand anderem geändert; laden Sie ihn neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The case %1 was changed or deleted since it was opened.</source>
        <translation>Der Vorgang %1 wurde geändert oder gelöscht, seit er geöffnet wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calls or tasks were added to the case %1 since it was opened.</source>
        <translation>Zum Vorgang %1 wurden Anrufe oder Aufgaben hinzugefügt, seit er geöffnet wurde.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The case %1 was deleted since.</source>
        <translation>Der Vorgang %1 wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case %1 was changed since.</source>
        <translation>Der Vorgang %1 wurde inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>ChangeCapture</name>
    <message>
        <location filename="../core/storage/changecapture.cpp" line="+29"/>
        <source>Preparing the history of changes</source>
        <translation>Vorbereiten des Änderungsprotokolls</translation>
    </message>
    <message>
        <location line="+215"/>
        <source>Reading the changes to record</source>
        <translation>Lesen der zu protokollierenden Änderungen</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../ui/dashboards/chartexport.cpp" line="+84"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write %1: the picture could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported from Rapport</source>
        <translation>Aus Rapport exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported from Rapport: %1</source>
        <translation>Aus Rapport exportiert: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The chart has no data to export.</source>
        <translation>Das Diagramm hat keine Daten zum Exportieren.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Picture (PNG)…</source>
        <translation>Bild (PNG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawing (SVG)…</source>
        <translation>Grafik (SVG)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document (PDF)…</source>
        <translation>Dokument (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data (CSV)…</source>
        <translation>Daten (CSV)…</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClvAnalyzer</name>
    <message>
        <location filename="../core/services/clvanalysis.cpp" line="+72"/>
        <source>No customer had bought anything by %1.</source>
        <translation>Bis %1 hatte noch kein Kunde etwas gekauft.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>None of these customers had bought anything by %1.</source>
        <translation>Bis %1 hatte keiner dieser Kunden etwas gekauft.</translation>
    </message>
    <message>
        <source>The spend model has no finite mean (q &lt;= 1); each customer&apos;s own mean repeat spend is used.</source>
        <translation type="vanished">Das Ausgabenmodell hat keinen endlichen Mittelwert (q &lt;= 1); für jeden Kunden wird sein eigener mittlerer Wiederholungsumsatz verwendet.</translation>
    </message>
</context>
<context>
    <name>ClvModel</name>
    <message>
        <location filename="../core/analytics/clv.cpp" line="+106"/>
        <source>The spend model did not settle within its budget of calculations; each customer&apos;s own mean repeat spend is used.</source>
        <translation>Das Ausgabenmodell hat innerhalb seines Rechenbudgets keine stabile Lösung gefunden; für jeden Kunden wird sein eigener mittlerer Wiederholungsumsatz verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The spend model has no finite mean (q &lt;= 1); each customer&apos;s own mean repeat spend is used.</source>
        <translation>Das Ausgabenmodell hat keinen endlichen Mittelwert (q &lt;= 1); für jeden Kunden wird sein eigener mittlerer Wiederholungsumsatz verwendet.</translation>
    </message>
</context>
<context>
    <name>ClvRepository</name>
    <message>
        <location filename="../core/storage/clvrepository.cpp" line="+47"/>
        <source>Reading the customers&apos; purchases</source>
        <translation>Lesen der Käufe der Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The as-of date is not a valid date.</source>
        <translation>Das Stichtagsdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Reading the currencies</source>
        <translation type="vanished">Lesen der Währungen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Reading the customers&apos; names</source>
        <translation>Lesen der Kundennamen</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../core/domain/consent.cpp" line="+74"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The consent belongs to no customer.</source>
        <translation>Die Einwilligung gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent needs the day it was given.</source>
        <translation>Die Einwilligung braucht das Datum, an dem sie erteilt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent&apos;s source is longer than %1 characters.</source>
        <translation>Die Quelle der Einwilligung ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ConsentReader</name>
    <message>
        <location filename="../core/storage/consentreader.cpp" line="+30"/>
        <source>Reading consents</source>
        <translation>Lesen der Einwilligungen</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <location filename="../core/storage/consentrepository.cpp" line="+71"/>
        <source>Saving the consent</source>
        <translation>Speichern der Einwilligung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The consent&apos;s customer does not exist any more.</source>
        <translation>Den Kunden der Einwilligung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Clearing the consent</source>
        <translation>Zurücksetzen der Einwilligung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clearing the consents</source>
        <translation>Zurücksetzen der Einwilligungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <location line="+12"/>
        <source>Reading the consents</source>
        <translation>Lesen der Einwilligungen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Reading the consent</source>
        <translation>Lesen der Einwilligung</translation>
    </message>
</context>
<context>
    <name>ContactPoint</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+25"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Work</source>
        <translation>Geschäftlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The phone number is not in E.164 form.</source>
        <translation>Die Telefonnummer liegt nicht im E.164-Format vor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The web address is empty.</source>
        <translation>Die Webadresse ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An address needs at least a street or a city.</source>
        <translation>Eine Adresse braucht mindestens eine Straße oder einen Ort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not an ISO 3166 country code such as DE for Germany.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166 wie DE für Deutschland.</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation type="vanished">Das Land muss ein Code aus zwei Buchstaben sein, etwa DE oder FR.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Der Kontaktweg gehört zu keinem Kunden.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <location filename="../core/domain/countries.cpp" line="+239"/>
        <source>&quot;%1&quot; is no country Rapport knows; choose one from the list or type its name or code, such as DE for Germany.</source>
        <translation>„%1“ ist kein Land, das Rapport kennt; wählen Sie eines aus der Liste oder geben Sie seinen Namen oder Code ein, etwa DE für Deutschland.</translation>
    </message>
</context>
<context>
    <name>CreateCustomerCommand</name>
    <message>
        <location filename="../ui/undo/createcustomercommand.cpp" line="+13"/>
        <source>Create %1</source>
        <translation>%1 anlegen</translation>
    </message>
</context>
<context>
    <name>CredentialRepository</name>
    <message>
        <location filename="../core/storage/credentialrepository.cpp" line="+41"/>
        <source>Reading the user&apos;s password</source>
        <translation>Lesen des Passworts des Benutzers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 does not exist.</source>
        <translation>Den Benutzer %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+12"/>
        <source>Saving the password</source>
        <translation>Speichern des Passworts</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The user does not exist any more.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recording a failed sign-in</source>
        <translation>Erfassen einer fehlgeschlagenen Anmeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recording a sign-in</source>
        <translation>Erfassen einer Anmeldung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading whether the database requires passwords</source>
        <translation>Lesen, ob die Datenbank Passwörter verlangt</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../core/io/csvwriter.cpp" line="+108"/>
        <source>The file could not be written: %1.</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="+25"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lapsed</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A person needs a first or a last name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>Der Vorname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>Der Nachname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An organisation needs a name.</source>
        <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s name is longer than %1 characters.</source>
        <translation>Der Name der Organisation ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The acquisition date lies in the future.</source>
        <translation>Das Gewinnungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner is not a valid user.</source>
        <translation>Der Betreuer ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tag is empty.</source>
        <translation>Ein Schlagwort ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Schlagwort „%1“ ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>CustomerAccess</name>
    <message>
        <location filename="../core/services/customeraccess.cpp" line="+41"/>
        <source>Your role (%1) allows this only for the customers you own: %2.</source>
        <translation>Ihre Rolle (%1) erlaubt das nur für Kunden, die Sie selbst betreuen: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) allows this only for the customers of your teams: %2.</source>
        <translation>Ihre Rolle (%1) erlaubt das nur für die Kunden Ihrer Teams: %2.</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
    <message>
        <location filename="../ui/undo/customercommand.cpp" line="+34"/>
        <source>Cannot Redo</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” could not be done: %2 It was taken off the undo history.</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2 Der Schritt wurde aus dem Bearbeitungsverlauf entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/undo/casecommands.cpp" line="+13"/>
        <location filename="../ui/undo/customercommand.cpp" line="+7"/>
        <location filename="../ui/undo/mergecommands.cpp" line="+15"/>
        <location filename="../ui/undo/surveycommands.cpp" line="-11"/>
        <source>The database this step belongs to is closed.</source>
        <translation>Die Datenbank, zu der dieser Schritt gehört, ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <location filename="../core/services/customerexport.cpp" line="+88"/>
        <source>The file could not be written: %1.</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>You may not export any customer.</source>
        <translation>Sie dürfen keine Kunden exportieren.</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+34"/>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no segment called &quot;%1&quot;; the segments are %2.</source>
        <translation>Es gibt kein Segment namens „%1“; die Segmente sind %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>RFM segment: %1</source>
        <translation>RFM-Segment: %1</translation>
    </message>
</context>
<context>
    <name>CustomerExportRepository</name>
    <message>
        <location filename="../core/storage/customerexportrepository.cpp" line="+50"/>
        <location line="+28"/>
        <location line="+23"/>
        <source>Reading customers to export</source>
        <translation>Lesen der zu exportierenden Kunden</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <location filename="../core/services/customerimport.cpp" line="+81"/>
        <source>&quot;%1&quot; is not a match key (external-id, email or phone).</source>
        <translation>„%1“ ist kein Abgleichsschlüssel (external-id, email oder phone).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name at least one match key: external-id, email or phone.</source>
        <translation>Nennen Sie mindestens einen Abgleichsschlüssel: external-id, email oder phone.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping does not fit the file&apos;s columns.</source>
        <translation>Die Zuordnung passt nicht zu den Spalten der Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a phone region (a country code such as DE).</source>
        <translation>„%1“ ist keine Telefonregion (ein Ländercode wie DE).</translation>
    </message>
    <message>
        <location filename="../core/services/customerimportread.cpp" line="+58"/>
        <source>The row repeats the header row.</source>
        <translation>Die Zeile wiederholt die Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../core/services/customerimportmatch.cpp" line="+136"/>
        <source>The row holds nothing to import.</source>
        <translation>Die Zeile enthält nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The row is the same customer as line %1 (%2); merge the two rows in the file.</source>
        <translation>Die Zeile ist derselbe Kunde wie Zeile %1 (%2); führen Sie die beiden Zeilen in der Datei zusammen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The external id %1 belongs to customer %2, who is in the trash; restore it first.</source>
        <translation>Die externe ID %1 gehört zu Kunde %2, der im Papierkorb liegt; stellen Sie ihn zuerst wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its external id</source>
        <translation>seine externe ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The external id %1 belongs to customer %2 already.</source>
        <translation>Die externe ID %1 gehört bereits zu Kunde %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its e-mail %1</source>
        <translation>seine E-Mail %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its phone %1</source>
        <translation>seine Telefonnummer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its name</source>
        <translation>seinen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The row matches two different customers: %1 (customer %2) and %3 (customer %4).</source>
        <translation>Die Zeile passt zu zwei verschiedenen Kunden: %1 (Kunde %2) und %3 (Kunde %4).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No customer matches the row, and the import only updates.</source>
        <translation>Kein Kunde passt zur Zeile, und der Import aktualisiert nur.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer %1 exists already (matched by %2); an import that only creates leaves it as it is.</source>
        <translation>Kunde %1 existiert bereits (erkannt an %2); ein Import, der nur anlegt, lässt ihn unverändert.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+2"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <location line="+1"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+2"/>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>acquired on</source>
        <translation>gewonnen am</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>external id</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message>
        <location filename="../core/services/customerimportrow.cpp" line="+253"/>
        <source>&quot;%1&quot; is neither a person nor an organisation.</source>
        <translation>„%1“ ist weder eine Person noch eine Organisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a stage (lead, prospect, active, lapsed or lost).</source>
        <translation>„%1“ ist keine Phase (lead, prospect, active, lapsed oder lost).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a date (expected like %2).</source>
        <translation>„%1“ ist kein Datum (erwartet wie %2).</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&quot;%1&quot; names no country.</source>
        <translation>„%1“ bezeichnet kein Land.</translation>
    </message>
</context>
<context>
    <name>CustomerImportRepository</name>
    <message>
        <location filename="../core/storage/customerimportrepository.cpp" line="+41"/>
        <source>Reading the customers to match the import against</source>
        <translation>Lesen der Kunden für den Abgleich mit dem Import</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the tags</source>
        <translation>Lesen der Schlagwörter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the contact points</source>
        <translation>Lesen der Kontaktwege</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saving the customer&apos;s external id</source>
        <translation>Speichern der externen ID des Kunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting customers</source>
        <translation>Zählen der Kunden</translation>
    </message>
</context>
<context>
    <name>CustomerImportResult</name>
    <message>
        <location filename="../core/services/customerimport.cpp" line="-58"/>
        <source>The report cannot be saved to %1: %2.</source>
        <translation>Der Bericht kann nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+247"/>
        <source>Counting the selected customers</source>
        <translation>Die ausgewählten Kunden werden gezählt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting the customers</source>
        <translation>Zählen der Kunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+46"/>
        <source>Reading the customer list</source>
        <translation>Lesen der Kundenliste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading customers</source>
        <translation>Lesen von Kunden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading a customer&apos;s place in the list</source>
        <translation>Lesen der Position eines Kunden in der Liste</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sorting the search results</source>
        <translation>Sortieren der Suchergebnisse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the selected customers</source>
        <translation>Die ausgewählten Kunden werden gelesen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the tags</source>
        <translation>Lesen der Schlagwörter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Building the customer list</source>
        <translation>Aufbauen der Kundenliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer list&apos;s build script is missing.</source>
        <translation>Das Aufbauskript der Kundenliste fehlt.</translation>
    </message>
    <message>
        <location filename="../core/storage/revenuewindowrepository.cpp" line="+51"/>
        <source>Reading the customer list&apos;s revenue window</source>
        <translation>Lesen des Umsatzzeitraums der Kundenliste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moving the revenue window of the customer list</source>
        <translation>Verschieben des Umsatzzeitraums der Kundenliste</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <location filename="../core/services/customermerge.cpp" line="+56"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A customer cannot be merged with itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer %1 is in the trash; restore it before merging.</source>
        <translation>Kunde %1 liegt im Papierkorb; stellen Sie ihn vor dem Zusammenführen wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person cannot be merged with an organisation.</source>
        <translation>Eine Person kann nicht mit einer Organisation zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&apos;%1&apos; is not a field of a merge; the fields are: %2.</source>
        <translation>„%1“ ist kein Feld einer Zusammenführung; die Felder sind: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One of the customers was changed by someone else since the merge was shown; look at them again and merge then.</source>
        <translation>Einer der Kunden wurde von jemand anderem geändert, seit die Zusammenführung angezeigt wurde; sehen Sie sie sich erneut an und führen Sie dann zusammen.</translation>
    </message>
</context>
<context>
    <name>CustomerMergeRepository</name>
    <message>
        <location filename="../core/storage/customermergerepository.cpp" line="+57"/>
        <source>Reading a customer to merge</source>
        <translation>Lesen eines zusammenzuführenden Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+21"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading a customer&apos;s tags</source>
        <translation>Lesen der Schlagwörter eines Kunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving the merged customer</source>
        <translation>Speichern des zusammengeführten Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>The customer was changed by someone else since it was read; read it again and merge then.</source>
        <translation>Der Kunde wurde von jemand anderem geändert, seit er gelesen wurde; lesen Sie ihn erneut und führen Sie dann zusammen.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Moving the merged customer to the trash</source>
        <translation>Verschieben des zusammengeführten Kunden in den Papierkorb</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Moving the merged customer&apos;s records</source>
        <translation>Verschieben der Datensätze des zusammengeführten Kunden</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Reading the history</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>CustomerNote</name>
    <message>
        <location filename="../core/domain/customernote.cpp" line="+26"/>
        <source>The note belongs to no customer.</source>
        <translation>Die Notiz gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The author is not a valid user.</source>
        <translation>Der Verfasser ist kein gültiger Benutzer.</translation>
    </message>
</context>
<context>
    <name>CustomerOverviewRepository</name>
    <message>
        <location filename="../core/storage/customeroverviewrepository.cpp" line="+96"/>
        <source>Reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer %1 does not exist (any more).</source>
        <translation>Den Kunden %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reading the contact points</source>
        <translation>Lesen der Kontaktwege</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the last contact</source>
        <translation>Lesen des letzten Kontakts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the next follow-up</source>
        <translation>Lesen der nächsten Wiedervorlage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the customer&apos;s revenue</source>
        <translation>Lesen des Kundenumsatzes</translation>
    </message>
</context>
<context>
    <name>CustomerPanelsRepository</name>
    <message>
        <location filename="../core/storage/customerpanelsrepository.cpp" line="+105"/>
        <source>Reading the related customers</source>
        <translation>Lesen der verbundenen Kunden</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+37"/>
        <source>Reading the products bought</source>
        <translation>Lesen der gekauften Produkte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the customer&apos;s cases</source>
        <translation>Lesen der Vorgänge des Kunden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the customer&apos;s tasks</source>
        <translation>Lesen der Aufgaben des Kunden</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <location filename="../core/services/customerrecord.cpp" line="+57"/>
        <source>A relationship does not involve the customer.</source>
        <translation>Eine Beziehung betrifft den Kunden nicht.</translation>
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
        <translation>Speichern des Kunden</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The contact point cannot come back: another one has taken its place meanwhile.</source>
        <translation>Der Kontaktweg kann nicht zurückkehren: Inzwischen hat ein anderer seinen Platz eingenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer does not exist any more.</source>
        <translation>Den Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The customer cannot come back: another customer has taken number %1 meanwhile.</source>
        <translation>Der Kunde kann nicht zurückkehren: Inzwischen hat ein anderer Kunde die Nummer %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lesen der Kundenhistorie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Moving the customer to the trash</source>
        <translation>Verschieben des Kunden in den Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restoring the customer</source>
        <translation>Wiederherstellen des Kunden</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+186"/>
        <source>Deleting the customer</source>
        <translation>Löschen des Kunden</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Counting customers</source>
        <translation>Zählen der Kunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>Saving the tags</source>
        <translation>Speichern der Schlagwörter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the tags</source>
        <translation>Lesen der Schlagwörter</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Der Kontaktweg gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+47"/>
        <location line="+7"/>
        <location line="+46"/>
        <location line="+64"/>
        <source>Saving the contact point</source>
        <translation>Speichern des Kontaktwegs</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Reading the contact points</source>
        <translation>Lesen der Kontaktwege</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+33"/>
        <source>The contact point</source>
        <translation>Der Kontaktweg</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+12"/>
        <source>Removing the contact point</source>
        <translation>Entfernen des Kontaktwegs</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+17"/>
        <location line="+16"/>
        <source>The contact point does not exist any more.</source>
        <translation>Den Kontaktweg gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Customer %1 does not exist any more.</source>
        <translation>Den Kunden %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; laden Sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchRepository</name>
    <message>
        <location filename="../core/storage/customersearchrepository.cpp" line="+76"/>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Searching by phone number</source>
        <translation>Suchen nach Telefonnummer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Looking for close matches</source>
        <translation>Suchen ähnlicher Treffer</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+27"/>
        <source>Reading search results</source>
        <translation>Lesen der Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>CustomerSelectionTable</name>
    <message>
        <location filename="../core/storage/customerselectiontable.cpp" line="+62"/>
        <source>Reading the selected customers</source>
        <translation>Die ausgewählten Kunden werden gelesen</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <location filename="../core/services/customerservice.cpp" line="+185"/>
        <source>Only a customer that exists can be saved this way.</source>
        <translation>Nur ein bestehender Kunde kann auf diese Weise gespeichert werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 was changed by someone else since; going back or forth would overwrite that change.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; Rückgängigmachen oder Wiederherstellen würde diese Änderung überschreiben.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>%1 was changed since it was created, so it stays; move it to the trash instead.</source>
        <translation>%1 wurde seit dem Anlegen geändert und bleibt daher bestehen; verschieben Sie den Kunden stattdessen in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has calls, orders, cases, tasks or notes by now, so it stays; move it to the trash instead.</source>
        <translation>%1 hat inzwischen Anrufe, Aufträge, Vorgänge, Aufgaben oder Notizen und bleibt daher bestehen; verschieben Sie den Kunden stattdessen in den Papierkorb.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 was moved to the trash by someone else meanwhile.</source>
        <translation>%1 wurde inzwischen von jemand anderem in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was restored from the trash by someone else meanwhile.</source>
        <translation>%1 wurde inzwischen von jemand anderem aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is not in the trash; only customers in the trash can be deleted for good.</source>
        <translation>%1 ist nicht im Papierkorb; nur Kunden im Papierkorb können endgültig gelöscht werden.</translation>
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
        <translation>Umsatz im Zeitraum</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Days since last purchase</source>
        <translation>Tage seit letztem Kauf</translation>
    </message>
    <message>
        <location line="+142"/>
        <location filename="../core/analytics/dashboarddrilldown.cpp" line="+41"/>
        <source>Predicted lifetime value</source>
        <translation>Erwarteter Kundenwert</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Open complaints</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>The dashboard was not refreshed.</source>
        <translation>Das Dashboard wurde nicht aktualisiert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The period must not end before it starts.</source>
        <translation>Der Zeitraum darf nicht vor seinem Beginn enden.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Revenue in month %1</source>
        <translation>Umsatz im Monat %1</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation type="vanished">Der Zeitraum darf nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Customer lifetime values are being computed…</source>
        <translation>Die Kundenwerte werden berechnet…</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation type="vanished">Kein Mitarbeiter erfasst</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboardclv.cpp" line="+137"/>
        <source>No customer had bought anything by %1.</source>
        <translation>Bis %1 hatte noch kein Kunde etwas gekauft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The lifetime value model did not settle on the purchases up to %1 within its budget of calculations, so there are no values.</source>
        <translation>Das Kundenwertmodell hat für die Käufe bis %1 innerhalb seines Rechenbudgets keine stabile Lösung gefunden; daher gibt es keine Werte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The lifetime value model does not settle on the purchases up to %1 (it sees almost no customer dropping out), so there are no values.</source>
        <translation>Das Kundenwertmodell findet für die Käufe bis %1 keine stabile Lösung (es sieht fast keinen Kunden abwandern); daher gibt es keine Werte.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>None of these customers has bought anything yet.</source>
        <translation>Keiner dieser Kunden hat bisher etwas gekauft.</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboardactivity.cpp" line="+77"/>
        <source>No agent recorded</source>
        <translation>Kein Mitarbeiter erfasst</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboarddrilldown.cpp" line="-42"/>
        <source>Cases opened in period</source>
        <translation>Eröffnete Vorgänge im Zeitraum</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Past revenue</source>
        <translation>Bisheriger Umsatz</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Survey score</source>
        <translation>Umfragebewertung</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <location filename="../core/storage/dashboardrepository.cpp" line="+26"/>
        <source>Loading the dashboards stopped.</source>
        <translation>Das Laden der Dashboards wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/storage/dashboardupdate.cpp" line="+46"/>
        <source>Reading the customers</source>
        <translation>Lesen der Kunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/storage/dashboardupdate.cpp" line="+131"/>
        <source>Reading the orders</source>
        <translation>Lesen der Aufträge</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Reading the cases</source>
        <translation>Lesen der Vorgänge</translation>
    </message>
    <message>
        <location filename="../core/storage/dashboardactivityupdate.cpp" line="+27"/>
        <location line="+105"/>
        <location filename="../core/storage/dashboardrepository.cpp" line="+73"/>
        <source>Counting the interactions</source>
        <translation>Zählen der Kontakte</translation>
    </message>
    <message>
        <location filename="../core/storage/dashboardrepository.cpp" line="+37"/>
        <source>Reading the survey answers</source>
        <translation>Lesen der Umfrageantworten</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the teams</source>
        <translation>Lesen der Teams</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <location filename="../core/storage/dashboardhistory.cpp" line="+121"/>
        <location line="+17"/>
        <source>Reading the history</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>DashboardSnapshot</name>
    <message>
        <location filename="../core/storage/dashboardsnapshot.cpp" line="+303"/>
        <source>The dashboards&apos; snapshot %1 could not be saved.</source>
        <translation>Der gespeicherte Stand der Dashboards %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The dashboards&apos; snapshot %1 is damaged or from another version.</source>
        <translation>Der gespeicherte Stand der Dashboards %1 ist beschädigt oder stammt aus einer anderen Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no dashboards&apos; snapshot %1.</source>
        <translation>Es gibt keinen gespeicherten Stand der Dashboards %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+196"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not a Rapport database, or it is damaged (%2).</source>
        <translation>%1 ist keine Rapport-Datenbank oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows schema %3 at most).</source>
        <translation>%1 wurde von einer neueren Rapport-Version geschrieben (Schema %2; diese Version kennt höchstens Schema %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an SQLite database of another program, not a Rapport database.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Rapport database (it is not an SQLite file).</source>
        <translation>%1 ist keine Rapport-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is an empty file, not a Rapport database.</source>
        <translation>%1 ist eine leere Datei, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is an empty SQLite file, not a Rapport database.</source>
        <translation>%1 ist eine leere SQLite-Datei, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is read-only; make it writable or open it read-only.</source>
        <translation>%1 ist schreibgeschützt; machen Sie die Datei beschreibbar oder öffnen Sie sie nur zum Lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar, daher kann dort keine Datenbank angelegt werden.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+35"/>
        <location line="+172"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>%1 was left with an unfinished change by a program that stopped; opening it once with permission to write to the file and its folder undoes that change, and nothing saved before it is lost.</source>
        <translation>%1 enthält eine unvollendete Änderung eines Programms, das abgebrochen wurde; einmal mit Schreibrecht auf die Datei und ihren Ordner geöffnet, wird diese Änderung zurückgenommen, und nichts vorher Gespeichertes geht verloren.</translation>
    </message>
    <message>
        <location line="+254"/>
        <source>Opening %1 failed: Qt&apos;s SQLite driver gave no connection handle.</source>
        <translation>Öffnen von %1 fehlgeschlagen: Der SQLite-Treiber von Qt lieferte keine Verbindung.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Checking the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking the database&apos;s references</source>
        <translation>Prüfen der Verweise in der Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>Zeile %1 von %2 verweist auf eine fehlende Zeile von %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for changes by others failed: %1</source>
        <translation>Die Suche nach Änderungen anderer ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The database file %1 is no longer there: it was moved or deleted, or its network share is gone. Nothing was saved.</source>
        <translation>Die Datenbankdatei %1 ist nicht mehr vorhanden: Sie wurde verschoben oder gelöscht, oder ihre Netzwerkfreigabe ist nicht mehr erreichbar. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <location filename="../ui/databasechooser.cpp" line="+26"/>
        <source>Rapport databases (*.db *.rapport *.sqlite)</source>
        <translation>Rapport-Datenbanken (*.db *.rapport *.sqlite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>customers.db</source>
        <translation>kunden.db</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 exists already. Choose another name, or open it with File ▸ Open Database.</source>
        <translation>%1 gibt es bereits. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei ▸ Datenbank öffnen.</translation>
    </message>
</context>
<context>
    <name>DatabaseInfo</name>
    <message>
        <location filename="../core/storage/databaseinfo.cpp" line="+49"/>
        <source>Listing the tables</source>
        <translation>Auflisten der Tabellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+184"/>
        <source>Making the demo rows failed: %1.</source>
        <translation>Erzeugen der Demozeilen fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of demo customers must lie between 1 and %L1.</source>
        <translation>Die Zahl der Demokunden muss zwischen 1 und %L1 liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo data needs a valid end date.</source>
        <translation>Die Demodaten brauchen ein gültiges Enddatum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interactions per customer must lie between 0 and 1000.</source>
        <translation>Die Kontakte je Kunde müssen zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The orders per customer must lie between 0 and 1000.</source>
        <translation>Die Aufträge je Kunde müssen zwischen 0 und 1000 liegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>The database already holds %n customer(s); demo data only goes into an empty database.</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Kunden; Demodaten kommen nur in eine leere Datenbank.</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Kunden; Demodaten kommen nur in eine leere Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Making the demo data was cancelled; the database was left as it was.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen; die Datenbank blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message>
        <location filename="../core/demo/demowords.cpp" line="+243"/>
        <source>The demo word list %1 is incomplete or malformed%2.</source>
        <translation>Die Demo-Wortliste %1 ist unvollständig oder fehlerhaft%2.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The demo word list common.txt has no section [%1].</source>
        <translation>Der Demo-Wortliste common.txt fehlt der Abschnitt [%1].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo word list common.txt has no case subjects.</source>
        <translation>Der Demo-Wortliste common.txt fehlen die Betreffs für Vorgänge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo word list common.txt needs eight tags.</source>
        <translation>Die Demo-Wortliste common.txt braucht acht Schlagwörter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The demo product list is malformed near &quot;%1&quot;.</source>
        <translation>Die Demo-Produktliste ist bei „%1“ fehlerhaft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>Die Demo-Wortliste %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The demo word lists are missing from this build.</source>
        <translation>Die Demo-Wortlisten fehlen in diesem Build.</translation>
    </message>
</context>
<context>
    <name>DismissDuplicateCommand</name>
    <message>
        <location filename="../ui/undo/mergecommands.cpp" line="+45"/>
        <source>Not a Duplicate</source>
        <translation>Kein Duplikat</translation>
    </message>
</context>
<context>
    <name>Door</name>
    <message>
        <location filename="../core/services/door.cpp" line="+32"/>
        <source>nobody signed in</source>
        <translation>niemand angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for %1…</source>
        <translation>Warte auf %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for another user who is saving a change…</source>
        <translation>Warte auf einen anderen Benutzer, der gerade eine Änderung speichert…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A bulk change must be described as a batch.</source>
        <translation>Eine Massenänderung muss als Stapel beschrieben werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet, daher kann nichts geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A change cannot start while another one is being saved.</source>
        <translation>Eine Änderung kann nicht beginnen, während eine andere gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/services/duplicatefinder.cpp" line="+181"/>
        <source>names %1% alike</source>
        <translation>Namen zu %1 % ähnlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same e-mail %1</source>
        <translation>gleiche E-Mail %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone %1</source>
        <translation>gleiche Telefonnummer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>both at %1</source>
        <translation>beide bei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same city %1</source>
        <translation>gleicher Ort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>different cities (%1)</source>
        <translation>verschiedene Orte (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The search for duplicates was cancelled.</source>
        <translation>Die Duplikatsuche wurde abgebrochen.</translation>
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
        <translation>Lesen der zu vergleichenden Kunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the customers&apos; phone numbers and e-mail addresses</source>
        <translation>Lesen der Telefonnummern und E-Mail-Adressen der Kunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading a customer</source>
        <translation>Lesen eines Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading a customer&apos;s contact details</source>
        <translation>Lesen der Kontaktdaten eines Kunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the pairs that are not duplicates</source>
        <translation>Lesen der Paare, die keine Duplikate sind</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remembering that two customers are not duplicates</source>
        <translation>Merken, dass zwei Kunden keine Duplikate sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgetting that two customers are not duplicates</source>
        <translation>Vergessen, dass zwei Kunden keine Duplikate sind</translation>
    </message>
</context>
<context>
    <name>EditContactPointCommand</name>
    <message>
        <location filename="../ui/undo/contactpointcommands.cpp" line="+8"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>EditCustomerCommand</name>
    <message>
        <location filename="../ui/undo/editcustomercommand.cpp" line="+15"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditTaskCommand</name>
    <message>
        <location filename="../ui/undo/edittaskcommand.cpp" line="+18"/>
        <source>Edit task: %1</source>
        <translation>Aufgabe bearbeiten: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The task “%1” was changed meanwhile; the step is not taken.</source>
        <translation>Die Aufgabe „%1“ wurde inzwischen geändert; der Schritt wird nicht ausgeführt.</translation>
    </message>
</context>
<context>
    <name>EraseRepository</name>
    <message>
        <location filename="../core/storage/eraserepository.cpp" line="+40"/>
        <location line="+13"/>
        <location line="+26"/>
        <source>Reading the person to erase</source>
        <translation>Lesen der endgültig zu löschenden Person</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+51"/>
        <source>Erasing the person&apos;s data</source>
        <translation>Endgültiges Löschen der Daten der Person</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Compacting the search index</source>
        <translation>Verdichten des Suchindex</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <location filename="../core/services/erasureservice.cpp" line="+81"/>
        <source>Erased customer #%1</source>
        <translation>Endgültig gelöschter Kunde #%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>GammaGamma</name>
    <message>
        <location filename="../core/analytics/gammagamma.cpp" line="+76"/>
        <source>The customer columns differ in length.</source>
        <translation>Die Kundenspalten sind unterschiedlich lang.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fewer than two customers have bought again with a positive amount, so spend cannot be estimated.</source>
        <translation>Weniger als zwei Kunden haben erneut mit einem positiven Betrag gekauft, daher lassen sich die Ausgaben nicht schätzen.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The Gamma-Gamma spend model could not be fitted to these customers.</source>
        <translation>Das Gamma-Gamma-Ausgabenmodell konnte nicht an diese Kunden angepasst werden.</translation>
    </message>
</context>
<context>
    <name>HistoryChain</name>
    <message>
        <location filename="../core/storage/historychain.cpp" line="+28"/>
        <source>Recomputing the history&apos;s chain</source>
        <translation>Neuberechnen der Kette des Änderungsprotokolls</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <location filename="../core/storage/historyrepository.cpp" line="+131"/>
        <source>Recording the history of the change</source>
        <translation>Protokollieren der Änderung</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <location line="+56"/>
        <location line="+15"/>
        <location line="+4"/>
        <location line="+102"/>
        <source>Reading the history</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+4"/>
        <source>Counting the history</source>
        <translation>Zählen der Protokolleinträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the newest changes</source>
        <translation>Lesen der neuesten Änderungen</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+58"/>
        <source>Checking the history</source>
        <translation>Prüfen des Änderungsprotokolls</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>History entry %1 does not follow entry %2: entries were removed.</source>
        <translation>Protokolleintrag %1 folgt nicht auf Eintrag %2: Es wurden Einträge entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History entry %1 is out of order: entries were inserted.</source>
        <translation>Protokolleintrag %1 steht nicht an seinem Platz: Es wurden Einträge eingefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History entry %1 is marked as erased, but by no later erase.</source>
        <translation>Protokolleintrag %1 ist als gelöscht markiert, aber durch kein späteres endgültiges Löschen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History entry %1 does not fit the chain: its changes were altered.</source>
        <translation>Protokolleintrag %1 passt nicht in die Kette: Seine Änderungen wurden verfälscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History entry %1 does not fit the chain: it was changed, or an entry was inserted before it.</source>
        <translation>Protokolleintrag %1 passt nicht in die Kette: Er wurde geändert, oder vor ihm wurde ein Eintrag eingefügt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History entry %1 is marked as erased, but the erase it names did not erase it.</source>
        <translation>Protokolleintrag %1 ist als gelöscht markiert, aber das genannte endgültige Löschen hat ihn nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>History entry %1 is missing: the newest entry was removed.</source>
        <translation>Protokolleintrag %1 fehlt: Der neueste Eintrag wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History entries %1 to %2 are missing: the newest entries were removed.</source>
        <translation>Protokolleinträge %1 bis %2 fehlen: Die neuesten Einträge wurden entfernt.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Erasing from the history</source>
        <translation>Löschen aus dem Änderungsprotokoll</translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <location filename="../core/models/historywording.cpp" line="+93"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contact detail</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order line</source>
        <translation>Auftragsposition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>survey answer</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team membership</source>
        <translation>Teamzugehörigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch (import, demo data…)</source>
        <translation>Stapel (Import, Demodaten…)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Imported %Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde importiert</numerusform>
            <numerusform>%Ln Kunden importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a file</source>
        <translation>Datei importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Loaded demo data: %Ln customer(s)</source>
        <translation>
            <numerusform>Demodaten geladen: %Ln Kunde</numerusform>
            <numerusform>Demodaten geladen: %Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loaded demo data</source>
        <translation>Demodaten geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged customers</source>
        <translation>Kunden zusammengeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased a customer</source>
        <translation>Kunde endgültig gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %Ln order(s) from %1</source>
        <translation>
            <numerusform>%Ln Auftrag aus %1 importiert</numerusform>
            <numerusform>%Ln Aufträge aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported purchases</source>
        <translation>Käufe importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch: %1</source>
        <translation>Stapel: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored from the trash</source>
        <translation>Aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed user %1</source>
        <translation>Benutzer %1 geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Took %1 out of a team</source>
        <translation>%1 aus einem Team genommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put %1 in a team</source>
        <translation>%1 in ein Team aufgenommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed permission: %1 for %2</source>
        <translation>Berechtigung geändert: %1 für %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logged an interaction (%1)</source>
        <translation>Kontakt erfasst (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the trash since</source>
        <translation>Im Papierkorb seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked customer</source>
        <translation>Verknüpfter Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Beantwortet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../core/io/importmapping.cpp" line="+26"/>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or organisation</source>
        <translation>Person oder Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acquired on</source>
        <translation>Gewonnen am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label of another column</source>
        <translation>Bezeichnung einer anderen Spalte</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>No column is mapped to an external id, an e-mail or a phone, so no row can be matched to a customer to update.</source>
        <translation>Keine Spalte ist einer externen ID, E-Mail oder Telefonnummer zugeordnet, daher kann keine Zeile einem zu aktualisierenden Kunden zugeordnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to a name or an organisation, so no customer can be made from a row.</source>
        <translation>Keine Spalte ist einem Namen oder einer Organisation zugeordnet, daher kann aus keiner Zeile ein Kunde angelegt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The column &quot;%1&quot; gives the label of no e-mail, phone, web or address column.</source>
        <translation>Die Spalte „%1“ gibt für keine E-Mail-, Telefon-, Web- oder Adressspalte die Bezeichnung an.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The mapping is not a Rapport import mapping (version 1).</source>
        <translation>Die Zuordnung ist keine Rapport-Importzuordnung (Version 1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The mapping names an unknown target &quot;%1&quot;.</source>
        <translation>Die Zuordnung nennt ein unbekanntes Ziel „%1“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The mapping is not valid JSON: %1.</source>
        <translation>Die Zuordnung ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping %1 cannot be read: %2.</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping cannot be saved to %1: %2.</source>
        <translation>Die Zuordnung kann nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <location filename="../core/io/importsource.cpp" line="+143"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file %1 is not a text file (CSV or vCard), so it cannot be imported.</source>
        <translation>Die Datei %1 ist keine Textdatei (CSV oder vCard), daher kann sie nicht importiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file %1 holds no contacts.</source>
        <translation>Die Datei %1 enthält keine Kontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 holds no contact that can be read: line %2: %3</source>
        <translation>Die Datei %1 enthält keinen lesbaren Kontakt: Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file %1 holds no record that can be read.</source>
        <translation>Die Datei %1 enthält keinen lesbaren Datensatz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file %1 has a header but no rows, so there is nothing to import.</source>
        <translation>Die Datei %1 hat eine Kopfzeile, aber keine Zeilen, daher gibt es nichts zu importieren.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <location filename="../core/services/customerimportwrite.cpp" line="+31"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Interaction</name>
    <message>
        <location filename="../core/domain/interaction.cpp" line="+28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Webformular</translation>
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
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left a message</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up needed</source>
        <translation>Nachfassen nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The interaction belongs to no customer.</source>
        <translation>Der Kontakt gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The channel is not one Rapport knows.</source>
        <translation>Rapport kennt diesen Kanal nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The direction is not one Rapport knows.</source>
        <translation>Rapport kennt diese Richtung nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interaction needs the time it happened.</source>
        <translation>Beim Kontakt fehlt der Zeitpunkt, zu dem er stattfand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interaction lies in the future; plan it as a task instead.</source>
        <translation>Der Kontakt liegt in der Zukunft; planen Sie ihn stattdessen als Aufgabe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The duration must lie between zero and seven days.</source>
        <translation>Die Dauer muss zwischen null und sieben Tagen liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not a valid user.</source>
        <translation>Der Mitarbeiter ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The outcome is not one Rapport knows.</source>
        <translation>Rapport kennt dieses Ergebnis nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is not a valid case.</source>
        <translation>Der Vorgang ist kein gültiger Vorgang.</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <location filename="../core/storage/interactionrepository.cpp" line="+90"/>
        <source>The interaction&apos;s customer, agent or case does not exist any more.</source>
        <translation>Den Kunden, den Mitarbeiter oder den Vorgang des Kontakts gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <location line="+33"/>
        <source>Saving the interaction</source>
        <translation>Speichern des Kontakts</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading the interaction</source>
        <translation>Lesen des Kontakts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interaction %1 does not exist.</source>
        <translation>Den Kontakt %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The interaction was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Der Kontakt wurde inzwischen von jemand anderem geändert; laden Sie ihn neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The interaction does not exist any more.</source>
        <translation>Den Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the interaction</source>
        <translation>Löschen des Kontakts</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Another interaction has taken the number %1 meanwhile.</source>
        <translation>Ein anderer Kontakt hat inzwischen die Nummer %1 erhalten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lesen der Kundenhistorie</translation>
    </message>
</context>
<context>
    <name>InteractionService</name>
    <message>
        <location filename="../core/services/interactionservice.cpp" line="+89"/>
        <source>The call already belongs to a case; it cannot open another one.</source>
        <translation>Der Anruf gehört bereits zu einem Vorgang; er kann keinen weiteren eröffnen.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The call was changed or deleted since it was logged.</source>
        <translation>Der Anruf wurde geändert oder gelöscht, seit er erfasst wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its follow-up task “%1” was changed or deleted since.</source>
        <translation>Seine Folgeaufgabe „%1“ wurde inzwischen geändert oder gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case %1 it opened was changed or deleted since.</source>
        <translation>Der von ihm eröffnete Vorgang %1 wurde inzwischen geändert oder gelöscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other calls or tasks were added to the case %1 since.</source>
        <translation>Zum Vorgang %1 wurden inzwischen weitere Anrufe oder Aufgaben hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>LifetimeValue</name>
    <message numerus="yes">
        <location filename="../core/analytics/clvaverage.cpp" line="+43"/>
        <source>Average lifetime value: the revenue the purchase models expect from a customer over the next %n month(s), discounted, averaged over every customer who had bought by the end of the period (not only those who bought in it).</source>
        <translation>
            <numerusform>Durchschnittlicher Kundenwert: der Umsatz, den die Kaufmodelle von einem Kunden über %n Monat erwarten, abgezinst und gemittelt über alle Kunden, die bis zum Ende des Zeitraums gekauft hatten (nicht nur über die, die darin gekauft haben).</numerusform>
            <numerusform>Durchschnittlicher Kundenwert: der Umsatz, den die Kaufmodelle von einem Kunden über die nächsten %n Monate erwarten, abgezinst und gemittelt über alle Kunden, die bis zum Ende des Zeitraums gekauft hatten (nicht nur über die, die darin gekauft haben).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogCallCommand</name>
    <message>
        <location filename="../ui/undo/logcallcommand.cpp" line="+14"/>
        <source>Log call with %1</source>
        <translation>Anruf mit %1 erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>The database this step belongs to is closed.</source>
        <translation>Die Datenbank, zu der dieser Schritt gehört, ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>LostCustomers</name>
    <message numerus="yes">
        <location filename="../core/analytics/lostcustomers.cpp" line="+17"/>
        <source>Lost: customers who had bought before and then not for more than %n day(s); counted in the period in which that limit passed, if they had not bought again by its end. The lifecycle stage does not count.</source>
        <translation>
            <numerusform>Verloren: Kunden, die früher gekauft haben und danach mehr als %n Tag lang nicht mehr; gezählt im Zeitraum, in dem diese Frist ablief, sofern sie bis zu seinem Ende nicht erneut gekauft haben. Die Phase im Kundenlebenszyklus zählt nicht.</numerusform>
            <numerusform>Verloren: Kunden, die früher gekauft haben und danach mehr als %n Tage lang nicht mehr; gezählt im Zeitraum, in dem diese Frist ablief, sofern sie bis zu seinem Ende nicht erneut gekauft haben. Die Phase im Kundenlebenszyklus zählt nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeCustomersCommand</name>
    <message>
        <location filename="../ui/undo/mergecommands.cpp" line="-33"/>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+91"/>
        <source>The database&apos;s schema version cannot be read.</source>
        <translation>Die Schemaversion der Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Die Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrading the database to schema %1</source>
        <translation>Aktualisieren der Datenbank auf Schema %1</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+24"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The currency is missing.</source>
        <translation>Die Währung fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code; use three capital letters such as EUR.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Großbuchstaben wie EUR.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <location line="+23"/>
        <location line="+25"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&quot;%1&quot; is not an amount: write it without thousands separators and with a point before the decimals, such as 1234.56.</source>
        <translation>„%1“ ist kein Betrag: Schreiben Sie ihn ohne Tausendertrennzeichen und mit einem Punkt vor den Nachkommastellen, etwa 1234.56.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has decimals, but the currency has none.</source>
        <translation>„%1“ hat Nachkommastellen, die Währung aber keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>„%1“ hat mehr als %2 Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>MoveToTrashCommand</name>
    <message>
        <location filename="../ui/undo/trashcommands.cpp" line="+31"/>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is in the trash already.</source>
        <translation>%1 ist bereits im Papierkorb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 to the trash</source>
        <translation>%1 in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Move to &amp;Trash</source>
        <translation>In den Papier&amp;korb verschieben</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <location filename="../core/storage/noterepository.cpp" line="+53"/>
        <source>The note&apos;s customer or author does not exist any more.</source>
        <translation>Den Kunden oder den Verfasser der Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+33"/>
        <source>Saving the note</source>
        <translation>Speichern der Notiz</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reading the note</source>
        <translation>Lesen der Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note %1 does not exist.</source>
        <translation>Die Notiz %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The note was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Die Notiz wurde inzwischen von jemand anderem geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>The note does not exist any more.</source>
        <translation>Die Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the note</source>
        <translation>Löschen der Notiz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
</context>
<context>
    <name>OpenCaseCommand</name>
    <message>
        <location filename="../ui/undo/casecommands.cpp" line="+13"/>
        <source>Open case for %1</source>
        <translation>Vorgang für %1 eröffnen</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <location filename="../core/domain/order.cpp" line="+31"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The total of line %1 is too large.</source>
        <translation>Die Summe der Position %1 ist zu groß.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order&apos;s total is too large.</source>
        <translation>Die Auftragssumme ist zu groß.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The order belongs to no customer.</source>
        <translation>Der Auftrag gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order needs the time it was placed.</source>
        <translation>Beim Auftrag fehlt der Zeitpunkt der Bestellung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order cannot be placed in the future.</source>
        <translation>Der Auftrag kann nicht in der Zukunft erteilt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order&apos;s status is not one Rapport knows.</source>
        <translation>Rapport kennt diesen Auftragsstatus nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sales rep is not a valid user.</source>
        <translation>Der Vertriebsmitarbeiter ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order needs at least one line.</source>
        <translation>Ein Auftrag braucht mindestens eine Position.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An order cannot have more than %1 lines.</source>
        <translation>Ein Auftrag kann höchstens %1 Positionen haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 has no product.</source>
        <translation>Position %1 hat kein Produkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 has a quantity of zero; remove the line instead.</source>
        <translation>Position %1 hat die Menge null; entfernen Sie die Position stattdessen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line %1 has a negative price; a return has a negative quantity instead.</source>
        <translation>Position %1 hat einen negativen Preis; eine Rücksendung hat stattdessen eine negative Menge.</translation>
    </message>
</context>
<context>
    <name>OrderFileParser</name>
    <message>
        <location filename="../core/io/orderfile.cpp" line="+12"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+51"/>
        <source>The file holds no orders.</source>
        <translation>Die Datei enthält keine Aufträge.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>expected 4 columns (customer, YYYYMMDD, number of CDs, dollars) or 5 (with the sample id), found %1.</source>
        <translation>4 Spalten erwartet (Kunde, JJJJMMTT, Anzahl der CDs, Dollar) oder 5 (mit der Stichproben-ID), %1 gefunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the customer id &quot;%1&quot; is not a number.</source>
        <translation>die Kunden-ID „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date written YYYYMMDD.</source>
        <translation>„%1“ ist kein Datum in der Form JJJJMMTT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number of CDs &quot;%1&quot; is not a whole number.</source>
        <translation>die Anzahl der CDs „%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a dollar amount such as 12.49.</source>
        <translation>„%1“ ist kein Dollarbetrag wie 12.49.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a quoted field is never closed.</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the header names the %1 column twice.</source>
        <translation>die Kopfzeile nennt die Spalte %1 zweimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the header must name the columns customer, date and amount (and may name product, quantity and currency).</source>
        <translation>die Kopfzeile muss die Spalten customer, date und amount nennen (und darf product, quantity und currency nennen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 fields like the header, found %2.</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the customer key is empty.</source>
        <translation>der Kundenschlüssel ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum in der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an amount such as 12.50.</source>
        <translation>„%1“ ist kein Betrag wie 12.50.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the quantity &quot;%1&quot; is not a whole number other than 0.</source>
        <translation>die Menge „%1“ ist keine ganze Zahl ungleich 0.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a currency code such as USD or EUR.</source>
        <translation>„%1“ ist kein Währungscode wie USD oder EUR.</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <location filename="../core/services/orderimport.cpp" line="+186"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>OrderImportWriter</name>
    <message>
        <location filename="../core/storage/orderimportwriter.cpp" line="+70"/>
        <source>Reading the customers&apos; external keys</source>
        <translation>Lesen der externen Kundenschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the products</source>
        <translation>Lesen der Produkte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the next free id</source>
        <translation>Lesen der nächsten freien Nummer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adding the product %1</source>
        <translation>Hinzufügen des Produkts %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Adding the customer %1</source>
        <translation>Hinzufügen des Kunden %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Adding an order</source>
        <translation>Hinzufügen eines Auftrags</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding an order line</source>
        <translation>Hinzufügen einer Auftragsposition</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import has not begun.</source>
        <translation>Der Import hat nicht begonnen.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../core/storage/orderrepository.cpp" line="+93"/>
        <source>The order&apos;s customer or sales rep does not exist any more.</source>
        <translation>Den Kunden oder den Vertriebsmitarbeiter des Auftrags gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the order&apos;s lines</source>
        <translation>Speichern der Auftragspositionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 refers to a product that does not exist.</source>
        <translation>Position %1 verweist auf ein Produkt, das es nicht gibt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving the order</source>
        <translation>Speichern des Auftrags</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The order was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Der Auftrag wurde inzwischen von jemand anderem geändert; laden Sie ihn neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>The order does not exist any more.</source>
        <translation>Den Auftrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Reading the order</source>
        <translation>Lesen des Auftrags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 does not exist.</source>
        <translation>Den Auftrag %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleting the order</source>
        <translation>Löschen des Auftrags</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the orders</source>
        <translation>Lesen der Aufträge</translation>
    </message>
</context>
<context>
    <name>OrganisationLinkRepository</name>
    <message>
        <location filename="../core/storage/organisationlinkrepository.cpp" line="+23"/>
        <location line="+36"/>
        <source>Reading the organisations to link the import&apos;s people to</source>
        <translation>Lesen der Organisationen, mit denen die importierten Personen verknüpft werden</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Reading who works at which organisation</source>
        <translation>Lesen, wer bei welcher Organisation arbeitet</translation>
    </message>
</context>
<context>
    <name>Pareto</name>
    <message>
        <location filename="../core/analytics/pareto.cpp" line="+22"/>
        <source>There is no gross margin in the period (no orders of products with a known cost), so there is nothing to rank.</source>
        <translation>Im Zeitraum gibt es keine Bruttomarge (keine Aufträge über Produkte mit bekannten Kosten), daher gibt es nichts zu ordnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no cases in the period, so there is no service load to rank.</source>
        <translation>Im Zeitraum gibt es keine Vorgänge, daher gibt es keine Servicelast zu ordnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no revenue in the period, so there is nothing to rank.</source>
        <translation>Im Zeitraum gibt es keinen Umsatz, daher gibt es nichts zu ordnen.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <location filename="../core/services/passwordhash.cpp" line="+37"/>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password may have at most %1 characters.</source>
        <translation>Ein Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password library could not be started.</source>
        <translation>Die Passwort-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is not enough memory to protect the password; close other programs and try again.</source>
        <translation>Es ist nicht genug Speicher frei, um das Passwort zu schützen; schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../core/domain/permission.cpp" line="+63"/>
        <source>View customers</source>
        <translation>Kunden ansehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge duplicates</source>
        <translation>Duplikate zusammenführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten endgültig löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See dashboards</source>
        <translation>Dashboards ansehen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Own</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>PermissionRepository</name>
    <message>
        <location filename="../core/storage/permissionrepository.cpp" line="+36"/>
        <source>Reading the permission matrix</source>
        <translation>Lesen der Berechtigungsmatrix</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving the permission matrix</source>
        <translation>Speichern der Berechtigungsmatrix</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the customer&apos;s owner</source>
        <translation>Lesen des Betreuers des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Storing the default permission matrix</source>
        <translation>Speichern der Standard-Berechtigungsmatrix</translation>
    </message>
</context>
<context>
    <name>PersonRecordRepository</name>
    <message>
        <location filename="../core/storage/personrecordrepository.cpp" line="+97"/>
        <source>Reading everything held about the customer</source>
        <translation>Lesen aller Daten über den Kunden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no section %1 to export.</source>
        <translation>Es gibt keinen Abschnitt %1 zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <location filename="../core/domain/phonenumber.cpp" line="+44"/>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a phone number: no country has numbers like it.</source>
        <translation>„%1“ ist keine Telefonnummer: Kein Land hat solche Nummern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid phone number for region %2; give the country code (+…) if it is a foreign number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer für die Region %2; geben Sie bei einer ausländischen Nummer die Landesvorwahl (+…) an.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../core/domain/priority.cpp" line="+20"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <location filename="../core/domain/product.cpp" line="+41"/>
        <source>A product needs a SKU.</source>
        <translation>Ein Produkt braucht eine Artikelnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SKU is longer than %1 characters.</source>
        <translation>Die Artikelnummer ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A product needs a name.</source>
        <translation>Ein Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category is longer than %1 characters.</source>
        <translation>Die Kategorie ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The price cannot be negative.</source>
        <translation>Der Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cost cannot be negative.</source>
        <translation>Die Kosten können nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>ProductRepository</name>
    <message>
        <location filename="../core/storage/productrepository.cpp" line="+76"/>
        <source>The SKU &quot;%1&quot; belongs to another product.</source>
        <translation>Die Artikelnummer „%1“ gehört zu einem anderen Produkt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+41"/>
        <source>Saving the product</source>
        <translation>Speichern des Produkts</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Reading the product</source>
        <translation>Lesen des Produkts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product %1 does not exist.</source>
        <translation>Das Produkt %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking up the product</source>
        <translation>Suchen des Produkts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no product with the SKU &quot;%1&quot;.</source>
        <translation>Es gibt kein Produkt mit der Artikelnummer „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The product was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Das Produkt wurde inzwischen von jemand anderem geändert; laden Sie es neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>The product does not exist any more.</source>
        <translation>Das Produkt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Deleting the product</source>
        <translation>Löschen des Produkts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product appears on orders, so it cannot be deleted; make it inactive instead.</source>
        <translation>Das Produkt kommt in Aufträgen vor und kann daher nicht gelöscht werden; setzen Sie es stattdessen inaktiv.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading the products</source>
        <translation>Lesen der Produkte</translation>
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
        <translation type="vanished">Aufruf: rapport-cli BEFEHL [--db FILE] [OPTIONEN]

Befehle:
  init                       eine Datenbank anlegen oder auf den neuesten Stand bringen
  demo --customers N [--seed S] [--as-of JJJJ-MM-TT]
                             eine leere Datenbank mit Demokunden füllen
  info [--json]              Schemaversion, Journalmodus, Größe, Zeilen je Tabelle
  check                      Integritätsprüfung (Exit-Code 0, wenn die Datei in Ordnung ist)
  search [--json] TEXT       Kunden nach Name, E-Mail, Ort oder Telefonnummer suchen

Jeder Befehl nimmt --db DATEI (Vorgabe: die Datenbank der Desktop-Anwendung).
&apos;rapport-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Daten- oder Dateifehler.
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
        <translation type="vanished">Aufruf: rapport-cli BEFEHL [--db FILE] [OPTIONEN]

Befehle:
  init                       eine Datenbank anlegen oder auf den neuesten Stand bringen
  demo --customers N [--seed S] [--as-of JJJJ-MM-TT]
                             eine leere Datenbank mit Demokunden füllen
  info [--json]              Schemaversion, Journalmodus, Größe, Zeilen je Tabelle
  check                      Integritätsprüfung (Exit-Code 0, wenn die Datei in Ordnung ist)
  search [--json] TEXT       Kunden nach Name, E-Mail, Ort oder Telefonnummer suchen
  import-orders --format cdnow|csv DATEI
                             Käufe importieren (Kunden über ihren Schlüssel)
  report ART [--as-of JJJJ-MM-TT] [--format text|csv|json]
                             Auswertungen; &apos;report --help&apos; zeigt die Arten

Jeder Befehl nimmt --db DATEI (Vorgabe: die Datenbank der Desktop-Anwendung).
&apos;rapport-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Daten- oder Dateifehler.
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
        <translation type="vanished">Aufruf: rapport-cli BEFEHL [--db FILE] [OPTIONEN]

Befehle:
  init                       eine Datenbank anlegen oder auf den neuesten Stand bringen
  demo --customers N [--seed S] [--as-of JJJJ-MM-TT]
                             eine leere Datenbank mit Demokunden füllen
  info [--json]              Schemaversion, Journalmodus, Größe, Zeilen je Tabelle
  check                      Prüfung der Integrität und der Protokollkette (Exit-Code 0, wenn alles in Ordnung ist)
  search [--json] TEXT       Kunden nach Name, E-Mail, Ort oder Telefonnummer suchen
  import-orders --format cdnow|csv DATEI
                             Käufe importieren (Kunden über ihren Schlüssel)
  report ART [--as-of JJJJ-MM-TT] [--format text|csv|json]
                             Auswertungen; &apos;report --help&apos; zeigt die Arten
  history [--customer ID] [--batch ID] [--since JJJJ-MM-TT] [--json]
                             wer was geändert hat, neueste Einträge zuerst

Jeder Befehl nimmt --db DATEI (Vorgabe: die Datenbank der Desktop-Anwendung).
&apos;rapport-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Daten- oder Dateifehler.
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
        <translation type="vanished">Aufruf: rapport-cli BEFEHL [--db FILE] [OPTIONEN]

Befehle:
  init                       eine Datenbank anlegen oder aktualisieren
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             eine leere Datenbank mit Demokunden füllen
  info [--json]              Schemaversion, Journalmodus, Größe, Zeilen je Tabelle
  check                      Integrität und Protokollkette prüfen (Exit 0, wenn in Ordnung)
  search [--json] TEXT       Kunden nach Name, E-Mail, Ort oder Telefon suchen
  import-orders --format cdnow|csv FILE
                             Käufe importieren (Kunden über ihren Schlüssel)
  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]
          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]
          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]
          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]
                             Kunden aus CSV oder vCard importieren, als ein Stapel
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             Auswertungen; &apos;report --help&apos; listet die Arten auf
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--json]
                             wer was geändert hat, neueste zuerst
  batches [--kind import|merge|...] [--json]
                             Importe, Zusammenführungen und andere Stapel, neueste zuerst
  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]
                             einen Stapel in einem Schritt rückgängig machen, samt Aktualisierungen
  backup [--to PATH]         sichern, während andere arbeiten (Standard: die automatischen Sicherungen)
  backups [--json]           die automatischen Sicherungen auflisten, neueste zuerst
  restore BACKUP --db FILE   eine Sicherung prüfen und an die Stelle von FILE setzen
  salvage --db DAMAGED --to NEW
                             das Lesbare einer beschädigten Datei in eine neue übernehmen
  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]
         [--tag T] [--segment NAME] [--columns a,b,c] [--consent CHANNEL] [--out FILE]
                             eine Kundenliste oder ein Segment als CSV oder vCard 4.0
  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]
                             die Einwilligungen eines Kunden je Kanal zeigen oder erfassen
  export customer ID --format json [--out FILE]
                             alle Daten über einen Kunden (Datenschutzauskunft)
  erase ID [--yes] [--json]  die personenbezogenen Daten eines Kunden überall endgültig löschen (Aufträge bleiben)
  duplicates [--min-score S] [--limit N] [--json]
                             Kundenpaare, die derselbe Kunde sein könnten, mit Bewertung und Hinweisen
  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]
                             OTHER mit SURVIVOR als ein Stapel zusammenführen (rückgängig: revert BATCH)

Jeder Befehl nimmt --db FILE (Standard: die Datenbank der Desktop-Anwendung).
Die Optionen eines Befehls zeigt &apos;rapport-cli BEFEHL --help&apos;.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Daten- oder Dateifehler.
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
        <translation>Aufruf: rapport-cli BEFEHL [--db FILE] [OPTIONEN]

Befehle:
  init                       eine Datenbank anlegen oder aktualisieren
  demo --customers N [--seed S] [--as-of YYYY-MM-DD]
                             eine leere Datenbank mit Demokunden füllen
  info [--json]              Schemaversion, Journalmodus, Größe, Zeilen je Tabelle
  check                      Integrität und Protokollkette prüfen (Exit 0, wenn in Ordnung)
  search [--json] TEXT       Kunden nach Name, E-Mail, Ort oder Telefon suchen
  import-orders --format cdnow|csv FILE
                             Käufe importieren (Kunden über ihren Schlüssel)
  import customers FILE [--mode create|upsert|update] [--match external-id,email,phone]
          [--mapping M.json] [--save-mapping M.json] [--delimiter ,|;|tab]
          [--encoding utf-8|utf-16|windows-1252] [--dates dmy|mdy|iso]
          [--decimal comma|point] [--region CC] [--dry-run] [--report FILE.csv] [--json]
                             Kunden aus CSV oder vCard importieren, als ein Stapel
  report KIND [--as-of YYYY-MM-DD] [--format text|csv|json]
                             Auswertungen; &apos;report --help&apos; listet die Arten auf
  history [--customer ID] [--batch ID] [--since YYYY-MM-DD] [--by LOGIN] [--json]
                             wer was geändert hat, neueste zuerst
  batches [--kind import|merge|...] [--json]
                             Importe, Zusammenführungen und andere Stapel, neueste zuerst
  revert BATCH [--dry-run] [--keep-changes|--overwrite] [--json]
                             einen Stapel in einem Schritt rückgängig machen, samt Aktualisierungen
  backup [--to PATH]         sichern, während andere arbeiten (Standard: die automatischen Sicherungen)
  backups [--json]           die automatischen Sicherungen auflisten, neueste zuerst
  restore BACKUP --db FILE   eine Sicherung prüfen und an die Stelle von FILE setzen
  salvage --db DAMAGED --to NEW
                             das Lesbare einer beschädigten Datei in eine neue übernehmen
  export customers [--format csv|vcard] [--search TEXT] [--stage S] [--owner LOGIN]
         [--tag T] [--segment NAME] [--columns a,b,c|all] [--consent CHANNEL] [--out FILE]
                             eine Kundenliste oder ein Segment als CSV oder vCard 4.0
  consent ID [CHANNEL opt-in|opt-out|clear] [--source S] [--date YYYY-MM-DD] [--json]
                             die Einwilligungen eines Kunden je Kanal zeigen oder erfassen
  export customer ID --format json [--out FILE]
                             alle Daten über einen Kunden (Datenschutzauskunft)
  erase ID [--yes] [--json]  die personenbezogenen Daten eines Kunden überall endgültig löschen (Aufträge bleiben)
  duplicates [--min-score S] [--limit N] [--json]
                             Kundenpaare, die derselbe Kunde sein könnten, mit Bewertung und Hinweisen
  merge SURVIVOR OTHER [--take FIELD=other,...] [--json]
                             OTHER mit SURVIVOR als ein Stapel zusammenführen (rückgängig: revert BATCH)
  users list [--json]        die Benutzer, ihre Rollen und Teams
  users add LOGIN --name NAME --role administrator|manager|rep|agent [--teams T1,T2]
            [--email E] [--no-password]
                             einen Benutzer anlegen (Passwort aus RAPPORT_NEW_PASSWORD oder per Abfrage)
  users set-role LOGIN ROLE  einem Benutzer eine andere Rolle geben
  users set-teams LOGIN T1,T2
                             einen Benutzer diesen Teams zuordnen (fehlende werden angelegt; &apos;&apos; für keine)
  users disable LOGIN        einen Benutzer deaktivieren (Verlauf und Kunden bleiben); enable: wieder aktivieren
  users passwd LOGIN         das eigene Passwort ändern oder (Administrator) das eines anderen zurücksetzen

Jeder Befehl nimmt --db FILE (Standard: die Datenbank der Desktop-Anwendung) und --user LOGIN
(Anmeldung; das Passwort aus RAPPORT_PASSWORD oder per Abfrage). Eine Datenbank, in der ein
Administrator ein Passwort hat, lehnt Befehle ohne --user ab.
Die Optionen eines Befehls zeigt &apos;rapport-cli BEFEHL --help&apos;.
Exit-Codes: 0 Erfolg, 1 Aufruffehler, 2 Daten- oder Dateifehler.
</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>no command given; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>kein Befehl angegeben; &apos;rapport-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>unknown option %1; a command comes first, e.g. &apos;rapport-cli info --db FILE&apos;.</source>
        <translation>unbekannte Option %1; zuerst kommt ein Befehl, z. B. &apos;rapport-cli info --db DATEI&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown command &quot;%1&quot;; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>unbekannter Befehl „%1“; &apos;rapport-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+96"/>
        <source>%1 is read-only, so nothing can be changed.</source>
        <translation>%1 ist schreibgeschützt, daher kann nichts geändert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Creates a Rapport database, or brings one up to date.</source>
        <translation>Legt eine Rapport-Datenbank an oder bringt sie auf den neuesten Stand.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>init takes no arguments besides its options.</source>
        <translation>init nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a region code such as DE, FR or US.</source>
        <translation>„%1“ ist kein Regionscode wie DE, FR oder US.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a Rapport database at schema %2.</source>
        <translation>%1 ist eine Rapport-Datenbank mit Schema %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 (schema %2).</source>
        <translation>%1 angelegt (Schema %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fills an empty database with demo customers and three years of history.</source>
        <translation>Füllt eine leere Datenbank mit Demokunden und drei Jahren Historie.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--customers must be a whole number from 1 to 50000000.</source>
        <translation>--customers muss eine ganze Zahl von 1 bis 50000000 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--interactions-per-customer must be a number from 0 to 1000.</source>
        <translation>--interactions-per-customer muss eine Zahl von 0 bis 1000 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--orders-per-customer must be a number from 0 to 1000.</source>
        <translation>--orders-per-customer muss eine Zahl von 0 bis 1000 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/reports.cpp" line="+196"/>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation>--as-of muss ein Datum in der Form JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>generating: %1%</source>
        <translation>erzeuge: %1 %</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated %L1 customers, %L2 contact points, %L3 interactions, %L4 orders (%L5 lines), %L6 cases, %L7 tasks, %L8 users and %L9 products in %10 s.</source>
        <translation>%L1 Kunden, %L2 Kontaktwege, %L3 Kontakte, %L4 Aufträge (%L5 Positionen), %L6 Vorgänge, %L7 Aufgaben, %L8 Benutzer und %L9 Produkte in %10 s erzeugt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--duplicates must be a whole number, 0 or more.</source>
        <translation>--duplicates muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered %L1 of them a second time, with typos.</source>
        <translation>%L1 davon wurden ein zweites Mal eingegeben, mit Tippfehlern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shows the schema version, journal mode, size and rows.</source>
        <translation>Zeigt Schemaversion, Journalmodus, Größe und Zeilen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Database      %1</source>
        <translation>Datenbank     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema        %1 (this Rapport knows up to %2)</source>
        <translation>Schema        %1 (dieses Rapport kennt bis %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal mode  %1</source>
        <translation>Journalmodus  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size          %1</source>
        <translation>Größe         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checks the database file&apos;s integrity and references.</source>
        <translation>Prüft die Integrität und die Verweise der Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is sound.</source>
        <translation>%1 ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finds customers by name, organisation, e-mail, city or phone number in any format.</source>
        <translation>Findet Kunden nach Name, Organisation, E-Mail, Ort oder Telefonnummer in beliebiger Schreibweise.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>search needs the text to look for.</source>
        <translation>search braucht den Text, nach dem gesucht werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--limit must be a whole number from 1 to 1000.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 1000 sein.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No exact match — showing close matches for &quot;%1&quot;.</source>
        <translation>Kein genauer Treffer — ähnliche Treffer für „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close matches for &quot;%1&quot;:</source>
        <translation>Ähnliche Treffer für „%1“:</translation>
    </message>
    <message>
        <location filename="../app/cli/importorders.cpp" line="+26"/>
        <source>Imports purchases: one order per line, for the customer the line names (by their key in the file; new keys become new customers). Either the whole file goes in, or nothing does.</source>
        <translation>Importiert Käufe: ein Auftrag je Zeile, für den Kunden, den die Zeile nennt (über seinen Schlüssel in der Datei; neue Schlüssel werden zu neuen Kunden). Entweder wird die ganze Datei übernommen oder nichts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import-orders needs exactly one file to read.</source>
        <translation>import-orders braucht genau eine Datei zum Lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import-orders needs --format cdnow or --format csv.</source>
        <translation>import-orders braucht --format cdnow oder --format csv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--format must be cdnow or csv.</source>
        <translation>--format muss cdnow oder csv sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Imported %L1 orders: %L2 new customers, %L3 already known, %L4 new products (%5 s).</source>
        <translation>%L1 Aufträge importiert: %L2 neue Kunden, %L3 bereits bekannt, %L4 neue Produkte (%5 s).</translation>
    </message>
    <message>
        <location filename="../app/cli/report_activity.cpp" line="+52"/>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Team activity %1 to %2 (weeks Monday to Sunday, UTC)</source>
        <translation>Teamaktivität %1 bis %2 (Wochen Montag bis Sonntag, UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week      interactions  cases opened  resolved  median hours</source>
        <translation>Woche         Kontakte  neue Vorgänge   gelöst  Std. (Median)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Median time to resolve over the period: %1 hours</source>
        <translation>Median der Lösungszeit im Zeitraum: %1 Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent                          interactions</source>
        <translation>Mitarbeiter                        Kontakte</translation>
    </message>
    <message>
        <location filename="../app/cli/report_cohorts.cpp" line="+55"/>
        <source>--activity must be purchases or any.</source>
        <translation>--activity muss purchases oder any sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--window-months must be a whole number from 1 to 120.</source>
        <translation>--window-months muss eine ganze Zahl von 1 bis 120 sein.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cohorts by month of first purchase, %L1 customers up to %2; percent active in month k</source>
        <translation>Kohorten nach Monat des ersten Kaufs, %L1 Kunden bis %2; Prozent aktiv im Monat k</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>month   active  retention  churn  acquired</source>
        <translation>Monat    aktiv    Bindung  Abgang  gewonnen</translation>
    </message>
    <message>
        <location filename="../app/cli/report_lost.cpp" line="+68"/>
        <source>--days must be a whole number from 1 to 36500.</source>
        <translation>--days muss eine ganze Zahl von 1 bis 36500 sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n customer(s) lost from %1 to %2 (purchases in %3).</source>
        <translation>
            <numerusform>%n Kunde verloren, %1 bis %2 (Käufe in %3).</numerusform>
            <numerusform>%n Kunden verloren, %1 bis %2 (Käufe in %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/report_pareto.cpp" line="+49"/>
        <source>--by must be revenue, margin or service.</source>
        <translation>--by muss revenue, margin oder service sein.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Pareto by %1, %2 to %3</source>
        <translation>Pareto nach %1, %2 bis %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers               %1</source>
        <translation>Kunden                  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total                   %1</source>
        <translation>Summe                   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net negative            %1 customers, %2 (counted as 0)</source>
        <translation>Netto negativ           %1 Kunden, %2 (als 0 gezählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top 20% hold            %1</source>
        <translation>Anteil der Top 20%     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80% is held by          %1 of the customers</source>
        <translation>80 % entfallen auf      %1 der Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gini coefficient        %1</source>
        <translation>Gini-Koeffizient        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class %1                 %2 customers, %3</source>
        <translation>Klasse %1                %2 Kunden, %3</translation>
    </message>
    <message>
        <location filename="../app/cli/report_rfm.cpp" line="+38"/>
        <source>purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>RFM segments as of %1, %L2 customers who bought, revenue in %3</source>
        <translation>RFM-Segmente zum %1, %L2 Kunden mit Käufen, Umsatz in %3</translation>
    </message>
    <message>
        <location filename="../app/cli/reports.cpp" line="-91"/>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no %1 %2, and no order in %3 at all: import purchases with rapport-cli import-orders.</source>
        <translation>Es gibt kein %1 %2 und überhaupt keinen Auftrag in %3: Importieren Sie Käufe mit rapport-cli import-orders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no %1 %2; the orders lie between %3 and %4: try --from %3 --to %4.</source>
        <translation>Es gibt kein %1 %2; die Aufträge liegen zwischen %3 und %4: Versuchen Sie --from %3 --to %4.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: rapport-cli report KIND --db FILE [--as-of YYYY-MM-DD] [--from YYYY-MM-DD]
       [--owner ID] [--kind person|organisation] [--currency CODE]
       [--format text|csv|json]

Kinds:
</source>
        <translation>Aufruf: rapport-cli report ART --db DATEI [--as-of JJJJ-MM-TT] [--from JJJJ-MM-TT]
        [--owner ID] [--kind person|organisation] [--currency CODE]
        [--format text|csv|json]

Arten:
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

Run &apos;rapport-cli report KIND --help&apos; for a kind&apos;s own options.</source>
        <translation>

&apos;rapport-cli report ART --help&apos; zeigt die eigenen Optionen einer Art.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs a kind: %1.</source>
        <translation>report braucht eine Art: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown report &quot;%1&quot;; run &apos;rapport-cli report --help&apos; for the list.</source>
        <translation>unbekannte Auswertung „%1“; &apos;rapport-cli report --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 takes no arguments besides its options.</source>
        <translation>%1 nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--from must be a date written YYYY-MM-DD.</source>
        <translation>--from muss ein Datum in der Form JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--from must not come after --as-of.</source>
        <translation>--from darf nicht nach --as-of liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--owner must be a user id (a whole number).</source>
        <translation>--owner muss eine Benutzer-ID sein (eine ganze Zahl).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/export.cpp" line="+75"/>
        <source>Exported %n customer(s) to %1.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile numbers (SMS)</source>
        <translation>Mobilnummern (SMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Left out the %1 of %n customer(s) who opted out.</source>
        <translation>
            <numerusform>Die %1 von %n Kunden mit Ablehnung wurden weggelassen.</numerusform>
            <numerusform>Die %1 von %n Kunden mit Ablehnung wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Left out %n customer(s) who did not opt in.</source>
        <translation>
            <numerusform>%n Kunde ohne Einwilligung wurde weggelassen.</numerusform>
            <numerusform>%n Kunden ohne Einwilligung wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exports customers as CSV or vCard 4.0: all of them, or those a search, filters or a segment choose, as the customer list shows them. Consent is honoured: details of a channel a customer opted out of are left out.</source>
        <translation>Exportiert Kunden als CSV oder vCard 4.0: alle oder die von einer Suche, Filtern oder einem Segment gewählten, so wie die Kundenliste sie zeigt. Einwilligungen werden beachtet: Angaben zu einem Kanal, den ein Kunde abgelehnt hat, werden weggelassen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>export customers takes no argument besides its options.</source>
        <translation>export customers nimmt außer seinen Optionen kein Argument.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--format must be csv or vcard.</source>
        <translation>--format muss csv oder vcard sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--stage must be lead, prospect, active, lapsed or lost.</source>
        <translation>--stage muss lead, prospect, active, lapsed oder lost sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/reports.cpp" line="+6"/>
        <source>--kind must be person or organisation.</source>
        <translation>--kind muss person oder organisation sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no column called &quot;%1&quot;.</source>
        <translation>Es gibt keine Spalte namens „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--consent must be email, phone, sms or post.</source>
        <translation>--consent muss email, phone, sms oder post sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer mit der Anmeldung „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no tag called &quot;%1&quot;.</source>
        <translation>Es gibt kein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard output cannot be written.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: rapport-cli export customers [OPTIONS]   (see &apos;export customers --help&apos;)
       rapport-cli export customer ID --format json</source>
        <translation>Aufruf: rapport-cli export customers [OPTIONEN]   (siehe &apos;export customers --help&apos;)
        rapport-cli export customer ID --format json</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export needs what to export: customers (a list) or customer ID (one record).</source>
        <translation>export braucht, was exportiert werden soll: customers (eine Liste) oder customer ID (ein Datensatz).</translation>
    </message>
    <message>
        <location filename="../app/cli/reports.cpp" line="+5"/>
        <source>--currency must be a three-letter code such as EUR.</source>
        <translation>--currency muss ein dreibuchstabiger Code wie EUR sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be text, csv or json.</source>
        <translation>--format muss text, csv oder json sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/report_clv.cpp" line="+92"/>
        <source>report clv uses the whole history up to --as-of; it takes no --from.</source>
        <translation>report clv nutzt die ganze Historie bis --as-of; --from gibt es dort nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report clv: --horizon-weeks must be 1 to 520, --months 1 to 240, --discount 0 to 10, --margin 0 to 1 and --top 0 to 100000.</source>
        <translation>report clv: --horizon-weeks muss 1 bis 520 sein, --months 1 bis 240, --discount 0 bis 10, --margin 0 bis 1 und --top 0 bis 100000.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Customer lifetime value as of %1 (%2), %L3 customers, %L4 repeat buyers</source>
        <translation>Kundenwert (CLV) zum %1 (%2), %L3 Kunden, %L4 Wiederkäufer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BG/NBD  r %1  alpha %2  a %3  b %4  log-likelihood %5</source>
        <translation>BG/NBD  r %1  alpha %2  a %3  b %4  Log-Likelihood %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The BG/NBD fit did not settle within %n likelihood evaluations: its parameters are where the search stopped, not the best fit, and so are the figures below.</source>
        <translation>
            <numerusform>Die BG/NBD-Anpassung kam in %n Likelihood-Auswertung zu keinem stabilen Ergebnis: Die Parameter sind der Stand, an dem die Suche anhielt, nicht die beste Anpassung; dasselbe gilt für die Zahlen unten.</numerusform>
            <numerusform>Die BG/NBD-Anpassung kam in %n Likelihood-Auswertungen zu keinem stabilen Ergebnis: Die Parameter sind der Stand, an dem die Suche anhielt, nicht die beste Anpassung; dasselbe gilt für die Zahlen unten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Spend   p %1  q %2  gamma %3 (Gamma-Gamma on minor units, %L4 repeat buyers)</source>
        <translation>Ausgaben p %1  q %2  gamma %3 (Gamma-Gamma in Cent, %L4 Wiederkäufer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expected purchases in %1 weeks: %2; mean P(alive) %3; total CLV over %4 months %5 %6 (margin %7, discount %8 a year)</source>
        <translation>Erwartete Käufe in %1 Wochen: %2; mittleres P(alive) %3; CLV gesamt über %4 Monate %5 %6 (Marge %7, Abzinsung %8 pro Jahr)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Average lifetime value %1 %2 over %L3 customers.</source>
        <translation>Durchschnittlicher Kundenwert %1 %2 über %L3 Kunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 %3 %4 %5 %6 %7</source>
        <translation>%1 %2 %3 %4 %5 %6 %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
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
        <translation>erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <location filename="../app/cli/report_satisfaction.cpp" line="+56"/>
        <source>--answers must be latest or period.</source>
        <translation>--answers muss latest oder period sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--satisfied-from must be a whole number from 0 to 10.</source>
        <translation>--satisfied-from muss eine ganze Zahl von 0 bis 10 sein.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Satisfaction and value as of %1: %L2 customers with a survey answer, revenue in %3 from %4</source>
        <translation>Zufriedenheit und Wert zum %1: %L2 Kunden mit Umfrageantwort, Umsatz in %3 ab %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfied: a score of %1 or more; high value: %2 or more of net revenue in the 12 months up to %3 (the median of the answering customers who bought in them; the others are low value)</source>
        <translation>Zufrieden: Bewertung ab %1; hoher Wert: ab %2 Nettoumsatz in den 12 Monaten bis %3 (der Median der antwortenden Kunden, die in diesem Zeitraum gekauft haben; die übrigen haben geringen Wert)</translation>
    </message>
    <message>
        <source>Satisfied: a score of %1 or more; high value: %2 or more (the median)</source>
        <translation type="vanished">Zufrieden: Bewertung ab %1; hoher Wert: ab %2 (Median)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>mean score %1</source>
        <translation>mittlere Bewertung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NPS %1 (promoters %L2, passives %L3, detractors %L4)</source>
        <translation>NPS %1 (Promotoren %L2, Passive %L3, Kritiker %L4)</translation>
    </message>
    <message>
        <location filename="../app/cli/history.cpp" line="+33"/>
        <location filename="../app/cli/revert.cpp" line="+29"/>
        <source>(none)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(customer %1)</source>
        <translation>(Kunde %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(batch %1)</source>
        <translation>(Stapel %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shows the history of changes, newest first: who changed what and when, each field&apos;s old and new value, and the batches (imports, demo data) with what they made.</source>
        <translation>Zeigt das Änderungsprotokoll, neueste Einträge zuerst: wer was wann geändert hat, alter und neuer Wert jedes Felds und die Stapel (Importe, Demodaten) mit dem, was sie angelegt haben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>history takes no arguments besides its options.</source>
        <translation>history nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--customer must be a customer&apos;s id (a whole number).</source>
        <translation>--customer muss die ID eines Kunden sein (eine ganze Zahl).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--batch must be a batch&apos;s id (a whole number).</source>
        <translation>--batch muss die ID eines Stapels sein (eine ganze Zahl).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--since must be a date written YYYY-MM-DD.</source>
        <translation>--since muss ein Datum in der Form JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit must be a whole number from 1 to 10000000.</source>
        <translation>--limit muss eine ganze Zahl von 1 bis 10000000 sein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No history entries match.</source>
        <translation>Keine Protokolleinträge gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/backups.cpp" line="+41"/>
        <source>Writes a backup of the database while others may go on working with it: to PATH, or to the automatic backups in the data folder (which keep 7 daily and 4 weekly).</source>
        <translation>Schreibt eine Sicherung der Datenbank, während andere weiter damit arbeiten können: nach PATH oder zu den automatischen Sicherungen im Datenordner (die 7 tägliche und 4 wöchentliche behalten).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>backup takes no arguments besides its options.</source>
        <translation>backup nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--to needs a file or a folder.</source>
        <translation>--to braucht eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lists the automatic backups of the database, newest first.</source>
        <translation>Listet die automatischen Sicherungen der Datenbank auf, die neueste zuerst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>backups takes no arguments besides its options.</source>
        <translation>backups nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--keep-daily and --keep-weekly take whole numbers, --automatic on or off.</source>
        <translation>--keep-daily und --keep-weekly nehmen ganze Zahlen, --automatic on oder off.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Automatic backups %1; keeping %2 daily and %3 weekly.</source>
        <translation>Automatische Sicherungen %1; es werden %2 tägliche und %3 wöchentliche behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No backups yet in %1.</source>
        <translation>Noch keine Sicherungen in %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  (before a restore)</source>
        <translation>  (vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checks BACKUP and puts it in the place of the database; the database as it was is kept as a backup first.</source>
        <translation>Prüft BACKUP und setzt es an die Stelle der Datenbank; die Datenbank in ihrem bisherigen Stand wird zuerst als Sicherung behalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore needs one backup file.</source>
        <translation>restore braucht genau eine Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore needs --db FILE, the database to replace.</source>
        <translation>restore braucht --db FILE, die zu ersetzende Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored %1 from %2.</source>
        <translation>%1 aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept as %1.</source>
        <translation>Die Datenbank in ihrem bisherigen Stand wurde als %1 behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reads what can be read of a damaged database into a new file; the damaged file is only read.</source>
        <translation>Liest, was sich aus einer beschädigten Datenbank noch lesen lässt, in eine neue Datei; die beschädigte Datei wird nur gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>salvage needs --db DAMAGED and --to NEW.</source>
        <translation>salvage braucht --db DAMAGED und --to NEW.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>some lost</source>
        <translation>einige verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>up to %L1 lost</source>
        <translation>bis zu %L1 verloren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%L1 left out (they referred to lost rows)</source>
        <translation>%L1 ausgelassen (sie verwiesen auf verlorene Zeilen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %L1 rows into %2; nothing unreadable was found.</source>
        <translation>%L1 Zeilen in %2 gerettet; nichts Unlesbares gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %L1 rows into %2; some rows could not be read.</source>
        <translation>%L1 Zeilen in %2 gerettet; einige Zeilen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/duplicates.cpp" line="+78"/>
        <source>Lists pairs of customers that may be the same person or organisation, best first: both ids and names, a score from 0 to 1 and the evidence (alike names, the same e-mail address, phone number, organisation or city). Customers in the trash and pairs marked as not duplicates are left out.</source>
        <translation>Listet Kundenpaare auf, die dieselbe Person oder Organisation sein könnten, die besten zuerst: beide IDs und Namen, eine Bewertung von 0 bis 1 und die Hinweise (ähnliche Namen, gleiche E-Mail-Adresse, Telefonnummer, Organisation oder Ort). Kunden im Papierkorb und als Nicht-Duplikat markierte Paare werden weggelassen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>duplicates takes no arguments besides its options.</source>
        <translation>duplicates nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--min-score must be a number from 0 to 1.</source>
        <translation>--min-score muss eine Zahl von 0 bis 1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>No likely duplicates among %n customer(s).</source>
        <translation>
            <numerusform>Keine wahrscheinlichen Duplikate unter %n Kunden.</numerusform>
            <numerusform>Keine wahrscheinlichen Duplikate unter %n Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 pairs shown; --limit 0 lists all.</source>
        <translation>%1 von %2 Paaren angezeigt; --limit 0 listet alle auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merges customer OTHER into customer SURVIVOR: the survivor keeps its own value of each field (or the other&apos;s where it has none) unless --take says otherwise, and gets every interaction, order, case, task, note, survey answer, contact point, tag, consent and relationship of the other, which goes to the trash. One batch in the history: &apos;rapport-cli revert BATCH&apos; undoes it.</source>
        <translation>Führt Kunde OTHER mit Kunde SURVIVOR zusammen: SURVIVOR behält in jedem Feld seinen eigenen Wert (oder den von OTHER, wo er keinen hat), sofern --take nichts anderes sagt, und erhält alle Kontakte, Aufträge, Vorgänge, Aufgaben, Notizen, Umfrageantworten, Kontaktwege, Schlagwörter, Einwilligungen und Beziehungen von OTHER, der in den Papierkorb kommt. Ein Stapel im Verlauf: &apos;rapport-cli revert BATCH&apos; macht ihn rückgängig.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>merge takes two customer ids: SURVIVOR OTHER.</source>
        <translation>merge nimmt zwei Kunden-IDs: SURVIVOR OTHER.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SURVIVOR and OTHER must be customer ids (whole numbers).</source>
        <translation>SURVIVOR und OTHER müssen Kunden-IDs sein (ganze Zahlen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--take wants FIELD=other or FIELD=survivor, not &apos;%1&apos;.</source>
        <translation>--take erwartet FIELD=other oder FIELD=survivor, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Merged customer %1 into %2 as batch %3 (undo: rapport-cli revert %3).</source>
        <translation>Kunde %1 wurde mit %2 zusammengeführt, als Stapel %3 (rückgängig: rapport-cli revert %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Moved: %1 interactions, %2 orders, %3 cases, %4 tasks, %5 notes, %6 survey answers, %7 contact points, %8 tags, %9 consents, %10 relationships.</source>
        <translation>Übertragen: %1 Kontakte, %2 Aufträge, %3 Vorgänge, %4 Aufgaben, %5 Notizen, %6 Umfrageantworten, %7 Kontaktwege, %8 Schlagwörter, %9 Einwilligungen, %10 Beziehungen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dropped as duplicates or collisions: %1 contact points, %2 older consents, %3 relationships.</source>
        <translation>Als Duplikate oder Überschneidungen verworfen: %1 Kontaktwege, %2 ältere Einwilligungen, %3 Beziehungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcustomers.cpp" line="+65"/>
        <source>not detected</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--delimiter must be &apos;,&apos;, &apos;;&apos; or tab.</source>
        <translation>--delimiter muss &apos;,&apos;, &apos;;&apos; oder tab sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--encoding must be utf-8, utf-16 or windows-1252.</source>
        <translation>--encoding muss utf-8, utf-16 oder windows-1252 sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--dates must be dmy, mdy or iso.</source>
        <translation>--dates muss dmy, mdy oder iso sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--decimal must be comma or point.</source>
        <translation>--decimal muss comma oder point sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imports customers from a CSV or vCard file: new customers are created, matched ones updated with what the file gives (an empty cell never blanks a field). Every row is accounted for; the whole import is one batch that &apos;revert&apos; can undo, and a failure or a cancel leaves nothing half-imported.</source>
        <translation>Importiert Kunden aus einer CSV- oder vCard-Datei: Neue Kunden werden angelegt, erkannte mit den Angaben der Datei aktualisiert (eine leere Zelle leert nie ein Feld). Jede Zeile wird ausgewiesen; der ganze Import ist ein Stapel, den &apos;revert&apos; rückgängig machen kann, und ein Fehler oder Abbruch hinterlässt nichts halb Importiertes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create (only new customers), upsert (default) or update (only existing ones).</source>
        <translation>create (nur neue Kunden), upsert (Standard) oder update (nur bestehende).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keys that find an existing customer, comma-separated: external-id, email, phone (default: external-id,email).</source>
        <translation>Die Schlüssel, die einen bestehenden Kunden finden, durch Komma getrennt: external-id, email, phone (Standard: external-id,email).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A saved mapping (JSON) of columns to fields.</source>
        <translation>Eine gespeicherte Zuordnung (JSON) von Spalten zu Feldern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the mapping used to this JSON file.</source>
        <translation>Die verwendete Zuordnung in dieser JSON-Datei speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;,&apos;, &apos;;&apos; or tab (default: detected).</source>
        <translation>&apos;,&apos;, &apos;;&apos; oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>utf-8, utf-16 or windows-1252 (default: detected).</source>
        <translation>utf-8, utf-16 oder windows-1252 (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dmy, mdy or iso (default: detected).</source>
        <translation>dmy, mdy oder iso (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma or point (default: detected).</source>
        <translation>comma oder point (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The country phone numbers without a country code are read in (default: the database&apos;s phone region).</source>
        <translation>Das Land, zu dem Telefonnummern ohne Ländervorwahl gelesen werden (Standard: die Telefonregion der Datenbank).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say exactly what the import would do, and change nothing.</source>
        <translation>Genau angeben, was der Import tun würde, und nichts ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every row&apos;s outcome (line, column, outcome, reason, customer id) to this CSV file.</source>
        <translation>Das Ergebnis jeder Zeile (Zeile, Spalte, Ergebnis, Grund, Kunden-ID) in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use: rapport-cli import customers FILE [options].</source>
        <translation>Aufruf: rapport-cli import customers DATEI [Optionen].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--mode must be create, upsert or update.</source>
        <translation>--mode muss create, upsert oder update sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: vCard file.</source>
        <translation>%1: vCard-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: CSV, %2, delimiter %3, dates %4.</source>
        <translation>%1: CSV, %2, Trennzeichen %3, Datum %4.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file has no column %1 of the saved mapping.</source>
        <translation>Die Datei hat keine Spalte %1 der gespeicherten Zuordnung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>label of &quot;%1&quot;</source>
        <translation>Bezeichnung von „%1“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Importing… %1%</source>
        <translation>Import läuft… %1 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  line %1, %2: %3</source>
        <translation>  Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and %L1 more rejections (see --report).</source>
        <translation>  … und %L1 weitere Ablehnungen (siehe --report).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 created, %L2 updated, %L3 unchanged, %L4 rejected of %L5 rows</source>
        <translation>%L1 angelegt, %L2 aktualisiert, %L3 unverändert, %L4 abgelehnt von %L5 Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dry run, nothing changed: %1 would be the outcome (%2 s).</source>
        <translation>Probelauf, nichts geändert: Das Ergebnis wäre %1 (%2 s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 (batch %2, %3 s).</source>
        <translation>Importiert: %1 (Stapel %2, %3 s).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to change: %1.</source>
        <translation>Nichts zu ändern: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/privacy.cpp" line="+63"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opted in on %1</source>
        <translation>eingewilligt am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out on %1</source>
        <translation>abgelehnt am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>opted in on %1 (%2)</source>
        <translation>eingewilligt am %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out on %1 (%2)</source>
        <translation>abgelehnt am %1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Shows a customer&apos;s consent per channel (email, phone, sms, post), or records an answer: opt-in, opt-out, or clear (nobody asked).</source>
        <translation>Zeigt die Einwilligungen eines Kunden je Kanal (email, phone, sms, post) oder erfasst eine Antwort: opt-in, opt-out oder clear (niemand hat gefragt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+84"/>
        <location line="+50"/>
        <source>The customer&apos;s id.</source>
        <translation>Die ID des Kunden.</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>email, phone, sms or post (to set).</source>
        <translation>email, phone, sms oder post (zum Setzen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opt-in, opt-out or clear.</source>
        <translation>opt-in, opt-out oder clear.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the answer was given (a web form, a call...).</source>
        <translation>Wo die Antwort gegeben wurde (ein Webformular, ein Anruf...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The day it was given (default: today).</source>
        <translation>Der Tag, an dem sie gegeben wurde (Standard: heute).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>consent takes a customer&apos;s id, and to set, a channel and opt-in, opt-out or clear.</source>
        <translation>consent nimmt die ID eines Kunden und zum Setzen einen Kanal und opt-in, opt-out oder clear.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <location line="+44"/>
        <source>The customer&apos;s id must be a whole number.</source>
        <translation>Die ID des Kunden muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>The channel must be email, phone, sms or post.</source>
        <translation>Der Kanal muss email, phone, sms oder post sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer must be opt-in, opt-out or clear.</source>
        <translation>Die Antwort muss opt-in, opt-out oder clear sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--date must be a date written YYYY-MM-DD.</source>
        <translation>--date muss ein Datum der Form YYYY-MM-DD sein.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exports everything held about one customer as JSON (a data-protection request for access): the record, contact points, tags, relationships, interactions, orders with their lines, cases, tasks, notes, survey answers, consents and the history about them.</source>
        <translation>Exportiert alle Daten über einen Kunden als JSON (Auskunftsersuchen nach Datenschutzrecht): den Datensatz, Kontaktwege, Schlagwörter, Beziehungen, Kontakte, Aufträge mit ihren Positionen, Vorgänge, Aufgaben, Notizen, Umfrageantworten, Einwilligungen und das Änderungsprotokoll dazu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>json (the only format for one person).</source>
        <translation>json (das einzige Format für eine Person).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE instead of the standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>export customer takes one customer&apos;s id.</source>
        <translation>export customer nimmt die ID eines Kunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One customer&apos;s record is exported as json only.</source>
        <translation>Der Datensatz eines Kunden wird nur als json exportiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erases a customer&apos;s personal data everywhere (the right to be forgotten): names, contact points, notes and texts, relationships, tags, consents, the search index and their old values in the history. Orders stay with the anonymized customer, so the figures stay true. Cannot be undone.</source>
        <translation>Löscht die personenbezogenen Daten eines Kunden überall endgültig (Recht auf Vergessenwerden): Namen, Kontaktwege, Notizen und Texte, Beziehungen, Schlagwörter, Einwilligungen, den Suchindex und ihre alten Werte im Änderungsprotokoll. Aufträge bleiben beim anonymisierten Kunden, damit die Zahlen stimmen. Kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Erase without asking (for scripts).</source>
        <translation>Ohne Nachfrage löschen (für Skripte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>erase takes one customer&apos;s id.</source>
        <translation>erase nimmt die ID eines Kunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Erase all personal data of %1 (customer %2)? This cannot be undone. Type yes to go on: </source>
        <translation>Alle personenbezogenen Daten von %1 (Kunde %2) endgültig löschen? Dies kann nicht rückgängig gemacht werden. Geben Sie yes ein, um fortzufahren: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was erased.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Customer %1 erased: now &quot;%2&quot;; %n history entries blanked (batch %3).</source>
        <translation>
            <numerusform>Kunde %1 endgültig gelöscht: jetzt „%2“; %n Protokolleintrag geleert (Stapel %3).</numerusform>
            <numerusform>Kunde %1 endgültig gelöscht: jetzt „%2“; %n Protokolleinträge geleert (Stapel %3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/revert.cpp" line="+10"/>
        <source>(a row)</source>
        <translation>(eine Zeile)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(reverts %1)</source>
        <translation>(nimmt %1 zurück)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[reverted by %1]</source>
        <translation>[rückgängig gemacht durch %1]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (changed by %1 on %2)</source>
        <translation> (geändert von %1 am %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  %1, %2: now %3%4; the batch wrote %5; revert restores %6</source>
        <translation>  %1, %2: jetzt %3%4; der Stapel schrieb %5; die Rücknahme stellt %6 her</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  %1: changed since the batch%2%3</source>
        <translation>  %1: seit dem Stapel geändert%2%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1: created by the batch, has since: %2%3</source>
        <translation>  %1: vom Stapel angelegt, hat seitdem: %2%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists the batches of the history, newest first: imports, merges, erases, demo data and reverts, with who made them, when, what they did and whether they were reverted.</source>
        <translation>Listet die Stapel des Verlaufs auf, die neuesten zuerst: Importe, Zusammenführungen, endgültige Löschungen, Demodaten und Rücknahmen, mit wer sie wann ausgeführt hat, was sie taten und ob sie rückgängig gemacht wurden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>batches takes no arguments besides its options.</source>
        <translation>batches nimmt außer seinen Optionen keine Argumente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit must be a whole number from 1 up.</source>
        <translation>--limit muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>There are no batches in the history.</source>
        <translation>Im Verlauf gibt es keine Stapel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reverts a batch (an import, a merge, demo data, a revert) in one step: rows it created are deleted, fields it changed get their old values back, rows it deleted come back. Where something was changed since, you choose: --keep-changes or --overwrite.</source>
        <translation>Macht einen Stapel (einen Import, eine Zusammenführung, Demodaten, eine Rücknahme) in einem Schritt rückgängig: Angelegte Zeilen werden gelöscht, geänderte Felder erhalten ihre alten Werte zurück, gelöschte Zeilen kommen zurück. Wo seitdem etwas geändert wurde, wählen Sie: --keep-changes oder --overwrite.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>revert takes one batch id (see &apos;rapport-cli batches&apos;).</source>
        <translation>revert nimmt eine Stapel-ID (siehe &apos;rapport-cli batches&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose either --keep-changes or --overwrite, not both.</source>
        <translation>wählen Sie entweder --keep-changes oder --overwrite, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Changed since the batch (%n):</source>
        <translation>
            <numerusform>Seit dem Stapel geändert (%n):</numerusform>
            <numerusform>Seit dem Stapel geändert (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n change(s) made since the batch would be overwritten; run again with --keep-changes to keep them or --overwrite to restore the old values.</source>
        <translation>
            <numerusform>%n seit dem Stapel vorgenommene Änderung würde überschrieben; starten Sie erneut mit --keep-changes, um sie zu behalten, oder mit --overwrite, um die alten Werte wiederherzustellen.</numerusform>
            <numerusform>%n seit dem Stapel vorgenommene Änderungen würden überschrieben; starten Sie erneut mit --keep-changes, um sie zu behalten, oder mit --overwrite, um die alten Werte wiederherzustellen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Batch %1 reverted (the revert is batch %2).</source>
        <translation>Stapel %1 rückgängig gemacht (die Rücknahme ist Stapel %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/signin.cpp" line="+56"/>
        <source>This database requires a password: add --user LOGIN (the password comes from RAPPORT_PASSWORD or a prompt).</source>
        <translation>Diese Datenbank verlangt ein Passwort: Geben Sie --user LOGIN an (das Passwort kommt aus RAPPORT_PASSWORD oder einer Abfrage).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs a password: set RAPPORT_PASSWORD or run the command in a terminal.</source>
        <translation>%1 braucht ein Passwort: Setzen Sie RAPPORT_PASSWORD oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/users.cpp" line="+69"/>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password comes from RAPPORT_NEW_PASSWORD or a prompt in a terminal; neither is there.</source>
        <translation>Das neue Passwort kommt aus RAPPORT_NEW_PASSWORD oder einer Abfrage im Terminal; keins von beiden ist vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same again: </source>
        <translation>Noch einmal: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lists the users, their roles and teams.</source>
        <translation>Listet die Benutzer, ihre Rollen und Teams auf.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> (deactivated)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no password)</source>
        <translation> (kein Passwort)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adds a user.</source>
        <translation>Legt einen Benutzer an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>users add needs one LOGIN.</source>
        <translation>users add braucht genau einen LOGIN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users add needs --name and --role.</source>
        <translation>users add braucht --name und --role.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role must be administrator, manager, rep or agent.</source>
        <translation>--role muss administrator, manager, rep oder agent sein.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Added %1 (%2) as user %3.</source>
        <translation>%1 (%2) als Benutzer %3 angelegt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes a user.</source>
        <translation>Ändert einen Benutzer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>users %1 needs LOGIN and a value.</source>
        <translation>users %1 braucht LOGIN und einen Wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users %1 needs one LOGIN.</source>
        <translation>users %1 braucht genau einen LOGIN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The role must be administrator, manager, rep or agent.</source>
        <translation>Die Rolle muss administrator, manager, rep oder agent sein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is in no team now.</source>
        <translation>%1 ist jetzt in keinem Team.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in %2 now.</source>
        <translation>%1 ist jetzt in %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated; their history and customers stay.</source>
        <translation>%1 ist deaktiviert; Verlauf und Kunden bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changes your own password, or (administrator) sets another user&apos;s.</source>
        <translation>Ändert Ihr eigenes Passwort oder (als Administrator) das eines anderen Benutzers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>users passwd needs one LOGIN.</source>
        <translation>users passwd braucht genau einen LOGIN.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password of %1 is set.</source>
        <translation>Das Passwort von %1 ist gesetzt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: rapport-cli users list|add|set-role|set-teams|disable|enable|passwd ...   (see &apos;users COMMAND --help&apos;)</source>
        <translation>Aufruf: rapport-cli users list|add|set-role|set-teams|disable|enable|passwd ...   (siehe &apos;users BEFEHL --help&apos;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>users needs what to do: list, add, set-role, set-teams, disable, enable or passwd.</source>
        <translation>users braucht, was zu tun ist: list, add, set-role, set-teams, disable, enable oder passwd.</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <location filename="../core/domain/relationship.cpp" line="+25"/>
        <source>Works at</source>
        <translation>Arbeitet bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsidiary of</source>
        <translation>Tochter von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Partner of</source>
        <translation>Partner von</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Supplier of</source>
        <translation>Lieferant von</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Employs</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent of</source>
        <translation>Mutter von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referred</source>
        <translation>Hat empfohlen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer of</source>
        <translation>Kunde von</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The relationship starts at no customer.</source>
        <translation>Die Beziehung geht von keinem Kunden aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relationship leads to no customer.</source>
        <translation>Die Beziehung führt zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer cannot have a relationship with itself.</source>
        <translation>Ein Kunde kann keine Beziehung zu sich selbst haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of relationship is not one Rapport knows.</source>
        <translation>Rapport kennt diese Art von Beziehung nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The role is longer than %1 characters.</source>
        <translation>Die Rolle ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relationship cannot begin in the future.</source>
        <translation>Die Beziehung kann nicht in der Zukunft beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>RelationshipRepository</name>
    <message>
        <location filename="../core/storage/relationshiprepository.cpp" line="+74"/>
        <source>These customers are already linked this way.</source>
        <translation>Diese Kunden sind bereits auf diese Weise verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One of the two customers does not exist any more.</source>
        <translation>Einen der beiden Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+28"/>
        <location line="+51"/>
        <source>Saving the relationship</source>
        <translation>Speichern der Beziehung</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Reading the relationship</source>
        <translation>Lesen der Beziehung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship %1 does not exist.</source>
        <translation>Die Beziehung %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+30"/>
        <source>The relationship was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Die Beziehung wurde inzwischen von jemand anderem geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+13"/>
        <location line="+17"/>
        <source>The relationship does not exist any more.</source>
        <translation>Die Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+12"/>
        <source>Deleting the relationship</source>
        <translation>Löschen der Beziehung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The relationship cannot come back: it was made again or its place was taken meanwhile.</source>
        <translation>Die Beziehung kann nicht zurückkehren: Sie wurde inzwischen erneut angelegt, oder ihr Platz ist belegt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the relationships</source>
        <translation>Lesen der Beziehungen</translation>
    </message>
</context>
<context>
    <name>RemoveContactPointCommand</name>
    <message>
        <location filename="../ui/undo/contactpointcommands.cpp" line="+10"/>
        <source>Remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contact</source>
        <translation>Kontaktweg</translation>
    </message>
</context>
<context>
    <name>RemoveRelationshipCommand</name>
    <message>
        <location filename="../ui/undo/relationshipcommands.cpp" line="+9"/>
        <source>Remove a link of %1</source>
        <translation>Eine Verknüpfung von %1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveSurveyAnswerCommand</name>
    <message>
        <location filename="../ui/undo/surveycommands.cpp" line="+41"/>
        <source>Remove survey answer (score %1)</source>
        <translation>Umfrageantwort entfernen (Wert %1)</translation>
    </message>
</context>
<context>
    <name>RestoreCustomerCommand</name>
    <message>
        <location filename="../ui/undo/trashcommands.cpp" line="-36"/>
        <source>Restore from the trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not in the trash.</source>
        <translation>%1 ist nicht im Papierkorb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../core/analytics/retention.cpp" line="+109"/>
        <source>There are no purchases up to %1, so there are no cohorts.</source>
        <translation>Bis %1 gibt es keine Käufe, daher gibt es keine Kohorten.</translation>
    </message>
</context>
<context>
    <name>RevertRepository</name>
    <message>
        <location filename="../core/storage/revertrepository.cpp" line="+107"/>
        <location line="+57"/>
        <source>Reading the history</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The history names a kind of row this Rapport does not know.</source>
        <translation>Das Änderungsprotokoll nennt eine Art von Zeile, die diese Rapport-Version nicht kennt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the table&apos;s columns</source>
        <translation>Lesen der Spalten der Tabelle</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+68"/>
        <location line="+37"/>
        <source>The history names a column the table does not have.</source>
        <translation>Das Änderungsprotokoll nennt eine Spalte, die die Tabelle nicht hat.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>The history does not say which row it changed.</source>
        <translation>Das Änderungsprotokoll sagt nicht, welche Zeile geändert wurde.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading the row to revert</source>
        <translation>Lesen der zurückzunehmenden Zeile</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleting a row the batch created</source>
        <translation>Löschen einer vom Stapel angelegten Zeile</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Setting back the values the batch changed</source>
        <translation>Zurücksetzen der vom Stapel geänderten Werte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restoring a row the batch deleted</source>
        <translation>Wiederherstellen einer vom Stapel gelöschten Zeile</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <location filename="../core/storage/revertrepositorybulk.cpp" line="+59"/>
        <source>Looking for rows added since the batch</source>
        <translation>Suche nach seit dem Stapel hinzugefügten Zeilen</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+7"/>
        <source>Deleting the rows the batch loaded</source>
        <translation>Löschen der vom Stapel geladenen Zeilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counting the rows the batch loaded</source>
        <translation>Zählen der vom Stapel geladenen Zeilen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing to delete the rows the batch loaded</source>
        <translation>Vorbereiten des Löschens der vom Stapel geladenen Zeilen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Taking the deleted customers out of the search and the list</source>
        <translation>Entfernen der gelöschten Kunden aus Suche und Liste</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Bringing the search and the list up to date</source>
        <translation>Aktualisieren von Suche und Liste</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Counting the customer list</source>
        <translation>Zählen der Kundenliste</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Looking for customers the batch&apos;s rows belong to</source>
        <translation>Suche nach den Kunden, zu denen die Zeilen des Stapels gehören</translation>
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
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential loyalists</source>
        <translation>Potenziell treue Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need attention</source>
        <translation>Brauchen Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About to sleep</source>
        <translation>Kurz vor dem Einschlafen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can&apos;t lose them</source>
        <translation>Nicht zu verlieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There are no purchases up to %1, so there is no one to score.</source>
        <translation>Bis %1 gibt es keine Käufe, daher gibt es niemanden zu bewerten.</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <location filename="../core/storage/salvage.cpp" line="+314"/>
        <source>There is no file at %1 to salvage.</source>
        <translation>Unter %1 gibt es keine Datei zum Retten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists already; salvage writes a new file and replaces none.</source>
        <translation>%1 existiert bereits; das Retten schreibt eine neue Datei und ersetzt keine.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be opened to salvage it (%2).</source>
        <translation>%1 konnte zum Retten nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+9"/>
        <source>The new file %1 could not be written (%2).</source>
        <translation>Die neue Datei %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The salvage was cancelled; no new file was made.</source>
        <translation>Das Retten wurde abgebrochen; es wurde keine neue Datei angelegt.</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <location filename="../core/analytics/satisfaction.cpp" line="+26"/>
        <source>Advocates</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerable</source>
        <translation>Wackelkandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saboteurs</source>
        <translation>Saboteure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valuable and satisfied: keep them close and ask them for referrals.</source>
        <translation>Wertvoll und zufrieden: Pflegen Sie den Kontakt und bitten Sie um Empfehlungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valuable but dissatisfied: the revenue at risk; call them first.</source>
        <translation>Wertvoll, aber unzufrieden: Hier ist Umsatz in Gefahr; rufen Sie diese Kunden zuerst an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfied but of low value so far: offer them more.</source>
        <translation>Zufrieden, aber bisher von geringem Wert: Bieten Sie ihnen mehr an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of low value and dissatisfied: fix what is cheap to fix.</source>
        <translation>Geringer Wert und unzufrieden: Beheben Sie, was sich günstig beheben lässt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The customers, values and scores do not line up (%1, %2 and %3 of them).</source>
        <translation>Kunden, Werte und Bewertungen passen nicht zusammen (%1, %2 und %3 Einträge).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The score from which a customer counts as satisfied must lie between 0 and 10.</source>
        <translation>Die Bewertung, ab der ein Kunde als zufrieden gilt, muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No customer answered a survey in the period, so there is no satisfaction to show.</source>
        <translation>Im Zeitraum hat kein Kunde an einer Umfrage teilgenommen, daher gibt es keine Zufriedenheit anzuzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 has the score %2; scores run from 0 to 10.</source>
        <translation>Kunde %1 hat die Bewertung %2; Bewertungen reichen von 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>SaveCaseCommand</name>
    <message>
        <location filename="../ui/undo/casecommands.cpp" line="+33"/>
        <source>Set case %1 to %2</source>
        <translation>Vorgang %1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit case %1</source>
        <translation>Vorgang %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetConsentCommand</name>
    <message>
        <location filename="../ui/undo/consentcommands.cpp" line="+21"/>
        <source>Clear %1 Consent</source>
        <translation>Einwilligung %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Opt-In</source>
        <translation>%1: Einwilligung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 Opt-Out</source>
        <translation>%1: Ablehnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>The database this step belongs to is closed.</source>
        <translation>Die Datenbank, zu der dieser Schritt gehört, ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="+28"/>
        <source>Reading a setting</source>
        <translation>Lesen einer Einstellung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the address countries</source>
        <translation>Lesen der Länder in den Adressen</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../core/services/signin.cpp" line="+74"/>
        <source>The login or the password is wrong.</source>
        <translation>Anmeldename oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 has no password yet, and this database requires one: an administrator must set it first.</source>
        <translation>%1 hat noch kein Passwort, und diese Datenbank verlangt eines: Ein Administrator muss es zuerst festlegen.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+26"/>
        <source>%1 is deactivated and cannot sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Too many failed attempts; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Versuche; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Versuche; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+34"/>
        <source>%1 failed: the change bypassed Rapport&apos;s write door, which records every change, so it was not saved.</source>
        <translation>%1 fehlgeschlagen: Die Änderung ging am Schreibzugang von Rapport vorbei, der jede Änderung protokolliert, daher wurde sie nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the disk is full, so nothing was saved.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll, es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: the database file is read-only.</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: the database is still busy with %2; try again when they are done.</source>
        <translation>%1 ist fehlgeschlagen: Die Datenbank ist noch mit %2 beschäftigt; versuchen Sie es erneut, wenn das erledigt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: another program is writing to the database; try again.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Programm schreibt gerade in die Datenbank; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: the database file is damaged (%2).</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: the database file could not be read or written (%2).</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: a value breaks a rule of the database (%2).</source>
        <translation>%1 fehlgeschlagen: Ein Wert verletzt eine Regel der Datenbank (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>SupportCase</name>
    <message>
        <location filename="../core/domain/supportcase.cpp" line="+28"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer</source>
        <translation>Wartet auf den Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case belongs to no customer.</source>
        <translation>Der Vorgang gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of case is not one Rapport knows.</source>
        <translation>Rapport kennt diese Art von Vorgang nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A case needs a subject.</source>
        <translation>Ein Vorgang braucht einen Betreff.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The category is longer than %1 characters.</source>
        <translation>Die Kategorie ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case&apos;s status is not one Rapport knows.</source>
        <translation>Rapport kennt diesen Vorgangsstatus nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The priority is not one Rapport knows.</source>
        <translation>Rapport kennt diese Priorität nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The owner is not a valid user.</source>
        <translation>Der Betreuer ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case needs the time it was opened.</source>
        <translation>Beim Vorgang fehlt der Zeitpunkt, zu dem er eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case cannot be opened in the future.</source>
        <translation>Der Vorgang kann nicht in der Zukunft eröffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A resolved or closed case needs the time it was resolved.</source>
        <translation>Ein gelöster oder geschlossener Vorgang braucht den Zeitpunkt der Lösung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The case cannot be resolved before it was opened.</source>
        <translation>Der Vorgang kann nicht gelöst werden, bevor er eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case that is not resolved has no resolution time; clear it when reopening the case.</source>
        <translation>Ein ungelöster Vorgang hat keinen Lösungszeitpunkt; entfernen Sie ihn, wenn Sie den Vorgang wieder eröffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resolution is longer than %1 characters.</source>
        <translation>Die Lösung ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SurveyAnswer</name>
    <message>
        <location filename="../core/domain/survey.cpp" line="+20"/>
        <source>Periodic survey</source>
        <translation>Regelmäßige Umfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a purchase</source>
        <translation>Nach einem Kauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After a case</source>
        <translation>Nach einem Vorgang</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Detractor</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passive</source>
        <translation>Passiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The survey answer belongs to no customer.</source>
        <translation>Die Umfrageantwort gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The score must be a whole number from %1 to %2.</source>
        <translation>Die Bewertung muss eine ganze Zahl von %1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kind of survey is not known.</source>
        <translation>Rapport kennt diese Art von Umfrage nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The survey answer has no date.</source>
        <translation>Die Umfrageantwort hat kein Datum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The comment is longer than %1 characters.</source>
        <translation>Der Kommentar ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>SurveyRepository</name>
    <message>
        <location filename="../core/storage/surveyrepository.cpp" line="+59"/>
        <location line="+46"/>
        <source>Saving the survey answer</source>
        <translation>Speichern der Umfrageantwort</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+51"/>
        <source>The survey answer&apos;s customer does not exist any more.</source>
        <translation>Den Kunden der Umfrageantwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Reading the survey answer</source>
        <translation>Lesen der Umfrageantwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey answer %1 does not exist.</source>
        <translation>Die Umfrageantwort %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleting the survey answer</source>
        <translation>Löschen der Umfrageantwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The survey answer does not exist any more.</source>
        <translation>Die Umfrageantwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Another survey answer has taken the number %1 meanwhile.</source>
        <translation>Eine andere Umfrageantwort hat inzwischen die Nummer %1 erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the survey answers</source>
        <translation>Lesen der Umfrageantworten</translation>
    </message>
</context>
<context>
    <name>SurveyService</name>
    <message>
        <location filename="../core/services/surveyservice.cpp" line="+85"/>
        <source>The survey answer was changed or deleted since.</source>
        <translation>Die Umfrageantwort wurde inzwischen geändert oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../core/domain/task.cpp" line="+31"/>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is not a valid customer.</source>
        <translation>Der Kunde ist kein gültiger Kunde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case is not a valid case.</source>
        <translation>Der Vorgang ist kein gültiger Vorgang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The assignee is not a valid user.</source>
        <translation>Der Zuständige ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The priority is not one Rapport knows.</source>
        <translation>Rapport kennt diese Priorität nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task cannot be done before it was created.</source>
        <translation>Die Aufgabe kann nicht erledigt sein, bevor sie angelegt wurde.</translation>
    </message>
</context>
<context>
    <name>TaskDoneCommand</name>
    <message>
        <location filename="../ui/taskdonecommand.cpp" line="+22"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open again: %1</source>
        <translation>Wieder offen: %1</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <location filename="../core/storage/taskrepository.cpp" line="+121"/>
        <source>The task has no creation time.</source>
        <translation>Die Aufgabe hat keinen Erstellungszeitpunkt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+37"/>
        <location line="+38"/>
        <source>Saving the task</source>
        <translation>Speichern der Aufgabe</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+38"/>
        <source>The task&apos;s customer, case or assignee does not exist any more.</source>
        <translation>Den Kunden, den Vorgang oder den Zuständigen der Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the task</source>
        <translation>Lesen der Aufgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+145"/>
        <location line="+9"/>
        <source>Task %1 does not exist.</source>
        <translation>Die Aufgabe %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The task has lost the time it was created.</source>
        <translation>Bei der Aufgabe fehlt der Zeitpunkt, zu dem sie angelegt wurde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The task was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Die Aufgabe wurde inzwischen von jemand anderem geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The task does not exist any more.</source>
        <translation>Die Aufgabe gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the task</source>
        <translation>Löschen der Aufgabe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Another task has taken the number %1 meanwhile.</source>
        <translation>Eine andere Aufgabe hat inzwischen die Nummer %1 erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+50"/>
        <source>Reading the tasks</source>
        <translation>Lesen der Aufgaben</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <location filename="../core/services/taskservice.cpp" line="+93"/>
        <source>The task can only be assigned to an active user.</source>
        <translation>Die Aufgabe kann nur einem aktiven Benutzer zugewiesen werden.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../core/domain/team.cpp" line="+23"/>
        <source>A team needs a name.</source>
        <translation>Ein Team braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A team&apos;s name is longer than %1 characters.</source>
        <translation>Der Name eines Teams ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A team&apos;s name cannot hold a comma (lists of teams are written with commas).</source>
        <translation>Der Name eines Teams darf kein Komma enthalten (Teamlisten werden mit Kommas geschrieben).</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <location filename="../core/storage/teamrepository.cpp" line="+60"/>
        <source>There is already a team called &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Team namens „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Saving the team</source>
        <translation>Speichern des Teams</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The team was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Das Team wurde seit dem Öffnen von jemand anderem geändert; laden Sie es neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+12"/>
        <source>The team does not exist any more.</source>
        <translation>Das Team gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Deleting the team</source>
        <translation>Löschen des Teams</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Looking up the team</source>
        <translation>Suchen des Teams</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no team called &quot;%1&quot;.</source>
        <translation>Es gibt kein Team namens „%1“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the teams</source>
        <translation>Lesen der Teams</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the user&apos;s teams</source>
        <translation>Lesen der Teams des Benutzers</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the user&apos;s teams</source>
        <translation>Speichern der Teams des Benutzers</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the user&apos;s team members</source>
        <translation>Lesen der Teammitglieder des Benutzers</translation>
    </message>
</context>
<context>
    <name>TimelineEntry</name>
    <message>
        <location filename="../core/domain/timelineentry.cpp" line="+39"/>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case opened</source>
        <translation>Vorgang eröffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed</source>
        <translation>Vorgang geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task created</source>
        <translation>Aufgabe angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cases</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>TimelineRepository</name>
    <message>
        <location filename="../core/storage/timelinerepository.cpp" line="+144"/>
        <location line="+62"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lesen der Kundenhistorie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the order lines</source>
        <translation>Lesen der Auftragspositionen</translation>
    </message>
</context>
<context>
    <name>TrashRepository</name>
    <message>
        <location filename="../core/storage/trashrepository.cpp" line="+28"/>
        <location line="+20"/>
        <source>Reading the trash</source>
        <translation>Lesen des Papierkorbs</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <location filename="../core/domain/user.cpp" line="+35"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales representative</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service agent</source>
        <translation>Servicemitarbeiter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A user needs a login.</source>
        <translation>Ein Benutzer braucht eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is longer than %1 characters.</source>
        <translation>Die Anmeldung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A login may only hold letters, digits and the characters . _ - @.</source>
        <translation>Eine Anmeldung darf nur Buchstaben, Ziffern und die Zeichen . _ - @ enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The role is not one Rapport knows.</source>
        <translation>Rapport kennt diese Rolle nicht.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+65"/>
        <source>The login &quot;%1&quot; is already taken.</source>
        <translation>Die Anmeldung „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>Saving the user</source>
        <translation>Speichern des Benutzers</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Reading the user</source>
        <translation>Lesen des Benutzers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User %1 does not exist.</source>
        <translation>Den Benutzer %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Looking up the user</source>
        <translation>Suchen des Benutzers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no user with the login &quot;%1&quot;.</source>
        <translation>Es gibt keinen Benutzer mit der Anmeldung „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The user was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Der Benutzer wurde inzwischen von jemand anderem geändert; laden Sie ihn neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>The user does not exist any more.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the user</source>
        <translation>Löschen des Benutzers</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the users</source>
        <translation>Lesen der Benutzer</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <location filename="../core/io/vcardreader.cpp" line="+238"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The card at line %1 (%2) has no END:VCARD before the next card begins at line %3; it was not read.</source>
        <translation>Die Karte in Zeile %1 (%2) hat kein END:VCARD, bevor die nächste Karte in Zeile %3 beginnt; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1 is not inside any vCard (BEGIN:VCARD ... END:VCARD) and was skipped.</source>
        <translation>Zeile %1 liegt in keiner vCard (BEGIN:VCARD ... END:VCARD) und wurde übersprungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines %1 to %2 are not inside any vCard (BEGIN:VCARD ... END:VCARD) and were skipped.</source>
        <translation>Die Zeilen %1 bis %2 liegen in keiner vCard (BEGIN:VCARD ... END:VCARD) und wurden übersprungen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The card at line %1 has no name: no FN, N, ORG or e-mail address; it was not read.</source>
        <translation>Die Karte in Zeile %1 hat keinen Namen: kein FN, N, ORG und keine E-Mail-Adresse; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The card at line %1 (%2) has no END:VCARD before the file ends; the file may be cut short. The card was not read.</source>
        <translation>Die Karte in Zeile %1 (%2) hat kein END:VCARD vor dem Dateiende; die Datei ist vielleicht abgeschnitten. Die Karte wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This is not a vCard file: no line in it says BEGIN:VCARD.</source>
        <translation>Dies ist keine vCard-Datei: Keine Zeile darin lautet BEGIN:VCARD.</translation>
    </message>
</context>
<context>
    <name>WriteHolder</name>
    <message>
        <location filename="../core/storage/writeholder.cpp" line="+31"/>
        <source>importing purchases</source>
        <translation>Käufe importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading demo data</source>
        <translation>Demodaten lädt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merging customers</source>
        <translation>Kunden zusammenführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erasing customers</source>
        <translation>Kunden löscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restoring a backup</source>
        <translation>eine Sicherung wiederherstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saving a large change</source>
        <translation>eine große Änderung speichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, who is %2</source>
        <translation>%1, der/die gerade %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, who is %2 (since %3)</source>
        <translation>%1, der/die gerade %2 (seit %3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="+40"/>
        <source>Starting to write</source>
        <translation>Beginn des Schreibens</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="-91"/>
        <source>%1 has %n problem(s); restore it from a backup.</source>
        <translation>
            <numerusform>%1 hat %n Problem; stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
            <numerusform>%1 hat %n Probleme; stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/backups.cpp" line="-77"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ActivityChart</name>
    <message>
        <location filename="../ui/dashboards/activitychart.cpp" line="+33"/>
        <source>Team activity</source>
        <translation>Teamaktivität</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busiest channel</source>
        <translation>Häufigster Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases opened</source>
        <translation>Vorgänge eröffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median to resolve</source>
        <translation>Median bis zur Lösung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>By agent</source>
        <translation>Nach Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>Nobody recorded</source>
        <translation type="vanished">Kein Mitarbeiter erfasst</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No agent recorded</source>
        <translation>Kein Mitarbeiter erfasst</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>No interactions or cases in the period.</source>
        <translation>Keine Kontakte oder Vorgänge im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 interactions in %n week(s); cases: %2 opened, %3 resolved</source>
        <translation>
            <numerusform>%1 Kontakte in %n Woche; Vorgänge: %2 eröffnet, %3 gelöst</numerusform>
            <numerusform>%1 Kontakte in %n Wochen; Vorgänge: %2 eröffnet, %3 gelöst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>median %1 days to resolve</source>
        <translation>Lösungszeit im Median %1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median %1 hours to resolve</source>
        <translation>Lösungszeit im Median %1 Stunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Week %1 is hatched: the period starts after its Monday.</source>
        <translation>Woche %1 ist schraffiert: Der Zeitraum beginnt erst nach ihrem Montag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week %1 is hatched: the period ends before its Sunday.</source>
        <translation>Woche %1 ist schraffiert: Der Zeitraum endet vor ihrem Sonntag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week %1 is hatched: so far, the week is still running.</source>
        <translation>Woche %1 ist schraffiert: bisheriger Stand, die Woche läuft noch.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Part of a week: the period ends before its Sunday.</source>
        <translation>Teilwoche: Der Zeitraum endet vor ihrem Sonntag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week so far: it is still running.</source>
        <translation>Diese Woche bis jetzt: Sie läuft noch.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Part of a week: the period starts after its Monday.</source>
        <translation>Teilwoche: Der Zeitraum beginnt erst nach ihrem Montag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so far</source>
        <translation>bisher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Week of %1</source>
        <translation>Kalenderwoche (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week of %1–%2</source>
        <translation>Kalenderwoche (%1–%2)</translation>
    </message>
</context>
<context>
    <name>rapport::AuditView</name>
    <message>
        <location filename="../ui/auditview.cpp" line="+29"/>
        <source>Any date</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit History</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cord:</source>
        <translation>Daten&amp;satz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click an entry to open its customer.</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seinen Kunden zu öffnen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>The newest %Ln entries; more as you scroll</source>
        <translation>
            <numerusform>Der neueste %Ln Eintrag; weitere beim Blättern</numerusform>
            <numerusform>Die neuesten %Ln Einträge; weitere beim Blättern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::BatchHistoryView</name>
    <message>
        <location filename="../ui/batchhistoryview.cpp" line="+28"/>
        <source>&amp;Revert…</source>
        <translation>&amp;Rückgängig machen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Import History</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every import and merge is one step in the history. Reverting one undoes it as a whole, its updates included; where something was changed since, you choose what stays.</source>
        <translation>Jeder Import und jede Zusammenführung ist ein Schritt im Verlauf. Wenn Sie einen rückgängig machen, wird er als Ganzes zurückgenommen, samt seiner Aktualisierungen; wo seitdem etwas geändert wurde, wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo the selected batch in one step</source>
        <translation>Den ausgewählten Stapel in einem Schritt rückgängig machen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing has been imported or merged yet.</source>
        <translation>Es wurde noch nichts importiert oder zusammengeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batch %1 was reverted by batch %2.</source>
        <translation>Stapel %1 wurde durch Stapel %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An erase keeps none of the erased values: it cannot be reverted.</source>
        <translation>Ein endgültiges Löschen behält keinen der gelöschten Werte: Es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1: %2.</source>
        <translation>Stapel %1: %2.</translation>
    </message>
</context>
<context>
    <name>rapport::BatchListModel</name>
    <message>
        <location filename="../core/models/batchlistmodel.cpp" line="+31"/>
        <source>Customer import</source>
        <translation>Kundenimport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase import</source>
        <translation>Käufeimport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase</source>
        <translation>Endgültiges Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert</source>
        <translation>Rücknahme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Revert of batch %1</source>
        <translation>Rücknahme von Stapel %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reverted (batch %1)</source>
        <translation>Rückgängig gemacht (Stapel %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stands</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="vanished">Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>rapport::CallerFinder</name>
    <message>
        <location filename="../ui/callerfinder.cpp" line="+44"/>
        <source>Name, phone number or its last digits, e-mail…</source>
        <translation>Name, Telefonnummer oder deren letzte Ziffern, E-Mail…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter takes the highlighted customer; Up and Down pick another.</source>
        <translation>Enter übernimmt den markierten Kunden; Pfeil auf/ab wählt einen anderen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>rapport::CaseDialog</name>
    <message>
        <location filename="../ui/casedialog.cpp" line="+78"/>
        <source>Open C&amp;ustomer</source>
        <translation>Kunden ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Delivery, Billing, Repair</source>
        <translation>z. B. Lieferung, Rechnung, Reparatur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody (in the queue)</source>
        <translation>Niemand (in der Warteschlange)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner:</source>
        <translation>B&amp;earbeiter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How was it resolved? Needed to resolve or close.</source>
        <translation>Wie wurde er gelöst? Zum Lösen oder Schließen nötig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve…  (Ctrl+R)</source>
        <translation>Lösen…  (Strg+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Speichern  (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New Case</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Case #%1</source>
        <translation type="vanished">Vorgang #%1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>New case for %1</source>
        <translation>Neuer Vorgang für %1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="vanished">#%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 (deactivated)</source>
        <translation>Benutzer %1 (deaktiviert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opened %1 (%2 days ago)</source>
        <translation>Eröffnet %1 (vor %2 Tagen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; resolved %1</source>
        <translation>; gelöst %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Resolution (needed):</source>
        <translation>&amp;Lösung (nötig):</translation>
    </message>
</context>
<context>
    <name>rapport::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="+105"/>
        <location line="+1"/>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the password you sign in with as %1.</source>
        <translation>Ändern Sie das Passwort, mit dem Sie sich als %1 anmelden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
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
        <translation>Kundenwert (CLV)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Valuable but slipping</source>
        <translation>Wertvoll, aber auf dem Absprung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>M</source>
        <comment>millions</comment>
        <translation>&#xa0;Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k</source>
        <comment>thousands</comment>
        <translation>&#xa0;Tsd.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The lifetime value model has not been fitted yet.</source>
        <translation>Das Kundenwertmodell wurde noch nicht angepasst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating to the latest changes…</source>
        <translation>Wird auf den neuesten Stand gebracht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BG/NBD fit: r %1, α %2, a %3, b %4, log-likelihood %5.</source>
        <translation>BG/NBD-Anpassung: r %1, α %2, a %3, b %4, Log-Likelihood %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Average lifetime value %1 over the %Ln customer(s) who had bought by the end of the period.</source>
        <translation>
            <numerusform>Durchschnittlicher Kundenwert %1 bei %Ln Kunden, der bis zum Ende des Zeitraums gekauft hatte.</numerusform>
            <numerusform>Durchschnittlicher Kundenwert %1 bei %Ln Kunden, die bis zum Ende des Zeitraums gekauft hatten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Valuable but slipping: %Ln top customer(s) less than half likely to buy again</source>
        <translation>
            <numerusform>Wertvoll, aber auf dem Absprung: %Ln Top-Kunde kauft mit weniger als 50 % Wahrscheinlichkeit wieder</numerusform>
            <numerusform>Wertvoll, aber auf dem Absprung: %Ln Top-Kunden kaufen mit weniger als 50 % Wahrscheinlichkeit wieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), on average %1 %2 each.</source>
        <translation type="vanished">
            <numerusform>%n Kunde, im Durchschnitt %1 %2.</numerusform>
            <numerusform>%n Kunden, im Durchschnitt %1 %2 je Kunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valuable but slipping: %n top customer(s) less than half likely to buy again</source>
        <translation type="vanished">
            <numerusform>Wertvoll, aber auf dem Absprung: %n Top-Kunde kauft mit weniger als 50 % Wahrscheinlichkeit wieder</numerusform>
            <numerusform>Wertvoll, aber auf dem Absprung: %n Top-Kunden kaufen mit weniger als 50 % Wahrscheinlichkeit wieder</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No valuable customer is slipping away.</source>
        <translation>Kein wertvoller Kunde ist auf dem Absprung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all %1 in the list</source>
        <translation>Alle %1 in der Liste zeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+21"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Lifetime value from</source>
        <translation>Kundenwert ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value from (%1)</source>
        <translation>Kundenwert ab (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 customers worth %2 to %3 %4</source>
        <translation>%1 Kunden mit einem Wert von %2 bis %3 %4</translation>
    </message>
</context>
<context>
    <name>rapport::CohortHeatmap</name>
    <message>
        <location filename="../ui/dashboards/cohortheatmap.cpp" line="+67"/>
        <source>Cohort retention</source>
        <translation>Bindung nach Kohorten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Months since the first purchase</source>
        <translation>Monate seit dem ersten Kauf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no purchases to form cohorts.</source>
        <translation>Es gibt keine Käufe, aus denen sich Kohorten bilden lassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows: the month of the first purchase and how many customers it brought; columns: months since (month 0 is always 100%). The colour deepens up to %1 still buying.</source>
        <translation>Zeilen: Monat des ersten Kaufs und Zahl der in diesem Monat gewonnenen Kunden; Spalten: Monate seitdem (Monat 0 ist immer 100 %). Die Farbe wird kräftiger, je mehr Kunden noch kaufen (volle Farbe ab %1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hatched: %1 so far, up to %2 (the month is still running).</source>
        <translation>Schraffiert: %1 bisher, Daten bis %2 (der Monat läuft noch).</translation>
    </message>
</context>
<context>
    <name>rapport::CohortTableModel</name>
    <message numerus="yes">
        <location filename="../ui/dashboards/cohorttablemodel.cpp" line="+104"/>
        <source>Customers who first bought in %1: %2 of %3 (%4) bought again %n month(s) later</source>
        <translation>
            <numerusform>Kunden mit Erstkauf im %1: %2 von %3 (%4) kauften %n Monat später erneut</numerusform>
            <numerusform>Kunden mit Erstkauf im %1: %2 von %3 (%4) kauften %n Monate später erneut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>So far: this month is still running (data up to %1).</source>
        <translation>Bisheriger Stand: Dieser Monat läuft noch (Daten bis %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n month(s) after the first purchase</source>
        <translation>
            <numerusform>%n Monat nach dem ersten Kauf</numerusform>
            <numerusform>%n Monate nach dem ersten Kauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln customer(s) first bought in %1</source>
        <translation>
            <numerusform>%Ln Kunde mit Erstkauf im %1</numerusform>
            <numerusform>%Ln Kunden mit Erstkauf im %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) first bought in %1</source>
        <translation type="vanished">
            <numerusform>%n Kunde mit Erstkauf im %1</numerusform>
            <numerusform>%n Kunden mit Erstkauf im %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="+20"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed by Someone Else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1 was changed by someone else while you were editing.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 wurde während Ihrer Bearbeitung von jemand anderem geändert.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been saved yet. The fields that differ are marked. Keep your version to save it over theirs, take the stored version to drop your changes, or go back to editing to combine the two.</source>
        <translation>Es wurde noch nichts gespeichert. Die abweichenden Felder sind markiert. Behalten Sie Ihre Version, um sie über die andere zu speichern, übernehmen Sie die gespeicherte Version, um Ihre Änderungen zu verwerfen, oder kehren Sie zur Bearbeitung zurück, um beide zusammenzuführen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored version</source>
        <translation>Gespeicherte Version</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Keep My Version</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save your version over the stored one</source>
        <translation>Ihre Version über die gespeicherte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Stored Version</source>
        <translation>&amp;Gespeicherte Version übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop your changes and show the stored version</source>
        <translation>Ihre Änderungen verwerfen und die gespeicherte Version zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to Editing</source>
        <translation>&amp;Zurück zur Bearbeitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your changes in the editor without saving (Esc)</source>
        <translation>Ihre Änderungen im Editor behalten, ohne zu speichern (Esc)</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentDialog</name>
    <message>
        <location filename="../ui/consentdialog.cpp" line="+26"/>
        <source>%1 Consent</source>
        <translation>Einwilligung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opted in</source>
        <translation>Eingewilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opted out</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. web form, phone call, letter</source>
        <translation>z. B. Webformular, Anruf, Brief</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Erteilt am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
</context>
<context>
    <name>rapport::ConsentStrip</name>
    <message>
        <location filename="../ui/consentstrip.cpp" line="+31"/>
        <source>Consent:</source>
        <translation>Einwilligung:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Data Protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Nobody asked whether %1 may be used. Click to record an answer.</source>
        <translation type="vanished">Niemand hat gefragt, ob %1 verwendet werden darf. Klicken Sie, um eine Antwort zu erfassen.</translation>
    </message>
    <message>
        <source>Opted in on %1%2. Click to change.</source>
        <translation type="vanished">Eingewilligt am %1%2. Klicken Sie zum Ändern.</translation>
    </message>
    <message>
        <source>Opted out on %1%2. Click to change.</source>
        <translation type="vanished">Abgelehnt am %1%2. Klicken Sie zum Ändern.</translation>
    </message>
    <message>
        <source>, source: %1</source>
        <translation type="vanished">, Quelle: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1. Click to change.</source>
        <translation>%1. Klicken Sie zum Ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nobody asked whether it may be used. Click to record an answer.</source>
        <translation>%1: Niemand hat gefragt, ob dieser Kanal verwendet werden darf. Klicken Sie, um eine Antwort zu erfassen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 – not asked</source>
        <translation>%1 – nicht gefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ✓ opted in (%2)</source>
        <translation>%1 ✓ eingewilligt (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ✗ opted out (%2)</source>
        <translation>%1 ✗ abgelehnt (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not asked</source>
        <translation>%1: nicht gefragt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: opted in on %2</source>
        <translation>%1: eingewilligt am %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: opted out on %2</source>
        <translation>%1: abgelehnt am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: opted in on %2 (%3)</source>
        <translation>%1: eingewilligt am %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: opted out on %2 (%3)</source>
        <translation>%1: abgelehnt am %2 (%3)</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointList</name>
    <message>
        <location filename="../ui/contactpointlist.cpp" line="+26"/>
        <source>Phone number, e.g. 030 1234567</source>
        <translation>Telefonnummer, z. B. 030 1234567</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this phone number</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this e-mail address</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this web address</source>
        <translation>Diese Webadresse entfernen</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPointRow</name>
    <message>
        <location line="+35"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Primary</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>The %1 shown first and used for calls and mail</source>
        <translation type="vanished">Zuerst angezeigt und für Anrufe und Post verwendet (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Primary: shown first and used for calls and mail</source>
        <translation>Hauptkontakt: zuerst gezeigt und für Anrufe und Post verwendet</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country: two letters such as DE or FR</source>
        <translation type="vanished">Land: zwei Buchstaben wie DE oder FR</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The web address is empty.</source>
        <translation>Die Webadresse ist leer.</translation>
    </message>
</context>
<context>
    <name>rapport::CountryBox</name>
    <message>
        <location filename="../ui/countrybox.cpp" line="+28"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country: choose from the list or type its name or code (DE, DEU)</source>
        <translation>Land: aus der Liste wählen oder Namen oder Code eingeben (DE, DEU)</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerCasesModel</name>
    <message>
        <location filename="../core/models/customercasesmodel.cpp" line="+53"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resolved %1</source>
        <translation>Gelöst am %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(queue)</source>
        <translation>(Warteschlange)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerEditor</name>
    <message>
        <location filename="../ui/customereditor.cpp" line="+59"/>
        <source>Discard Changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new customer has not been saved.</source>
        <translation>Der neue Kunde wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes to %1 have not been saved.</source>
        <translation>Ihre Änderungen an %1 wurden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/customereditorform.cpp" line="+55"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close without saving (Esc)</source>
        <translation>Schließen ohne zu speichern (Esc)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the organisation</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>St&amp;age:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trade fair</source>
        <translation>Messe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cold call</source>
        <translation>Kaltakquise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The day the customer was won; blank when not known</source>
        <translation>Der Tag, an dem der Kunde gewonnen wurde; leer, wenn unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer s&amp;ince:</source>
        <translation>Kunde &amp;seit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. vip, newsletter</source>
        <translation>Durch Kommas getrennt, z. B. vip, newsletter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note&amp;s:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Contact</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>+ &amp;Phone</source>
        <translation>+ &amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ E-&amp;mail</source>
        <translation>+ &amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ A&amp;ddress</source>
        <translation>+ A&amp;dresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ &amp;Web</source>
        <translation>+ &amp;Web</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>+ Lin&amp;k to a customer</source>
        <translation>+ Mit Kunden ver&amp;knüpfen</translation>
    </message>
    <message>
        <location filename="../ui/customereditor.cpp" line="+55"/>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+209"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>One field needs correcting (marked in red); nothing was saved.</source>
        <translation>Ein Feld muss korrigiert werden (rot markiert); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields need correcting (marked in red); nothing was saved.</source>
        <translation>%1 Felder müssen korrigiert werden (rot markiert); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is closed; nothing was saved.</source>
        <translation>Die Datenbank ist geschlossen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 Your changes are still here.</source>
        <translation>%1 Ihre Änderungen sind noch da.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This is the stored version; your changes were dropped.</source>
        <translation>Dies ist die gespeicherte Version; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your changes are still here, not saved. Save writes them over the stored version.</source>
        <translation>Ihre Änderungen sind noch da, aber nicht gespeichert. „Speichern“ schreibt sie über die gespeicherte Version.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last changed %1</source>
        <translation>zuletzt geändert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerFilterBar</name>
    <message>
        <location filename="../ui/customerfilterbar.cpp" line="+51"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show customers at one stage</source>
        <translation>Kunden einer Phase zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one person&apos;s customers</source>
        <translation>Kunden eines Betreuers zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show persons or organisations</source>
        <translation>Personen oder Organisationen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customers with a tag</source>
        <translation>Kunden mit einem Schlagwort zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone&apos;s</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody&apos;s</source>
        <translation>Ohne Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons and organisations</source>
        <translation>Personen und Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every customer again</source>
        <translation>Wieder alle Kunden zeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show every customer again (Escape in the list)</source>
        <translation>Wieder alle Kunden zeigen (Esc in der Liste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selection</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 customers</source>
        <translation>%L1 Kunden</translation>
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
        <translation>Nur diese Kunden werden gezeigt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The column “%1” says what put each one here.</source>
        <translation>Die Spalte „%1“ zeigt, was jeden Kunden hierher gebracht hat.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the selection “%1”</source>
        <translation>Auswahl „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1</source>
        <translation>Betreuer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerHeader</name>
    <message>
        <location filename="../ui/customerheader.cpp" line="+163"/>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write E-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, total</source>
        <translation>Umsatz gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue, 12 months</source>
        <translation>Umsatz 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Offene Vorgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Call %1 (%2)</source>
        <translation>%1 anrufen (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write to %1 (%2)</source>
        <translation>An %1 schreiben (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n weeks ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n weeks</source>
        <translation>
            <numerusform>in %n Woche</numerusform>
            <numerusform>in %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n months</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+3"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <location line="+1"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
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
        <translation>Kein Betreuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner: %1</source>
        <translation>Betreuer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Works at %1</source>
        <translation>Arbeitet bei %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer no. %1</source>
        <translation>Kundennr. %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No phone</source>
        <translation>Kein Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No e-mail</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>no orders yet</source>
        <translation>noch keine Aufträge</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
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
        <translation>letzter Auftrag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no survey</source>
        <translation>keine Umfrage</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no contact logged</source>
        <translation>kein Kontakt erfasst</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>overdue, %1</source>
        <translation>überfällig, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open, no date</source>
        <translation>offen, ohne Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none planned</source>
        <translation>keine geplant</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListExporter</name>
    <message numerus="yes">
        <location filename="../ui/customerlistexport.cpp" line="+55"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Contact details of %Ln customer(s) were left out: they opted out of that channel.</source>
        <translation>
            <numerusform>Bei %Ln Kunden wurden Kontaktdaten weggelassen: Er hat diesen Kanal abgelehnt.</numerusform>
            <numerusform>Bei %Ln Kunden wurden Kontaktdaten weggelassen: Sie haben diesen Kanal abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard for address books (*.vcf)</source>
        <translation>vCard für Adressbücher (*.vcf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Exporting customers…</source>
        <translation>Kunden werden exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%Ln customer(s) of the list were left out.</source>
        <translation>
            <numerusform>%Ln Kunde der Liste wurde ausgelassen.</numerusform>
            <numerusform>%Ln Kunden der Liste wurden ausgelassen.</numerusform>
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
        <translation>Mehrere Währungen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact recorded</source>
        <translation>Kein Kontakt erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders in several currencies: they are not added up.</source>
        <translation>Aufträge in mehreren Währungen: Sie werden nicht addiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No fulfilled orders in 12 months</source>
        <translation>Keine ausgeführten Aufträge in 12 Monaten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The organisation a person works at</source>
        <translation>Die Organisation, bei der eine Person arbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary phone number</source>
        <translation>Die bevorzugte Telefonnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The primary e-mail address</source>
        <translation>Die bevorzugte E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The city of the primary address</source>
        <translation>Der Ort der bevorzugten Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest call, e-mail, meeting or other interaction</source>
        <translation>Der jüngste Anruf, Termin, die jüngste E-Mail oder ein anderer Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilled orders over the last 12 months</source>
        <translation>Ausgeführte Aufträge der letzten 12 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What put each customer into “%1”: %2</source>
        <translation>Was jeden Kunden in „%1“ gebracht hat: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figure of a dashboard&apos;s drill-down</source>
        <translation>Die Kennzahl der Detailliste eines Dashboards</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue 12 mo.</source>
        <translation>Umsatz 12 Mon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill-down figure</source>
        <translation>Detailkennzahl</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListView</name>
    <message>
        <location filename="../ui/customerlistview.cpp" line="+83"/>
        <source>Search name, organisation, e-mail, city or phone…</source>
        <translation>Name, Organisation, E-Mail, Ort oder Telefon suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to narrow the list; Enter opens the best match</source>
        <translation>Tippen grenzt die Liste ein; Enter öffnet den besten Treffer</translation>
    </message>
    <message>
        <location line="+337"/>
        <source>The best %L1 matches</source>
        <translation>Die besten %L1 Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 matches</source>
        <translation>%L1 Treffer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 customer matches the filters</source>
        <translation>1 Kunde entspricht den Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 customers match the filters</source>
        <translation>%L1 Kunden entsprechen den Filtern</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+13"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+295"/>
        <location line="+13"/>
        <source>%L1 customers</source>
        <translation>%L1 Kunden</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Search &amp;all customers</source>
        <translation>In &amp;allen Kunden suchen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Remove the selection and the filters and search every customer (Enter in the search field)</source>
        <translation>Auswahl und Filter entfernen und in allen Kunden suchen (Enter im Suchfeld)</translation>
    </message>
    <message>
        <location line="+281"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>1 selected customer</source>
        <translation>1 ausgewählter Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 selected customers</source>
        <translation>%L1 ausgewählte Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 of %L2 selected customers match the filters</source>
        <translation>%L1 von %L2 ausgewählten Kunden passen zu den Filtern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No exact match — showing close matches for “%1”.</source>
        <translation>Kein genauer Treffer — ähnliche Treffer für „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few exact matches — close matches for “%1” follow them.</source>
        <translation>Wenige genaue Treffer — danach ähnliche Treffer für „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the filters</source>
        <translation>die gesetzten Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer matches “%1” within %2.</source>
        <translation>Kein Kunde passt zu „%1“ mit diesen Filtern: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only matches within %1 are shown.</source>
        <translation>Nur Treffer mit diesen Filtern werden gezeigt: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This selection holds no customers.</source>
        <translation>Diese Auswahl enthält keine Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No selected customer passes these filters.</source>
        <translation>Kein ausgewählter Kunde passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the selected customers is in the list any more.</source>
        <translation>Keiner der ausgewählten Kunden ist noch in der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customer passes these filters.</source>
        <translation>Kein Kunde entspricht diesen Filtern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no customers yet.</source>
        <translation>Es gibt noch keine Kunden.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Organisation</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="vanished">Interessent</translation>
    </message>
    <message>
        <location filename="../ui/customerlistcolumns.cpp" line="+167"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerPanels</name>
    <message>
        <location filename="../ui/customerpanels.cpp" line="+110"/>
        <source>No people or links yet.</source>
        <translation>Noch keine Personen oder Verknüpfungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>History</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Edit Task…</source>
        <translation>Aufgabe bearbeiten…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done / Open Again</source>
        <translation>Erledigt / Wieder offen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>People and links (%1)</source>
        <translation>Personen und Verknüpfungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links (%1)</source>
        <translation>Verknüpfungen (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Products (%1)</source>
        <translation>Produkte (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases (%1 open)</source>
        <translation>Vorgänge (%1 offen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases (%1)</source>
        <translation>Vorgänge (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks (%1 open)</source>
        <translation>Aufgaben (%1 offen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerTasksModel</name>
    <message>
        <location filename="../core/models/customertasksmodel.cpp" line="+70"/>
        <source>Done %1</source>
        <translation>Erledigt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>done %1</source>
        <translation>erledigt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerView</name>
    <message>
        <location filename="../ui/customerview.cpp" line="+49"/>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload Customer</source>
        <translation>Kunden neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Personal Data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase Personal Data…</source>
        <translation>Personenbezogene Daten endgültig löschen…</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>No customer is open.
Find one with Ctrl+K and press Enter.</source>
        <translation>Kein Kunde geöffnet.
Suchen Sie einen mit Strg+K und drücken Sie Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 does not exist any more.
It was deleted for good, perhaps in another window or by a colleague.</source>
        <translation>Den Kunden %1 gibt es nicht mehr.
Er wurde endgültig gelöscht, vielleicht in einem anderen Fenster oder von einem Kollegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer not found</source>
        <translation>Kunde nicht gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer not shown</source>
        <translation>Kunde nicht angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is in the trash since %2. Its history stays readable here; restore it from the trash to work with it again.</source>
        <translation>%1 liegt seit %2 im Papierkorb. Die Historie bleibt hier lesbar; stellen Sie den Kunden aus dem Papierkorb wieder her, um wieder damit zu arbeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (in the trash)</source>
        <translation>%1 (im Papierkorb)</translation>
    </message>
    <message>
        <location filename="../ui/customerviewprivacy.cpp" line="+79"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Personal Data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database is open read-only, so nothing can be erased.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann nichts gelöscht werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Erase Personal Data</source>
        <translation>Personenbezogene Daten endgültig löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase all personal data of %1?</source>
        <translation>Alle personenbezogenen Daten von %1 endgültig löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their name, contact details, notes, the texts of their calls, cases and tasks, their relationships, tags and consent are removed everywhere, the history included. Their orders stay, anonymized, so the figures stay true. This cannot be undone.</source>
        <translation>Name, Kontaktdaten, Notizen, die Texte der Anrufe, Vorgänge und Aufgaben, Beziehungen, Schlagwörter und Einwilligungen werden überall entfernt, auch im Änderungsprotokoll. Die Aufträge bleiben anonymisiert erhalten, damit die Zahlen stimmen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase %1</source>
        <translation>%1 endgültig löschen</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardFilterBar</name>
    <message>
        <location filename="../ui/dashboards/dashboardfilterbar.cpp" line="+47"/>
        <source>The period the figures cover</source>
        <translation>Der Zeitraum, den die Zahlen abdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day of the period</source>
        <translation>Der erste Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last day of the period</source>
        <translation>Der letzte Tag des Zeitraums</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One person&apos;s customers; in team activity, that person&apos;s work</source>
        <translation>Die Kunden eines Betreuers; in der Teamaktivität seine Arbeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers a team&apos;s members own; in team activity, their work</source>
        <translation>Die Kunden, die die Mitglieder eines Teams betreuen; in der Teamaktivität deren Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons, organisations or both</source>
        <translation>Personen, Organisationen oder beide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the customers of one RFM segment (as of the period&apos;s end)</source>
        <translation>Nur die Kunden eines RFM-Segments (zum Ende des Zeitraums)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody&apos;s</source>
        <translation>Ohne Betreuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons and organisations</source>
        <translation>Personen und Organisationen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All RFM segments</source>
        <translation>Alle RFM-Segmente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboards/dashboardpanel.cpp" line="+38"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a picture or its numbers as a table</source>
        <translation>Dieses Diagramm als Bild oder seine Zahlen als Tabelle speichern</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The chart has nothing to export yet.</source>
        <translation>Das Diagramm hat noch nichts zum Exportieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+10"/>
        <source>Export %1</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1 (%2) to %3</source>
        <translation>%1 (%2) gespeichert unter %3</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardService</name>
    <message>
        <location filename="../core/services/dashboardservice.cpp" line="+101"/>
        <source>Reading the saved dashboards</source>
        <translation>Lesen der gespeicherten Dashboards</translation>
    </message>
    <message>
        <location line="+277"/>
        <source>Fitting the customer lifetime value model</source>
        <translation>Anpassen des Kundenwertmodells</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The dashboard was not refreshed.</source>
        <translation>Das Dashboard wurde nicht aktualisiert.</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardView</name>
    <message>
        <location filename="../ui/dashboards/dashboardview.cpp" line="+47"/>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retained customers</source>
        <translation>Gehaltene Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Active customers (lifetime value)</source>
        <translation type="vanished">Aktive Kunden (Kundenwert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers who had bought (lifetime value)</source>
        <translation>Kunden mit Käufen (Kundenwert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers with open complaints</source>
        <translation>Kunden mit offenen Reklamationen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>What the Pareto chart ranks the customers by</source>
        <translation>Wonach das Pareto-Diagramm die Kunden ordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto by revenue</source>
        <translation>Pareto nach Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto by service load</source>
        <translation>Pareto nach Servicelast</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retention</source>
        <translation>Bi&amp;ndung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lifetime value</source>
        <translation>Kundenwert (&amp;CLV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Satisfaction</source>
        <translation>&amp;Zufriedenheit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stopped. The figures shown are the last ones computed.</source>
        <translation>Angehalten. Die gezeigten Zahlen sind die zuletzt berechneten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped. Change a filter or press F5 to compute.</source>
        <translation>Angehalten. Ändern Sie einen Filter oder drücken Sie F5, um zu berechnen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Computing…</source>
        <translation>Berechnung läuft…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There are no orders from %1 to %2; the dashboards show %3 – %4, the last period as long with orders.</source>
        <translation>Von %1 bis %2 gibt es keine Aufträge; die Übersichten zeigen %3 – %4, den letzten gleich langen Zeitraum mit Aufträgen.</translation>
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
        <translation>%1 Kunden · berechnet in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · data read in %1</source>
        <translation> · Daten gelesen in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RFM segment</source>
        <translation>RFM-Segment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Active customers, %1</source>
        <translation>Aktive Kunden, %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Lifetime value %1 to %2 %3, %4</source>
        <translation>Kundenwert %1 bis %2 %3, %4</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>First bought in %1, bought again in month %2</source>
        <translation>Erstkauf im %1, erneuter Kauf im Monat %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RFM segment %1, %2</source>
        <translation>RFM-Segment %1, %2</translation>
    </message>
</context>
<context>
    <name>rapport::DemoDataTask</name>
    <message>
        <location filename="../ui/demodatatask.cpp" line="+38"/>
        <source>Creating %L1 demo customers…</source>
        <translation>Anlegen von %L1 Demokunden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatePairModel</name>
    <message>
        <location filename="../core/models/duplicatepairmodel.cpp" line="+87"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>rapport::DuplicatesView</name>
    <message>
        <location filename="../ui/duplicatesview.cpp" line="+106"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Kein Duplikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan &amp;Again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Duplicates</source>
        <translation>Duplikate suchen</translation>
    </message>
    <message>
        <source>The merged-away customer goes to the trash; Ctrl+Z in the main window undoes a merge.</source>
        <translation type="vanished">Der zusammengeführte Kunde kommt in den Papierkorb; Strg+Z im Hauptfenster macht eine Zusammenführung rückgängig.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The merged-away customer goes to the trash; Ctrl+Z undoes a merge, here or in the main window.</source>
        <translation>Der zusammengeführte Kunde kommt in den Papierkorb; Strg+Z macht eine Zusammenführung rückgängig, hier oder im Hauptfenster.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Looking for customers that may be the same one…</source>
        <translation>Suche nach Kunden, die derselbe sein könnten…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No likely duplicates among %1 customers.</source>
        <translation>Keine wahrscheinlichen Duplikate unter %1 Kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs of customers that may be the same one: %1, among %2 customers. Pick the record to keep and the values it takes, then merge.</source>
        <translation>Kundenpaare, die derselbe Kunde sein könnten: %1, unter %2 Kunden. Wählen Sie den Datensatz, der bleibt, und die Werte, die er übernimmt, und führen Sie dann zusammen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a pair to compare the two customers.</source>
        <translation>Wählen Sie ein Paar aus, um die beiden Kunden zu vergleichen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+1"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this record</source>
        <translation>Diesen Datensatz behalten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kept from both records</source>
        <translation>Aus beiden Datensätzen übernommen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Works at</source>
        <translation>Arbeitet bei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All contact details, tags, calls, orders, cases, tasks, notes, survey answers, consents and relationships of both are kept.</source>
        <translation>Alle Kontaktdaten, Schlagwörter, Anrufe, Aufträge, Vorgänge, Aufgaben, Notizen, Umfrageantworten, Einwilligungen und Beziehungen beider bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>rapport::FirstAdministratorDialog</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="+93"/>
        <source>Protect With a Password</source>
        <translation>Mit einem Passwort schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is new. If several people will share it, protect it now: you become its administrator, and everyone signs in with a password. Skip to use it on your own, without a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist neu. Wenn mehrere Personen sie gemeinsam nutzen, schützen Sie sie jetzt: Sie werden ihr Administrator, und alle melden sich mit einem Passwort an. Überspringen Sie diesen Schritt, um sie allein und ohne Passwort zu nutzen.</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryModel</name>
    <message>
        <location filename="../core/models/historymodel.cpp" line="+341"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
</context>
<context>
    <name>rapport::HistoryPane</name>
    <message>
        <location filename="../ui/historypane.cpp" line="+32"/>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
</context>
<context>
    <name>rapport::ImportCheckPage</name>
    <message>
        <location filename="../ui/importcheckpage.cpp" line="+23"/>
        <source>Check Before Importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole file is read as the import would read it. Nothing is written to the database on this page.</source>
        <translation>Die ganze Datei wird so gelesen, wie der Import sie lesen würde. Auf dieser Seite wird nichts in die Datenbank geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking every row of %1…</source>
        <translation>Jede Zeile von %1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The check stopped: %1</source>
        <translation>Die Prüfung wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing this file would change nothing: every customer in it is already in Rapport as the file has them. Nothing has been written.</source>
        <translation>Der Import dieser Datei würde nichts ändern: Jeder Kunde darin ist bereits so in Rapport, wie die Datei ihn enthält. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No row of this file can be imported as it is; the table below says why. Nothing has been written.</source>
        <translation>Keine Zeile dieser Datei kann so importiert werden; die Tabelle unten nennt den Grund. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been written yet. Import will do what is counted here; the rejected rows are left out and listed in the report, to fix and import again.</source>
        <translation>Es wurde noch nichts geschrieben. Der Import tut, was hier gezählt ist; die abgelehnten Zeilen werden ausgelassen und im Bericht aufgeführt, damit Sie sie korrigieren und erneut importieren können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been written yet. Import will do exactly what is counted here.</source>
        <translation>Es wurde noch nichts geschrieben. Der Import tut genau das, was hier gezählt ist.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportFilePage</name>
    <message>
        <location filename="../ui/importfilepage.cpp" line="+61"/>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the file is read</source>
        <translation>Wie die Datei gelesen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>The first row &amp;holds the column names</source>
        <translation>Die erste Zeile &amp;enthält die Spaltennamen</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Choose the File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file from a spreadsheet or another program, or a vCard file from an address book. Nothing is imported before the last page.</source>
        <translation>Eine CSV-Datei aus einer Tabellenkalkulation oder einem anderen Programm oder eine vCard-Datei aus einem Adressbuch. Vor der letzten Seite wird nichts importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s path; Enter opens it</source>
        <translation>Der Pfad der Datei; Enter öffnet sie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day first (31.12.2024)</source>
        <translation>Tag zuerst (31.12.2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2024)</source>
        <translation>Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year first (2024-12-31)</source>
        <translation>Jahr zuerst (2024-12-31)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known: no dates seen</source>
        <translation>Unbekannt: keine Datumsangaben gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decimal point (1,234.50)</source>
        <translation>Dezimalpunkt (1,234.50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal comma (1.234,50)</source>
        <translation>Dezimalkomma (1.234,50)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known: no numbers seen</source>
        <translation>Unbekannt: keine Zahlen gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;umbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The line in the file</source>
        <translation>Die Zeile in der Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The first row &amp;holds the column names (detected)</source>
        <translation>Die erste Zeile &amp;enthält die Spaltennamen (erkannt)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The first rows of the file are shown here once it is open.</source>
        <translation>Die ersten Zeilen der Datei werden hier angezeigt, sobald sie geöffnet ist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>a vCard address book, one contact a row</source>
        <translation>ein vCard-Adressbuch, ein Kontakt pro Zeile</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n columns</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first rows of %1 (%2), as the import will read them:</source>
        <translation>Die ersten Zeilen von %1 (%2), so wie der Import sie lesen wird:</translation>
    </message>
</context>
<context>
    <name>rapport::ImportMappingPage</name>
    <message>
        <location filename="../ui/importmappingpage.cpp" line="+41"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a guess</source>
        <translation>eine Vermutung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where each column goes. Rapport suggests what it recognises; a column set to “%1” is left out.</source>
        <translation>Wählen Sie, wohin jede Spalte gehört. Rapport schlägt vor, was es erkennt; eine Spalte mit „%1“ wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>These columns were mapped as you chose the last time you imported a file with these headers.</source>
        <translation>Diese Spalten wurden so zugeordnet, wie Sie es beim letzten Import einer Datei mit diesen Spaltenköpfen gewählt haben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values in the first rows</source>
        <translation>Werte in den ersten Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target of column %1</source>
        <translation>Ziel der Spalte %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type of “%1”</source>
        <translation>Art von „%1“</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the columns without values (%1)</source>
        <translation>Spalten ohne Werte anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>as last time</source>
        <translation>wie beim letzten Mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the mapping</source>
        <translation>aus der Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognised</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Suggested with %1% confidence</source>
        <translation>Mit %1 % Sicherheit vorgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>your choice</source>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The mapping %1 is loaded.</source>
        <translation>Die Zuordnung %1 ist geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping %1 is loaded. This file has no column %2: the other columns are suggested.</source>
        <translation>Die Zuordnung %1 ist geladen. Diese Datei hat keine Spalte %2: Die übrigen Spalten werden vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The mapping is saved as %1.</source>
        <translation>Die Zuordnung ist als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportOptionsPage</name>
    <message>
        <location filename="../ui/importoptionspage.cpp" line="+36"/>
        <source>&amp;Create new customers only</source>
        <translation>Nur neue Kunden &amp;anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create new customers and update &amp;existing ones</source>
        <translation>Neue Kunden anlegen und &amp;bestehende aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;pdate existing customers only</source>
        <translation>Nur bestehende Kunden a&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xternal id (the other program&apos;s customer number)</source>
        <translation>E&amp;xterne ID (die Kundennummer des anderen Programms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;mail address (upper or lower case alike)</source>
        <translation>E-&amp;Mail-Adresse (Groß- und Kleinschreibung egal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone number (however it is written)</source>
        <translation>&amp;Telefonnummer (egal, wie geschrieben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose What Happens</source>
        <translation>Wählen Sie, was geschieht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows that are about a customer Rapport already has update that customer instead of adding a duplicate.</source>
        <translation>Zeilen zu einem Kunden, den Rapport schon hat, aktualisieren diesen Kunden, statt ein Duplikat anzulegen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Trade fair 2026</source>
        <translation>z. B. Messe 2026</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+111"/>
        <source>The file has no external id, e-mail or phone column, so no row can be recognised as a customer Rapport has: every row makes a new customer, and importing the file again makes them again.</source>
        <translation>Die Datei hat keine Spalte für externe ID, E-Mail oder Telefon, daher kann keine Zeile als vorhandener Kunde erkannt werden: Jede Zeile legt einen neuen Kunden an, und ein erneuter Import legt sie noch einmal an.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>What the import may do</source>
        <translation>Was der Import tun darf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row about a customer Rapport already has leaves that customer as it is.</source>
        <translation>Eine Zeile zu einem Kunden, den Rapport schon hat, lässt diesen Kunden unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fills in and adds what the file has; a field is never emptied by an empty cell.</source>
        <translation>Ergänzt und fügt hinzu, was die Datei enthält; eine leere Zelle leert nie ein Feld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A row about nobody Rapport knows is rejected and listed in the report.</source>
        <translation>Eine Zeile zu niemandem, den Rapport kennt, wird abgelehnt und im Bericht aufgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A row is about an existing customer when it has the same</source>
        <translation>Eine Zeile gehört zu einem bestehenden Kunden, wenn sie dieselbe hat:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone numbers without a country co&amp;de are in:</source>
        <translation>Telefonnummern ohne &amp;Ländervorwahl stammen aus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source of new customers:</source>
        <translation>&amp;Quelle neuer Kunden:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No column of the file goes to “%1”.</source>
        <translation>Keine Spalte der Datei gehört zu „%1“.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose at least one way to recognise existing customers, or a second import of the same file would add everyone again.</source>
        <translation>Wählen Sie mindestens eine Art, bestehende Kunden zu erkennen, sonst würde ein zweiter Import derselben Datei alle noch einmal hinzufügen.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportReportModel</name>
    <message>
        <location filename="../ui/importreportmodel.cpp" line="+72"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>added: %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
</context>
<context>
    <name>rapport::ImportRunPage</name>
    <message>
        <location filename="../ui/importrunpage.cpp" line="+25"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show the Imported Customers</source>
        <translation>Importierte Kunden an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is one step in the history: it can be reverted as a whole.</source>
        <translation>Der Import ist ein Schritt im Verlauf: Er kann als Ganzes rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling: nothing that was read so far is kept…</source>
        <translation>Abbruch: Nichts vom bisher Gelesenen wird behalten…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The import was cancelled. Nothing was imported: the database is as it was before.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert: Die Datenbank ist wie zuvor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The import failed, so nothing was imported: %1</source>
        <translation>Der Import ist fehlgeschlagen, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing needed importing: the database is as it was.</source>
        <translation>Es musste nichts importiert werden: Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done: %1 new and %2 updated customers are in Rapport.</source>
        <translation>Fertig: %1 neue und %2 aktualisierte Kunden sind in Rapport.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This import is batch %1 in the history. To undo it, File ▸ Import History reverts it in one step, updates included.</source>
        <translation>Dieser Import ist Stapel %1 im Verlauf. Um ihn rückgängig zu machen, nimmt Datei ▸ Importverlauf ihn in einem Schritt zurück, samt Aktualisierungen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
</context>
<context>
    <name>rapport::ImportSummaryView</name>
    <message>
        <location filename="../ui/importsummaryview.cpp" line="+27"/>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save &amp;Report…</source>
        <translation>&amp;Bericht speichern…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every row of the file with what happens to it, as a CSV file for a spreadsheet</source>
        <translation>Jede Zeile der Datei und was mit ihr geschieht, als CSV-Datei für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rejected rows (%1)</source>
        <translation>Abgelehnte Zeilen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates (%1)</source>
        <translation>Aktualisierungen (%1)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 - check.csv</source>
        <translation>%1 - Prüfung.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 - import report.csv</source>
        <translation>%1 - Importbericht.csv</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The report is saved as %1.</source>
        <translation>Der Bericht ist als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="+29"/>
        <location line="+22"/>
        <source>Import Customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;CSV files (*.csv *.tsv *.txt);;vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontakte (*.csv *.tsv *.txt *.vcf *.vcard);;CSV-Dateien (*.csv *.tsv *.txt);;vCard-Dateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Mappings (*.json);;All files (*)</source>
        <translation>Zuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rapport::KpiTile</name>
    <message>
        <source>Show these customers</source>
        <translation type="vanished">Diese Kunden zeigen</translation>
    </message>
    <message>
        <location filename="../ui/dashboards/kpitile.cpp" line="+131"/>
        <source>Active customers</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost customers</source>
        <translation>Verlorene Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention rate</source>
        <translation>Bindungsrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average lifetime value</source>
        <translation>Ø Kundenwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaints</source>
        <translation>Offene Reklamationen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>vs previous period</source>
        <translation>ggü. Vorzeitraum</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Active customers: those who bought in the period.</source>
        <translation>Aktive Kunden: Kunden, die im Zeitraum gekauft haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customers: those whose first purchase ever was in the period.</source>
        <translation>Neukunden: Kunden, deren allererster Kauf im Zeitraum lag.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retention rate: of the customers who bought in the previous period, the share who bought again in this one.</source>
        <translation>Bindungsrate: der Anteil der Kunden mit Käufen im Vorzeitraum, die in diesem Zeitraum erneut gekauft haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revenue: the net of the period&apos;s open and fulfilled orders, credit notes deducted.</source>
        <translation>Umsatz: Nettobetrag der offenen und ausgeführten Aufträge des Zeitraums, abzüglich Gutschriften.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open complaints: complaints still open at the end of the period.</source>
        <translation>Offene Reklamationen: Reklamationen, die am Ende des Zeitraums noch offen sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to show the customers who bought.</source>
        <translation>Klicken, um die Kunden mit Käufen zu zeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to show these customers.</source>
        <translation>Klicken, um diese Kunden zu zeigen.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>from %1</source>
        <translation>vorher %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Better than the previous period</source>
        <translation>Besser als im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worse than the previous period</source>
        <translation>Schlechter als im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same as the previous period</source>
        <translation>Gleich wie im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no previous period</source>
        <translation>kein Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no previous</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 then, %3 now.</source>
        <translation>%1: vorher %2, jetzt %3.</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation type="vanished">Vorzeitraum: %1</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+41"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import &amp;History…</source>
        <translation>Import&amp;verlauf…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Signed In As</source>
        <translation>&amp;Angemeldet als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close Database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find Customer…</source>
        <translation>Kunden &amp;suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open C&amp;ustomer</source>
        <translation>Geöffneter K&amp;unde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;My Day</source>
        <translation>&amp;Mein Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dashboards</source>
        <translation>&amp;Dashboards</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trash</source>
        <translation>&amp;Papierkorb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Audit History</source>
        <translation>Änderungsprot&amp;okoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change to the database: who changed what, and when</source>
        <translation>Jede Änderung an der Datenbank: wer was wann geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the customer shown before, to the list, or from a drill-down to its dashboard</source>
        <translation>Zurück zum zuvor gezeigten Kunden, zur Liste oder aus einer Detailliste zu ihrem Dashboard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Duplikate suchen…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>&amp;Reload Customer</source>
        <translation type="vanished">Kunden &amp;neu laden</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;Person…</source>
        <translation>Neue &amp;Person…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Organisation…</source>
        <translation>Neue &amp;Organisation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit Customer…</source>
        <translation>Kunden &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log Call…</source>
        <translation>&amp;Anruf erfassen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;Case…</source>
        <translation>Neuer &amp;Vorgang…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add &amp;Note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;all Customer</source>
        <translation>Kunden an&amp;rufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Write E-mail</source>
        <translation>&amp;E-Mail schreiben</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+92"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Audit History</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Searching all customers: removed %1.</source>
        <translation>Suche in allen Kunden; entfernt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdialogs.cpp" line="+41"/>
        <source>New customer “%1” saved.</source>
        <translation>Neuer Kunde „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case %1 opened.</source>
        <translation>Vorgang %1 eröffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+122"/>
        <source>%1 goes back to the dashboards.</source>
        <translation>%1 führt zurück zu den Dashboards.</translation>
    </message>
    <message>
        <source>Cannot Open Task</source>
        <translation type="vanished">Aufgabe kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open the task “%1” again?</source>
        <translation type="vanished">Die Aufgabe „%1“ wieder öffnen?</translation>
    </message>
    <message>
        <source>Mark the task “%1” as done?</source>
        <translation type="vanished">Die Aufgabe „%1“ als erledigt markieren?</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Aufgabe</translation>
    </message>
    <message>
        <source>Cannot Open Task Again</source>
        <translation type="vanished">Aufgabe kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot Mark Task Done</source>
        <translation type="vanished">Aufgabe kann nicht als erledigt markiert werden</translation>
    </message>
    <message>
        <source>Cannot Undo</source>
        <translation type="vanished">Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Case %L1 opened.</source>
        <translation type="vanished">Vorgang %L1 eröffnet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdialogs.cpp" line="+23"/>
        <source>Cannot Open Case</source>
        <translation>Vorgang kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="-57"/>
        <source>Cannot Sign In</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowdialogs.cpp" line="+32"/>
        <source>Cannot Edit Customer</source>
        <translation>Kunde kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Move to Trash</source>
        <translation>Verschieben in den Papierkorb nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+33"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customers</source>
        <translation type="vanished">
            <numerusform>%1: %Ln Kunde</numerusform>
            <numerusform>%1: %Ln Kunden</numerusform>
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
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Rapport</source>
        <translation>%1 — Rapport</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowaccounts.cpp" line="+24"/>
        <source>S&amp;witch User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;hange Password…</source>
        <translation>Passwort &amp;ändern…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Users and Teams…</source>
        <translation>&amp;Benutzer und Teams…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users, teams and what each role may do.</source>
        <translation>Benutzer, Teams und was jede Rolle darf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1 (%2). Click to switch user or change your password.</source>
        <translation>Angemeldet als %1 (%2). Klicken Sie, um den Benutzer zu wechseln oder Ihr Passwort zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody signed in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is protected: everyone signs in with a password.</source>
        <translation>%1 ist geschützt: Alle melden sich mit einem Passwort an.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="vanished">Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowmenus.cpp" line="+260"/>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A customer relationship manager for your desktop: every customer, their history and your numbers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Kundenbeziehungsmanagement für Ihren Desktop: alle Kunden, ihre Geschichte und Ihre Zahlen an einem Ort.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindowbackup.cpp" line="+32"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res&amp;tore From Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 backup %2.db</source>
        <translation>%1 Sicherung %2.db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back Up Database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>Rapport databases (*.db)</source>
        <translation>Rapport-Datenbanken (*.db)</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>A backup is already being written.</source>
        <translation>Es wird bereits eine Sicherung geschrieben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back Up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up… you can go on working.</source>
        <translation>Sicherung läuft… Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Database Problems</source>
        <translation>Probleme mit der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed its quick check (%2). Restore it from a backup with File ▸ Restore From Backup….</source>
        <translation>%1 hat die Schnellprüfung nicht bestanden (%2). Stellen Sie sie mit Datei ▸ Aus Sicherung wiederherstellen… wieder her.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today&apos;s automatic backup of %1 is written.</source>
        <translation>Die heutige automatische Sicherung von %1 ist geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+3"/>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored from the backup.</source>
        <translation>Aus der Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from the backup; the database as it was is kept as %1.</source>
        <translation>Aus der Sicherung wiederhergestellt; die Datenbank in ihrem bisherigen Stand wurde als %1 behalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Damaged Database</source>
        <translation>Beschädigte Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged: Rapport cannot read it.</source>
        <translation>%1 ist beschädigt: Rapport kann sie nicht lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rapport can open the latest backup of this file (the damaged file is kept beside it), or save what can still be read into a new file.</source>
        <translation>Rapport kann die letzte Sicherung dieser Datei öffnen (die beschädigte Datei wird daneben behalten) oder das noch Lesbare in eine neue Datei retten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Latest Backup</source>
        <translation>&amp;Letzte Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Salvage Into a New File…</source>
        <translation>In eine neue Datei &amp;retten…</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <location line="+12"/>
        <source>Open Latest Backup</source>
        <translation>Letzte Sicherung öffnen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Restoring the backup of %1…</source>
        <translation>Die Sicherung von %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened the backup of %1; the damaged file is kept as %2.</source>
        <translation>Die Sicherung von %1 ist geöffnet; die beschädigte Datei wurde als %2 behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no backup of %1 that can be opened.</source>
        <translation>Es gibt keine Sicherung von %1, die sich öffnen lässt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 salvaged.db</source>
        <translation>%1 gerettet.db</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Salvage Into a New File</source>
        <translation>In eine neue Datei retten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Salvaging %1…</source>
        <translation>%1 wird gerettet…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Salvaged %Ln row(s) from %1; nothing unreadable was found.</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 gerettet; nichts Unlesbares gefunden.</numerusform>
            <numerusform>%Ln Zeilen aus %1 gerettet; nichts Unlesbares gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Salvaged %Ln row(s) from %1; some rows could not be read and are missing.</source>
        <translation>
            <numerusform>%Ln Zeile aus %1 gerettet; einige Zeilen waren nicht lesbar und fehlen.</numerusform>
            <numerusform>%Ln Zeilen aus %1 gerettet; einige Zeilen waren nicht lesbar und fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindowimport.cpp" line="+19"/>
        <source>&amp;Import Customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring customers in from a CSV file or a vCard address book</source>
        <translation>Kunden aus einer CSV-Datei oder einem vCard-Adressbuch übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is open read-only, so nothing can be imported into it.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import done (batch %1 in the history).</source>
        <translation>Import abgeschlossen (Stapel %1 im Verlauf).</translation>
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
        <translation>heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>rapport::MyCasesView</name>
    <message>
        <location filename="../ui/mycasesview.cpp" line="+62"/>
        <source>No open cases: nothing waits for you.</source>
        <translation>Keine offenen Vorgänge: Nichts wartet auf Sie.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open Case</source>
        <translation>Vorgang öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Customer of the Case</source>
        <translation>Kunden des Vorgangs öffnen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>My open cases (%1)</source>
        <translation>Meine offenen Vorgänge (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::MyDayModel</name>
    <message>
        <location filename="../core/models/mydaymodel.cpp" line="+30"/>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation type="vanished">%1 Tage überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue since yesterday</source>
        <translation>Seit gestern überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
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
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>rapport::MyDayView</name>
    <message>
        <location filename="../ui/mydayview.cpp" line="+236"/>
        <source>Nothing due today. Well done.</source>
        <translation>Heute ist nichts fällig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Follow-ups  (Space or Ctrl+D: done)</source>
        <translation type="vanished">Wiedervorlagen  (Leertaste oder Strg+D: erledigt)</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Space: done · Enter or F2: edit · Ctrl+Enter: customer</source>
        <translation>Leertaste: erledigt · Enter oder F2: bearbeiten · Strg+Enter: Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show follow-ups</source>
        <translation>Wiedervorlagen zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today and overdue</source>
        <translation>Heu&amp;te und überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today, overdue, and those without a date</source>
        <translation>Heute fällig, überfällig und ohne Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upcoming</source>
        <translation>&amp;Anstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due from tomorrow on</source>
        <translation>Ab morgen fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ll open</source>
        <translation>A&amp;lle offenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every open follow-up</source>
        <translation>Alle offenen Wiedervorlagen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mark Follow-up Done</source>
        <translation>Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit Follow-up…</source>
        <translation>Wiedervorlage bearbeiten…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>My day: %1</source>
        <translation>Mein Tag: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody signed in: unassigned work</source>
        <translation>Niemand angemeldet: nicht zugewiesene Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 due later today</source>
        <translation>%1 heute noch fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n anstehend</numerusform>
            <numerusform>%n anstehend</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 without a date</source>
        <translation>%1 ohne Datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing coming up from tomorrow on.</source>
        <translation>Ab morgen steht nichts an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
</context>
<context>
    <name>rapport::NewPasswordFields</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="-172"/>
        <source>At least 8 characters</source>
        <translation>Mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two passwords differ. Type the new password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie das neue Passwort zweimal ein.</translation>
    </message>
</context>
<context>
    <name>rapport::ParetoChart</name>
    <message>
        <location filename="../ui/dashboards/paretochart.cpp" line="+67"/>
        <source>Pareto: who carries the business</source>
        <translation>Pareto: Wer das Geschäft trägt</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is nothing to rank in the period.</source>
        <translation>Im Zeitraum gibt es nichts zu ordnen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gross margin</source>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service load</source>
        <translation>Servicelast</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revenue</source>
        <comment>inside a sentence: ranked by revenue</comment>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gross margin</source>
        <comment>inside a sentence: ranked by gross margin</comment>
        <translation>Bruttomarge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service load</source>
        <comment>inside a sentence: ranked by service load</comment>
        <translation>Serviceaufwand</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 rank %2 (top %3)</source>
        <translation>%1: Rang %2 (Top %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ranks %2–%3 (top %4)</source>
        <translation>%1: Ränge %2–%3 (Top %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 class %2 (%Ln customers)</source>
        <translation>
            <numerusform>%1, Klasse %2 (%Ln Kunde)</numerusform>
            <numerusform>%1, Klasse %2 (%Ln Kunden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%Ln customer(s) with more refunds than purchases count as zero.</source>
        <translation>
            <numerusform>%Ln Kunde mit mehr Erstattungen als Käufen zählt als null.</numerusform>
            <numerusform>%Ln Kunden mit mehr Erstattungen als Käufen zählen als null.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 class %2 (%n customers)</source>
        <translation type="vanished">
            <numerusform>%1, Klasse %2 (%n Kunde)</numerusform>
            <numerusform>%1, Klasse %2 (%n Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The top 20% of customers hold %1; 80% comes from %2 of the customers; Gini coefficient %3.</source>
        <translation>Auf die besten 20% der Kunden entfallen %1; 80% kommen von %2 der Kunden; Gini-Koeffizient %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 of the customers hold %3</source>
        <translation>%1 mit %2 der Kunden hält %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Classes: %1.</source>
        <translation>Klassen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) with more refunds than purchases count as zero.</source>
        <translation type="vanished">
            <numerusform>%n Kunde mit mehr Erstattungen als Käufen zählt als null.</numerusform>
            <numerusform>%n Kunden mit mehr Erstattungen als Käufen zählen als null.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Customers, ranked by %1</source>
        <translation>Kunden, geordnet nach %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share per bar</source>
        <translation>Anteil je Balken</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Class %1: %2 of the customers hold %3 of the %4. Click to list them.</source>
        <translation>Klasse %1: %2 der Kunden halten %3 (%4). Zum Auflisten klicken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show class %1 customers (%2)</source>
        <translation>Kunden der Klasse %1 zeigen (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class %1: %2 of %3</source>
        <translation>Klasse %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1
%2 of the total, %3 cumulative
Click to list them</source>
        <translation>%1
%2 der Summe, %3 kumuliert
Zum Auflisten klicken</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>80%</source>
        <translation>80 %</translation>
    </message>
</context>
<context>
    <name>rapport::PermissionMatrixModel</name>
    <message>
        <location filename="../ui/accountmodels.cpp" line="+138"/>
        <source>Administrators may always do everything, so that nobody locks everyone out.</source>
        <translation>Administratoren dürfen immer alles, damit niemand alle anderen aussperrt.</translation>
    </message>
</context>
<context>
    <name>rapport::ProductUsageModel</name>
    <message>
        <location filename="../core/models/productusagemodel.cpp" line="+59"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>steady</source>
        <translation>stabil</translation>
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
        <translation>Letzte 12 Monate: %1 (%2 Stück)
Die 12 Monate davor: %3 (%4 Stück)</translation>
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
        <translation>Erstkauf: %1
Letzter Kauf: %2</translation>
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
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Stk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend (12 mo)</source>
        <translation>Trend (12 Mon.)</translation>
    </message>
</context>
<context>
    <name>rapport::QuickLogDialog</name>
    <message>
        <location filename="../ui/quicklogdialog.cpp" line="+60"/>
        <source>Log a Call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Alt+underlined letter chooses · Ctrl+Enter saves · Esc cancels</source>
        <translation>Alt+unterstrichener Buchstabe wählt · Strg+Enter speichert · Esc bricht ab</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Speichern  (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Caller:</source>
        <translation>Anrufer:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting</source>
        <translation>Ter&amp;min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visit</source>
        <translation>&amp;Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letter</source>
        <translation>Brie&amp;f</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Web form</source>
        <translation>&amp;Webformular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inbound</source>
        <translation>E&amp;ingehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer called</source>
        <translation>Der Kunde hat angerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Ausgehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>We called</source>
        <translation>Wir haben angerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Completed</source>
        <translation>Erle&amp;digt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No answer</source>
        <translation>&amp;Nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left messa&amp;ge</source>
        <translation>Nachricht &amp;hinterlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-&amp;up needed</source>
        <translation>Nachfassen nöti&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a follow-up task</source>
        <translation>Legt eine Aufgabe zum Nachfassen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ale</source>
        <translation>&amp;Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complain&amp;t</source>
        <translation>Re&amp;klamation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opens a complaint case</source>
        <translation>Eröffnet einen Reklamationsvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not inte&amp;rested</source>
        <translation>Kein Inte&amp;resse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About case:</source>
        <translation>Zum Vorgang:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What was it about? The first line becomes the subject.</source>
        <translation>Worum ging es? Die erste Zeile wird zum Betreff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Follow-up task</source>
        <translation>A&amp;ufgabe zum Nachfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Due:</source>
        <translation>Fä&amp;llig:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trac&amp;k as a case</source>
        <translation>Als V&amp;organg verfolgen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Subject (the first line of the notes if empty)</source>
        <translation>Betreff (leer: erste Zeile der Notizen)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Stop timer  (Ctrl+T)</source>
        <translation>Zeit anhalten  (Strg+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume timer  (Ctrl+T)</source>
        <translation>Zeit fortsetzen  (Strg+T)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>None: a call of its own</source>
        <translation>Keiner: eigenständiger Anruf</translation>
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
        <translation>Erneut anrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call %1 again</source>
        <translation>%1 erneut anrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up with %1</source>
        <translation>Bei %1 nachfassen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Take the caller first: Enter takes the highlighted match.</source>
        <translation>Wählen Sie zuerst den Anrufer: Enter übernimmt den markierten Treffer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who called? Type a name or the number first.</source>
        <translation>Wer hat angerufen? Geben Sie zuerst einen Namen oder die Nummer ein.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Discard the Call Log</source>
        <translation>Anrufnotiz verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notes you typed are not saved. Discard them?</source>
        <translation>Ihre Notizen sind nicht gespeichert. Verwerfen?</translation>
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
        <translation>Menü &amp;leeren</translation>
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
        <translation>Zum Öffnen doppelklicken oder Enter drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned by someone whose customers your role does not show.</source>
        <translation>Betreut von jemandem, dessen Kunden Ihre Rolle nicht anzeigt.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>rapport::RelationshipList</name>
    <message>
        <location filename="../ui/relationshiplist.cpp" line="+253"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>rapport::RelationshipRow</name>
    <message>
        <location line="-182"/>
        <source>Kind of relationship</source>
        <translation>Art der Beziehung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Related customer: type a name, e-mail or phone</source>
        <translation>Verbundener Kunde: Name, E-Mail oder Telefon eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related customer</source>
        <translation>Verbundener Kunde</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Role, e.g. Head of purchasing</source>
        <translation>Rolle, z. B. Einkaufsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Remove this relationship</source>
        <translation>Diese Beziehung entfernen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The related customer is not chosen: type part of a name and pick one from the suggestions.</source>
        <translation>Der verbundene Kunde ist nicht gewählt: Geben Sie einen Teil eines Namens ein und wählen Sie einen Vorschlag.</translation>
    </message>
</context>
<context>
    <name>rapport::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+41"/>
        <location line="+57"/>
        <source>Restore From Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Choose the backup to put in the place of %1. The database as it is now is kept as a backup first, so a restore can itself be undone.</source>
        <translation>Wählen Sie die Sicherung, die an die Stelle von %1 treten soll. Die Datenbank in ihrem jetzigen Stand wird zuerst gesichert, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a Backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapport databases (*.db);;All files (*)</source>
        <translation>Rapport-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved before a restore</source>
        <translation>Vor einer Wiederherstellung gesichert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There are no automatic backups of this database yet; choose a backup file.</source>
        <translation>Von dieser Datenbank gibt es noch keine automatischen Sicherungen; wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Checking the backup…</source>
        <translation>Die Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown number of customers</source>
        <translation>eine unbekannte Anzahl von Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace %1 with the backup of %2 (%3)? Everything changed since then is replaced; the database as it is now is kept as a backup.</source>
        <translation>%1 durch die Sicherung von %2 (%3) ersetzen? Alles, was seitdem geändert wurde, wird ersetzt; die Datenbank in ihrem jetzigen Stand wird als Sicherung behalten.</translation>
    </message>
</context>
<context>
    <name>rapport::RetentionCurves</name>
    <message>
        <location filename="../ui/dashboards/cohortheatmap.cpp" line="+91"/>
        <source>Retention curves</source>
        <translation>Bindungskurven</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No cohort is old enough to show how it keeps buying.</source>
        <translation>Keine Kohorte ist alt genug, um zu zeigen, wie sie weiter kauft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no purchases to form cohorts.</source>
        <translation>Es gibt keine Käufe, aus denen sich Kohorten bilden lassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of each cohort buying again, by months since the first purchase; the thick line is all cohorts together.</source>
        <translation>Der Anteil jeder Kohorte, der erneut kauft, nach Monaten seit dem ersten Kauf; die dicke Linie zeigt alle Kohorten zusammen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is left out: it is still running (data up to %2).</source>
        <translation>%1 bleibt außen vor: Der Monat läuft noch (Daten bis %2).</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Months since the first purchase</source>
        <translation>Monate seit dem ersten Kauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still buying</source>
        <translation>Kaufen noch</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>All cohorts</source>
        <translation>Alle Kohorten</translation>
    </message>
</context>
<context>
    <name>rapport::RevertDialog</name>
    <message>
        <location filename="../ui/revertdialog.cpp" line="+36"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the row)</source>
        <translation>(die Zeile)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 of %2&lt;/b&gt; by %3</source>
        <translation>&lt;b&gt;%1 vom %2&lt;/b&gt; von %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone by a revert: %1</source>
        <translation>Durch eine Rücknahme rückgängig gemacht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n change(s) were made since the batch. Choose for each whether it stays as it is now or gets the value from before the batch back.</source>
        <translation>
            <numerusform>Seit dem Stapel wurde %n Änderung vorgenommen. Wählen Sie, ob sie so bleibt oder den Wert von vor dem Stapel zurückerhält.</numerusform>
            <numerusform>Seit dem Stapel wurden %n Änderungen vorgenommen. Wählen Sie für jede, ob sie so bleibt oder den Wert von vor dem Stapel zurückerhält.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The batch wrote</source>
        <translation>Der Stapel schrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert restores</source>
        <translation>Rücknahme stellt her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(whole customer)</source>
        <translation>(ganzer Kunde)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has since: %1</source>
        <translation>hat seitdem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since</source>
        <translation>seitdem geändert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep current</source>
        <translation>Aktuellen behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore old</source>
        <translation>Alten wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keep All Changes</source>
        <translation>Alle Änderungen &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite All</source>
        <translation>Alle ü&amp;berschreiben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
</context>
<context>
    <name>rapport::RfmSegmentsChart</name>
    <message>
        <location filename="../ui/dashboards/rfmsegmentschart.cpp" line="+28"/>
        <source>RFM segments</source>
        <translation>RFM-Segmente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody bought up to the end of the period.</source>
        <translation>Bis zum Ende des Zeitraums hat niemand gekauft.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln customer(s) scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</source>
        <translation>
            <numerusform>%Ln Kunde zum Ende des Zeitraums bewertet; die Balken zeigen den Anteil jedes Segments an den Kunden und am Umsatz. Klicken Sie auf ein Segment, um seine Kunden aufzulisten.</numerusform>
            <numerusform>%Ln Kunden zum Ende des Zeitraums bewertet; die Balken zeigen den Anteil jedes Segments an den Kunden und am Umsatz. Klicken Sie auf ein Segment, um seine Kunden aufzulisten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) scored as of the end of the period; bars are each segment&apos;s share of the customers and of the revenue. Click a segment to list its customers.</source>
        <translation type="vanished">
            <numerusform>%n Kunde zum Ende des Zeitraums bewertet; die Balken zeigen den Anteil jedes Segments an den Kunden und am Umsatz. Klicken Sie auf ein Segment, um seine Kunden aufzulisten.</numerusform>
            <numerusform>%n Kunden zum Ende des Zeitraums bewertet; die Balken zeigen den Anteil jedes Segments an den Kunden und am Umsatz. Klicken Sie auf ein Segment, um seine Kunden aufzulisten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: %2 customers, %3 %4
Click to list them</source>
        <translation>%1: %2 Kunden, %3 %4
Zum Auflisten klicken</translation>
    </message>
</context>
<context>
    <name>rapport::SatisfactionQuadrant</name>
    <message>
        <location filename="../ui/dashboards/satisfactionquadrant.cpp" line="+108"/>
        <source>%1 of the answers
worth %2 %3</source>
        <translation>%1 der Antworten
im Wert von %2 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>← dissatisfied      satisfaction      satisfied →</source>
        <translation>← unzufrieden      Zufriedenheit      zufrieden →</translation>
    </message>
    <message>
        <source>← low      value      high →</source>
        <translation type="vanished">← niedrig      Wert      hoch →</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>← low    value (12 months)    high →</source>
        <translation>← niedrig    Wert (12 Monate)    hoch →</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Satisfaction and value</source>
        <translation>Zufriedenheit und Wert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Advocates</source>
        <translation>Fürsprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerable</source>
        <translation>Wackelkandidaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saboteurs</source>
        <translation>Saboteure</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>high value, satisfied</source>
        <translation>hoher Wert, zufrieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high value, dissatisfied</source>
        <translation>hoher Wert, unzufrieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low value, satisfied</source>
        <translation>geringer Wert, zufrieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low value, dissatisfied</source>
        <translation>geringer Wert, unzufrieden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No survey answers in the period.</source>
        <translation>Keine Umfrageantworten im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln customer(s) answered a survey.</source>
        <translation>
            <numerusform>%Ln Kunde hat an einer Umfrage teilgenommen.</numerusform>
            <numerusform>%Ln Kunden haben an einer Umfrage teilgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) answered a survey.</source>
        <translation type="vanished">
            <numerusform>%n Kunde hat an einer Umfrage teilgenommen.</numerusform>
            <numerusform>%n Kunden haben an einer Umfrage teilgenommen.</numerusform>
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
        <translation>Wert: Nettoumsatz in den 12 Monaten ab %1; hoher Wert ab %2 (der Median der Kunden, die in diesem Zeitraum gekauft haben).</translation>
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
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The picture %1 cannot be saved.</source>
        <translation>Das Bild %1 kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>rapport::SetPasswordDialog</name>
    <message>
        <location filename="../ui/passworddialogs.cpp" line="+92"/>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
</context>
<context>
    <name>rapport::SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+41"/>
        <location line="+18"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sign in to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Bei &lt;b&gt;%1&lt;/b&gt; anmelden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>rapport::SlippingModel</name>
    <message>
        <location filename="../ui/dashboards/slippingmodel.cpp" line="+35"/>
        <source>Customer #%1</source>
        <translation>Kunde #%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Net revenue up to the end of the period</source>
        <translation>Nettoumsatz bis zum Ende des Zeitraums</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BG/NBD model&apos;s probability that the customer still buys</source>
        <translation>Wahrscheinlichkeit laut BG/NBD-Modell, dass der Kunde noch kauft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discounted expected margin of the coming purchases</source>
        <translation>Abgezinste erwartete Marge der künftigen Käufe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past value</source>
        <translation>Bisheriger Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Past value (%1)</source>
        <translation>Bisheriger Wert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P(alive)</source>
        <translation>P(alive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime value (%1)</source>
        <translation>Kundenwert (%1)</translation>
    </message>
</context>
<context>
    <name>rapport::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="+39"/>
        <source>Rapport, a desktop CRM.</source>
        <translation>Rapport, ein CRM für den Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open (or create) the database FILE.</source>
        <translation>Die Datenbank DATEI öffnen (oder anlegen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not fill a new default database with demo data.</source>
        <translation>Eine neue Standarddatenbank nicht mit Demodaten füllen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of the main window to PNG, then quit.</source>
        <translation>Ein Bild des Hauptfensters als PNG speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a picture of each main view to DIR, then quit.</source>
        <translation>Ein Bild jeder Hauptansicht in ORDNER speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window&apos;s size for screenshots, e.g. 1600x1000.</source>
        <translation>Die Fenstergröße für Bildschirmfotos, z. B. 1600x1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--screenshot-size needs WIDTHxHEIGHT, at least 640x480.</source>
        <translation>--screenshot-size braucht BREITExHÖHE, mindestens 640x480.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo data could not be created: %1</source>
        <translation>Die Demodaten konnten nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::TaskEditor</name>
    <message>
        <location filename="../ui/taskeditor.cpp" line="+34"/>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit Task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User %1 (inactive)</source>
        <translation>Benutzer %1 (inaktiv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Later today</source>
        <translation>Heute &amp;später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;omorrow %1</source>
        <translation>&amp;Morgen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
</context>
<context>
    <name>rapport::TaskNotifier</name>
    <message>
        <location filename="../ui/tasknotifier.cpp" line="+95"/>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
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
        <translation>%1 Wiedervorlagen fällig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>and %1 more in My Day</source>
        <translation>und %1 weitere in „Mein Tag“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::TeamWorkTable</name>
    <message>
        <location filename="../ui/dashboards/teamworktable.cpp" line="+36"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineDelegate</name>
    <message>
        <location filename="../ui/timelinedelegate.cpp" line="+34"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineModel</name>
    <message>
        <location filename="../core/models/timelinemodel.cpp" line="+140"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint opened: %1</source>
        <translation>Reklamation eröffnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service request opened: %1</source>
        <translation>Serviceanfrage eröffnet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case closed: %1</source>
        <translation>Vorgang geschlossen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case resolved: %1</source>
        <translation>Vorgang gelöst: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task done: %1</source>
        <translation>Aufgabe erledigt: %1</translation>
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
            <numerusform>%n Position</numerusform>
            <numerusform>%n Positionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
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
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="+55"/>
        <source>Write a note about this customer and press Enter (Ctrl+Alt+N)</source>
        <translation>Notiz zu diesem Kunden schreiben und Enter drücken (Strg+Alt+N)</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation type="vanished">%1 ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show or hide: %1</source>
        <translation>Ein- oder ausblenden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the contacts of one channel only</source>
        <translation>Nur die Kontakte eines Kanals zeigen</translation>
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
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>rapport::TimelineView</name>
    <message>
        <location filename="../ui/timelineview.cpp" line="+20"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>rapport::TrashModel</name>
    <message>
        <location filename="../core/models/trashmodel.cpp" line="+66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to the trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
</context>
<context>
    <name>rapport::TrashView</name>
    <message>
        <location filename="../ui/trashview.cpp" line="+30"/>
        <location line="+54"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+56"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Delete for Good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Trash&lt;/b&gt;</source>
        <translation>&lt;b&gt;Papierkorb&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers moved to the trash stay here until they are restored or deleted for good.</source>
        <translation>Kunden im Papierkorb bleiben hier, bis sie wiederhergestellt oder endgültig gelöscht werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bring the selected customers back (Enter)</source>
        <translation>Die ausgewählten Kunden zurückholen (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete the selected customers and their history (Shift+Delete)</source>
        <translation>Die ausgewählten Kunden samt Historie löschen (Umschalt+Entf)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Restore %1 customers</source>
        <translation>%1 Kunden wiederherstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete %1 for good, with all their calls, orders, cases and tasks? This cannot be undone.</source>
        <translation>%1 endgültig löschen, mit allen Anrufen, Aufträgen, Vorgängen und Aufgaben? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1 customers for good, with all their calls, orders, cases and tasks? This cannot be undone.</source>
        <translation>%1 Kunden endgültig löschen, mit allen Anrufen, Aufträgen, Vorgängen und Aufgaben? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 customer in the trash</source>
        <translation>1 Kunde im Papierkorb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 customers in the trash</source>
        <translation>%L1 Kunden im Papierkorb</translation>
    </message>
</context>
<context>
    <name>rapport::UserEditDialog</name>
    <message>
        <location filename="../ui/usereditdialog.cpp" line="+37"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+58"/>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teams:</source>
        <translation>&amp;Teams:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>At least 8 characters; without one they cannot sign in</source>
        <translation>Mindestens 8 Zeichen; ohne Passwort kann sich die Person nicht anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, at least 8 characters</source>
        <translation>Optional, mindestens 8 Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repe&amp;at:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>rapport::UserTableModel</name>
    <message>
        <location filename="../ui/accountmodels.cpp" line="-75"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>rapport::UsersDialog</name>
    <message>
        <location filename="../ui/usersdialog.cpp" line="+77"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Users and Teams</source>
        <translation>Benutzer und Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Permissions</source>
        <translation>Be&amp;rechtigungen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+171"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;New Team…</source>
        <translation>&amp;Neues Team…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleting a team keeps its members; they stay in their other teams.</source>
        <translation>Beim Löschen eines Teams bleiben seine Mitglieder erhalten; sie bleiben in ihren anderen Teams.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>How far each role may act: on every customer, on their teams&apos; customers, on their own, or not at all. Administrators may always do everything, so that nobody locks everyone out.</source>
        <translation>Wie weit jede Rolle handeln darf: bei allen Kunden, bei den Kunden ihrer Teams, bei den eigenen oder gar nicht. Administratoren dürfen immer alles, damit niemand alle anderen aussperrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is deactivated: reactivate them first.</source>
        <translation>%1 ist deaktiviert: Aktivieren Sie das Konto zuerst wieder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 may sign in again.</source>
        <translation>%1 darf sich wieder anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated: their history and customers stay.</source>
        <translation>%1 ist deaktiviert: Verlauf und Kunden bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new password for %1. Tell it to them in person; they can change it later in the File menu.</source>
        <translation>Ein neues Passwort für %1. Teilen Sie es der Person persönlich mit; sie kann es später im Menü „Datei“ ändern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has a new password.</source>
        <translation>%1 hat ein neues Passwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Team %1 created.</source>
        <translation>Team %1 angelegt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename Team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team renamed to %1.</source>
        <translation>Team in %1 umbenannt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Team %1 deleted; its members stay.</source>
        <translation>Team %1 gelöscht; seine Mitglieder bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Permissions saved.</source>
        <translation>Berechtigungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="+12"/>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new customer database, or open one you already have.</source>
        <translation>Legen Sie eine neue Kundendatenbank an oder öffnen Sie eine vorhandene.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>rapport::Workspace</name>
    <message>
        <location filename="../core/services/workspace.cpp" line="+155"/>
        <source>This database requires a password: sign in with your login and password.</source>
        <translation>Diese Datenbank verlangt ein Passwort: Melden Sie sich mit Ihrem Anmeldenamen und Passwort an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is deactivated and cannot sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht anmelden.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>The database is open read-only, so nothing can be changed.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet, daher kann nichts geändert werden.</translation>
    </message>
</context>
<context>
    <name>rapport::io::CsvReader</name>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+79"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1, column %2 (in the record that starts on line %3): %4</source>
        <translation>Zeile %1, Spalte %2 (im Datensatz, der in Zeile %3 beginnt): %4</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>a quote opens a field here and is never closed, so the record cannot be read.</source>
        <translation>hier öffnet ein Anführungszeichen ein Feld und wird nie geschlossen, daher kann der Datensatz nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>text follows the closing quote of a field; a quote inside a quoted field must be doubled.</source>
        <translation>auf das schließende Anführungszeichen eines Feldes folgt Text; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a quote stands inside a field that does not start with one; a field holding quotes must be quoted as a whole, its quotes doubled.</source>
        <translation>ein Anführungszeichen steht in einem Feld, das nicht mit einem beginnt; ein Feld mit Anführungszeichen muss als Ganzes in Anführungszeichen stehen, seine Anführungszeichen verdoppelt.</translation>
    </message>
</context>
</TS>
