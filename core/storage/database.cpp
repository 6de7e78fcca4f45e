#include "core/storage/database.h"

#include "core/storage/changecapture.h"
#include "core/storage/customerselectiontable.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlfunctions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct DatabaseTexts
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("rapport-%1").arg(++counter);
}

enum class FileKind { Empty, Sqlite, Foreign };

// The database files this process has open (absolute path -> connections). POSIX advisory locks
// belong to the process and the file, not to the descriptor: closing ANY descriptor of a file
// drops every lock the process holds on it. SQLite keeps its own descriptors safe from each
// other, but a plain QFile opened and closed on a file that a connection of this process has open
// (say, sniffing the header of a worker's second connection) would silently drop that
// connection's locks, and another process would then think it is alone, check the WAL into the
// file and delete it under us. So a file already open here is never opened outside SQLite.
struct OpenFiles
{
    QMutex mutex;
    QHash<QString, int> count;
};

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

bool openInThisProcess(const QString &absolutePath)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    return files.count.value(absolutePath) > 0;
}

// Looks at the first bytes of the file only, so a foreign file is refused before SQLite opens it.
FileKind sniff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Foreign;
    const QByteArray head = file.read(100);
    if (head.isEmpty())
        return FileKind::Empty;
    static const QByteArray magic("SQLite format 3\0", 16);
    return head.size() == 100 && head.startsWith(magic) ? FileKind::Sqlite : FileKind::Foreign;
}

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    const QVariant v = connection.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

bool folderWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

bool hasSideFiles(const QString &path)
{
    return QFile::exists(path + QStringLiteral("-wal"))
           || QFile::exists(path + QStringLiteral("-journal"));
}

// SQLite's immutable mode reads the main file without locks and without looking at a journal or
// a log, so it is only right where nobody can be writing: no -wal or -journal file lies beside the
// file and none can be made, because its folder is not writable. That is the one place where a
// read-only connection needs it, too: a read-only connection to a WAL database must create the
// -shm and -wal files, and there it cannot.
bool readImmutably(const QString &path)
{
    return !folderWritable(path) && !hasSideFiles(path);
}

// How to open `path` without writing to it. A connection that may write, where we may write, is
// the one that can roll back what a writer that died left half done, and the one that removes
// the -wal and -shm files it needed when it closes last. (A read-only connection to a WAL
// database leaves them behind.) It only reads here.
void openForInspection(QSqlDatabase &c, const QString &path)
{
    if (readImmutably(path)) {
        c.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                          + QStringLiteral("?immutable=1"));
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        return;
    }
    c.setDatabaseName(path);
    c.setConnectOptions(QFileInfo(path).isWritable() && folderWritable(path)
                            ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")
                            : QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
}

bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

Error interruptedChange(const QString &shown)
{
    return Error(Error::Kind::Io,
                 DatabaseTexts::tr("%1 was left with an unfinished change by a program that "
                                   "stopped; opening it once with permission to write to the file "
                                   "and its folder undoes that change, and nothing saved before "
                                   "it is lost.")
                     .arg(shown));
}

// A -journal file beside the database may be hot: its writer died in the middle of a transaction
// (killed, or the machine lost power), and the main file holds some of that transaction's pages
// until a connection that may write rolls them back, which SQLite does on the first read. A
// read-only connection cannot (SQLITE_READONLY_ROLLBACK) and an immutable one does not look: it
// reads the half-written file and finds it malformed. So before anything else reads the file, a
// short connection reads its schema: where we may write, that rolls the change back; where we may
// not, the user hears what happened and what to do instead of "damaged". A journal that is not
// hot (its writer is alive) is left alone by SQLite, and the read waits for it as any read does.
Status rollBackInterruptedChange(const QString &path, const QString &shown)
{
    if (!QFile::exists(path + QStringLiteral("-journal")))
        return {};
    const bool writable = QFileInfo(path).isWritable() && folderWritable(path);
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(),
                             &db,
                             writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_extended_result_codes(db, 1);
        sqlite3_busy_timeout(db, 5000);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    const QString engine = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close_v2(db);
    switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_CORRUPT: // what the file is, the inspection that follows says
    case SQLITE_NOTADB:
        return {};
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return interruptedChange(shown);
    default:
        return sqliteError(rc, engine, DatabaseTexts::tr("Opening %1").arg(shown));
    }
}

