#include "core/services/door.h"

#include "core/domain/historyentry.h"
#include "core/storage/changecapture.h"
#include "core/storage/historyrepository.h"
#include "core/storage/sqlerror.h"
#include "core/storage/transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace rapport {
namespace {

QString loginName()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("USERNAME");
#else
    return qEnvironmentVariable("USER");
#endif
}

} // namespace

QString Actor::label() const
{
    const QString who = name.isEmpty() ? Door::tr("nobody signed in") : name;
    return machine.isEmpty() ? who : Door::tr("%1 on %2").arg(who, machine);
}

QString Actor::thisMachine()
{
    return QSysInfo::machineHostName();
}

QString BusyWait::message() const
{
    return holder ? Door::tr("Waiting for %1…").arg(holder->describe())
                  : Door::tr("Waiting for another user who is saving a change…");
}

const Actor &WriteScope::actor() const
{
    return m_door.actor();
}

const Database &WriteScope::database() const
{
    return m_door.database();
}

class Door::Observer final : public CommitObserver
{
public:
    explicit Observer(Door &door)
        : m_door(door)
    {}
    void begun() override { m_door.lockTaken(); }
    Status beforeCommit() override { return m_door.recordPending(); }
    void afterCommit(bool committed) override { m_door.committed(committed); }

private:
    Door &m_door;
};

Door::Door(Database &db, ChangeBus *bus)
    : m_db(db)
    , m_bus(bus)
    , m_history(std::make_unique<HistoryRepository>(db))
    , m_observer(std::make_unique<Observer>(*this))
    , m_clock(&Door::systemNow)
{
    m_actor.machine = Actor::thisMachine();
    m_db.setCommitObserver(m_observer.get());
    m_db.setBusyHandler([this](int waitedMs) { return busy(waitedMs); });
}

Door::~Door()
{
    dropHolderFile();
    if (m_db.commitObserver() == m_observer.get()) {
        m_db.setCommitObserver(nullptr);
        m_db.setBusyHandler(nullptr);
    }
}

Result<std::unique_ptr<Door>> Door::open(Database &db, ChangeBus *bus)
{
    if (Status s = db.installCapture(); !s)
        return s.error();
    return std::make_unique<Door>(db, bus);
}

void Door::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&Door::systemNow);
}

QDateTime Door::systemNow()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

Status Door::write(const WriteRequest &request, const Body &body)
{
    return run(request, body, true);
}

Status Door::bulk(const WriteRequest &request, const Body &body)
{
    if (!request.batch)
        return Error(Error::Kind::Database, tr("A bulk change must be described as a batch."));
    return run(request, body, false);
}

Status Door::run(const WriteRequest &request, const Body &body, bool ownTransaction)
{
    if (m_db.isReadOnly())
        return Error(Error::Kind::Io,
                     tr("The database is open read-only, so nothing can be changed."));
    if (m_request)
        return Error(Error::Kind::Database,
                     tr("A change cannot start while another one is being saved."));
    if (m_permission) {
        if (Status s = m_permission(m_actor, request); !s)
            return s;
    }
    ChangeCapture *capture = m_db.capture();
    const bool rows = !request.batch || request.batch->rows;
    if (capture && capture->isEnabled() != rows) {
        if (Status s = capture->setEnabled(rows); !s)
            return s;
    }
    // Busy before the write lock is taken, nothing is written yet: the write waits outside
    // SQLite between tries, so that the busy observer may keep a window painting meanwhile.
    m_request = &request;
    QElapsedTimer waiting;
    Status result;
    QList<ChangeNotice> notices;
    for (;;) {
        WriteScope scope(*this, m_clock());
        m_scope = &scope;
        m_lockTaken = m_gaveUp = false;
        if (ownTransaction) {
            WriteTransaction tx(m_db);
            result = tx.begun();
            if (result)
                result = body(scope);
            if (result)
                result = tx.commit();
        } else {
            result = body(scope);
        }
        m_scope = nullptr;
        dropHolderFile();
        if (result || m_lockTaken || !m_gaveUp) {
            notices = std::move(scope.m_notices);
            break;
        }
        if (!waiting.isValid())
            waiting.start();
        const BusyWait wait{int(waiting.elapsed()), m_holder};
        if (m_busyObserver ? !m_busyObserver(wait) : wait.waitedMs >= DefaultBusyLimitMs)
            break;
    }
    m_request = nullptr;
    m_holder.reset();
    if (capture && !capture->isEnabled()) {
        if (Status s = capture->setEnabled(true); !s && result)
            result = s;
    }
    if (!result)
        return result;
    if (m_bus) {
        for (const ChangeNotice &notice : std::as_const(notices))
            m_bus->publish(notice);
    }
    return {};
}

