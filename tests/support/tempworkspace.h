#pragma once

#include "core/services/workspace.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace rapport::test {

// A fresh Rapport database opened as a Workspace, in a temporary folder that disappears with the
// object, with a clock the test sets and moves: it starts at `start` and stands still until
// told otherwise.
class TempWorkspace final
{
public:
    explicit TempWorkspace(const QDateTime &start = defaultStart());

    Workspace &workspace() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    Database &db() { return m_workspace->database(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.db")); }

    QDateTime now() const { return *m_now; }
    void setNow(const QDateTime &now) { *m_now = now; }
    void advance(qint64 seconds) { *m_now = m_now->addSecs(seconds); }

    // A user, signed in at once when `signIn`.
    qint64 addUser(const QString &login, Role role = Role::ServiceAgent, bool signIn = true);
    // Signs in the first active administrator (demo data has one), adding one when there is
    // none: for a test of something roles restrict (imports, erasing) on demo data, where an
    // agent is signed in automatically.
    qint64 signInAdministrator();
    // A person with one phone number (any form; the region is DE) and a city.
    qint64 addPerson(const QString &first,
                     const QString &last,
                     const QString &phone,
                     const QString &city = QStringLiteral("Berlin"));

    // A recent whole-second UTC time in the past, on a weekday at 10:00 local time, so that a
    // test has the rest of the day ahead and validation never sees a future time.
    static QDateTime defaultStart();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<QDateTime> m_now;
    std::unique_ptr<Workspace> m_workspace;
};

// A Workspace on a database a test made itself (a TempDatabase at `path`): a second connection
// with its own write door, for a test that drives services beside repositories of its own. When
// `forward` is given, every notice of the workspace is published on it too (the bus the test's
// models listen to). Nobody is signed in on it (Workspace::signOut()).
std::unique_ptr<Workspace> openWorkspace(const QString &path, ChangeBus *forward = nullptr);

} // namespace rapport::test
