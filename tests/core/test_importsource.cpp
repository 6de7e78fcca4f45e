// The files the customer import reads (core/io/importsource.h), each imported end to end: Google
// and Outlook exports, German and French sheets, vCards, damaged CSV records, and files refused.
#include "core/io/importsource.h"
#include "tests/core/customerimportfixture.h"

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::customerimport;

TEST_CASE("Google and Outlook exports import with their labels, companies and groups", "[import]")
{
    test::TempWorkspace t;
    const QByteArray google
        = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
          "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name,"
          "Address 1 - Type,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,"
          "Address 1 - Country\n"
          "Ada Lovelace,Ada,Lovelace,* myContacts ::: Friends ::: VIP,* Home,ada@example.org,"
          "Mobile,+49 171 2345678,Work,030 1234567,,Home,Unter den Linden 1,Berlin,10117,"
          "Germany\n"
          ",,,* myContacts,,info@acme.example,,,,,Acme GmbH,,,,,\n";
    const CustomerImportResult g = ok(Run{t}(google));
    CHECK(g.created == 2);
    CHECK(rows(t.db(), QStringLiteral("SELECT kind, name FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("0|Ada Lovelace"), QStringLiteral("1|Acme GmbH")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT kind, label, value FROM contact_points WHERE "
                              "customer_id = 1 ORDER BY kind, id"))
          == QStringList{QStringLiteral("0|2|+491712345678"),
                         QStringLiteral("0|0|+49301234567"),
                         QStringLiteral("1|1|ada@example.org"),
                         QStringLiteral("2|1|Unter den Linden 1, 10117 Berlin, DE")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = "
                              "ct.tag_id WHERE customer_id = 1 ORDER BY t.name"))
          == QStringList{QStringLiteral("Friends"), QStringLiteral("VIP")});

    const QByteArray outlook = "First Name,Last Name,Company,E-mail Address,Business Phone,"
                               "Mobile Phone,Business City,Business Country/Region,Categories\n"
                               "Jean,Dupont,,jean@example.fr,01 42 68 53 00,06 12 34 56 78,Paris,"
                               "France,Kunde;Paris\n";
    const CustomerImportResult o = ok(Run{t}(outlook));
    CHECK(o.created == 1);
    // The numbers are read in the row's country.
    CHECK(rows(t.db(),
               QStringLiteral("SELECT label, value FROM contact_points WHERE customer_id = "
                              "3 AND kind = 0 ORDER BY id"))
          == QStringList{QStringLiteral("0|+33142685300"), QStringLiteral("2|+33612345678")});
}

TEST_CASE("German and French sheets with semicolons import", "[import]")
{
    test::TempWorkspace t;
    const QByteArray german = "Vorname;Nachname;Firma;E-Mail;Telefon;Straße;PLZ;Ort;Land\n"
                              "Jürgen;Müller;;j.mueller@example.de;0221 123456;Domstraße 1;50667;"
                              "Köln;Deutschland\n";
    CHECK(ok(Run{t}(german)).created == 1);
    const QByteArray french
        = "Prénom;Nom;Société;Courriel;Téléphone;Adresse;Code postal;Ville;Pays\n"
          "Élodie;Lefèvre;;elodie@example.fr;01 42 68 53 00;3 rue de Rivoli;"
          "75001;Paris;France\n";
    CHECK(ok(Run{t}(french)).created == 1);
    CHECK(rows(t.db(), QStringLiteral("SELECT name FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("Jürgen Müller"), QStringLiteral("Élodie Lefèvre")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT country FROM contact_points WHERE kind = 2 ORDER BY id"))
          == QStringList{QStringLiteral("DE"), QStringLiteral("FR")});
}

TEST_CASE("Files that cannot be imported are refused with one sentence", "[import]")
{
    CHECK_FALSE(io::ImportSource::fromBytes("", QStringLiteral("e.csv")).ok());
    CHECK_FALSE(io::ImportSource::fromBytes("   \n\n", QStringLiteral("e.csv")).ok());
    const auto header = io::ImportSource::fromBytes("Name,E-mail\n", QStringLiteral("h.csv"));
    REQUIRE_FALSE(header.ok());
    CHECK(header.error().message().contains(QLatin1String("no rows")));
    QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const auto png = io::ImportSource::fromBytes(binary, QStringLiteral("p.csv"));
    REQUIRE_FALSE(png.ok());
    CHECK(png.error().message().contains(QLatin1String("not a text file")));
    // A header repeated in the file is a rejected row, not a customer.
    test::TempWorkspace t;
    const CustomerImportResult r = ok(Run{t}("Name,E-mail\nAda Lovelace,a@example.org\n"
                                             "Name,E-mail\nAlan Turing,t@example.org\n"));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    CHECK(lineOf(r, 3)->outcome == RowOutcome::Rejected);
}