void Door::lockTaken()
{
    m_lockTaken = true;
    const QString path = m_db.path();
    if (m_request && m_request->batch) {
        // A long write: leave word beside the file of who holds it, for those who wait.
        WriteHolder holder;
        holder.user = m_actor.name.isEmpty() ? loginName() : m_actor.name;
        holder.machine = m_actor.machine;
        holder.pid = WriteHolder::thisProcess();
        holder.what = m_request->batch->kind;
        holder.since = systemNow(); // read by others against their wall clocks, not ours
        m_wroteHolder = holder.write(path).ok(); // only a hint: a write goes on without it
    } else if (QFileInfo::exists(WriteHolder::pathFor(path))) {
        WriteHolder::remove(path); // we hold the lock, so whoever wrote it is done (or died)
    }
}

bool Door::busy(int waitedMs)
{
    // One try of a door's write gives up after a slice (see run()); anything else (a bare
    // WriteTransaction, a read, a COMMIT waiting for readers) waits here up to the limit.
    const bool slice = m_request && !m_lockTaken;
    constexpr int SliceMs = 100;
    if (waitedMs < (slice ? SliceMs : DefaultBusyLimitMs))
        return true;
    m_holder = WriteHolder::read(m_db.path());
    setBusyHolder(m_holder ? m_holder->describe() : QString());
    m_gaveUp = slice;
    return false;
}

void Door::dropHolderFile()
{
    if (m_wroteHolder) {
        WriteHolder::remove(m_db.path(), m_actor.machine, WriteHolder::thisProcess());
        m_wroteHolder = false;
    }
}

Status Door::recordPending()
{
    ChangeCapture *capture = m_db.capture();
    QList<StagedChange> staged;
    if (capture && capture->isEnabled()) {
        Result<QList<StagedChange>> taken = capture->take();
        if (!taken)
            return taken.error();
        staged = std::move(taken).value();
    }
    const WriteRequest::Batch *batch = m_request && m_request->batch ? &*m_request->batch : nullptr;
    if (staged.isEmpty() && !batch) {
        if (capture)
            capture->allowCommit(true);
        return {}; // nothing users see changed (derived tables only)
    }
    const QDateTime at = m_scope ? m_scope->now() : m_clock();
    QList<HistoryEntry> entries;
    entries.reserve(staged.size() + 1);
    const auto entry = [&](QString operation, QString entity) {
        HistoryEntry e;
        e.at = at;
        e.userId = m_actor.userId;
        e.actor = m_actor.label();
        e.operation = std::move(operation);
        e.entity = std::move(entity);
        return e;
    };
    if (batch) {
        HistoryEntry head = entry(QStringLiteral("batch"), batch->kind);
        QJsonObject description = batch->description;
        // How many row entries follow the head (absent: the rows are not recorded), so a reader
        // of the history knows whether the rows say everything the batch changed.
        if (batch->rows)
            description.insert(QStringLiteral("rows_recorded"), qint64(staged.size()));
        if (m_scope) {
            for (auto it = m_scope->m_description.constBegin();
                 it != m_scope->m_description.constEnd();
                 ++it)
                description.insert(it.key(), it.value());
        }
        head.changes = QString::fromUtf8(QJsonDocument(description).toJson(QJsonDocument::Compact));
        entries.append(std::move(head));
    }
    for (StagedChange &change : staged) {
        QString operation = std::move(change.operation);
        if (operation == QLatin1String("update") && change.entity == QLatin1String("customer")) {
            // Moving to the trash and back are updates of deleted_at; the history names them.
            const QJsonArray deleted = QJsonDocument::fromJson(change.changes.toUtf8())
                                           .object()
                                           .value(QLatin1String("deleted_at"))
                                           .toArray();
            if (deleted.size() == 2 && deleted.at(0).isNull() != deleted.at(1).isNull())
                operation = deleted.at(0).isNull() ? QStringLiteral("trash")
                                                   : QStringLiteral("restore");
        }
        HistoryEntry e = entry(std::move(operation), std::move(change.entity));
        e.entityId = change.entityId;
        e.customerId = change.customerId;
        e.changes = std::move(change.changes);
        entries.append(std::move(e));
    }
    if (Status s = m_history->append(entries); !s)
        return s;
    m_pendingBatches.append(entries.first().batch);
    if (capture)
        capture->allowCommit(true);
    return {};
}

void Door::committed(bool ok)
{
    dropHolderFile(); // the lock is released: nobody waits for this write any more
    if (ChangeCapture *capture = m_db.capture())
        capture->allowCommit(false);
    if (ok) {
        if (m_ownBatches.size() > 10000) // nobody reads them back (no live updates here)
            m_ownBatches.clear();
        for (qint64 batch : std::as_const(m_pendingBatches))
            m_ownBatches.insert(batch);
    }
    m_pendingBatches.clear();
}

} // namespace rapport
