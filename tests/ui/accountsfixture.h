#pragma once

#include "core/services/accountservice.h"
#include "core/services/workspace.h"
#include "tests/ui/isolatedsettings.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace rapport::test {

// A database that requires passwords: Anna Weber, administrator, and Ben Roth, sales rep in team
// Nord, each with a password; opened as a Workspace with nobody signed in.
class AccountsFixture
{
public:
    static inline const QString annaPassword = QStringLiteral("anna-secret-1");
    static inline const QString benPassword = QStringLiteral("ben-secret-1");

    AccountsFixture()
        : settings(QStringLiteral("accounts"))
    {
        workspace = open();
        AccountService &accounts = workspace->accounts();
        NewUser anna;
        anna.login = QStringLiteral("anna");
        anna.displayName = QStringLiteral("Anna Weber");
        anna.role = Role::Administrator;
        anna.password = annaPassword;
        const Result<qint64> a = accounts.addUser(anna);
        REQUIRE(a.ok());
        annaId = *a;
        // Once an administrator has a password, only someone signed in may add users.
        signIn(anna.login, annaPassword);
        NewUser ben;
        ben.login = QStringLiteral("ben");
        ben.displayName = QStringLiteral("Ben Roth");
        ben.role = Role::SalesRep;
        ben.teams = {QStringLiteral("Nord")};
        ben.password = benPassword;
        const Result<qint64> b = accounts.addUser(ben);
        REQUIRE(b.ok());
        benId = *b;
        workspace->signOut();
        REQUIRE(workspace->requiresPassword());
        REQUIRE_FALSE(workspace->currentUser());
    }

    QString path() const { return dir.filePath(QStringLiteral("team.db")); }

    std::unique_ptr<Workspace> open() const
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path(), Database::Mode::Create);
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

    void signIn(const QString &login, const QString &password)
    {
        REQUIRE(workspace->signIn(login, password).ok());
    }

    IsolatedSettings settings;
    QTemporaryDir dir;
    std::unique_ptr<Workspace> workspace;
    qint64 annaId = 0;
    qint64 benId = 0;
};

} // namespace rapport::test
