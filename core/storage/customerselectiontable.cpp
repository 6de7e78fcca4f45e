#include "core/storage/customerselectiontable.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <string>

namespace rapport {
namespace {

struct CustomerSelectionTableTexts
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSelectionTable)
};

// Ids go in this many to a statement: a step per id cost more than the insert itself.
constexpr int IdsPerInsert = 500;

const char *insertManySql()
{
    static const std::string sql = [] {
        std::string text = "INSERT INTO temp.list_selection(id) VALUES (?1)";
        for (int i = 2; i <= IdsPerInsert; ++i)
            text += ",(?" + std::to_string(i) + ")";
        return text;
    }();
    return sql.c_str();
}

} // namespace

CustomerSelectionTable::CustomerSelectionTable(const Database &db)
    : m_db(db)
    , m_held(db, QStringLiteral("SELECT serial FROM temp.list_selection_state"))
    , m_clear(db, "DELETE FROM temp.list_selection")
    , m_insert(db, "INSERT INTO temp.list_selection(id) VALUES (?1)")
    , m_insertMany(db, insertManySql())
    , m_setHeld(db, "UPDATE temp.list_selection_state SET serial = ?1")
{}

Status CustomerSelectionTable::create(const Database &db)
{
    for (const char *sql : {"CREATE TEMP TABLE IF NOT EXISTS list_selection"
                            "(id INTEGER PRIMARY KEY)",
                            "CREATE TEMP TABLE IF NOT EXISTS list_selection_state"
                            "(serial INTEGER NOT NULL)",
                            "INSERT INTO temp.list_selection_state SELECT 0"
                            " WHERE NOT EXISTS (SELECT 1 FROM temp.list_selection_state)"}) {
        if (Status s = db.exec(QString::fromLatin1(sql)); !s)
            return s;
    }
    return {};
}

Status CustomerSelectionTable::hold(const CustomerSelection *selection)
{
    if (!selection)
        return {};
    const QString what = CustomerSelectionTableTexts::tr("Reading the selected customers");
    if (selection->serial != 0) {
        if (Status s = m_held.exec(what); !s)
            return s;
        repository::FinishGuard done(m_held);
        QSqlQuery &q = m_held.query();
        if (q.next() && q.value(0).toULongLong() == selection->serial)
            return {};
    }
    // All or nothing: a failure half way leaves the table as it was, and the serial with it.
    if (Status s = m_db.exec(QStringLiteral("SAVEPOINT list_selection")); !s)
        return s;
    Status loaded = m_clear.exec(what);
    const std::vector<qint64> &ids = selection->ids;
    std::size_t i = 0;
    for (; loaded && i + IdsPerInsert <= ids.size(); i += IdsPerInsert) {
        for (int k = 0; k < IdsPerInsert; ++k)
            m_insertMany.bind(k + 1, ids[i + std::size_t(k)]);
        loaded = m_insertMany.exec(what);
    }
    for (; loaded && i < ids.size(); ++i) {
        m_insert.bind(1, ids[i]);
        loaded = m_insert.exec(what);
    }
    if (loaded) {
        m_setHeld.bind(1, qint64(selection->serial));
        loaded = m_setHeld.exec(what);
    }
    if (!loaded) {
        (void) m_db.exec(QStringLiteral("ROLLBACK TO list_selection"));
        (void) m_db.exec(QStringLiteral("RELEASE list_selection"));
        return loaded;
    }
    return m_db.exec(QStringLiteral("RELEASE list_selection"));
}

} // namespace rapport
