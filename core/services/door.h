#pragma once

#include "core/services/changebus.h"
#include "core/storage/database.h"
#include "core/storage/writeholder.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace rapport {

class HistoryRepository;
struct HistoryEntry;

// Who acts: the signed-in user (none on a database without users) and the machine.
struct Actor
{
    std::optional<qint64> userId;
    QString name;    // the user's display name; empty when nobody is signed in
    QString machine; // the host name
    // "Anna Weber on laptop-3", "nobody on laptop-3"
    QString label() const;
    static QString thisMachine();
};

// What a write is for, as the permission check sees it.
enum class WriteAction {
    Create,
    Edit,
    Delete,
    Import,
    Export,
    Merge,
    Erase,
    ManageUsers,
    Settings,
    SignIn,     // sign-in's bookkeeping (failed attempts, a rehash): allowed to anyone
    OwnAccount, // the signed-in user's own password (the service checks it is theirs)
};

// One write as the caller asks for it.
struct WriteRequest
{
    struct Batch;
    WriteRequest() = default;
    WriteRequest(WriteAction a, qint64 customer = 0)
        : action(a)
        , customerId(customer)
    {}
    WriteRequest(WriteAction a, Batch b);

    WriteAction action = WriteAction::Edit;
    qint64 customerId = 0; // the customer it concerns, when one (for "own"/"team" permissions)
    // A batch: one user action of many rows (an import, a merge, an erase, the demo load). Its
    // head entry (entity = kind, changes = description) comes first in the history, and every
    // row of the batch carries its id. With rows = false the rows themselves are not recorded
    // (a bulk load of new rows: the head says what was loaded). The head of a batch with rows
    // carries "rows_recorded", the number of row entries after it.
    struct Batch
    {
        QString kind; // 'import', 'demo', 'merge', 'erase'...
        QJsonObject description;
        bool rows = true;
    };
    std::optional<Batch> batch;
};

inline WriteRequest::WriteRequest(WriteAction a, Batch b)
    : action(a)
    , batch(std::move(b))
{}

// A write waiting for the write lock while another client holds it: how long it has waited (ms)
// and, when the holder left word beside the file (a long write: an import, the demo), who.
struct BusyWait
{
    int waitedMs = 0;
    std::optional<WriteHolder> holder;
    // "Waiting for Anna Weber on laptop-3, who is importing purchases (since 10:02)…"
    QString message() const;
};

class Door;

// What the body of a write sees: the one clock, the actor, the connection, and where to leave
// the notices to publish after the commit.
class WriteScope final
{
public:
    QDateTime now() const { return m_now; }
    const Actor &actor() const;
    const Database &database() const;
    // Publishes `notice` on the change bus once the write has committed.
    void notify(ChangeNotice notice) { m_notices.append(std::move(notice)); }
    // Adds to a batch's description what only the body knows (counts, id ranges).
    void describe(const QString &key, const QJsonValue &value) { m_description.insert(key, value); }

private:
    friend class Door;
    WriteScope(Door &door, QDateTime now)
        : m_door(door)
        , m_now(std::move(now))
    {}
    Door &m_door;
    QDateTime m_now;
    QList<ChangeNotice> m_notices;
    QJsonObject m_description;
};

// Door is the one way a change reaches the database (core/services): every write from the
// desktop, the CLI, imports and worker threads passes through write() on the door of its
// connection. It knows the acting user and the clock, asks the permission check, opens the one
// transaction (BEGIN IMMEDIATE), lets the body write through the repositories, records the
// history of every row changed (caught by the connection's ChangeCapture) hash-chained in the
// same transaction, commits, and then publishes the notices on the change bus.
//
// A WriteTransaction opened by older code on this connection goes through the same recording
// (the door observes every outermost commit), and a commit of captured changes that bypassed
// both is refused by the connection, so nothing is ever written without its history.
class Door final
{
    Q_DECLARE_TR_FUNCTIONS(Door)

public:
    using Clock = std::function<QDateTime()>;
    using PermissionCheck = std::function<Status(const Actor &, const WriteRequest &)>;
    using Body = std::function<Status(WriteScope &)>;

    // Takes `db` (read-write): installs its change capture and observes its commits. `bus` may be
    // null (a worker without listeners).
    Door(Database &db, ChangeBus *bus);
    ~Door();
    Door(const Door &) = delete;
    Door &operator=(const Door &) = delete;

    static Result<std::unique_ptr<Door>> open(Database &db, ChangeBus *bus);

    Database &database() const { return m_db; }
    ChangeBus *changes() const { return m_bus; }

    const Actor &actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    QDateTime now() const { return m_clock(); }
    void setClock(Clock clock);
    static QDateTime systemNow();
    // The single permission hook (roles fill it in); the default allows everything.
    void setPermissionCheck(PermissionCheck check) { m_permission = std::move(check); }

    // Runs `body` as one write; see the class comment. On failure nothing is written.
    Status write(const WriteRequest &request, const Body &body);
    // A batch whose body runs its own transaction (a BulkLoader or an OrderImportWriter, which
    // switch connection settings outside a transaction): the door still checks permission,
    // records the batch head (and, with Batch::rows, every row) before the body's COMMIT and
    // publishes the notices after it. `request` must carry a batch.
    Status bulk(const WriteRequest &request, const Body &body);

    // While another client holds the write lock, a write waits and tries again about every
    // 100 ms; between tries (outside SQLite, so the observer may process events) it asks
    // `observer`, which returns false to give up: the write then fails with a busy error that
    // names the holder when known. Without an observer a write waits up to DefaultBusyLimitMs.
    // A bare WriteTransaction on this connection waits inside SQLite up to that limit, unasked.
    using BusyObserver = std::function<bool(const BusyWait &)>;
    void setBusyObserver(BusyObserver observer) { m_busyObserver = std::move(observer); }
    static constexpr int DefaultBusyLimitMs = 5000;

    // The batch ids this door committed and that live updates have not seen yet: a client skips
    // its own entries when it reads what others wrote.
    bool takeOwnBatch(qint64 batch) { return m_ownBatches.remove(batch); }

private:
    class Observer;
    friend class WriteScope;
    Status run(const WriteRequest &request, const Body &body, bool ownTransaction);
    Status recordPending();
    void committed(bool ok);
    void lockTaken();
    bool busy(int waitedMs);
    void dropHolderFile();

    Database &m_db;
    ChangeBus *m_bus;
    std::unique_ptr<HistoryRepository> m_history;
    std::unique_ptr<Observer> m_observer;
    Actor m_actor;
    Clock m_clock;
    PermissionCheck m_permission;
    // The write in progress (set by write(); a bare WriteTransaction leaves them empty).
    const WriteRequest *m_request = nullptr;
    WriteScope *m_scope = nullptr;
    QList<qint64> m_pendingBatches;
    QSet<qint64> m_ownBatches;
    // The write lock as this door's current write sees it.
    bool m_lockTaken = false;
    bool m_gaveUp = false; // SQLite reported busy because busy() gave up before the lock
    bool m_wroteHolder = false;
    std::optional<WriteHolder> m_holder; // as last read while waiting
    BusyObserver m_busyObserver;
};

} // namespace rapport
