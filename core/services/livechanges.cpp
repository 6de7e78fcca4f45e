#include "core/services/livechanges.h"

#include "core/domain/historyentry.h"
#include "core/services/door.h"
#include "core/storage/database.h"
#include "core/storage/historyrepository.h"

#include <QJsonArray>
#include <QSet>
#include <QtDebug>

#include <optional>

namespace rapport {
namespace {

using Entity = ChangeNotice::Entity;
using Action = ChangeNotice::Action;

constexpr int PageSize = 1000;

// The notice entity of a history entity (the names of ChangeCapture::tables()); nullopt for what
// no view shows on its own (a tag: its customers' customer_tag rows come in the same batch).
std::optional<Entity> entityOf(const QString &name)
{
    static const QHash<QString, Entity> map{
        {QStringLiteral("customer"), Entity::Customer},
        {QStringLiteral("customer_tag"), Entity::Customer},
        {QStringLiteral("contact_point"), Entity::ContactPoint},
        {QStringLiteral("relationship"), Entity::Relationship},
        {QStringLiteral("interaction"), Entity::Interaction},
        {QStringLiteral("product"), Entity::Product},
        {QStringLiteral("order"), Entity::Order},
        {QStringLiteral("order_line"), Entity::Order},
        {QStringLiteral("case"), Entity::Case},
        {QStringLiteral("task"), Entity::Task},
        {QStringLiteral("user"), Entity::User},
        // Teams, memberships and the permission matrix change what users may do and see: a User
        // notice without ids (AccountService's convention: any user may be concerned).
        {QStringLiteral("team"), Entity::User},
        {QStringLiteral("user_team"), Entity::User},
        {QStringLiteral("permission"), Entity::User},
        {QStringLiteral("note"), Entity::Note},
        {QStringLiteral("survey"), Entity::Survey},
        {QStringLiteral("setting"), Entity::Everything}, // the currency, the phone region...
    };
    const auto it = map.constFind(name);
    return it == map.constEnd() ? std::nullopt : std::optional<Entity>(*it);
}

std::optional<Action> actionOf(const QString &operation)
{
    if (operation == QLatin1String("create"))
        return Action::Created;
    if (operation == QLatin1String("update"))
        return Action::Updated;
    if (operation == QLatin1String("trash") || operation == QLatin1String("delete"))
        return Action::Deleted;
    if (operation == QLatin1String("restore"))
        return Action::Restored;
    return std::nullopt;
}

// A field's id value from an entry's changes: the new value, else the old one (a delete).
qint64 idField(const HistoryEntry &e, QLatin1String field)
{
    const QJsonArray change = e.changeObject().value(field).toArray();
    for (qsizetype i = change.size() - 1; i >= 0; --i) {
        if (const qint64 id = change.at(i).toInteger(); id > 0)
            return id;
    }
    return 0;
}

// One notice of a batch, with its ids kept unique in order.
struct Pending
{
    ChangeNotice notice;
    QSet<qint64> ids, customers;

    void add(qint64 id, qint64 customer)
    {
        if (id > 0 && !ids.contains(id)) {
            ids.insert(id);
            notice.ids.append(id);
        }
        if (customer > 0 && !customers.contains(customer)) {
            customers.insert(customer);
            notice.customerIds.append(customer);
        }
    }
};

} // namespace

LiveChanges::LiveChanges(Database &db, ChangeBus &bus, Door *door, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_bus(bus)
    , m_door(door)
    , m_history(std::make_unique<HistoryRepository>(db))
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveChanges::onTimer);
}

LiveChanges::~LiveChanges() = default;

Status LiveChanges::start()
{
    Result<qint64> version = m_db.dataVersion();
    if (!version)
        return version.error();
    Result<qint64> last = m_history->lastId();
    if (!last) {
        // A file from before the history opened read-only (not migrated): nothing to follow.
        if (m_db.isReadOnly())
            return {};
        return last.error();
    }
    m_version = *version;
    m_lastSeen = *last;
    m_batch = 0;
    m_timer.start();
    return {};
}

