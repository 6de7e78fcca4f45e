<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+94"/>
        <location line="+32"/>
        <source>Saving the case</source>
        <translation>Speichern des Vorgangs</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>The case&apos;s customer or owner does not exist any more.</source>
        <translation>Den Kunden oder den Bearbeiter des Vorgangs gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading the case</source>
        <translation>Lesen des Vorgangs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1 does not exist.</source>
        <translation>Den Vorgang %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+13"/>
        <location line="+17"/>
        <source>Reading the cases</source>
        <translation>Lesen der Vorgänge</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+134"/>
        <location line="+62"/>
        <location line="+214"/>
        <source>Saving the customer</source>
        <translation>Speichern des Kunden</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Reading the customer</source>
        <translation>Lesen des Kunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Customer %1 does not exist.</source>
        <translation>Den Kunden %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The customer</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <location line="-191"/>
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
        <location line="+14"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Der Kontaktweg gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+52"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>Saving the contact point</source>
        <translation>Speichern des Kontaktwegs</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Reading the contact points</source>
        <translation>Lesen der Kontaktwege</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The contact point</source>
        <translation>Der Kontaktweg</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removing the contact point</source>
        <translation>Entfernen des Kontaktwegs</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>The contact point does not exist any more.</source>
        <translation>Den Kontaktweg gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer %1 does not exist any more.</source>
        <translation>Den Kunden %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>%1 wurde inzwischen von jemand anderem geändert; laden Sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>%1 does not exist any more.</source>
        <translation type="vanished">%1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CustomerSearchRepository</name>
    <message>
        <location filename="../core/storage/customersearchrepository.cpp" line="+37"/>
        <source>Searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching by phone number</source>
        <translation>Suchen nach Telefonnummer</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>Reading search results</source>
        <translation>Lesen der Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <location filename="../core/storage/interactionrepository.cpp" line="+83"/>
        <source>The interaction&apos;s customer, agent or case does not exist any more.</source>
        <translation>Den Kunden, den Mitarbeiter oder den Vorgang des Kontakts gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Saving the interaction</source>
        <translation>Speichern des Kontakts</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+20"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lesen der Kundenhistorie</translation>
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
    <name>RelationshipRepository</name>
    <message>
        <location filename="../core/storage/relationshiprepository.cpp" line="+70"/>
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
        <source>Saving the relationship</source>
        <translation>Speichern der Beziehung</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <source>The relationship was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>Die Beziehung wurde inzwischen von jemand anderem geändert; laden Sie sie neu und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The relationship does not exist any more.</source>
        <translation>Die Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the relationship</source>
        <translation>Löschen der Beziehung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the relationships</source>
        <translation>Lesen der Beziehungen</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="+19"/>
        <source>Reading a setting</source>
        <translation>Lesen einer Einstellung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a setting</source>
        <translation>Speichern einer Einstellung</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <location filename="../core/storage/taskrepository.cpp" line="+92"/>
        <location line="+37"/>
        <source>Saving the task</source>
        <translation>Speichern der Aufgabe</translation>
    </message>
    <message>
        <location line="-34"/>
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
        <source>Task %1 does not exist.</source>
        <translation>Die Aufgabe %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+9"/>
        <source>Reading the tasks</source>
        <translation>Lesen der Aufgaben</translation>
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
    <name>WriteTransaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="+36"/>
        <source>Starting to write</source>
        <translation>Beginn des Schreibens</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The transaction was already finished.</source>
        <translation>Die Transaktion war bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a desktop CRM.</source>
        <translation type="vanished">Rapport, ein CRM für den Desktop.</translation>
    </message>
    <message>
        <source>Open (or create) the database FILE.</source>
        <translation type="vanished">Die Datenbank DATEI öffnen (oder anlegen).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="vanished">DATEI</translation>
    </message>
    <message>
        <source>Do not fill a new default database with demo data.</source>
        <translation type="vanished">Eine neue Standarddatenbank nicht mit Demodaten füllen.</translation>
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+23"/>
        <location filename="../core/domain/interaction.cpp" line="+27"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/domain/interaction.cpp" line="+2"/>
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
        <location filename="../core/storage/database.cpp" line="+93"/>
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
        <location line="+2"/>
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
    <message>
        <location filename="../core/domain/user.cpp" line="+34"/>
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
        <location filename="../core/demo/demogenerator.cpp" line="+193"/>
        <source>The number of demo customers must lie between 1 and %L1.</source>
        <translation>Die Zahl der Demokunden muss zwischen 1 und %L1 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo data needs a valid end date.</source>
        <translation>Die Demodaten brauchen ein gültiges Enddatum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interactions per customer must lie between 0 and 1000.</source>
        <translation>Die Kontakte je Kunde müssen zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The orders per customer must lie between 0 and 1000.</source>
        <translation>Die Aufträge je Kunde müssen zwischen 0 und 1000 liegen.</translation>
    </message>
    <message>
        <location filename="../core/domain/interaction.cpp" line="+2"/>
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
        <location filename="../core/domain/supportcase.cpp" line="+27"/>
        <source>Complaint</source>
        <translation>Reklamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <location filename="../core/domain/money.cpp" line="+23"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location filename="../core/domain/order.cpp" line="+30"/>
        <location filename="../core/domain/supportcase.cpp" line="+13"/>
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
        <location filename="../core/domain/relationship.cpp" line="+24"/>
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
        <location filename="../core/domain/supportcase.cpp" line="-11"/>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../core/storage/databaseinfo.cpp" line="+41"/>
        <source>Listing the tables</source>
        <translation>Auflisten der Tabellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <location filename="../ui/databasechooser.cpp" line="+23"/>
        <source>Rapport databases (*.db *.rapport *.sqlite)</source>
        <translation>Rapport-Datenbanken (*.db *.rapport *.sqlite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+246"/>
        <source>%1 has %n problem(s); restore it from a backup.</source>
        <translation>
            <numerusform>%1 hat %n Problem; stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
            <numerusform>%1 hat %n Probleme; stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::BulkLoader</name>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+213"/>
        <source>The bulk load has already begun.</source>
        <translation>Das Massenladen hat bereits begonnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is open read-only, so nothing can be loaded.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet, daher kann nichts geladen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bulk load cannot start while another transaction is open.</source>
        <translation>Das Massenladen kann nicht beginnen, solange eine andere Transaktion offen ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the bulk load</source>
        <translation>Vorbereiten des Massenladens</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Starting the bulk load</source>
        <translation>Beginnen des Massenladens</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Preparing to load %1</source>
        <translation>Vorbereiten des Ladens von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting rows</source>
        <translation>Zählen der Zeilen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finding free ids</source>
        <translation>Suchen freier IDs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding the tag %1</source>
        <translation>Hinzufügen des Schlagworts %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+68"/>
        <source>The bulk load has not begun.</source>
        <translation>Das Massenladen hat nicht begonnen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Loading rows into %1</source>
        <translation>Laden von Zeilen in %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bulk load was cancelled; nothing was saved.</source>
        <translation>Das Massenladen wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completing the search index</source>
        <translation>Vervollständigen des Suchindex</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Building the index %1</source>
        <translation>Aufbauen des Index %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recreating the indexes and triggers</source>
        <translation>Neuanlegen der Indizes und Trigger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the loaded rows</source>
        <translation>Speichern der geladenen Zeilen</translation>
    </message>
</context>
<context>
    <name>rapport::BulkSearchIndex</name>
    <message>
        <location filename="../core/storage/bulksearchindex.cpp" line="+108"/>
        <source>Building the search index</source>
        <translation>Aufbauen des Suchindex</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+38"/>
        <source>Copying the search index</source>
        <translation>Kopieren des Suchindex</translation>
    </message>
</context>
<context>
    <name>rapport::ChunkPipeline</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="-38"/>
        <source>Making the demo rows failed: %1.</source>
        <translation>Erzeugen der Demozeilen fehlgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPoint</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The phone number is not in E.164 form.</source>
        <translation>Die Telefonnummer liegt nicht im E.164-Format vor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The web address is empty.</source>
        <translation>Die Webadresse ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An address needs at least a street or a city.</source>
        <translation>Eine Adresse braucht mindestens eine Straße oder einen Ort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein, etwa DE oder FR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Der Kontaktweg gehört zu keinem Kunden.</translation>
    </message>
</context>
<context>
    <name>rapport::Customer</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="+45"/>
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
        <location line="+5"/>
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
    <name>rapport::CustomerListModel</name>
    <message>
        <location filename="../core/models/customerlistmodel.cpp" line="+76"/>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer since %1</source>
        <translation>Kunde seit %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The list can be sorted by name only, for now.</source>
        <translation>Die Liste lässt sich vorerst nur nach Namen sortieren.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+133"/>
        <source>Counting the customers</source>
        <translation>Zählen der Kunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading a customer&apos;s place in the list</source>
        <translation>Lesen der Position eines Kunden in der Liste</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+40"/>
        <source>Reading the customer list</source>
        <translation>Lesen der Kundenliste</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading customers</source>
        <translation>Lesen von Kunden</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the customers&apos; phone numbers and addresses</source>
        <translation>Lesen der Telefonnummern und Adressen der Kunden</translation>
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+45"/>
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
        <location line="+6"/>
        <source>Opening %1 failed: Qt&apos;s SQLite driver gave no connection handle.</source>
        <translation>Öffnen von %1 fehlgeschlagen: Der SQLite-Treiber von Qt lieferte keine Verbindung.</translation>
    </message>
    <message>
        <location line="+54"/>
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
    <name>rapport::DatabaseChooser</name>
    <message>
        <location filename="../ui/databasechooser.cpp" line="+21"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
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
    <name>rapport::DemoDataTask</name>
    <message>
        <location filename="../ui/demodatatask.cpp" line="+37"/>
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
    <name>rapport::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+69"/>
        <source>The database already holds %n customer(s); demo data only goes into an empty database.</source>
        <translation>Die Datenbank enthält bereits %n Kunden; Demodaten kommen nur in eine leere Datenbank.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Making the demo data was cancelled; the database was left as it was.</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen; die Datenbank blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>rapport::DemoWords</name>
    <message>
        <location filename="../core/demo/demowords.cpp" line="+242"/>
        <source>The demo word list %1 is incomplete or malformed%2.</source>
        <translation>Die Demo-Wortliste %1 ist unvollständig oder fehlerhaft%2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The demo word list common.txt has no section [%1].</source>
        <translation>Der Demo-Wortliste common.txt fehlt der Abschnitt [%1].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo word list common.txt has no case subjects.</source>
        <translation>Der Demo-Wortliste common.txt fehlen die Betreffs für Vorgänge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo word list common.txt needs eight tags.</source>
        <translation>Die Demo-Wortliste common.txt braucht acht Schlagwörter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The demo product list is malformed near &quot;%1&quot;.</source>
        <translation>Die Demo-Produktliste ist bei „%1“ fehlerhaft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>Die Demo-Wortliste %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo word lists are missing from this build.</source>
        <translation>Die Demo-Wortlisten fehlen in diesem Build.</translation>
    </message>
</context>
<context>
    <name>rapport::Interaction</name>
    <message>
        <location filename="../core/domain/interaction.cpp" line="+16"/>
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
        <location line="+4"/>
        <source>The duration must lie between zero and seven days.</source>
        <translation>Die Dauer muss zwischen null und sieben Tagen liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not a valid user.</source>
        <translation>Der Mitarbeiter ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outcome is not one Rapport knows.</source>
        <translation>Rapport kennt dieses Ergebnis nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case is not a valid case.</source>
        <translation>Der Vorgang ist kein gültiger Vorgang.</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+71"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapport</source>
        <translation>&amp;Über Rapport</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+10"/>
        <source>Counting customers…</source>
        <translation>Kunden werden gezählt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 customers</source>
        <translation>%L1 Kunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A customer relationship manager for your desktop: every customer, their history and your numbers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Kundenbeziehungsmanagement für Ihren Desktop: alle Kunden, ihre Geschichte und Ihre Zahlen an einem Ort.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und SQLite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+61"/>
        <source>The currency is missing.</source>
        <translation>Die Währung fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code; use three capital letters such as EUR.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Großbuchstaben wie EUR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount is empty.</source>
        <translation>Der Betrag ist leer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+20"/>
        <location line="+24"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&quot;%1&quot; is not an amount: write it without thousands separators and with a point before the decimals, such as 1234.56.</source>
        <translation>„%1“ ist kein Betrag: Schreiben Sie ihn ohne Tausendertrennzeichen und mit einem Punkt vor den Nachkommastellen, etwa 1234.56.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has decimals, but the currency has none.</source>
        <translation>„%1“ hat Nachkommastellen, die Währung aber keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>„%1“ hat mehr als %2 Nachkommastellen.</translation>
    </message>
</context>
<context>
    <name>rapport::Order</name>
    <message>
        <location filename="../core/domain/order.cpp" line="+17"/>
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
        <location line="+4"/>
        <source>Line %1 has a negative price; a return has a negative quantity instead.</source>
        <translation>Position %1 hat einen negativen Preis; eine Rücksendung hat stattdessen eine negative Menge.</translation>
    </message>
</context>
<context>
    <name>rapport::PhoneNormalizer</name>
    <message>
        <location filename="../core/domain/phonenumber.cpp" line="+30"/>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>„%1“ ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid phone number for region %2; give the country code (+…) if it is a foreign number.</source>
        <translation>„%1“ ist keine gültige Telefonnummer für die Region %2; geben Sie bei einer ausländischen Nummer die Landesvorwahl (+…) an.</translation>
    </message>
</context>
<context>
    <name>rapport::Product</name>
    <message>
        <location filename="../core/domain/product.cpp" line="+39"/>
        <source>A product needs a SKU.</source>
        <translation>Ein Produkt braucht eine Artikelnummer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SKU is longer than %1 characters.</source>
        <translation>Die Artikelnummer ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product needs a name.</source>
        <translation>Ein Produkt braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category is longer than %1 characters.</source>
        <translation>Die Kategorie ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>rapport::Relationship</name>
    <message>
        <location filename="../core/domain/relationship.cpp" line="+16"/>
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
        <location line="+4"/>
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
    <name>rapport::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="+37"/>
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
        <location line="+52"/>
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
    <name>rapport::SupportCase</name>
    <message>
        <location filename="../core/domain/supportcase.cpp" line="+18"/>
        <source>The case belongs to no customer.</source>
        <translation>Der Vorgang gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of case is not one Rapport knows.</source>
        <translation>Rapport kennt diese Art von Vorgang nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case needs a subject.</source>
        <translation>Ein Vorgang braucht einen Betreff.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>Der Betreff ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category is longer than %1 characters.</source>
        <translation>Die Kategorie ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case&apos;s status is not one Rapport knows.</source>
        <translation>Rapport kennt diesen Vorgangsstatus nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The priority is not one Rapport knows.</source>
        <translation>Rapport kennt diese Priorität nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The owner is not a valid user.</source>
        <translation>Der Betreuer ist kein gültiger Benutzer.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>The case cannot be resolved before it was opened.</source>
        <translation>Der Vorgang kann nicht gelöst werden, bevor er eröffnet wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case that is not resolved has no resolution time; clear it when reopening the case.</source>
        <translation>Ein ungelöster Vorgang hat keinen Lösungszeitpunkt; entfernen Sie ihn, wenn Sie den Vorgang wieder eröffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The resolution is longer than %1 characters.</source>
        <translation>Die Lösung ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>rapport::Task</name>
    <message>
        <location filename="../core/domain/task.cpp" line="+30"/>
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
        <location line="+3"/>
        <source>The case is not a valid case.</source>
        <translation>Der Vorgang ist kein gültiger Vorgang.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>rapport::User</name>
    <message>
        <location filename="../core/domain/user.cpp" line="+16"/>
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
        <location line="+3"/>
        <source>A user needs a name.</source>
        <translation>Ein Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>rapport::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+17"/>
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
        <translation>Aufruf: rapport-cli BEFEHL [--db DATEI] [OPTIONEN]

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
        <location line="+36"/>
        <source>no command given; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>kein Befehl angegeben; &apos;rapport-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown option %1; a command comes first, e.g. &apos;rapport-cli info --db FILE&apos;.</source>
        <translation>unbekannte Option %1; zuerst kommt ein Befehl, z. B. &apos;rapport-cli info --db DATEI&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>unbekannter Befehl „%1“; &apos;rapport-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="-167"/>
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
        <location line="+15"/>
        <source>%1 is a Rapport database at schema %2.</source>
        <translation>%1 ist eine Rapport-Datenbank mit Schema %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 (schema %2).</source>
        <translation>%1 angelegt (Schema %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fills an empty database with demo customers and three years of history.</source>
        <translation>Füllt eine leere Datenbank mit Demokunden und drei Jahren Historie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--customers must be a whole number from 1 to 50000000.</source>
        <translation>--customers muss eine ganze Zahl von 1 bis 50000000 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--interactions-per-customer must be a number from 0 to 1000.</source>
        <translation>--interactions-per-customer muss eine Zahl von 0 bis 1000 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation>--as-of muss ein Datum in der Form JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>generating: %1%</source>
        <translation>erzeuge: %1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generated %L1 customers, %L2 contact points, %L3 interactions, %L4 orders (%L5 lines), %L6 cases, %L7 tasks, %L8 users and %L9 products in %10 s.</source>
        <translation>%L1 Kunden, %L2 Kontaktwege, %L3 Kontakte, %L4 Aufträge (%L5 Positionen), %L6 Vorgänge, %L7 Aufgaben, %L8 Benutzer und %L9 Produkte in %10 s erzeugt.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+9"/>
        <source>Checks the database file&apos;s integrity and references.</source>
        <translation>Prüft die Integrität und die Verweise der Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is sound.</source>
        <translation>%1 ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+33"/>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
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
        <location line="+7"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>Die Migration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading the database to schema %1</source>
        <translation>Aktualisieren der Datenbank auf Schema %1</translation>
    </message>
</context>
</TS>
