<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../core/storage/caserepository.cpp" line="+94"/>
        <location line="+32"/>
        <source>Saving the case</source>
        <translation>Enregistrement du dossier</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+33"/>
        <source>The case&apos;s customer or owner does not exist any more.</source>
        <translation>Le client ou le responsable du dossier n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reading the case</source>
        <translation>Lecture du dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+13"/>
        <location line="+17"/>
        <source>Reading the cases</source>
        <translation>Lecture des dossiers</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+134"/>
        <location line="+62"/>
        <location line="+214"/>
        <source>Saving the customer</source>
        <translation>Enregistrement du client</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Reading the customer</source>
        <translation>Lecture du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+90"/>
        <source>Customer %1 does not exist.</source>
        <translation>Le client %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>The customer</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location line="-191"/>
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
        <source>Deleting the customer</source>
        <translation>Suppression du client</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+9"/>
        <location line="+8"/>
        <location line="+52"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>Saving the contact point</source>
        <translation>Enregistrement du moyen de contact</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Reading the contact points</source>
        <translation>Lecture des moyens de contact</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The contact point</source>
        <translation>Le moyen de contact</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Removing the contact point</source>
        <translation>Suppression du moyen de contact</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+19"/>
        <source>The contact point does not exist any more.</source>
        <translation>Le moyen de contact n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../core/storage/customersearchrepository.cpp" line="+37"/>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching by phone number</source>
        <translation>Recherche par numéro de téléphone</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <source>Reading search results</source>
        <translation>Lecture des résultats de recherche</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <location filename="../core/storage/interactionrepository.cpp" line="+83"/>
        <source>The interaction&apos;s customer, agent or case does not exist any more.</source>
        <translation>Le client, le conseiller ou le dossier de l&apos;échange n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+28"/>
        <source>Saving the interaction</source>
        <translation>Enregistrement de l&apos;échange</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+20"/>
        <source>Reading the customer&apos;s history</source>
        <translation>Lecture de l&apos;historique du client</translation>
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
    <name>RelationshipRepository</name>
    <message>
        <location filename="../core/storage/relationshiprepository.cpp" line="+70"/>
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
        <source>Saving the relationship</source>
        <translation>Enregistrement de la relation</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <source>The relationship was changed by someone else since you opened it; reload it and apply your change again.</source>
        <translation>La relation a été modifiée par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez-la et refaites votre modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>The relationship does not exist any more.</source>
        <translation>La relation n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Deleting the relationship</source>
        <translation>Suppression de la relation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the relationships</source>
        <translation>Lecture des relations</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <location filename="../core/storage/settingsrepository.cpp" line="+19"/>
        <source>Reading a setting</source>
        <translation>Lecture d&apos;un paramètre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving a setting</source>
        <translation>Enregistrement d&apos;un paramètre</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <location filename="../core/storage/taskrepository.cpp" line="+92"/>
        <location line="+37"/>
        <source>Saving the task</source>
        <translation>Enregistrement de la tâche</translation>
    </message>
    <message>
        <location line="-34"/>
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
        <source>Task %1 does not exist.</source>
        <translation>La tâche %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+9"/>
        <source>Reading the tasks</source>
        <translation>Lecture des tâches</translation>
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
    <name>WriteTransaction</name>
    <message>
        <location filename="../core/storage/transaction.cpp" line="+36"/>
        <source>Starting to write</source>
        <translation>Début de l&apos;écriture</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport, a desktop CRM.</source>
        <translation type="vanished">Rapport, un CRM pour le bureau.</translation>
    </message>
    <message>
        <source>Open (or create) the database FILE.</source>
        <translation type="vanished">Ouvrir (ou créer) la base de données FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="vanished">FICHIER</translation>
    </message>
    <message>
        <source>Do not fill a new default database with demo data.</source>
        <translation type="vanished">Ne pas remplir une nouvelle base par défaut avec des données de démonstration.</translation>
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+23"/>
        <location filename="../core/domain/interaction.cpp" line="+27"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/domain/interaction.cpp" line="+2"/>
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
        <location line="+27"/>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../core/domain/customer.cpp" line="+24"/>
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
        <location filename="../core/storage/database.cpp" line="+93"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a Rapport database, or it is damaged (%2).</source>
        <translation>%1 n&apos;est pas une base de données Rapport, ou elle est endommagée (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer version of Rapport (schema %2; this version knows schema %3 at most).</source>
        <translation>%1 a été écrit par une version plus récente de Rapport (schéma %2&#xa0;; cette version connaît au plus le schéma %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database of another program, not a Rapport database.</source>
        <translation>%1 est la base SQLite d&apos;un autre programme, pas une base de données Rapport.</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlerror.cpp" line="+17"/>
        <source>%1 failed: the disk is full, so nothing was saved.</source>
        <translation>%1 impossible&#xa0;: le disque est plein, rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed: the database file is read-only.</source>
        <translation>%1 impossible&#xa0;: le fichier de la base est en lecture seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: another program is writing to the database; try again.</source>
        <translation>%1 impossible&#xa0;: un autre programme écrit dans la base&#xa0;; réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: the database file is damaged (%2).</source>
        <translation>%1 impossible&#xa0;: le fichier de la base est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: the database file could not be read or written (%2).</source>
        <translation>%1 impossible&#xa0;: le fichier de la base n&apos;a pas pu être lu ou écrit (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: a value breaks a rule of the database (%2).</source>
        <translation>%1 impossible&#xa0;: une valeur enfreint une règle de la base (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed: %2.</source>
        <translation>%1 impossible&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/domain/priority.cpp" line="+12"/>
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
    <message>
        <location filename="../core/domain/user.cpp" line="+34"/>
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
        <location filename="../core/demo/demogenerator.cpp" line="+193"/>
        <source>The number of demo customers must lie between 1 and %L1.</source>
        <translation>Le nombre de clients de démonstration doit être compris entre 1 et %L1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo data needs a valid end date.</source>
        <translation>Les données de démonstration ont besoin d&apos;une date de fin valide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The interactions per customer must lie between 0 and 1000.</source>
        <translation>Le nombre d&apos;échanges par client doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The orders per customer must lie between 0 and 1000.</source>
        <translation>Le nombre de commandes par client doit être compris entre 0 et 1000.</translation>
    </message>
    <message>
        <location filename="../core/domain/interaction.cpp" line="+2"/>
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
        <location filename="../core/domain/supportcase.cpp" line="+27"/>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not interested</source>
        <translation>Pas intéressé</translation>
    </message>
    <message>
        <location filename="../core/domain/money.cpp" line="+23"/>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location filename="../core/domain/order.cpp" line="+30"/>
        <location filename="../core/domain/supportcase.cpp" line="+13"/>
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
        <location filename="../core/domain/relationship.cpp" line="+24"/>
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
        <location filename="../core/domain/supportcase.cpp" line="-11"/>
        <source>Service request</source>
        <translation>Demande de service</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../core/storage/databaseinfo.cpp" line="+41"/>
        <source>Listing the tables</source>
        <translation>Liste des tables</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counting the rows of %1</source>
        <translation>Comptage des lignes de %1</translation>
    </message>
    <message>
        <location filename="../ui/databasechooser.cpp" line="+23"/>
        <source>Rapport databases (*.db *.rapport *.sqlite)</source>
        <translation>Bases de données Rapport (*.db *.rapport *.sqlite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>rapport-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/commands.cpp" line="+246"/>
        <source>%1 has %n problem(s); restore it from a backup.</source>
        <translation>
            <numerusform>%1 a %n problème&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</numerusform>
            <numerusform>%1 a %n problèmes&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::BulkLoader</name>
    <message>
        <location filename="../core/storage/bulkloader.cpp" line="+213"/>
        <source>The bulk load has already begun.</source>
        <translation>Le chargement en masse a déjà commencé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is open read-only, so nothing can be loaded.</source>
        <translation>La base est ouverte en lecture seule&#xa0;; rien ne peut être chargé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bulk load cannot start while another transaction is open.</source>
        <translation>Un chargement en masse ne peut pas commencer tant qu&apos;une autre transaction est ouverte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the bulk load</source>
        <translation>Préparation du chargement en masse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Starting the bulk load</source>
        <translation>Début du chargement en masse</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Preparing to load %1</source>
        <translation>Préparation du chargement de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Counting rows</source>
        <translation>Comptage des lignes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Finding free ids</source>
        <translation>Recherche d&apos;identifiants libres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding the tag %1</source>
        <translation>Ajout de l&apos;étiquette %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+68"/>
        <source>The bulk load has not begun.</source>
        <translation>Le chargement en masse n&apos;a pas commencé.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Loading rows into %1</source>
        <translation>Chargement de lignes dans %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The bulk load was cancelled; nothing was saved.</source>
        <translation>Le chargement en masse a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Completing the search index</source>
        <translation>Achèvement de l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Building the index %1</source>
        <translation>Construction de l&apos;index %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recreating the indexes and triggers</source>
        <translation>Recréation des index et des déclencheurs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the loaded rows</source>
        <translation>Enregistrement des lignes chargées</translation>
    </message>
</context>
<context>
    <name>rapport::BulkSearchIndex</name>
    <message>
        <location filename="../core/storage/bulksearchindex.cpp" line="+108"/>
        <source>Building the search index</source>
        <translation>Construction de l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+38"/>
        <source>Copying the search index</source>
        <translation>Copie de l&apos;index de recherche</translation>
    </message>
</context>
<context>
    <name>rapport::ChunkPipeline</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="-38"/>
        <source>Making the demo rows failed: %1.</source>
        <translation>La création des lignes de démonstration a échoué&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ContactPoint</name>
    <message>
        <location filename="../core/domain/contactpoint.cpp" line="+41"/>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The phone number is not in E.164 form.</source>
        <translation>Le numéro de téléphone n&apos;est pas au format E.164.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The web address is empty.</source>
        <translation>L&apos;adresse web est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An address needs at least a street or a city.</source>
        <translation>Une adresse doit avoir au moins une rue ou une ville.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The country must be a two-letter code such as DE or FR.</source>
        <translation>Le pays doit être un code de deux lettres comme DE ou FR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The contact point belongs to no customer.</source>
        <translation>Le moyen de contact n&apos;appartient à aucun client.</translation>
    </message>
</context>
<context>
    <name>rapport::Customer</name>
    <message>
        <location filename="../core/domain/customer.cpp" line="+45"/>
        <source>A person needs a first or a last name.</source>
        <translation>Une personne doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first name is longer than %1 characters.</source>
        <translation>Le prénom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>The owner is not a valid user.</source>
        <translation>Le responsable n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A tag is empty.</source>
        <translation>Une étiquette est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag &quot;%1&quot; is longer than %2 characters.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
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
        <translation>Client depuis le %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The list can be sorted by name only, for now.</source>
        <translation>Pour l&apos;instant, la liste ne peut être triée que par nom.</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
</context>
<context>
    <name>rapport::CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+133"/>
        <source>Counting the customers</source>
        <translation>Comptage des clients</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading a customer&apos;s place in the list</source>
        <translation>Lecture de la position d&apos;un client dans la liste</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+40"/>
        <source>Reading the customer list</source>
        <translation>Lecture de la liste des clients</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading customers</source>
        <translation>Lecture des clients</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the customers&apos; phone numbers and addresses</source>
        <translation>Lecture des numéros de téléphone et des adresses des clients</translation>
    </message>
</context>
<context>
    <name>rapport::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+45"/>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 ne peut pas être lu&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a Rapport database (it is not an SQLite file).</source>
        <translation>%1 n&apos;est pas une base de données Rapport (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an empty file, not a Rapport database.</source>
        <translation>%1 est un fichier vide, pas une base de données Rapport.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an empty SQLite file, not a Rapport database.</source>
        <translation>%1 est un fichier SQLite vide, pas une base de données Rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only; make it writable or open it read-only.</source>
        <translation>%1 est en lecture seule&#xa0;; rendez-le modifiable ou ouvrez-le en lecture seule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no database at %1.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 is not writable, so no database can be created there.</source>
        <translation>Le dossier %1 n&apos;est pas accessible en écriture&#xa0;; impossible d&apos;y créer une base de données.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening %1 failed: Qt&apos;s SQLite driver gave no connection handle.</source>
        <translation>Ouverture de %1 impossible&#xa0;: le pilote SQLite de Qt n&apos;a fourni aucune connexion.</translation>
    </message>
    <message>
        <location line="+54"/>
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
</context>
<context>
    <name>rapport::DatabaseChooser</name>
    <message>
        <location filename="../ui/databasechooser.cpp" line="+21"/>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
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
    <name>rapport::DemoDataTask</name>
    <message>
        <location filename="../ui/demodatatask.cpp" line="+37"/>
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
    <name>rapport::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+69"/>
        <source>The database already holds %n customer(s); demo data only goes into an empty database.</source>
        <translation>La base contient déjà des clients (%n)&#xa0;; les données de démonstration ne vont que dans une base vide.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Making the demo data was cancelled; the database was left as it was.</source>
        <translation>La création des données de démonstration a été annulée&#xa0;; la base est restée inchangée.</translation>
    </message>
</context>
<context>
    <name>rapport::DemoWords</name>
    <message>
        <location filename="../core/demo/demowords.cpp" line="+242"/>
        <source>The demo word list %1 is incomplete or malformed%2.</source>
        <translation>La liste de mots de démonstration %1 est incomplète ou mal formée%2.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The demo word list common.txt has no section [%1].</source>
        <translation>La liste de mots de démonstration common.txt n&apos;a pas de section [%1].</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo word list common.txt has no case subjects.</source>
        <translation>La liste de mots de démonstration common.txt n&apos;a pas d&apos;objets de dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The demo word list common.txt needs eight tags.</source>
        <translation>La liste de mots de démonstration common.txt doit contenir huit étiquettes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The demo product list is malformed near &quot;%1&quot;.</source>
        <translation>La liste de produits de démonstration est mal formée près de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>La liste de mots de démonstration %1 manque dans cette version.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo word lists are missing from this build.</source>
        <translation>Les listes de mots de démonstration manquent dans cette version.</translation>
    </message>
</context>
<context>
    <name>rapport::Interaction</name>
    <message>
        <location filename="../core/domain/interaction.cpp" line="+16"/>
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
        <location line="+4"/>
        <source>The duration must lie between zero and seven days.</source>
        <translation>La durée doit être comprise entre zéro et sept jours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not a valid user.</source>
        <translation>Le conseiller n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>L&apos;objet dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The outcome is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce résultat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The case is not a valid case.</source>
        <translation>Le dossier n&apos;est pas un dossier valide.</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+71"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Rapport</source>
        <translation>&amp;À propos de Rapport</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot Open Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+10"/>
        <source>Counting customers…</source>
        <translation>Comptage des clients…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 customers</source>
        <translation>%L1 clients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Rapport</source>
        <translation>À propos de Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;A customer relationship manager for your desktop: every customer, their history and your numbers in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;La gestion de la relation client sur votre bureau&#xa0;: tous vos clients, leur historique et vos chiffres au même endroit.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt %2 et SQLite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::Money</name>
    <message>
        <location filename="../core/domain/money.cpp" line="+61"/>
        <source>The currency is missing.</source>
        <translation>La devise manque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a currency code; use three capital letters such as EUR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise&#xa0;; utilisez trois lettres majuscules comme EUR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The amount is empty.</source>
        <translation>Le montant est vide.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <location line="+20"/>
        <location line="+24"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>&quot;%1&quot; is not an amount: write it without thousands separators and with a point before the decimals, such as 1234.56.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant&#xa0;: écrivez-le sans séparateur de milliers et avec un point avant les décimales, comme 1234.56.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has decimals, but the currency has none.</source>
        <translation>«&#xa0;%1&#xa0;» a des décimales, mais la devise n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; has more than %2 decimals.</source>
        <translation>«&#xa0;%1&#xa0;» a plus de %2 décimales.</translation>
    </message>
</context>
<context>
    <name>rapport::Order</name>
    <message>
        <location filename="../core/domain/order.cpp" line="+17"/>
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
        <location line="+4"/>
        <source>Line %1 has a negative price; a return has a negative quantity instead.</source>
        <translation>La ligne %1 a un prix négatif&#xa0;; un retour a plutôt une quantité négative.</translation>
    </message>
</context>
<context>
    <name>rapport::PhoneNormalizer</name>
    <message>
        <location filename="../core/domain/phonenumber.cpp" line="+30"/>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid phone number for region %2; give the country code (+…) if it is a foreign number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro valide pour la région %2&#xa0;; indiquez l&apos;indicatif du pays (+…) s&apos;il s&apos;agit d&apos;un numéro étranger.</translation>
    </message>
</context>
<context>
    <name>rapport::Product</name>
    <message>
        <location filename="../core/domain/product.cpp" line="+39"/>
        <source>A product needs a SKU.</source>
        <translation>Un produit doit avoir une référence.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SKU is longer than %1 characters.</source>
        <translation>La référence dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A product needs a name.</source>
        <translation>Un produit doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category is longer than %1 characters.</source>
        <translation>La catégorie dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>rapport::Relationship</name>
    <message>
        <location filename="../core/domain/relationship.cpp" line="+16"/>
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
        <location line="+4"/>
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
    <name>rapport::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="+37"/>
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
        <location line="+52"/>
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
    <name>rapport::SupportCase</name>
    <message>
        <location filename="../core/domain/supportcase.cpp" line="+18"/>
        <source>The case belongs to no customer.</source>
        <translation>Le dossier n&apos;appartient à aucun client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The kind of case is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce type de dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A case needs a subject.</source>
        <translation>Un dossier doit avoir un objet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subject is longer than %1 characters.</source>
        <translation>L&apos;objet dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The description is longer than %1 characters.</source>
        <translation>La description dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The category is longer than %1 characters.</source>
        <translation>La catégorie dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The case&apos;s status is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas ce statut de dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The priority is not one Rapport knows.</source>
        <translation>Rapport ne connaît pas cette priorité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The owner is not a valid user.</source>
        <translation>Le responsable n&apos;est pas un utilisateur valide.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>The case cannot be resolved before it was opened.</source>
        <translation>Le dossier ne peut pas être résolu avant d&apos;avoir été ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case that is not resolved has no resolution time; clear it when reopening the case.</source>
        <translation>Un dossier non résolu n&apos;a pas d&apos;heure de résolution&#xa0;; effacez-la en rouvrant le dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The resolution is longer than %1 characters.</source>
        <translation>La résolution dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>rapport::Task</name>
    <message>
        <location filename="../core/domain/task.cpp" line="+30"/>
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
        <location line="+3"/>
        <source>The case is not a valid case.</source>
        <translation>Le dossier n&apos;est pas un dossier valide.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>rapport::User</name>
    <message>
        <location filename="../core/domain/user.cpp" line="+16"/>
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
        <location line="+3"/>
        <source>A user needs a name.</source>
        <translation>Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <translation>Usage&#xa0;: rapport-cli COMMANDE [--db FICHIER] [OPTIONS]

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
        <location line="+36"/>
        <source>no command given; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>aucune commande indiquée&#xa0;; &apos;rapport-cli --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>unknown option %1; a command comes first, e.g. &apos;rapport-cli info --db FILE&apos;.</source>
        <translation>option inconnue %1&#xa0;; la commande vient en premier, par ex. &apos;rapport-cli info --db FICHIER&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown command &quot;%1&quot;; run &apos;rapport-cli --help&apos; for the list.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; &apos;rapport-cli --help&apos; en donne la liste.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="-167"/>
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
        <location line="+15"/>
        <source>%1 is a Rapport database at schema %2.</source>
        <translation>%1 est une base de données Rapport au schéma %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1 (schema %2).</source>
        <translation>%1 créé (schéma %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fills an empty database with demo customers and three years of history.</source>
        <translation>Remplit une base vide avec des clients de démonstration et trois ans d&apos;historique.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--customers must be a whole number from 1 to 50000000.</source>
        <translation>--customers doit être un nombre entier de 1 à 50000000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed doit être un nombre entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--interactions-per-customer must be a number from 0 to 1000.</source>
        <translation>--interactions-per-customer doit être un nombre de 0 à 1000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--as-of must be a date written YYYY-MM-DD.</source>
        <translation>--as-of doit être une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>generating: %1%</source>
        <translation>génération&#xa0;: %1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generated %L1 customers, %L2 contact points, %L3 interactions, %L4 orders (%L5 lines), %L6 cases, %L7 tasks, %L8 users and %L9 products in %10 s.</source>
        <translation>%L1 clients, %L2 moyens de contact, %L3 échanges, %L4 commandes (%L5 lignes), %L6 dossiers, %L7 tâches, %L8 utilisateurs et %L9 produits générés en %10 s.</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+9"/>
        <source>Checks the database file&apos;s integrity and references.</source>
        <translation>Vérifie l&apos;intégrité et les références du fichier de la base.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is sound.</source>
        <translation>%1 est sain.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+33"/>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>rapport::migrations</name>
    <message>
        <location filename="../core/storage/migrations.cpp" line="+77"/>
        <source>The database&apos;s schema version cannot be read.</source>
        <translation>La version du schéma de la base ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 manque dans cette version.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrading the database to schema %1</source>
        <translation>Mise à niveau de la base vers le schéma %1</translation>
    </message>
</context>
</TS>
