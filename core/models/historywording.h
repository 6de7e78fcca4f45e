#pragma once

#include "core/domain/historyentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace rapport {

// HistoryWording turns the history's raw entries (table column names, stored integers, Unix
// seconds, minor units) into what a person reads: "First name", "Active", "30.05.2025 06:02",
// "€1,250.00", "Changed customer", "Imported 23,570 customers". The History tab, the audit view
// and (later) the CLI's text output share it, so the words are the same everywhere.
class HistoryWording final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWording)

public:
    // The users' names by id, for owner_id and the like; an unknown id shows as "#12".
    void setUserNames(QHash<qint64, QString> names) { m_users = std::move(names); }
    // The teams' names by id, for memberships; an unknown (deleted) team shows as "#3".
    void setTeamNames(QHash<qint64, QString> names) { m_teams = std::move(names); }

    // "Changed customer", "Added phone number", "Moved to the trash", "Imported 23,570 customers";
    // for accounts whom and what: "Changed user Hendrik Vermeulen", "Put Ana Boss in a team",
    // "Changed permission: Export for Sales representative".
    QString what(const HistoryEntry &entry, const QJsonObject &changes) const;
    // "First name", "Owner", "Stage"; an unknown column keeps its own name.
    static QString fieldName(const QString &entity, const QString &field);
    // A stored value in words: enumerations by name, users by name, times in local time, money
    // as money. `changes` gives the row's other values (a price's currency). Null: "—".
    QString value(const QString &entity,
                  const QString &field,
                  const QJsonValue &value,
                  const QJsonObject &changes,
                  int side) const;
    // The fields worth a row of their own, in a stable order: bookkeeping columns (version,
    // updated_at, the folded sort name, the ids every row carries) are left out.
    static QStringList shownFields(const QString &entity, const QJsonObject &changes);
    // A short line for a created or deleted row: its main values ("Ada Lovelace", "+49 30 1234").
    QString summary(const HistoryEntry &entry, const QJsonObject &changes) const;

    // Names for the audit view's filters.
    static QString entityName(const QString &entity);
    static QString operationName(const QString &operation);
    static QStringList entities();
    static QStringList operations();

private:
    QString userName(qint64 id) const;
    QString teamName(qint64 id) const;

    QHash<qint64, QString> m_users;
    QHash<qint64, QString> m_teams;
};

} // namespace rapport
