#include "customerhistory.h"

#include "core/domain/customer.h"
#include "core/storage/caserepository.h"
#include "core/storage/customerrepository.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/noterepository.h"
#include "core/storage/orderrepository.h"
#include "core/storage/relationshiprepository.h"
#include "core/storage/taskrepository.h"
#include "fixtures.h"

#include <catch2/catch.hpp>

namespace rapport::test {
namespace {

template<typename T>
qint64 ok(Result<T> result)
{
    if (!result)
        FAIL(result.error().message().toStdString());
    if constexpr (std::is_same_v<T, qint64>)
        return *result;
    else
        return 0;
}

qint64 person(CustomerRepository &repo, const char *first, const char *last)
{
    Customer c;
    c.firstName = QString::fromLatin1(first);
    c.lastName = QString::fromLatin1(last);
    c.stage = LifecycleStage::Active;
    return ok(repo.insert(c, wallClock()));
}

qint64 organisation(CustomerRepository &repo, const char *name)
{
    Customer c;
    c.kind = CustomerKind::Organisation;
    c.organisation = QString::fromLatin1(name);
    c.stage = LifecycleStage::Active;
    return ok(repo.insert(c, wallClock()));
}

} // namespace

CustomerHistory CustomerHistory::build(Database &db)
{
    CustomerHistory h;
    // One transaction: on a workspace's connection the write door records it in the history.
    WriteTransaction tx(db);
    h.asOf = utc(2026, 6, 30, 12);
    h.anna = addUser(db, QStringLiteral("anna"), Role::ServiceAgent);
    h.ben = addUser(db, QStringLiteral("ben"), Role::SalesRep);
    h.widget = addProduct(db, QStringLiteral("Widget"), 1000);
    h.service = addProduct(db, QStringLiteral("Service plan"), 5000);

    CustomerRepository customers(db);
    Customer acme;
    acme.kind = CustomerKind::Organisation;
    acme.organisation = QStringLiteral("Acme GmbH");
    acme.stage = LifecycleStage::Active;
    acme.ownerId = h.ben;
    acme.acquiredOn = QDate(2023, 4, 1);
    acme.tags = {QStringLiteral("key account"), QStringLiteral("B2B")};
    h.acme = ok(customers.insert(acme, wallClock()));
    for (auto [kind, value, primary] : {std::tuple(ContactKind::Phone, "+493011111111", false),
                                        std::tuple(ContactKind::Phone, "+4930123456", true),
                                        std::tuple(ContactKind::Email, "info@acme.example", true)}) {
        ContactPoint p;
        p.customerId = h.acme;
        p.kind = kind;
        p.value = QString::fromLatin1(value);
        p.primary = primary;
        ok(customers.addContactPoint(p));
    }
    h.ada = person(customers, "Ada", "Lovelace");
    h.bob = person(customers, "Bob", "Builder");
    h.carl = person(customers, "Carl", "Clever");
    h.holding = organisation(customers, "Acme Holding");
    h.partner = organisation(customers, "Partner Ltd");
    h.supplier = organisation(customers, "Supply Co");

    RelationshipRepository links(db);
    const auto link = [&](qint64 from, qint64 to, RelationshipKind kind, const char *role) {
        Relationship r;
        r.fromId = from;
        r.toId = to;
        r.kind = kind;
        r.role = QString::fromLatin1(role);
        ok(links.insert(r));
    };
    link(h.ada, h.acme, RelationshipKind::WorksAt, "CTO");
    link(h.bob, h.acme, RelationshipKind::WorksAt, "Buyer");
    link(h.acme, h.holding, RelationshipKind::SubsidiaryOf, "");
    link(h.acme, h.partner, RelationshipKind::Partner, "");
    link(h.supplier, h.acme, RelationshipKind::Supplier, "");
    link(h.ada, h.carl, RelationshipKind::ReferredBy, "");
    Customer bob = *customers.get(h.bob);
    ok(customers.moveToTrash(bob, wallClock()));

    InteractionRepository interactions(db);
    const auto contact = [&](qint64 customer,
                             Channel channel,
                             Direction direction,
                             const QDateTime &at,
                             const char *subject) {
        Interaction i;
        i.customerId = customer;
        i.channel = channel;
        i.direction = direction;
        i.occurredAt = at;
        i.durationSeconds = channel == Channel::Phone ? 300 : 0;
        i.agentId = h.anna;
        i.subject = QString::fromLatin1(subject);
        return ok(interactions.insert(i));
    };
    using C = Channel;
    using D = Direction;
    h.i1 = contact(h.acme, C::Phone, D::Inbound, utc(2026, 6, 29, 10), "Delivery question");
    h.i2 = contact(h.acme, C::Email, D::Outbound, utc(2026, 6, 20, 9), "Offer sent");
    h.i3 = contact(h.acme, C::Meeting, D::Outbound, utc(2026, 5, 20, 14), "Quarterly review");
    h.i4 = contact(h.acme, C::Letter, D::Outbound, utc(2026, 4, 15, 8), "Contract renewal");
    h.i5 = contact(h.acme, C::WebForm, D::Inbound, utc(2026, 4, 1, 16), "Brochure request");
    h.i6 = contact(h.acme, C::Chat, D::Inbound, utc(2026, 2, 10, 11), "Login trouble");
    h.i7 = contact(h.acme, C::Sms, D::Outbound, utc(2026, 1, 20, 7), "Appointment reminder");
    h.i8 = contact(h.acme, C::Visit, D::Outbound, utc(2025, 12, 1, 10), "Site visit");
    h.adaCall = contact(h.ada, C::Phone, D::Inbound, utc(2026, 6, 30, 9), "Ada's own call");

    OrderRepository orders(db);
    const auto order = [&](qint64 customer,
                           const QDateTime &at,
                           OrderStatus status,
                           const QString &currency,
                           QList<OrderLine> lines) {
        Order o;
        o.customerId = customer;
        o.orderedAt = at;
        o.status = status;
        o.currency = currency;
        o.lines = std::move(lines);
        o.repId = h.ben;
        return ok(orders.insert(o));
    };
    const QString eur = QStringLiteral("EUR");
    // Revenue by hand. EUR total: o1 80.00 + o2 50.00 + o3 20.00 = 150.00 (o4 is cancelled).
    // EUR in the 12 months from 2025-06-30 12:00:00: o1 + o2 = 130.00 (o3 is a second early).
    // USD: o5 15.00, none of it in the last 12 months.
    h.o1 = order(h.acme,
                 utc(2026, 6, 1, 10),
                 OrderStatus::Fulfilled,
                 eur,
                 {{0, h.widget, 3, 1000}, {0, h.service, 1, 5000}});
    h.o2 = order(h.acme,
                 utc(2025, 6, 30, 12),
                 OrderStatus::Fulfilled,
                 eur,
                 {{0, h.service, 1, 5000}});
    h.o3 = order(h.acme,
                 utc(2025, 6, 30, 11, 59, 59),
                 OrderStatus::Fulfilled,
                 eur,
                 {{0, h.widget, 2, 1000}});
    h.o4 = order(h.acme,
                 utc(2026, 3, 1, 10),
                 OrderStatus::Cancelled,
                 eur,
                 {{0, h.widget, 100, 1000}});
    h.o5 = order(h.acme,
                 utc(2024, 1, 15, 10),
                 OrderStatus::Fulfilled,
                 QStringLiteral("USD"),
                 {{0, h.widget, 1, 1500}});
    order(h.ada, utc(2026, 6, 2, 10), OrderStatus::Fulfilled, eur, {{0, h.widget, 7, 1000}});

    CaseRepository cases(db);
    const auto supportCase = [&](CaseKind kind,
                                 const char *subject,
                                 CaseStatus status,
                                 Priority priority,
                                 const QDateTime &opened,
                                 const QDateTime &resolved) {
        SupportCase c;
        c.customerId = h.acme;
        c.kind = kind;
        c.subject = QString::fromLatin1(subject);
        c.status = status;
        c.priority = priority;
        c.ownerId = h.anna;
        c.openedAt = opened;
        c.resolvedAt = resolved;
        if (resolved.isValid())
            c.resolution = QStringLiteral("Replaced the part.");
        return ok(cases.insert(c));
    };
    h.c1 = supportCase(CaseKind::Complaint,
                       "Broken widget",
                       CaseStatus::Open,
                       Priority::High,
                       utc(2026, 6, 10, 11),
                       {});
    h.c2 = supportCase(CaseKind::ServiceRequest,
                       "Installation",
                       CaseStatus::Resolved,
                       Priority::Normal,
                       utc(2026, 1, 5, 9),
                       utc(2026, 1, 7, 9));
    h.c3 = supportCase(CaseKind::Complaint,
                       "Late delivery",
                       CaseStatus::Closed,
                       Priority::Low,
                       utc(2025, 10, 1, 9),
                       utc(2025, 10, 3, 9));

    TaskRepository tasks(db);
    const auto task = [&](const char *title,
                          const QDateTime &created,
                          const QDateTime &due,
                          const QDateTime &done) {
        Task t;
        t.customerId = h.acme;
        t.title = QString::fromLatin1(title);
        t.createdAt = created;
        t.dueAt = due;
        t.doneAt = done;
        t.assigneeId = h.ben;
        return ok(tasks.insert(t));
    };
    h.t1 = task("Call back", utc(2026, 6, 29, 10, 5), utc(2026, 7, 2, 9), {});
    h.t2 = task("Think about pricing", utc(2026, 6, 15, 8), {}, {});
    // Created in the same second as order o1: the task is shown above the order.
    h.t3 = task("Send invoice copy", utc(2026, 6, 1, 10), utc(2026, 7, 10, 9), {});
    h.t4 = task("Prepare review", utc(2026, 5, 1, 9), utc(2026, 5, 5, 9), utc(2026, 5, 4, 15));

    NoteRepository notes(db);
    CustomerNote n;
    n.customerId = h.acme;
    n.body = QStringLiteral("Prefers calls after 4 pm\nAsk for Ada first.");
    n.authorId = h.ben;
    n.createdAt = utc(2026, 6, 28, 15);
    h.n1 = ok(notes.insert(n, wallClock()));
    if (Status s = tx.commit(); !s)
        FAIL(s.error().message().toStdString());
    return h;
}

} // namespace rapport::test
