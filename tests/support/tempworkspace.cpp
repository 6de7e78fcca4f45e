#include "tempworkspace.h"

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/phonenumber.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/storage/transaction.h"
#include "core/storage/userrepository.h"

#include <catch2/catch.hpp>

namespace rapport::test {

QDateTime TempWorkspace::defaultStart()
{
    // A week ago at 10:00 local time.
    const QDate day = QDate::currentDate().addDays(-7);
    return QDateTime(day, QTime(10, 0), Qt::LocalTime).toUTC();
}

TempWorkspace::TempWorkspace(const QDateTime &start)
    : m_now(std::make_shared<QDateTime>(start))
{
    auto opened = Workspace::open(path(), Database::Mode::Create);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    m_workspace = std::move(opened).value();
    m_workspace->setClock([now = m_now] { return *now; });
}

qint64 TempWorkspace::addUser(const QString &login, Role role, bool signIn)
{
    User u;
    u.login = login;
    u.displayName = login.section(QLatin1Char('.'), -1);
    if (!u.displayName.isEmpty())
        u.displayName[0] = u.displayName[0].toUpper();
    u.role = role;
    Result<qint64> id = 0;
    {
        WriteTransaction tx(db()); // recorded in the history by the workspace's door
        id = UserRepository(db()).insert(u, m_workspace->now());
        if (id) {
            if (Status s = tx.commit(); !s)
                id = s.error();
        }
    }
    if (!id)
        FAIL(id.error().message().toStdString());
    if (signIn) {
        if (Status s = m_workspace->setCurrentUser(*id); !s)
            FAIL(s.error().message().toStdString());
    }
    return *id;
}

qint64 TempWorkspace::addPerson(const QString &first,
                                const QString &last,
                                const QString &phone,
                                const QString &city)
{
    Customer c;
    c.firstName = first;
    c.lastName = last;
    c.stage = LifecycleStage::Active;
    QList<ContactPoint> points;
    auto p = ContactPoint::phone(phone, ContactLabel::Work, PhoneNormalizer(QStringLiteral("DE")));
    if (!p)
        FAIL(p.error().message().toStdString());
    p->primary = true;
    points << *p;
    PostalAddress address;
    address.city = city;
    address.country = QStringLiteral("DE");
    auto postal = ContactPoint::postal(address, ContactLabel::Work);
    if (!postal)
        FAIL(postal.error().message().toStdString());
    points << *postal;
    CustomerService &service = m_workspace->customers();
    auto id = service.create(c, points);
    if (!id)
        FAIL(id.error().message().toStdString());
    return *id;
}

qint64 TempWorkspace::signInAdministrator()
{
    Result<QList<User>> users = m_workspace->activeUsers();
    if (!users)
        FAIL(users.error().message().toStdString());
    for (const User &u : std::as_const(*users)) {
        if (u.role == Role::Administrator) {
            if (Status s = m_workspace->setCurrentUser(u.id); !s)
                FAIL(s.error().message().toStdString());
            return u.id;
        }
    }
    return addUser(QStringLiteral("test.admin"), Role::Administrator, true);
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, ChangeBus *forward)
{
    auto opened = Workspace::open(path, Database::Mode::Existing);
    if (!opened)
        FAIL(opened.error().message().toStdString());
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    // Nobody signed in (everything allowed where there are no passwords): the second client
    // acts for the test, not for the role of whichever user it would guess.
    workspace->signOut();
    if (forward)
        QObject::connect(&workspace->changes(), &ChangeBus::changed, forward, &ChangeBus::publish);
    return workspace;
}

} // namespace rapport::test
