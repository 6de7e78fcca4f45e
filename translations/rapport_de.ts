<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+104"/>
        <location line="+63"/>
        <source>Saving the customer</source>
        <translation>Speichern des Kunden</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+91"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+24"/>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <location line="-5"/>
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
        <source>Deleting the customer</source>
        <translation>Löschen des Kunden</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+13"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Der Kontaktweg gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+52"/>
        <location line="+31"/>
        <source>Saving the contact point</source>
        <translation>Speichern des Kontaktwegs</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Reading the contact points</source>
        <translation>Lesen der Kontaktwege</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The contact point</source>
        <translation>Der Kontaktweg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removing the contact point</source>
        <translation>Entfernen des Kontaktwegs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact point does not exist any more.</source>
        <translation>Den Kontaktweg gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; laden Sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchRepository</name>
    <message>
        <location filename="../core/storage/customersearchrepository.cpp" line="+33"/>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching by phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+15"/>
        <source>Reading search results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="+17"/>
        <source>Reading a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="+35"/>
        <source>Starting to write</source>
        <translation>Beginn des Schreibens</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+23"/>
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
        <location line="+27"/>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="+24"/>
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
        <location filename="../core/storage/database.cpp" line="+77"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a Rapport database, or it is damaged (%2).</source>
        <translation>%1 ist keine Rapport-Datenbank oder ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows schema %3 at most).</source>
        <translation>%1 wurde von einer neueren Rapport-Version geschrieben (Schema %2; diese Version kennt höchstens Schema %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database of another program, not a Rapport database.</source>
        <translation>%1 ist die SQLite-Datenbank eines anderen Programms, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+17"/>
        <source>%1 failed: the disk is full, so nothing was saved.</source>
        <translation>%1 fehlgeschlagen: Der Datenträger ist voll, es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: the database file is read-only.</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei ist schreibgeschützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: another program is writing to the database; try again.</source>
        <translation>%1 fehlgeschlagen: Ein anderes Programm schreibt gerade in die Datenbank; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: the database file is damaged (%2).</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: the database file could not be read or written (%2).</source>
        <translation>%1 fehlgeschlagen: Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: a value breaks a rule of the database (%2).</source>
        <translation>%1 fehlgeschlagen: Ein Wert verletzt eine Regel der Datenbank (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location filename="../core/domain/priority.cpp" line="+12"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/user.cpp" line="+31"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::ContactPoint</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+37"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The phone number is not in E.164 form.</source>
        <translation>Die Telefonnummer liegt nicht im E.164-Format vor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The web address is empty.</source>
        <translation>Die Webadresse ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An address needs at least a street or a city.</source>
        <translation>Eine Adresse braucht mindestens eine Straße oder einen Ort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein, etwa DE oder FR.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Der Kontaktweg gehört zu keinem Kunden.</translation>
    </message>
</context>
<context>
    <name>rapport::Customer</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="+44"/>
        <source>A person needs a first or a last name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>Der Vorname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>Der Nachname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An organisation needs a name.</source>
        <translation>Eine Organisation braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s name is longer than %1 characters.</source>
        <translation>Der Name der Organisation ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The acquisition date lies in the future.</source>
        <translation>Das Gewinnungsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The owner is not a valid user.</source>
        <translation>Der Betreuer ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag is empty.</source>
        <translation>Ein Schlagwort ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Das Schlagwort „%1“ ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+43"/>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Rapport database (it is not an SQLite file).</source>
        <translation>%1 ist keine Rapport-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an empty file, not a Rapport database.</source>
        <translation>%1 ist eine leere Datei, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an empty SQLite file, not a Rapport database.</source>
        <translation>%1 ist eine leere SQLite-Datei, keine Rapport-Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only; make it writable or open it read-only.</source>
        <translation>%1 ist schreibgeschützt; machen Sie die Datei beschreibbar oder öffnen Sie sie nur zum Lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation>Der Ordner %1 ist nicht beschreibbar, daher kann dort keine Datenbank angelegt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening %1 failed: Qt&apos;s SQLite driver gave no connection handle.</source>
        <translation>Öffnen von %1 fehlgeschlagen: Der SQLite-Treiber von Qt lieferte keine Verbindung.</translation>
    </message>
    <message>
        <location line="+55"/>
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
</context>
<context>
    <name>rapport::PhoneNormalizer</name>
    <message>
        <location filename="../core/domain/phonenumber.cpp" line="+29"/>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a valid phone number for region %2; give the country code (+…) if it is a foreign number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer für die Region %2; geben Sie bei einer ausländischen Nummer die Landesvorwahl (+…) an.</translation>
    </message>
</context>
<context>
    <name>rapport::User</name>
    <message>
        <location filename="../core/domain/user.cpp" line="+16"/>
        <source>A user needs a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A login may only hold letters, digits and the characters . _ - @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The role is not one Rapport knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapport::migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+77"/>
        <source>The database&apos;s schema version cannot be read.</source>
        <translation>Die Schemaversion der Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Die Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrading the database to schema %1</source>
        <translation>Aktualisieren der Datenbank auf Schema %1</translation>
    </message>
</context>
</TS>