// Opens the file read-only to decide whether it is a Rapport database this version can use.
// Returns its schema version (0 for an empty SQLite file that may become one).
Result<int> inspect(const QString &path, const QString &shown)
{
    const QString name = nextConnectionName();
    Result<int> verdict = 0;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        openForInspection(c, path);
        if (!c.open()) {
            verdict = Error(Error::Kind::Io,
                            DatabaseTexts::tr("%1 could not be opened: %2.")
                                .arg(shown, c.lastError().text()));
        } else {
            QSqlQuery q(c);
            // The reads stop at the first that fails: on a busy file each would wait out the
            // busy timeout.
            qint64 appId = 0, userVersion = 0, objects = 0;
            const auto read = [&q](const QString &sql, qint64 &value) {
                if (!q.exec(sql) || !q.next())
                    return false;
                value = q.value(0).toLongLong();
                return true;
            };
            const bool readAll = read(QStringLiteral("PRAGMA application_id"), appId)
                                 && read(QStringLiteral("PRAGMA user_version"), userVersion)
                                 && read(QStringLiteral("SELECT count(*) FROM sqlite_schema"),
                                         objects);
            if (!readAll) {
                // A writer holding the file for longer than the busy timeout is no damage.
                verdict = isBusy(q.lastError())
                              ? sqlError(q, DatabaseTexts::tr("Opening %1").arg(shown))
                              : Error(Error::Kind::Damaged,
                                      DatabaseTexts::tr(
                                          "%1 is not a Rapport database, or it is damaged (%2).")
                                          .arg(shown, q.lastError().databaseText()));
            } else if (appId == Database::ApplicationId) {
                if (userVersion > migrations::latestVersion())
                    verdict = Error(Error::Kind::TooNew,
                                    DatabaseTexts::tr(
                                        "%1 was written by a newer version of Rapport (schema %2; "
                                        "this version knows schema %3 at most).")
                                        .arg(shown)
                                        .arg(userVersion)
                                        .arg(migrations::latestVersion()));
                else
                    verdict = int(userVersion);
            } else if (appId != 0 || objects != 0 || userVersion != 0) {
                verdict = Error(Error::Kind::NotRapport,
                                DatabaseTexts::tr(
                                    "%1 is an SQLite database of another program, not a Rapport "
                                    "database.")
                                    .arg(shown));
            }
            c.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

void removeCreatedFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{
    OpenFiles &files = openFiles();
    const QMutexLocker lock(&files.mutex);
    ++files.count[m_path];
}

Database::~Database()
{
    const auto unregister = qScopeGuard([this] {
        OpenFiles &files = openFiles();
        const QMutexLocker lock(&files.mutex);
        if (--files.count[m_path] <= 0)
            files.count.remove(m_path);
    });
    m_capture.reset();
    if (m_handle && m_busy)
        sqlite3_busy_handler(m_handle, nullptr, nullptr);
    {
        QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
        if (c.isOpen())
            c.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isNetworkFilesystem(const QByteArray &fsType, const QString &folder)
{
    // A UNC path (\\server\share, //server/share) names another machine whatever the type says.
    if (folder.startsWith(QLatin1String("//")) || folder.startsWith(QLatin1String("\\\\")))
        return true;
    const QByteArray type = fsType.toLower();
    // FUSE file systems report "fuse.<name>": sshfs, rclone, s3fs, davfs2, glusterfs...
    const QByteArray name = type.startsWith("fuse.") ? type.mid(5) : type;
    for (const char *network : {"nfs",  "smb",    "cifs", "sshfs",     "davfs",  "webdav",  "afpfs",
                                "afs",  "9p",     "ceph", "glusterfs", "lustre", "gpfs",    "ncpfs",
                                "coda", "rclone", "s3fs", "gcsfuse",   "beegfs", "orangefs"}) {
        if (name.startsWith(network))
            return true;
    }
    return false;
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("rapport.db"));
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (path.isEmpty())
        return Error(Error::Kind::Io, DatabaseTexts::tr("No database file was given."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(absolute);
    const bool existed = info.exists();

    if (existed) {
        if (!info.isFile())
            return Error(Error::Kind::Io, DatabaseTexts::tr("%1 is not a file.").arg(shown));
        if (!info.isReadable())
            return Error(Error::Kind::Io,
                         DatabaseTexts::tr("%1 cannot be read: permission denied.").arg(shown));
        // Open here already: it is an SQLite file, and a QFile on it would drop our locks.
        const FileKind kind = openInThisProcess(absolute) ? FileKind::Sqlite : sniff(absolute);
        if (kind == FileKind::Foreign)
            return Error(Error::Kind::NotRapport,
                         DatabaseTexts::tr(
                             "%1 is not a Rapport database (it is not an SQLite file).")
                             .arg(shown));
        if (kind == FileKind::Empty && mode == Mode::ReadOnly)
            return Error(Error::Kind::NotRapport,
                         DatabaseTexts::tr("%1 is an empty file, not a Rapport database.")
                             .arg(shown));
        if (kind == FileKind::Sqlite) {
            if (Status s = rollBackInterruptedChange(absolute, shown); !s)
                return s.error();
            const Result<int> verdict = inspect(absolute, shown);
            if (!verdict)
                return verdict.error();
            if (mode == Mode::ReadOnly && *verdict == 0)
                return Error(Error::Kind::NotRapport,
                             DatabaseTexts::tr(
                                 "%1 is an empty SQLite file, not a Rapport database.")
                                 .arg(shown));
        }
        if (mode != Mode::ReadOnly && !info.isWritable())
            return Error(Error::Kind::Io,
                         DatabaseTexts::tr(
                             "%1 is read-only; make it writable or open it read-only.")
                             .arg(shown));
    } else {
        if (mode != Mode::Create)
            return Error(Error::Kind::Io,
                         DatabaseTexts::tr("There is no database at %1.").arg(shown));
        const QFileInfo folder(info.absolutePath());
        const QString folderShown = QDir::toNativeSeparators(folder.absoluteFilePath());
        if (!folder.isDir())
            return Error(Error::Kind::Io,
                         DatabaseTexts::tr("The folder %1 does not exist.").arg(folderShown));
        if (!folder.isWritable())
            return Error(Error::Kind::Io,
                         DatabaseTexts::tr(
                             "The folder %1 is not writable, so no database can be created there.")
                             .arg(folderShown));
    }

    const bool readOnly = mode == Mode::ReadOnly;
    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName(), readOnly));
    const auto fail = [&](Error error) -> Result<std::unique_ptr<Database>> {
        db.reset();
        if (!existed)
            removeCreatedFiles(absolute);
        return error;
    };

    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        if (readOnly && readImmutably(absolute)) {
            c.setDatabaseName(QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)
                              + QStringLiteral("?immutable=1"));
            c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            c.setDatabaseName(absolute);
            c.setConnectOptions(
                readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                         : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!c.open())
            return fail(sqlError(c.lastError(), DatabaseTexts::tr("Opening %1").arg(shown)));
        db->m_handle = sqliteHandle(c);
    }
    if (!db->m_handle)
        return fail(Error(Error::Kind::Database,
                          DatabaseTexts::tr(
                              "Opening %1 failed: Qt's SQLite driver gave no connection handle.")
                              .arg(shown)));
    registerSqlFunctions(db->m_handle);

    db->m_network = isNetworkFilesystem(QStorageInfo(info.absolutePath()).fileSystemType(),
                                        info.absolutePath());
    if (Status s = db->configure(!db->m_network); !s)
        return fail(s.error());
    if (!readOnly) {
        if (Status s = migrations::migrate(db->m_handle); !s)
            return fail(s.error());
    }
    // The customer list's selection lives in a temporary table of each connection.
    if (Status s = CustomerSelectionTable::create(*db); !s)
        return fail(s.error());
    return db;
}

Status Database::configure(bool localFile)
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA cache_size = -32768"),
                        QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (!m_readOnly)
        pragmas << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &pragma : pragmas) {
        if (Status s = exec(pragma); !s)
            return s;
    }
    if (m_readOnly)
        return {};
    // WAL lets readers go on while one writer writes; it needs shared memory, which a network
    // filesystem does not give, so a shared file keeps the rollback journal. Changing the mode
    // needs the file to itself: while another connection writes (a bulk load building a new
    // database runs with the rollback journal), the file keeps the mode it has, and this
    // connection's reads and writes wait for the other's under the busy timeout as they would in
    // either mode.
    QSqlQuery q(connection());
    if (!q.exec(localFile ? QStringLiteral("PRAGMA journal_mode = WAL")
                          : QStringLiteral("PRAGMA journal_mode = DELETE"))
        && !isBusy(q.lastError()))
        return sqlError(q, QStringLiteral("PRAGMA journal_mode ="));
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
}

