#include "core/storage/salvage.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <limits>
#include <memory>

namespace rapport {
namespace {

struct SalvageTexts
{
    Q_DECLARE_TR_FUNCTIONS(Salvage)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

// A prepared statement finalized with its scope.
class Stmt final
{
public:
    Stmt(sqlite3 *db, const QString &sql)
    {
        m_rc = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_stmt, nullptr);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    bool ok() const { return m_rc == SQLITE_OK && m_stmt; }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

QStringList column0(sqlite3 *db, const QString &sql)
{
    QStringList values;
    Stmt q(db, sql);
    if (!q.ok())
        return values;
    while (sqlite3_step(q.get()) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)));
    return values;
}

struct TablePlan
{
    QString name;
    bool withoutRowid = false;
};

// The tables a fresh database holds its users' data in: ordinary tables, not shadow tables of the
// search index, not written by a trigger (derived: rebuilt as rows arrive), and empty at creation
// (not reference data the migrations fill).
QList<TablePlan> tablesToCopy(sqlite3 *fresh)
{
    QSet<QString> derived;
    static const QRegularExpression
        target(QStringLiteral(
                   "(?:INSERT(?:\\s+OR\\s+\\w+)?\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(\\w+)"),
               QRegularExpression::CaseInsensitiveOption);
    for (const QString &sql :
         column0(fresh, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger'"))) {
        // Only the trigger's body writes; its head names the table it watches.
        const qsizetype body = sql.indexOf(QLatin1String("BEGIN"), 0, Qt::CaseInsensitive);
        auto it = target.globalMatch(sql.mid(body < 0 ? 0 : body));
        while (it.hasNext())
            derived.insert(it.next().captured(1).toLower());
    }
    QList<TablePlan> plans;
    Stmt q(fresh,
           QStringLiteral("SELECT t.name, t.wr FROM pragma_table_list AS t JOIN sqlite_schema AS s"
                          " ON s.name = t.name WHERE t.schema = 'main' AND t.type = 'table'"
                          " AND t.name NOT LIKE 'sqlite%' ORDER BY s.rowid"));
    while (q.ok() && sqlite3_step(q.get()) == SQLITE_ROW) {
        const QString name = QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(q.get(), 0)));
        if (derived.contains(name.toLower()))
            continue;
        Stmt rows(fresh, QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted(name)));
        if (!rows.ok() || sqlite3_step(rows.get()) == SQLITE_ROW)
            continue;
        plans.append({name, sqlite3_column_int(q.get(), 1) != 0});
    }
    return plans;
}

