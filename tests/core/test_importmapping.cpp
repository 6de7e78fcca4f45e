// The import's column mapping (core/io/importmapping.h): the targets suggested for the headers of
// common exports and of German and French sheets, and a saved mapping applied to a later file.
#include "core/io/importmapping.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace rapport;
using io::ImportTarget;

TEST_CASE("Headers of common exports and of German and French sheets get their targets", "[import]")
{
    const auto targets = [](const QStringList &headers) {
        std::vector<ImportTarget> out;
        for (const io::ColumnMapping &c : io::suggestMapping(headers).columns)
            out.push_back(c.target);
        return out;
    };
    using T = ImportTarget;
    CHECK(targets({QStringLiteral("Vorname"),
                   QStringLiteral("Nachname"),
                   QStringLiteral("Firma"),
                   QStringLiteral("E-Mail"),
                   QStringLiteral("Telefon"),
                   QStringLiteral("Straße"),
                   QStringLiteral("PLZ"),
                   QStringLiteral("Ort")})
          == std::vector{T::FirstName,
                         T::LastName,
                         T::Organisation,
                         T::Email,
                         T::Phone,
                         T::Street,
                         T::PostalCode,
                         T::City});
    CHECK(targets({QStringLiteral("Prénom"),
                   QStringLiteral("Nom"),
                   QStringLiteral("Société"),
                   QStringLiteral("Courriel"),
                   QStringLiteral("Téléphone"),
                   QStringLiteral("Adresse"),
                   QStringLiteral("Code postal"),
                   QStringLiteral("Ville")})
          == std::vector{T::FirstName,
                         T::LastName,
                         T::Organisation,
                         T::Email,
                         T::Phone,
                         T::Street,
                         T::PostalCode,
                         T::City});
    // Rapport's own export headers.
    CHECK(targets({QStringLiteral("First name"),
                   QStringLiteral("Last name"),
                   QStringLiteral("Name"),
                   QStringLiteral("Organisation"),
                   QStringLiteral("E-mail"),
                   QStringLiteral("Phone"),
                   QStringLiteral("Postal code"),
                   QStringLiteral("External id"),
                   QStringLiteral("Stage"),
                   QStringLiteral("Acquired on")})
          == std::vector{T::FirstName,
                         T::LastName,
                         T::FullName,
                         T::Organisation,
                         T::Email,
                         T::Phone,
                         T::PostalCode,
                         T::ExternalId,
                         T::Stage,
                         T::AcquiredOn});
    // Outlook: labels and two addresses.
    const io::ImportMapping outlook = io::suggestMapping({QStringLiteral("First Name"),
                                                          QStringLiteral("Last Name"),
                                                          QStringLiteral("Company"),
                                                          QStringLiteral("E-mail Address"),
                                                          QStringLiteral("Business Phone"),
                                                          QStringLiteral("Mobile Phone"),
                                                          QStringLiteral("Business City"),
                                                          QStringLiteral("Home City")});
    CHECK(outlook.columns[2].target == T::Organisation);
    CHECK(outlook.columns[4].target == T::Phone);
    CHECK(outlook.columns[4].label == ContactLabel::Work);
    CHECK(outlook.columns[5].label == ContactLabel::Mobile);
    CHECK(outlook.columns[6].target == T::City);
    CHECK(outlook.columns[7].target == T::City);
    CHECK(outlook.columns[6].group != outlook.columns[7].group);
    // Thunderbird and CRMs.
    CHECK(targets({QStringLiteral("Display Name"),
                   QStringLiteral("Primary Email"),
                   QStringLiteral("Work Phone"),
                   QStringLiteral("Mobile Number"),
                   QStringLiteral("Account Name"),
                   QStringLiteral("Mailing City"),
                   QStringLiteral("Phone Number"),
                   QStringLiteral("Email")})
          == std::vector{T::FullName,
                         T::Email,
                         T::Phone,
                         T::Phone,
                         T::Organisation,
                         T::City,
                         T::Phone,
                         T::Email});
    // Google: the Type column labels the Value column of the same number.
    const io::ImportMapping google = io::suggestMapping({QStringLiteral("Given Name"),
                                                         QStringLiteral("Family Name"),
                                                         QStringLiteral("Phone 1 - Type"),
                                                         QStringLiteral("Phone 1 - Value"),
                                                         QStringLiteral("E-mail 1 - Type"),
                                                         QStringLiteral("E-mail 1 - Value"),
                                                         QStringLiteral("Organization 1 - Name"),
                                                         QStringLiteral("Address 1 - City"),
                                                         QStringLiteral("Group Membership")});
    CHECK(google.columns[2].target == T::Label);
    CHECK(google.columns[2].labelFor == 3);
    CHECK(google.columns[3].target == T::Phone);
    CHECK(google.columns[4].labelFor == 5);
    CHECK(google.columns[6].target == T::Organisation);
    CHECK(google.columns[7].target == T::City);
    CHECK(google.columns[8].target == T::Tags);
    CHECK(google.columns[0].confidence == 1.0);
    // Case, accents and spaces do not matter; unknown headers are ignored.
    CHECK(targets({QStringLiteral("  e mail "),
                   QStringLiteral("PRENOM"),
                   QStringLiteral("Lieblingsfarbe")})
          == std::vector{T::Email, T::FirstName, T::Ignore});
    // A guess from a word has less confidence.
    const io::ImportMapping guessed = io::suggestMapping({QStringLiteral("Kunden E-Mail privat")});
    CHECK(guessed.columns[0].target == T::Email);
    CHECK(guessed.columns[0].confidence < 1.0);
}

TEST_CASE("A mapping saved as JSON fits a later file with its columns in another order", "[import]")
{
    io::ImportMapping m = io::suggestMapping({QStringLiteral("Phone 1 - Type"),
                                              QStringLiteral("Phone 1 - Value"),
                                              QStringLiteral("Nom"),
                                              QStringLiteral("Spalte X")});
    m.columns[3].target = ImportTarget::Notes; // the user's choice
    const auto back = io::ImportMapping::fromJsonBytes(m.toJsonBytes());
    REQUIRE(back);
    CHECK(back->columns[0].labelFor == 1);
    CHECK(back->columns[3].target == ImportTarget::Notes);
    QStringList missing;
    const io::ImportMapping applied = back->appliedTo({QStringLiteral("Spalte X"),
                                                       QStringLiteral("Phone 1 - Value"),
                                                       QStringLiteral("Nom"),
                                                       QStringLiteral("Phone 1 - Type")},
                                                      &missing);
    CHECK(missing.isEmpty());
    CHECK(applied.columns[0].target == ImportTarget::Notes);
    CHECK(applied.columns[1].target == ImportTarget::Phone);
    CHECK(applied.columns[3].target == ImportTarget::Label);
    CHECK(applied.columns[3].labelFor == 1);
    CHECK_FALSE(io::ImportMapping::fromJsonBytes("{\"version\": 2}").ok());
}
