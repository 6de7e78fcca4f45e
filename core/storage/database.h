#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace rapport {

class ChangeCapture;

// What a write door does around the end of each outermost write transaction on its connection:
// record the history of the changes just before COMMIT, and learn whether the commit held.
class CommitObserver
{
public:
    virtual ~CommitObserver() = default;
    // The write lock was just taken (BEGIN IMMEDIATE of an outermost transaction succeeded).
    virtual void begun() {}
    // Runs inside the transaction, just before COMMIT; an error rolls the transaction back.
    virtual Status beforeCommit() = 0;
    // After COMMIT (committed) or after the transaction was rolled back (not committed).
    virtual void afterCommit(bool committed) = 0;
};

// Database is one open connection to a Rapport database file. open() refuses anything that is not
// a Rapport database (or an empty file to become one) before it writes a single byte, applies the
// connection pragmas and brings the schema up to date through the numbered migrations. A change
// whose writer died half-way (a hot -journal) is rolled back first, in every mode, where the file
// may be written; where it may not, open() says so instead of reading the half-written file.
// A Database belongs to the thread that opened it; other threads open their own.
class Database final
{
public:
    enum class Mode {
        Create,   // open the file, or create it (the folder must exist); migrate
        Existing, // open an existing file read-write; migrate
        ReadOnly, // open an existing file without writing to it; no migration
    };

    static constexpr int ApplicationId = 1380012116; // 'RAPT' in PRAGMA application_id

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    // The default database: <AppDataLocation>/rapport.db; the folder is created when missing.
    static QString defaultPath();
    // Does a file system of this type (as QStorageInfo::fileSystemType() says it: "nfs4",
    // "cifs", "fuse.sshfs"...) or a folder at this path (a UNC path) live on another machine?
    // There SQLite's shared memory for WAL does not work, so the rollback journal is used.
    static bool isNetworkFilesystem(const QByteArray &type, const QString &folder = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Is the file on a network share (so in rollback journal mode: no reading during a write)?
    bool isOnNetworkShare() const { return m_network; }

    int schemaVersion() const;
    QString journalMode() const;
    // PRAGMA data_version: a number that changes when another connection (another process, or
    // another Database on this file) commits a change, and not for this connection's own
    // commits. Live updates poll it: one page read of the WAL index or the file header.
    Result<qint64> dataVersion() const;
    // True while this connection has a transaction open.
    bool inTransaction() const;
    // Runs PRAGMA integrity_check and foreign_key_check; an empty list means the file is sound.
    Result<QStringList> check() const;
    // Runs one statement that returns nothing (pragmas, DDL) and reports a failure as an Error.
    Status exec(const QString &sql) const;
    // Is the file still where it was opened? An open connection goes on writing into a file
    // that was moved or deleted, or fails late when its share is gone; a write checks first, so
    // the user hears at once and keeps what they typed.
    Status checkStillThere() const;
    // Stops the statement running on this connection at its next step (it fails with
    // "interrupted"). The one member another thread may call: a worker's long check is cut short
    // when the user closes the database.
    void interrupt() const;

    // The change capture of this connection (see ChangeCapture): made by the write door that
    // takes the connection; null on a connection without one (and on read-only ones).
    ChangeCapture *capture() const { return m_capture.get(); }
    Status installCapture();
    void setCommitObserver(CommitObserver *observer) { m_observer = observer; }
    CommitObserver *commitObserver() const { return m_observer; }
    // While the write lock is held by someone else: called about every 50 ms with the time
    // waited so far; return false to give up (the write then fails as busy). Without a handler
    // a write waits up to the busy timeout (5 s).
    using BusyHandler = std::function<bool(int waitedMs)>;
    void setBusyHandler(BusyHandler handler);

private:
    Database(QString path, QString connectionName, bool readOnly);
    Status configure(bool localFile);

    QString m_path;
    QString m_connectionName;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
    bool m_network = false;
    std::unique_ptr<ChangeCapture> m_capture;
    CommitObserver *m_observer = nullptr;
    std::unique_ptr<BusyHandler> m_busy;
};

} // namespace rapport
