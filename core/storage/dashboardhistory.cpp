// DashboardRepository::stamp() and catchUp(): which history entries the dashboards' columns hold,
// and what the entries after them change, so that saved columns (DashboardSnapshot) or kept ones
// are brought up to date from the history alone.
#include "core/storage/columnquery.h"
#include "core/storage/dashboardrepository.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {
namespace {

// More customers named than this are read faster whole (as DashboardService does with notices).
constexpr qsizetype MaxNamed = 5000;

bool hasHistory(const Database &db)
{
    ColumnQuery q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history'");
    const bool found = q.next();
    (void) q.finish(QString());
    return found;
}

// What one history entry changes in the columns (the entities of 0011_history.sql).
// An interaction entry's old values of what the team activity counts by ("customer_id",
// "agent_id", "channel", "occurred_at"), as the history's changes JSON holds them; `valid`
// false when the changes are not JSON.
struct InteractionOld
{
    bool valid = false;
    InteractionBefore before;
};

// An interaction entry's changes JSON ({"field": [old, new], ...}) read for those fields.
InteractionOld interactionOld(const QString &changes)
{
    InteractionOld out;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(changes.toUtf8(), &error);
    if (changes.isEmpty() || error.error != QJsonParseError::NoError)
        return out;
    out.valid = true;
    const QJsonObject fields = json.object();
    const auto old = [&fields](QLatin1String name) -> std::optional<qint64> {
        if (!fields.contains(name))
            return std::nullopt;
        const QJsonValue value = fields.value(name);
        return value.isArray() ? value.toArray().at(0).toInteger() : 0; // null: 0, as before
    };
    out.before = {old(QLatin1String("customer_id")),
                  old(QLatin1String("agent_id")),
                  old(QLatin1String("channel")),
                  old(QLatin1String("occurred_at"))};
    return out;
}

void apply(DashboardChanges &c,
           const QString &operation,
           const QString &entity,
           qint64 entityId,
           qint64 customerId,
           qint64 oldCustomerId,
           bool rowsRecorded,
           const InteractionOld &interaction)
{
    if (operation == QLatin1String("batch")) {
        // The head of an import, the demo, a merge, an erase or a revert. When its rows are
        // recorded ("rows_recorded", WriteRequest::Batch::rows) they follow and say what it
        // changed; a bulk load records none, so its head alone cannot say what it touched.
        // An erase records no rows (their old values are what it erases), but it changes
        // nothing the columns hold: the customer row keeps its kind, stage and owner, the
        // orders, interactions, cases and answers stay without their texts
        // (EraseRepository::anonymize).
        if (!rowsRecorded && entity != QLatin1String("erase"))
            c.everything = true;
        return;
    }
    const bool created = operation == QLatin1String("create");
    if (entity == QLatin1String("customer")) {
        // Into the trash, back, or gone too: update() renumbers the customers.
        if (entityId > 0)
            c.customers.insert(entityId);
        else
            c.everything = true;
    } else if (entity == QLatin1String("order") || entity == QLatin1String("order_line")) {
        if (customerId <= 0)
            c.allOrders = true;
        else
            c.orderCustomers.insert(customerId);
        if (oldCustomerId > 0) // an order given to another customer leaves the first one's
            c.orderCustomers.insert(oldCustomerId);
    } else if (entity == QLatin1String("interaction")) {
        if (created) {
            c.newInteractions = true;
        } else if (!interaction.valid || entityId <= 0) {
            c.allInteractions = true;
        } else {
            // Changed (a merge moves calls to the survivor) or removed: what it was before the
            // first change of each field in these entries is what the columns counted. (A
            // call made after the columns were read has an id past the ones counted, and
            // update() leaves it to the new ones.)
            InteractionBefore &b = c.interactions[entityId];
            const InteractionBefore &old = interaction.before;
            const auto first = [](std::optional<qint64> &field, std::optional<qint64> value) {
                if (!field)
                    field = value;
            };
            first(b.customer, old.customer);
            first(b.agent, old.agent);
            first(b.channel, old.channel);
            first(b.seconds, old.seconds);
        }
    } else if (entity == QLatin1String("case")) {
        c.cases = true;
    } else if (entity == QLatin1String("survey")) {
        c.surveys = true;
    } else if (entity == QLatin1String("user") || entity == QLatin1String("team")
               || entity == QLatin1String("user_team")) {
        c.users = true;
    } else if (entity == QLatin1String("setting")) {
        c.everything = true; // the currency money is counted in
    }
    // Tags, contact points, relationships, products, tasks, notes, consents and permissions are
    // not in the columns.
}

} // namespace