TEST_CASE("A vCard file imports with its phones, e-mails, addresses and categories", "[import]")
{
    test::TempWorkspace t;
    const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\n"
                           "TEL;TYPE=CELL:+49 171 2345678\r\nTEL;TYPE=WORK,VOICE:030 1234567\r\n"
                           "EMAIL;TYPE=INTERNET,HOME:ada@example.org\r\n"
                           "ADR;TYPE=HOME:;;Unter den Linden 1;Berlin;;10117;Germany\r\n"
                           "CATEGORIES:Friends,VIP\r\nUID:urn:uuid:ada-1\r\nEND:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme GmbH\r\nORG:Acme GmbH\r\n"
                           "EMAIL:info@acme.example\r\nEND:VCARD\r\n";
    const io::ImportSource s = source(vcf, QStringLiteral("contacts.vcf"));
    CHECK(s.format() == io::ImportSource::Format::VCard);
    CustomerImport import(*t->door());
    const CustomerImportResult r = ok(
        import.run(s, io::suggestMapping(s.headers()), CustomerImportOptions()));
    CHECK(r.created == 2);
    CHECK(lineOf(r, 1));
    CHECK(rows(t.db(), QStringLiteral("SELECT kind, name, external_key FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("0|Ada Lovelace|urn:uuid:ada-1"),
                         QStringLiteral("1|Acme GmbH|")});
    CHECK(rows(t.db(),
               QStringLiteral("SELECT kind, label, value FROM contact_points WHERE "
                              "customer_id = 1 ORDER BY kind, id"))
          == QStringList{QStringLiteral("0|2|+491712345678"),
                         QStringLiteral("0|0|+49301234567"),
                         QStringLiteral("1|1|ada@example.org"),
                         QStringLiteral("2|1|Unter den Linden 1, 10117 Berlin, DE")});
    CHECK(count(t.db(), "SELECT count(*) FROM customer_tags WHERE customer_id = 1") == 2);
    // Twice: unchanged.
    const CustomerImportResult again = ok(
        import.run(s, io::suggestMapping(s.headers()), CustomerImportOptions()));
    CHECK(again.unchanged == 2);
}

TEST_CASE("A vCard whose N lacks a part takes the name from FN", "[import][vcard]")
{
    test::TempWorkspace t;
    // Phones write N with only the given name (or only the family name) and the whole name in FN.
    const QByteArray vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Ada;;;\r\nFN:Ada Lovelace\r\n"
                           "END:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Turing;;;;\r\nFN:Alan M. Turing\r\n"
                           "END:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Grace;;;\r\nFN:Hopper, Grace\r\n"
                           "END:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Emmy;;;\r\nFN:Emmy\r\n"
                           "END:VCARD\r\n";
    const io::ImportSource s = source(vcf, QStringLiteral("phone.vcf"));
    CustomerImport import(*t->door());
    const CustomerImportResult r = ok(
        import.run(s, io::suggestMapping(s.headers()), CustomerImportOptions()));
    CHECK(r.created == 4);
    CHECK(rows(t.db(),
               QStringLiteral("SELECT first_name, last_name, name FROM customers ORDER BY id"))
          == QStringList{QStringLiteral("Ada|Lovelace|Ada Lovelace"),
                         QStringLiteral("Alan M.|Turing|Alan M. Turing"),
                         QStringLiteral("Grace|Hopper|Grace Hopper"),
                         QStringLiteral("Emmy||Emmy")});
}

TEST_CASE("A damaged CSV record is a rejected row at its line, the rest goes in", "[import]")
{
    test::TempWorkspace t;
    const CustomerImportResult r = ok(Run(t)("Name,E-mail\n"
                                             "Ada Lovelace,ada@example.org\n"
                                             "Broken \"quote,x@example.org\n"
                                             "Alan Turing,alan@example.org\n"));
    CHECK(r.created == 2);
    CHECK(r.rejected == 1);
    const ImportRowReport *broken = lineOf(r, 3);
    REQUIRE(broken);
    CHECK(broken->outcome == RowOutcome::Rejected);
    CHECK_FALSE(broken->reason.isEmpty());
}