void LiveChanges::onTimer()
{
    Result<int> published = poll();
    if (!published && !m_warned) {
        // The next tick tries again; a lasting failure shows when the user's next read fails.
        m_warned = true;
        qWarning().noquote() << published.error().message();
    }
}

Result<int> LiveChanges::poll()
{
    // Inside a transaction of this connection (a write waiting on the lock that lets events
    // run), the history read would see this connection's own unfinished rows: wait for its end.
    if (m_db.inTransaction())
        return 0;
    Result<qint64> version = m_db.dataVersion();
    if (!version)
        return version.error();
    if (*version == m_version)
        return 0;
    Result<qint64> last = m_history->lastId();
    if (!last)
        return last.error();
    m_version = *version;
    if (*last <= m_lastSeen)
        return 0; // a write that left no history: nothing any view shows
    QList<ChangeNotice> notices;
    if (*last - m_lastSeen > MaxPreciseEntries) {
        // Too many to read one by one on the GUI thread: every view reads again.
        m_lastSeen = *last;
        m_batch = 0;
        notices.append(ChangeNotice{});
    } else {
        QList<HistoryEntry> others;
        for (;;) {
            Result<QList<HistoryEntry>> page = m_history->since(m_lastSeen, PageSize);
            if (!page)
                return page.error();
            for (HistoryEntry &e : *page) {
                m_lastSeen = e.id;
                if (e.batch != m_batch) {
                    m_batch = e.batch;
                    m_batchOwn = m_door && m_door->takeOwnBatch(e.batch);
                }
                if (!m_batchOwn)
                    others.append(std::move(e));
            }
            if (page->size() < PageSize)
                break;
        }
        notices = noticesFor(others);
    }
    for (const ChangeNotice &notice : std::as_const(notices))
        m_bus.publish(notice);
    return int(notices.size());
}

QList<ChangeNotice> LiveChanges::noticesFor(const QList<HistoryEntry> &entries)
{
    QList<ChangeNotice> out;
    QList<Pending> batch; // the current batch's notices, in the order they first appear
    qint64 batchId = 0;
    bool reset = false;
    const auto flush = [&] {
        for (Pending &p : batch)
            out.append(std::move(p.notice));
        batch.clear();
    };
    for (const HistoryEntry &e : entries) {
        if (e.isBatchHead()) {
            // An import, the demo load, a merge: the views read again. The state they read
            // holds every entry read here, so one Reset stands for all of them.
            reset = true;
            break;
        }
        if (e.batch != batchId) {
            flush();
            batchId = e.batch;
        }
        const std::optional<Entity> entity = entityOf(e.entity);
        const std::optional<Action> action = actionOf(e.operation);
        if (!entity || !action)
            continue;
        if (*entity == Entity::Everything) {
            reset = true;
            break;
        }
        // A row moved into or out of the trash with a customer is an update of the customer's
        // other rows; a customer tag is an update of the customer.
        Action act = *action;
        qint64 id = e.entityId;
        if (e.entity == QLatin1String("customer_tag")) {
            act = Action::Updated;
            id = e.customerId;
        } else if (e.entity == QLatin1String("team") || e.entity == QLatin1String("user_team")
                   || e.entity == QLatin1String("permission")) {
            act = Action::Updated;
            id = 0;
        } else if (e.entity == QLatin1String("order_line")) {
            act = Action::Updated;
            id = idField(e, QLatin1String("order_id"));
        }
        auto it = std::find_if(batch.begin(), batch.end(), [&](const Pending &p) {
            return p.notice.entity == *entity && p.notice.action == act;
        });
        if (it == batch.end()) {
            Pending p;
            p.notice.entity = *entity;
            p.notice.action = act;
            batch.append(std::move(p));
            it = batch.end() - 1;
        }
        it->add(id, e.customerId);
        if (e.entity == QLatin1String("relationship")) // both ends show the link
            it->add(0, idField(e, QLatin1String("to_id")));
    }
    if (reset)
        return {ChangeNotice{}}; // Everything, Reset
    flush();
    return out;
}

} // namespace rapport
