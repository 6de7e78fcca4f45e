#pragma once

#include "tests/support/tempdatabase.h"

#include <QDateTime>
#include <QString>

namespace rapport::test {

// Five live customers and one in the trash, small enough to check every order of the customer
// list by hand, with ties, blanks and folded texts:
//
//   id name        kind  works at  stage     owner        phone       e-mail             city
//   1  Acme GmbH   org             prospect  anna Berg    +4940999    info@acme.example  Zürich
//   2  Zeta AG     org             active    Zoë Adler                                   Köln
//   3  Anna Müller person Zeta AG  active    Zoë Adler    +4930111    b@x.example        Köln
//   4  Ben Müller  person Acme     lead      Ömer Yilmaz              a@x.example
//   5  Cara Adams  person          active                 +4930222                       Aachen
//   6  Dora Trash  person          active    (in the trash)
//
//   last contact: Zeta AG t2, Anna Müller t3, Cara Adams t1 (t1 < t2 < t3), others none.
//   revenue (fulfilled, last 12 months): Zeta AG 100, Anna Müller 500, Cara Adams 500 EUR.
//   tags: "vip" (id 1) on Acme and Anna Müller; "late" (id 70, past the tag bits) on Cara.
//
// Rows go in through plain SQL, so the read model is filled by its triggers alone.
class SmallList final
{
public:
    enum Id : qint64 { Acme = 1, Zeta = 2, Anna = 3, Ben = 4, Cara = 5, Dora = 6 };

    SmallList();
    Database &db() { return m_db.db(); }
    TempDatabase &temp() { return m_db; }
    void exec(const QString &sql);

    qint64 zoe = 0, omer = 0, anna = 0; // user ids: "Zoë Adler", "Ömer Yilmaz", "anna Berg"
    qint64 vip = 1, late = 70;          // tag ids
    QDateTime t1, t2, t3;               // the interactions' times (UTC)

private:
    TempDatabase m_db;
};

} // namespace rapport::test
