#include "core/io/importheaders.h"

#include <QHash>
#include <QRegularExpression>

namespace rapport::io::headers {
namespace {

using T = ImportTarget;

// Headers as other programs and people write them, folded (foldHeader), with what they hold.
const QHash<QString, Known> &knownHeaders()
{
    static const QHash<QString, Known> known = [] {
        QHash<QString, Known> k;
        const auto add = [&k](std::initializer_list<const char *> names,
                              T target,
                              ContactLabel label = ContactLabel::Work,
                              int group = 0) {
            for (const char *name : names)
                k.insert(foldHeader(QString::fromUtf8(name)), Known{target, label, group});
        };
        const auto L = ContactLabel::Work;
        // Rapport's own export first, then English, German, French and the programs.
        for (int t = 1; t < importTargetCount - 1; ++t)
            k.insert(foldHeader(importTargetHeader(T(t))), Known{T(t), ContactLabel::Work, 0});
        add({"Mobile"}, T::Phone, ContactLabel::Mobile);
        add({"First name",
             "Given Name",
             "Firstname",
             "Forename",
             "Vorname",
             "Prénom",
             "Prenom",
             "First"},
            T::FirstName);
        add({"Last name",
             "Family Name",
             "Surname",
             "Lastname",
             "Nachname",
             "Familienname",
             "Nom",
             "Nom de famille",
             "Last"},
            T::LastName);
        add({"Name",
             "Full name",
             "Display Name",
             "Contact",
             "Contact name",
             "Kontakt",
             "Vollständiger Name",
             "Nom complet",
             "Customer",
             "Kunde",
             "Client"},
            T::FullName);
        add({"Organisation",
             "Organization",
             "Company",
             "Company Name",
             "Account Name",
             "Account",
             "Organization Name",
             "Organization 1 - Name",
             "Firma",
             "Unternehmen",
             "Firmenname",
             "Société",
             "Entreprise",
             "Raison sociale",
             "Business Name"},
            T::Organisation);
        add({"Kind", "Type", "Contact type", "Art", "Typ"}, T::Kind);
        add({"E-mail",
             "Email",
             "E-Mail Address",
             "Email Address",
             "Primary Email",
             "Mail",
             "E-Mail-Adresse",
             "Courriel",
             "Adresse e-mail",
             "Adresse électronique",
             "Mél"},
            T::Email);
        add({"Secondary Email", "E-mail 2 Address", "E-mail 3 Address"}, T::Email, L, 2);
        add({"Phone",
             "Phone Number",
             "Telephone",
             "Tel",
             "Telefon",
             "Telefonnummer",
             "Téléphone",
             "Numéro de téléphone",
             "Tél",
             "Business Phone",
             "Work Phone",
             "Primary Phone",
             "Company Main Phone",
             "Telefon geschäftlich"},
            T::Phone,
            ContactLabel::Work);
        add({"Business Phone 2"}, T::Phone, ContactLabel::Work, 2);
        add({"Home Phone", "Home Phone 2", "Telefon privat", "Téléphone domicile"},
            T::Phone,
            ContactLabel::Home);
        add({"Mobile Phone",
             "Mobile Number",
             "Mobile Phone Number",
             "Cell Phone",
             "Cell",
             "Mobiltelefon",
             "Handy",
             "Mobil",
             "Portable",
             "Téléphone portable",
             "Téléphone mobile"},
            T::Phone,
            ContactLabel::Mobile);
        add({"Other Phone"}, T::Phone, ContactLabel::Other);
        add({"Street",
             "Street Address",
             "Address",
             "Address 1",
             "Mailing Street",
             "Billing Street",
             "Straße",
             "Strasse",
             "Anschrift",
             "Adresse",
             "Rue",
             "Business Street",
             "Work Address"},
            T::Street);
        add({"Postal code",
             "Postcode",
             "Post code",
             "ZIP",
             "ZIP code",
             "Zip/Postal Code",
             "Mailing Zip/Postal Code",
             "Billing Zip/Postal Code",
             "PLZ",
             "Postleitzahl",
             "Code postal",
             "CP",
             "Business Postal Code",
             "Work ZipCode"},
            T::PostalCode);
        add({"City",
             "Town",
             "Mailing City",
             "Billing City",
             "Ort",
             "Stadt",
             "Wohnort",
             "Ville",
             "Localité",
             "Business City",
             "Work City"},
            T::City);
        add({"Region",
             "State",
             "State/Region",
             "Province",
             "State/Province",
             "Mailing State/Province",
             "Billing State/Province",
             "Bundesland",
             "Kanton",
             "Département",
             "Business State",
             "Work State"},
            T::Region);
        add({"Country",
             "Country/Region",
             "Mailing Country",
             "Billing Country",
             "Land",
             "Pays",
             "Business Country/Region",
             "Work Country"},
            T::Country);
        const auto H = ContactLabel::Home;
        add({"Home Street", "Home Address"}, T::Street, H, 2);
        add({"Home Postal Code", "Home ZipCode"}, T::PostalCode, H, 2);
        add({"Home City"}, T::City, H, 2);
        add({"Home State"}, T::Region, H, 2);
        add({"Home Country/Region", "Home Country"}, T::Country, H, 2);
        add({"Web",
             "Web site",
             "Website",
             "Web Page",
             "Web Page 1",
             "Website URL",
             "URL",
             "Homepage",
             "Internet",
             "Webseite",
             "Site web",
             "Site Internet"},
            T::Website);
        add({"Tags",
             "Tag",
             "Categories",
             "Category",
             "Labels",
             "Group Membership",
             "Groups",
             "Schlagwörter",
             "Kategorien",
             "Kategorie",
             "Gruppen",
             "Étiquettes",
             "Catégories",
             "Mots-clés"},
            T::Tags);
        add({"Notes",
             "Note",
             "Comments",
             "Comment",
             "Description",
             "Notizen",
             "Notiz",
             "Bemerkungen",
             "Bemerkung",
             "Anmerkungen",
             "Remarques",
             "Commentaire",
             "Commentaires"},
            T::Notes);
        add({"Stage", "Lifecycle Stage", "Status", "Lead Status", "Phase", "Étape", "Statut"},
            T::Stage);
        add({"Source", "Lead Source", "Original Source", "Quelle", "Herkunft", "Origine"},
            T::Source);
        add({"Acquired on",
             "Create Date",
             "Created",
             "Created Date",
             "Customer since",
             "Kunde seit",
             "Erstellt am",
             "Client depuis",
             "Date de création"},
            T::AcquiredOn);
        add({"External id",
             "ID",
             "Record ID",
             "Contact ID",
             "Customer ID",
             "Customer number",
             "Kundennummer",
             "Kunden-Nr",
             "Kundennr",
             "Numéro client",
             "Identifiant",
             "UID"},
            T::ExternalId);
        return k;
    }();
    return known;
}

} // namespace

// Google's numbered columns: "E-mail 1 - Value", "Phone 2 - Type", "Address 1 - City",
// "Organization 1 - Name", "Website 1 - Value" (folded: "email1value").
std::optional<std::pair<Known, bool>> numbered(const QString &folded)
{
    static const QRegularExpression re(
        QStringLiteral("^(email|phone|address|website|organization|organisation)(\\d+)([a-z]+)$"));
    const QRegularExpressionMatch m = re.match(folded);
    if (!m.hasMatch())
        return std::nullopt;
    const QString kind = m.captured(1), part = m.captured(3);
    const int group = m.captured(2).toInt();
    const bool isLabel = part == u"type" || part == u"label";
    Known k;
    k.group = group;
    if (kind == u"email" || kind == u"phone" || kind == u"website") {
        const T target = kind == u"email" ? T::Email : kind == u"phone" ? T::Phone : T::Website;
        if (part == u"value")
            k.target = target;
        else if (isLabel)
            k.target = T::Label;
        else
            return std::nullopt;
        return std::pair{k, isLabel};
    }
    if (kind == u"address") {
        static const QHash<QString, T> parts{{QStringLiteral("street"), T::Street},
                                             {QStringLiteral("postalcode"), T::PostalCode},
                                             {QStringLiteral("city"), T::City},
                                             {QStringLiteral("region"), T::Region},
                                             {QStringLiteral("country"), T::Country},
                                             {QStringLiteral("type"), T::Label},
                                             {QStringLiteral("label"), T::Label}};
        k.target = parts.value(part, T::Ignore);
        return std::pair{k, isLabel};
    }
    // Organization n - Name
    k.group = 0;
    k.target = part == u"name" ? T::Organisation : T::Ignore;
    return std::pair{k, false};
}

// A header no table knows: a word in it may still tell.
Known guess(const QString &folded)
{
    struct Word
    {
        const char *word;
        Known known;
    };
    static const Word words[] = {
        {"mail", {T::Email}},
        {"courriel", {T::Email}},
        {"mobil", {T::Phone, ContactLabel::Mobile}},
        {"handy", {T::Phone, ContactLabel::Mobile}},
        {"portable", {T::Phone, ContactLabel::Mobile}},
        {"phone", {T::Phone}},
        {"telef", {T::Phone}},
        {"teleph", {T::Phone}},
        {"vorname", {T::FirstName}},
        {"prenom", {T::FirstName}},
        {"firstname", {T::FirstName}},
        {"given", {T::FirstName}},
        {"nachname", {T::LastName}},
        {"lastname", {T::LastName}},
        {"surname", {T::LastName}},
        {"family", {T::LastName}},
        {"company", {T::Organisation}},
        {"firma", {T::Organisation}},
        {"societe", {T::Organisation}},
        {"organi", {T::Organisation}},
        {"zip", {T::PostalCode}},
        {"postal", {T::PostalCode}},
        {"plz", {T::PostalCode}},
        {"street", {T::Street}},
        {"strasse", {T::Street}},
        {"address", {T::Street}},
        {"adresse", {T::Street}},
        {"city", {T::City}},
        {"stadt", {T::City}},
        {"ville", {T::City}},
        {"country", {T::Country}},
        {"pays", {T::Country}},
        {"website", {T::Website}},
        {"url", {T::Website}},
        {"note", {T::Notes}},
        {"notiz", {T::Notes}},
        {"comment", {T::Notes}},
        {"tag", {T::Tags}},
        {"categor", {T::Tags}},
        {"kategor", {T::Tags}},
    };
    for (const Word &w : words) {
        if (folded.contains(QLatin1StringView(w.word)))
            return w.known;
    }
    return {};
}

std::optional<Known> known(const QString &folded)
{
    const auto it = knownHeaders().constFind(folded);
    return it == knownHeaders().constEnd() ? std::nullopt : std::optional<Known>(*it);
}

} // namespace rapport::io::headers