// Copies `plan` row by row; reads past unreadable stretches.
SalvagedTable copyTable(sqlite3 *from, sqlite3 *to, const TablePlan &plan)
{
    SalvagedTable result{plan.name, 0, 0};
    const QStringList wanted = column0(to,
                                       QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                           .arg(QString(plan.name).replace(QLatin1Char('\''),
                                                                           QStringLiteral("''"))));
    const QStringList present = column0(from,
                                        QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                            .arg(QString(plan.name).replace(QLatin1Char('\''),
                                                                            QStringLiteral("''"))));
    QStringList columns;
    for (const QString &c : wanted) {
        if (present.contains(c))
            columns << quoted(c);
    }
    if (columns.isEmpty()) {
        result.lost = present.isEmpty() ? -1 : 0;
        return result;
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    Stmt insert(to,
                QStringLiteral("INSERT OR REPLACE INTO %1 (%2) VALUES (%3)")
                    .arg(quoted(plan.name),
                         columns.join(QLatin1Char(',')),
                         marks.join(QLatin1Char(','))));
    if (!insert.ok()) {
        result.lost = -1;
        return result;
    }
    const int n = int(columns.size());
    const auto copyRow = [&](sqlite3_stmt *row, int offset) {
        for (int i = 0; i < n; ++i)
            sqlite3_bind_value(insert.get(), i + 1, sqlite3_column_value(row, i + offset));
        if (sqlite3_step(insert.get()) == SQLITE_DONE)
            ++result.saved;
        sqlite3_reset(insert.get());
    };

    if (plan.withoutRowid) {
        // No rowid to seek by: read in key order as far as the file allows.
        Stmt scan(from,
                  QStringLiteral("SELECT %1 FROM %2")
                      .arg(columns.join(QLatin1Char(',')), quoted(plan.name)));
        int rc = SQLITE_ERROR;
        while (scan.ok() && (rc = sqlite3_step(scan.get())) == SQLITE_ROW)
            copyRow(scan.get(), 0);
        if (rc != SQLITE_DONE)
            result.lost = -1;
        return result;
    }

    Stmt scan(from,
              QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid >= ? ORDER BY rowid")
                  .arg(columns.join(QLatin1Char(',')), quoted(plan.name)));
    Stmt probe(from,
               QStringLiteral("SELECT rowid FROM %1 WHERE rowid >= ? ORDER BY rowid LIMIT 1")
                   .arg(quoted(plan.name)));
    if (!scan.ok() || !probe.ok()) {
        result.lost = -1;
        return result;
    }
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    qint64 start = lowest;
    for (;;) {
        sqlite3_reset(scan.get());
        sqlite3_bind_int64(scan.get(), 1, start);
        qint64 last = start == lowest ? 0 : start - 1; // the last rowid read (or skipped)
        int rc;
        while ((rc = sqlite3_step(scan.get())) == SQLITE_ROW) {
            last = sqlite3_column_int64(scan.get(), 0);
            copyRow(scan.get(), 1);
        }
        if (rc == SQLITE_DONE)
            return result;
        // Unreadable from after `last`: seek ever further ahead for a row that can be read.
        bool resumed = false;
        for (qint64 jump = 1; jump > 0 && last <= std::numeric_limits<qint64>::max() - jump;
             jump *= 2) {
            sqlite3_reset(probe.get());
            sqlite3_bind_int64(probe.get(), 1, last + jump);
            const int p = sqlite3_step(probe.get());
            if (p == SQLITE_ROW) {
                qint64 next = sqlite3_column_int64(probe.get(), 0);
                // The doubling may have leapt over readable rows: search back for the first
                // position that reads, between the last failed probe and this one.
                qint64 bad = last + jump / 2, good = last + jump;
                while (jump > 1 && good - bad > 1) {
                    const qint64 mid = bad + (good - bad) / 2;
                    sqlite3_reset(probe.get());
                    sqlite3_bind_int64(probe.get(), 1, mid);
                    if (sqlite3_step(probe.get()) == SQLITE_ROW) {
                        good = mid;
                        next = sqlite3_column_int64(probe.get(), 0);
                    } else {
                        bad = mid;
                    }
                }
                if (result.lost >= 0)
                    result.lost += next - last - 1;
                start = next;
                resumed = true;
                break;
            }
            if (p == SQLITE_DONE) {
                // Readable again, but nothing after: the end of the table was in the lost part.
                result.lost = -1;
                return result;
            }
        }
        if (!resumed) {
            result.lost = -1;
            return result;
        }
    }
}

// Rows that refer to a lost row: their reference is emptied where the schema allows it
// (ON DELETE SET NULL), else they are left out; repeated, since leaving a row out may orphan
// another. Counts what was left out per table.
void dropOrphans(sqlite3 *to, SalvageReport &report)
{
    struct Reference
    {
        QString table, column, parent, parentColumn;
        bool setNull = false;
    };
    QList<Reference> references;
    for (const SalvagedTable &t : std::as_const(report.tables)) {
        Stmt fks(to,
                 QStringLiteral("SELECT \"from\", \"table\", \"to\", on_delete FROM "
                                "pragma_foreign_key_list(%1)")
                     .arg(quoted(t.name).replace(QLatin1Char('"'), QLatin1Char('\''))));
        while (fks.ok() && sqlite3_step(fks.get()) == SQLITE_ROW) {
            const auto text = [&](int i) {
                return QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(fks.get(), i)));
            };
            Reference r{t.name, text(0), text(1), text(2), text(3) == QLatin1String("SET NULL")};
            if (r.parentColumn.isEmpty())
                r.parentColumn = QStringLiteral("rowid");
            references.append(r);
        }
    }
    for (int round = 0; round < 8; ++round) {
        qint64 changed = 0;
        for (const Reference &r : std::as_const(references)) {
            const QString missing = QStringLiteral(
                                        "%1 IS NOT NULL AND %1 NOT IN (SELECT %2 FROM %3)")
                                        .arg(quoted(r.column),
                                             r.parentColumn == QLatin1String("rowid")
                                                 ? r.parentColumn
                                                 : quoted(r.parentColumn),
                                             quoted(r.parent));
            const QString sql
                = r.setNull
                      ? QStringLiteral("UPDATE %1 SET %2 = NULL WHERE %3")
                            .arg(quoted(r.table), quoted(r.column), missing)
                      : QStringLiteral("DELETE FROM %1 WHERE %2").arg(quoted(r.table), missing);
            if (sqlite3_exec(to, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                continue;
            const qint64 n = sqlite3_changes64(to);
            changed += n;
            if (!r.setNull) {
                for (SalvagedTable &t : report.tables) {
                    if (t.name == r.table) {
                        t.orphans += n;
                        t.saved -= n;
                    }
                }
            }
        }
        if (changed == 0)
            break;
    }
}

} // namespace