QString Database::journalMode() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString()
                                                                     : QString();
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q, DatabaseTexts::tr("Checking the database"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sqlError(q, DatabaseTexts::tr("Checking the database's references"));
    while (q.next())
        problems << DatabaseTexts::tr("row %1 of %2 refers to a missing row of %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    return problems;
}

Result<qint64> Database::dataVersion() const
{
    // Through the C API: polled several times a second, so no QSqlQuery per call.
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, "PRAGMA data_version", -1, &stmt, nullptr);
    qint64 version = 0;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            version = sqlite3_column_int64(stmt, 0);
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_OK)
        return Error(Error::Kind::Database,
                     QCoreApplication::translate("Database",
                                                 "Looking for changes by others failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    return version;
}

bool Database::inTransaction() const
{
    return m_handle && sqlite3_get_autocommit(m_handle) == 0;
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return sqlError(q, sql.section(QLatin1Char(' '), 0, 2));
    return {};
}

Status Database::checkStillThere() const
{
    if (QFileInfo::exists(m_path))
        return {};
    return Error(Error::Kind::Io,
                 QCoreApplication::translate("Database",
                                             "The database file %1 is no longer there: it was "
                                             "moved or deleted, or its network share is gone. "
                                             "Nothing was saved.")
                     .arg(QDir::toNativeSeparators(m_path)));
}

Status Database::installCapture()
{
    if (m_readOnly || m_capture)
        return {};
    auto capture = std::make_unique<ChangeCapture>(m_handle);
    if (Status s = capture->install(); !s)
        return s;
    m_capture = std::move(capture);
    return {};
}

void Database::setBusyHandler(BusyHandler handler)
{
    if (!handler) {
        m_busy.reset();
        sqlite3_busy_timeout(m_handle, 5000);
        return;
    }
    m_busy = std::make_unique<BusyHandler>(std::move(handler));
    sqlite3_busy_handler(
        m_handle,
        [](void *self, int attempt) -> int {
            constexpr int StepMs = 50;
            const auto &busy = *static_cast<BusyHandler *>(self);
            if (!busy(attempt * StepMs))
                return 0;
            sqlite3_sleep(StepMs);
            return 1;
        },
        m_busy.get());
}

void Database::interrupt() const
{
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

} // namespace rapport
