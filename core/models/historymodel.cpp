#include "core/models/historymodel.h"

#include "core/services/changebus.h"
#include "core/storage/teamrepository.h"
#include "core/storage/userrepository.h"
#include "core/util/displayformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {

HistoryModel::HistoryModel(const Database &db, ChangeBus *bus, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(db)
    , m_db(db)
{
    if (bus)
        connect(bus, &ChangeBus::changed, this, &HistoryModel::onChange);
    readUsers();
}

void HistoryModel::readUsers()
{
    // Users are few (a team), so their names are read once and on a change of users.
    UserRepository users(m_db);
    Result<QList<User>> all = users.list(true);
    QHash<qint64, QString> names;
    if (all) {
        for (const User &u : *all)
            names.insert(u.id, u.displayName);
    }
    m_wording.setUserNames(std::move(names));
    // Teams too, for memberships: as few, and their notices are user notices.
    QHash<qint64, QString> teamNames;
    if (Result<QList<Team>> teams = TeamRepository(m_db).list()) {
        for (const Team &t : *teams)
            teamNames.insert(t.id, t.name);
    }
    m_wording.setTeamNames(std::move(teamNames));
}

Result<QList<HistoryEntry>> HistoryModel::readPage(qint64 beforeId)
{
    ++m_pagesRead;
    return m_service.page(m_filter, beforeId, PageSize);
}

QList<HistoryModel::Row> HistoryModel::rowsOf(const Entry &e, int index) const
{
    QList<Row> rows;
    if (!m_filter.field.isEmpty()) {
        // The entries that changed the field, each as that one change.
        rows.append({index, e.changes.contains(m_filter.field) ? m_filter.field : QString(), true});
        return rows;
    }
    if (e.entry.operation == QLatin1String("update")) {
        for (const QString &field : HistoryWording::shownFields(e.entry.entity, e.changes))
            rows.append({index, field, rows.isEmpty()});
        // An update of bookkeeping only (a tag added touches the customer's version) says
        // nothing a person reads: no row.
        return rows;
    }
    rows.append({index, QString(), true});
    return rows;
}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_changing = true;
    beginResetModel();
    m_filter = filter;
    m_entries.clear();
    m_rows.clear();
    m_newestId = m_oldestId = 0;
    m_atEnd = false;
    m_pagesRead = 0;
    Result<QList<HistoryEntry>> page = readPage(0);
    if (page)
        append(std::move(page).value());
    else
        m_atEnd = true;
    endResetModel();
    m_changing = false;
    if (!page)
        Q_EMIT errorOccurred(page.error().message());
}

QStringList HistoryModel::fields()
{
    HistoryFilter any = m_filter;
    any.field.clear();
    Result<QStringList> fields = m_service.fields(any);
    if (!fields) {
        Q_EMIT errorOccurred(fields.error().message());
        return {};
    }
    // Only the fields that get a row of their own are worth choosing.
    QStringList out;
    for (const QString &f : *fields) {
        QJsonObject one;
        one.insert(f, QJsonArray{});
        if (!HistoryWording::shownFields(any.entity, one).isEmpty())
            out << f;
    }
    return out;
}

qint64 HistoryModel::count()
{
    Result<qint64> n = m_service.count(m_filter);
    if (!n) {
        Q_EMIT errorOccurred(n.error().message());
        return 0;
    }
    return *n;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    // A view that asks for more while the model announces a change waits for its next turn:
    // one page per request, never a chain of them.
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    // Pages of bookkeeping only add no rows; read on (a few pages) so the view gets some.
    int added = 0;
    for (int tries = 0; added == 0 && !m_atEnd && tries < 10; ++tries) {
        Result<QList<HistoryEntry>> page = readPage(m_oldestId);
        if (!page) {
            m_atEnd = true;
            Q_EMIT errorOccurred(page.error().message());
            return;
        }
        added = append(std::move(page).value(), true);
    }
    if (added == 0)
        return;
    endInsertRows();
    m_changing = false;
}

// Appends a page read (older entries) below the rows; with `announce`, between
// beginInsertRows() and the caller's endInsertRows(). Returns the rows added.
int HistoryModel::append(QList<HistoryEntry> page, bool announce)
{
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return 0;
    QList<Row> rows;
    QList<Entry> entries;
    for (HistoryEntry &h : page) {
        Entry e{std::move(h), {}};
        e.changes = QJsonDocument::fromJson(e.entry.changes.toUtf8()).object();
        rows.append(rowsOf(e, int(m_entries.size() + entries.size())));
        entries.append(std::move(e));
    }
    if (!m_newestId)
        m_newestId = entries.first().entry.id;
    m_oldestId = entries.last().entry.id;
    const int added = int(rows.size());
    if (announce && added > 0) {
        m_changing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + added - 1);
    }
    m_entries.append(std::move(entries));
    m_rows.append(std::move(rows));
    return added;
}