qint64 SalvageReport::saved() const
{
    qint64 total = 0;
    for (const SalvagedTable &t : tables)
        total += t.saved;
    return total;
}

bool SalvageReport::complete() const
{
    for (const SalvagedTable &t : tables) {
        if (t.lost != 0 || t.orphans != 0)
            return false;
    }
    return true;
}

Result<SalvageReport> salvageDatabase(const QString &damaged,
                                      const QString &newPath,
                                      const std::function<bool(int, int)> &progress)
{
    if (!QFileInfo(damaged).isFile())
        return Error(Error::Kind::Io,
                     SalvageTexts::tr("There is no file at %1 to salvage.").arg(shown(damaged)));
    if (QFileInfo::exists(newPath))
        return Error(Error::Kind::Io,
                     SalvageTexts::tr("%1 exists already; salvage writes a new file and "
                                      "replaces none.")
                         .arg(shown(newPath)));

    sqlite3 *from = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(damaged).constData(),
                                   &from,
                                   SQLITE_OPEN_READONLY,
                                   nullptr);
    const auto closeFrom = qScopeGuard([&] { sqlite3_close_v2(from); });
    if (rc != SQLITE_OK)
        return Error(Error::Kind::Io,
                     SalvageTexts::tr("%1 could not be opened to salvage it (%2).")
                         .arg(shown(damaged), QString::fromUtf8(sqlite3_errmsg(from))));

    SalvageReport report;
    {
        auto fresh = Database::open(newPath, Database::Mode::Create);
        if (!fresh)
            return fresh.error();
        sqlite3 *to = (*fresh)->handle();
        const auto fail = [&](const QString &message) -> Result<SalvageReport> {
            sqlite3_exec(to, "ROLLBACK", nullptr, nullptr, nullptr);
            fresh->reset();
            for (const char *suffix : {"", "-journal", "-wal", "-shm"})
                QFile::remove(newPath + QLatin1String(suffix));
            return Error(Error::Kind::Io, message);
        };
        // Rows may refer to rows that were lost; they are kept all the same.
        sqlite3_exec(to, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
        const QList<TablePlan> plans = tablesToCopy(to);
        if (sqlite3_exec(to, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(SalvageTexts::tr("The new file %1 could not be written (%2).")
                            .arg(shown(newPath), QString::fromUtf8(sqlite3_errmsg(to))));
        for (int i = 0; i < plans.size(); ++i) {
            if (progress && !progress(i, int(plans.size())))
                return fail(SalvageTexts::tr("The salvage was cancelled; no new file was made."));
            report.tables.append(copyTable(from, to, plans.at(i)));
        }
        dropOrphans(to, report);
        if (sqlite3_exec(to, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(SalvageTexts::tr("The new file %1 could not be written (%2).")
                            .arg(shown(newPath), QString::fromUtf8(sqlite3_errmsg(to))));
        sqlite3_exec(to, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        if (progress)
            progress(int(plans.size()), int(plans.size()));
    }
    return report;
}

} // namespace rapport
