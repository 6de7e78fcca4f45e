#pragma once

#include <QDateTime>

namespace rapport {
class Database;
}

namespace rapport::test {

// A hand-built customer with a history of every kind, for the 360° view's tests: the
// organisation "Acme GmbH" with eight interactions (one per channel), five orders (one at the
// 12-month boundary, one a second before it, one cancelled, one in USD), three cases, four tasks
// and a note; its people, a parent company, a partner and a supplier; and a second customer
// whose history must never leak into Acme's. Every figure the tests check is worked out by hand
// in customerhistory.cpp.
struct CustomerHistory
{
    QDateTime asOf;                 // 2026-06-30 12:00 UTC
    qint64 anna = 0, ben = 0;       // users: an agent and the owner
    qint64 widget = 0, service = 0; // products
    qint64 acme = 0;                // the customer under test
    qint64 ada = 0, bob = 0,
           carl = 0; // people at Acme (Bob is in the trash); Carl does not work there
    qint64 holding = 0, partner = 0, supplier = 0;
    qint64 i1 = 0, i2 = 0, i3 = 0, i4 = 0, i5 = 0, i6 = 0, i7 = 0, i8 = 0;
    qint64 o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0;
    qint64 c1 = 0, c2 = 0, c3 = 0;
    qint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0;
    qint64 n1 = 0;
    qint64 adaCall = 0; // an interaction of Ada's, not Acme's

    static CustomerHistory build(Database &db);
};

} // namespace rapport::test