DashboardRepository::ReadScope::ReadScope(const Database &db)
    : m_db(db)
    , m_begun(db.exec(QStringLiteral("BEGIN")))
{}

DashboardRepository::ReadScope::~ReadScope()
{
    if (m_begun)
        (void) m_db.exec(QStringLiteral("COMMIT"));
}

Result<DashboardStamp> DashboardRepository::stamp() const
{
    DashboardStamp s;
    s.schema = m_db.schemaVersion();
    if (!hasHistory(m_db))
        return s;
    const QString what = tr("Reading the history");
    ColumnQuery q(m_db, "SELECT id, hash FROM history ORDER BY id DESC LIMIT 1");
    if (q.next()) {
        s.mark = q.int64(0);
        s.hash = q.text(1).toLatin1();
    }
    if (Status st = q.finish(what); !st)
        return st.error();
    return s;
}

Result<std::optional<DashboardRepository::CatchUp>> DashboardRepository::catchUp(
    const DashboardStamp &since) const
{
    using None = std::optional<CatchUp>;
    if (since.mark <= 0 || since.schema != m_db.schemaVersion() || !hasHistory(m_db))
        return None{};
    const QString what = tr("Reading the history");
    {
        ColumnQuery q(m_db, "SELECT hash FROM history WHERE id = ?1");
        q.bind(1, since.mark);
        const bool same = q.next() && q.text(0).toLatin1() == since.hash;
        if (Status s = q.finish(what); !s)
            return s.error();
        if (!same)
            return None{};
    }
    Result<DashboardStamp> now = stamp();
    if (!now)
        return now.error();
    CatchUp up;
    up.stamp = *now;
    up.entries = now->mark - since.mark;
    if (up.entries > MaxCatchUpEntries) {
        up.changes.everything = true;
        return std::optional<CatchUp>(std::move(up));
    }
    ColumnQuery q(m_db,
                  "SELECT operation, entity, coalesce(entity_id, 0), coalesce(customer_id, 0),"
                  " CASE WHEN entity = 'order' AND operation = 'update'"
                  " THEN coalesce(json_extract(changes, '$.customer_id[0]'), 0) ELSE 0 END,"
                  " CASE WHEN operation = 'batch' AND json_valid(changes)"
                  " THEN json_type(changes, '$.rows_recorded') = 'integer' ELSE 0 END,"
                  " CASE WHEN entity = 'interaction' AND operation <> 'create' THEN changes END"
                  " FROM history WHERE id > ?1 AND id <= ?2 ORDER BY id");
    q.bind(1, since.mark);
    q.bind(2, now->mark);
    while (q.next()) {
        if (up.changes.everything)
            continue;
        const InteractionOld interaction = interactionOld(q.isNull(6) ? QString() : q.text(6));
        apply(up.changes,
              q.text(0),
              q.text(1),
              q.int64(2),
              q.int64(3),
              q.int64(4),
              q.int64(5) == 1,
              interaction);
    }
    if (Status s = q.finish(what); !s)
        return s.error();
    if (up.changes.customers.size() > MaxNamed) {
        up.changes.customers.clear();
        up.changes.everything = true;
    }
    if (up.changes.interactions.size() > MaxNamed) {
        up.changes.interactions.clear();
        up.changes.allInteractions = true;
    }
    if (up.changes.orderCustomers.size() > MaxNamed) {
        up.changes.orderCustomers.clear();
        up.changes.allOrders = true;
    }
    return std::optional<CatchUp>(std::move(up));
}

} // namespace rapport