void HistoryModel::refresh()
{
    readUsers();
    if (m_entries.isEmpty()) {
        setFilter(m_filter);
        return;
    }
    if (!m_rows.isEmpty()) {
        m_changing = true;
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        m_changing = false;
    }
    Result<QList<HistoryEntry>> page = m_service.page(m_filter, 0, PageSize);
    if (!page) {
        Q_EMIT errorOccurred(page.error().message());
        return;
    }
    QList<HistoryEntry> fresh;
    for (HistoryEntry &h : *page) {
        if (h.id <= m_newestId)
            break;
        fresh.append(std::move(h));
    }
    if (fresh.isEmpty())
        return;
    if (fresh.size() == PageSize) {
        // More arrived than a page: read from the top again rather than leave a gap.
        setFilter(m_filter);
        return;
    }
    const qint64 newest = fresh.first().id;
    QList<Row> rows;
    for (HistoryEntry &h : fresh) {
        Entry e{std::move(h), {}};
        e.changes = QJsonDocument::fromJson(e.entry.changes.toUtf8()).object();
        rows.append(rowsOf(e, int(m_entries.size())));
        m_entries.append(std::move(e));
    }
    m_newestId = newest;
    if (rows.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows = rows + m_rows;
    endInsertRows();
    m_changing = false;
}

void HistoryModel::onChange(const ChangeNotice &notice)
{
    using Entity = ChangeNotice::Entity;
    if (m_filter.customerId && notice.entity != Entity::Everything && !notice.customerIds.isEmpty()
        && !notice.customerIds.contains(m_filter.customerId))
        return;
    if (notice.entity == Entity::User || notice.entity == Entity::Everything)
        readUsers();
    refresh();
}

QString HistoryModel::changeText(const Entry &e, const QString &field) const
{
    if (field.isEmpty()) {
        if (e.entry.isBatchHead()) {
            for (const char *key : {"file", "source", "description"}) {
                if (const QString t = e.changes.value(QLatin1String(key)).toString(); !t.isEmpty())
                    return t;
            }
            return {};
        }
        return m_wording.summary(e.entry, e.changes);
    }
    const QJsonArray pair = e.changes.value(field).toArray();
    const QString from = m_wording.value(e.entry.entity, field, pair.at(0), e.changes, 0);
    const QString to = m_wording.value(e.entry.entity, field, pair.at(1), e.changes, 1);
    return from + QStringLiteral(" → ") + to;
}

QString HistoryModel::compactChange(const Entry &e, const QString &field) const
{
    if (!field.isEmpty()) {
        const QString change = HistoryWording::fieldName(e.entry.entity, field)
                               + QStringLiteral(": ") + changeText(e, field);
        // The customer's own fields need no "Changed customer"; a phone number's do.
        if (e.entry.entity == QLatin1String("customer"))
            return change;
        return m_wording.what(e.entry, e.changes) + QStringLiteral(" · ") + change;
    }
    const QString what = m_wording.what(e.entry, e.changes);
    const QString summary = changeText(e, field);
    return summary.isEmpty() ? what : what + QStringLiteral(": ") + summary;
}

void HistoryModel::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    if (!m_rows.isEmpty()) {
        m_changing = true;
        Q_EMIT dataChanged(index(0, Change), index(int(m_rows.size()) - 1, Change));
        m_changing = false;
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Entry &e = m_entries.at(row.entry);
    switch (role) {
    case EntryIdRole:
        return e.entry.id;
    case CustomerIdRole:
        return e.entry.customerId;
    case BatchRole:
        return e.entry.batch;
    case FieldKeyRole:
        return row.field;
    case OperationRole:
        return e.entry.operation;
    case EntityRole:
        return e.entry.entity;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        // The later rows of an entry leave who and when blank: one entry reads as one block.
        const bool shown = row.first || role == Qt::ToolTipRole;
        switch (index.column()) {
        case When:
            return shown ? display::dateTime(e.entry.at) : QString();
        case Who:
            return shown ? e.entry.actor : QString();
        case What:
            return shown ? m_wording.what(e.entry, e.changes) : QString();
        case Field:
            return row.field.isEmpty() ? QString()
                                       : HistoryWording::fieldName(e.entry.entity, row.field);
        case Change:
            if (m_compact || (role == Qt::ToolTipRole && !row.field.isEmpty()))
                return compactChange(e, row.field);
            return changeText(e, row.field);
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case What:
        return tr("What");
    case Field:
        return tr("Field");
    case Change:
        return tr("Old → new");
    }
    return {};
}

} // namespace rapport
