#include "core/storage/transaction.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <atomic>

namespace rapport {
namespace {

Status run(const Database &db, const char *sql, const char *what)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db.handle(), sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(db.handle()));
    sqlite3_free(message);
    return sqliteError(rc, text, QCoreApplication::translate("WriteTransaction", what));
}

} // namespace

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
{
    static std::atomic<quint64> counter{0};
    if (!sqlite3_get_autocommit(db.handle()))
        m_savepoint = "rapport_sp_" + QByteArray::number(++counter);
    const QByteArray begin = m_savepoint.isEmpty() ? QByteArray("BEGIN IMMEDIATE")
                                                   : "SAVEPOINT " + m_savepoint;
    m_begun = m_savepoint.isEmpty() ? db.checkStillThere() : Status();
    if (m_begun)
        m_begun = run(db,
                      begin.constData(),
                      QT_TRANSLATE_NOOP("WriteTransaction", "Starting to write"));
    m_active = m_begun.ok();
    if (m_active && m_savepoint.isEmpty()) {
        if (CommitObserver *observer = db.commitObserver())
            observer->begun();
    }
}

WriteTransaction::~WriteTransaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        if (CommitObserver *observer = m_db.commitObserver())
            observer->afterCommit(false);
    } else {
        const QByteArray undo = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_db.handle(), undo.constData(), nullptr, nullptr, nullptr);
    }
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_begun.ok() ? Status(
                   Error(Error::Kind::Database,
                         QCoreApplication::translate("WriteTransaction",
                                                     "The transaction was already finished.")))
                            : m_begun;
    CommitObserver *observer = m_savepoint.isEmpty() ? m_db.commitObserver() : nullptr;
    if (observer) {
        // The history of the changes joins the transaction; without it nothing is committed.
        if (Status s = observer->beforeCommit(); !s)
            return s;
    }
    const QByteArray finish = m_savepoint.isEmpty() ? QByteArray("COMMIT")
                                                    : "RELEASE " + m_savepoint;
    Status s = run(m_db, finish.constData(), QT_TRANSLATE_NOOP("WriteTransaction", "Saving"));
    if (s) {
        m_active = false;
        if (observer)
            observer->afterCommit(true);
    }
    return s;
}

} // namespace rapport
