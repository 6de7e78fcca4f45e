#include "duplicatefixture.h"

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/services/customerservice.h"

#include <catch2/catch.hpp>

namespace rapport::test {

namespace {

qint64 create(
    Workspace &w, Customer &c, const QString &email, const QString &phone, const QString &city)
{
    QList<ContactPoint> points;
    if (!phone.isEmpty()) {
        auto p = ContactPoint::phone(phone,
                                     ContactLabel::Work,
                                     PhoneNormalizer(QStringLiteral("DE")));
        if (!p)
            FAIL(p.error().message().toStdString());
        points << *p;
    }
    if (!email.isEmpty()) {
        auto e = ContactPoint::email(email, ContactLabel::Work);
        if (!e)
            FAIL(e.error().message().toStdString());
        points << *e;
    }
    if (!city.isEmpty()) {
        PostalAddress address;
        address.city = city;
        address.country = QStringLiteral("DE");
        auto postal = ContactPoint::postal(address, ContactLabel::Work);
        if (!postal)
            FAIL(postal.error().message().toStdString());
        points << *postal;
    }
    auto id = w.customers().create(c, points);
    if (!id)
        FAIL(id.error().message().toStdString());
    return *id;
}

} // namespace

qint64 addPerson(Workspace &w, const PersonSpec &spec)
{
    Customer c;
    c.firstName = spec.first;
    c.lastName = spec.last;
    c.stage = LifecycleStage::Active;
    return create(w, c, spec.email, spec.phone, spec.city);
}

qint64 addOrganisation(Workspace &w, const QString &name, const QString &city)
{
    Customer c;
    c.kind = CustomerKind::Organisation;
    c.organisation = name;
    c.stage = LifecycleStage::Prospect;
    return create(w, c, {}, {}, city);
}

} // namespace rapport::test
