#pragma once

// What the customer export's tests share (test_customerexport.cpp and the files beside it): a few
// customers entered through the service, an export of them in memory, and the CSV read back.

#include "core/services/customerexport.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"
#include "tests/support/tempworkspace.h"

#include <QBuffer>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace rapport::test::customerexport {

// RFC 4180 records of a UTF-8 text (quotes, doubled quotes, line breaks inside quotes, CRLF).
inline QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields << field;
            field.clear();
            records << fields;
            fields.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        records << (fields << field);
    return records;
}

// A few customers through the service, as a user would enter them.
struct ExportFixture
{
    test::TempWorkspace ws;
    qint64 owner = 0, acme = 0, ada = 0, bob = 0, cleo = 0;

    qint64 create(Customer c, QList<ContactPoint> points, qint64 worksAt = 0)
    {
        CustomerRecord record;
        record.customer = std::move(c);
        record.contactPoints = std::move(points);
        if (worksAt) {
            Relationship r;
            r.toId = worksAt;
            r.kind = RelationshipKind::WorksAt;
            record.relationships << r;
        }
        Result<qint64> id = ws->customers().create(record);
        if (!id)
            FAIL(id.error().message().toStdString());
        return *id;
    }

    ExportFixture()
    {
        owner = ws.addUser(QStringLiteral("mia"), Role::SalesRep);
        const PhoneNormalizer phones(QStringLiteral("DE"));
        Customer org;
        org.kind = CustomerKind::Organisation;
        org.organisation = QStringLiteral("Acme GmbH");
        org.stage = LifecycleStage::Active;
        acme = create(org,
                      {*ContactPoint::web(QStringLiteral("https://acme.example"),
                                          ContactLabel::Work)});

        Customer a;
        a.firstName = QStringLiteral("Ada");
        a.lastName = QStringLiteral("Ärger");
        a.stage = LifecycleStage::Active;
        a.ownerId = owner;
        a.source = QStringLiteral("Trade fair");
        a.acquiredOn = QDate(2024, 3, 7);
        a.tags = {QStringLiteral("vip"), QStringLiteral("newsletter")};
        a.notes = QStringLiteral("=HYPERLINK(\"http://evil\")\nsecond line, with comma");
        PostalAddress home;
        home.street = QStringLiteral("Hauptstraße 5");
        home.postalCode = QStringLiteral("10115");
        home.city = QStringLiteral("Berlin");
        home.country = QStringLiteral("DE");
        auto mobile = *ContactPoint::phone(QStringLiteral("0171 2345678"),
                                           ContactLabel::Mobile,
                                           phones);
        ada = create(a,
                     {*ContactPoint::email(QStringLiteral("ada@example.com"), ContactLabel::Work),
                      *ContactPoint::email(QStringLiteral("ada@home.example"), ContactLabel::Home),
                      *ContactPoint::phone(QStringLiteral("030 1234567"), ContactLabel::Work, phones),
                      mobile,
                      *ContactPoint::postal(home, ContactLabel::Home)},
                     acme);

        Customer b;
        b.firstName = QStringLiteral("Bob");
        b.lastName = QStringLiteral("Brandt");
        b.stage = LifecycleStage::Lead;
        b.notes = QStringLiteral("@SUM(A1:A9)");
        bob = create(b,
                     {*ContactPoint::email(QStringLiteral("bob@example.com"), ContactLabel::Work),
                      *ContactPoint::phone(QStringLiteral("040 7654321"),
                                           ContactLabel::Work,
                                           phones)});

        Customer c;
        c.firstName = QStringLiteral("Cleo");
        c.lastName = QStringLiteral("Castell");
        c.stage = LifecycleStage::Lead;
        c.tags = {QStringLiteral("newsletter")};
        PostalAddress office;
        office.street = QStringLiteral("Rue de Rivoli 1");
        office.postalCode = QStringLiteral("75001");
        office.city = QStringLiteral("Paris");
        office.country = QStringLiteral("FR");
        cleo = create(c,
                      {*ContactPoint::email(QStringLiteral("cleo@example.fr"), ContactLabel::Work),
                       *ContactPoint::postal(office, ContactLabel::Work)});
    }

    // Consent as the privacy part records it, written straight into the table.
    void consent(qint64 customer, const char *channel, const char *status)
    {
        auto bare = Database::open(ws.path(), Database::Mode::Existing);
        REQUIRE(bare.ok());
        WriteTransaction tx(**bare);
        REQUIRE(tx.begun().ok());
        QSqlQuery q((*bare)->connection());
        REQUIRE(
            q.prepare(QStringLiteral("INSERT INTO consents (customer_id, channel, status,"
                                     " given_on, source) VALUES (?, ?, ?, '2026-01-02', 'test')")));
        q.addBindValue(customer);
        q.addBindValue(QString::fromLatin1(channel));
        q.addBindValue(QString::fromLatin1(status));
        REQUIRE(q.exec());
        REQUIRE(tx.commit().ok());
    }

    QByteArray exported(const CustomerExportRequest &request, CustomerExportResult *result = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CustomerExport exporter(ws.db());
        Result<CustomerExportResult> r = exporter.write(request, buffer);
        if (!r)
            FAIL(r.error().message().toStdString());
        if (result)
            *result = *r;
        return buffer.data();
    }
};

inline QStringList column(const QList<QStringList> &records, const QString &header)
{
    const qsizetype at = records.value(0).indexOf(header);
    QStringList values;
    for (qsizetype i = 1; i < records.size(); ++i)
        values << records.at(i).value(at);
    return values;
}

} // namespace rapport::test::customerexport
