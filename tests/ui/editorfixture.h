#pragma once

#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/userrepository.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QWidget>

#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace rapport::test {

// A workspace on a database of its own (phone region DE, two users), the app's undo stack, and
// helpers to drive widgets: the editor and trash tests share it.
struct EditorFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    QUndoStack stack;
    qint64 anna = 0;
    qint64 ben = 0;

    EditorFixture()
    {
        Result<std::unique_ptr<Workspace>> ws
            = Workspace::open(dir.filePath(QStringLiteral("crm.db")), Database::Mode::Create);
        REQUIRE(ws.ok());
        workspace = std::move(ws).value();
        REQUIRE(workspace->setSetting(SettingsRepository::PhoneRegion, QStringLiteral("DE")).ok());
        anna = addUser(QStringLiteral("anna"), QStringLiteral("Anna Berg"));
        ben = addUser(QStringLiteral("ben"), QStringLiteral("Ben Ott"));
    }

    Database &db() { return workspace->database(); }
    QString path() const { return dir.filePath(QStringLiteral("crm.db")); }
    CustomerService &service() { return workspace->customers(); }

    qint64 addUser(const QString &login, const QString &name)
    {
        User u;
        u.login = login;
        u.displayName = name;
        Result<qint64> id = test::committed(db(), [&] {
            return UserRepository(db()).insert(u, test::wallClock());
        });
        REQUIRE(id.ok());
        return *id;
    }

    // A stored person with a landline, a mobile and an e-mail address.
    CustomerRecord addPerson(const QString &first, const QString &last)
    {
        const PhoneNormalizer phones(QStringLiteral("DE"));
        CustomerRecord r;
        r.customer.firstName = first;
        r.customer.lastName = last;
        r.customer.stage = LifecycleStage::Prospect;
        r.customer.ownerId = anna;
        r.customer.tags = {QStringLiteral("newsletter")};
        r.contactPoints << *ContactPoint::phone(QStringLiteral("030 1234567"),
                                                ContactLabel::Work,
                                                phones)
                        << *ContactPoint::phone(QStringLiteral("0171 2345678"),
                                                ContactLabel::Mobile,
                                                phones)
                        << *ContactPoint::email(first.toLower() + QStringLiteral("@example.com"),
                                                ContactLabel::Work);
        CustomerService &s = workspace->customers();
        REQUIRE(s.create(r).ok());
        Result<CustomerRecord> stored = s.record(r.customer.id);
        REQUIRE(stored.ok());
        return *stored;
    }

    qint64 addOrganisation(const QString &name)
    {
        CustomerRecord r;
        r.customer.kind = CustomerKind::Organisation;
        r.customer.organisation = name;
        CustomerService &s = workspace->customers();
        Result<qint64> id = s.create(r);
        REQUIRE(id.ok());
        return *id;
    }
};

// Shows a window and waits until it is active, so that focus moves as a user's would.
inline void showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

// Moves the focus on with Tab from the widget that has it, as a user leaving a field does.
inline void tabAway(QWidget *from)
{
    QTest::keyClick(from, Qt::Key_Tab);
}

// Runs `inspect` on the next modal dialog the code under test opens, from the dialog's own event
// loop; `inspect` must close it.
inline void onNextModal(std::function<void(QWidget *)> inspect)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, tries, inspect] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal && ++*tries < 250)
            return;
        poll->stop();
        poll->deleteLater();
        if (modal)
            inspect(modal);
    });
    poll->start();
}

} // namespace rapport::test
