#include "core/storage/teamrepository.h"

#include "core/storage/database.h"
#include "core/storage/repositorysupport.h"
#include "core/storage/sqlerror.h"
#include "core/storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

#define TEAM_COLUMNS "id, name, created_at, updated_at, version"

namespace rapport {
namespace {

using namespace repository;

Team readTeam(const QSqlQuery &q, int first = 0)
{
    Team t;
    t.id = q.value(first).toLongLong();
    t.name = q.value(first + 1).toString();
    t.createdAt = sql::toDateTime(q.value(first + 2));
    t.updatedAt = sql::toDateTime(q.value(first + 3));
    t.version = q.value(first + 4).toInt();
    return t;
}

} // namespace

TeamRepository::TeamRepository(const Database &db)
    : m_insert(db,
               QStringLiteral("INSERT INTO teams (name, created_at, updated_at, version) "
                              "VALUES (?, ?, ?, 1)"))
    , m_update(db,
               QStringLiteral("UPDATE teams SET name = ?, updated_at = ?, version = version + 1 "
                              "WHERE id = ? AND version = ?"))
    , m_delete(db, QStringLiteral("DELETE FROM teams WHERE id = ?"))
    , m_select(db, QStringLiteral("SELECT " TEAM_COLUMNS " FROM teams WHERE id = ?"))
    , m_selectByName(db, QStringLiteral("SELECT " TEAM_COLUMNS " FROM teams WHERE name = ?"))
    , m_exists(db, QStringLiteral("SELECT 1 FROM teams WHERE id = ?"))
    , m_list(db, QStringLiteral("SELECT " TEAM_COLUMNS " FROM teams ORDER BY name, id"))
    , m_teamsOf(db,
                QStringLiteral("SELECT t.id, t.name, t.created_at, t.updated_at, t.version "
                               "FROM user_teams ut JOIN teams t ON t.id = ut.team_id "
                               "WHERE ut.user_id = ? ORDER BY t.name, t.id"))
    , m_join(db, QStringLiteral("INSERT OR IGNORE INTO user_teams (user_id, team_id) VALUES (?, ?)"))
    , m_leave(db, QStringLiteral("DELETE FROM user_teams WHERE user_id = ? AND team_id = ?"))
    , m_members(db,
                QStringLiteral("SELECT DISTINCT other.user_id FROM user_teams mine "
                               "JOIN user_teams other ON other.team_id = mine.team_id "
                               "WHERE mine.user_id = ?"))
{}

Error TeamRepository::writeError(const QSqlQuery &query, const Team &team, const QString &what) const
{
    if (brokenConstraint(query) == Constraint::Unique)
        return Error(Error::Kind::Validation,
                     tr("There is already a team called \"%1\".").arg(team.name),
                     QStringLiteral("name"));
    return sqlError(query, what);
}

Result<qint64> TeamRepository::insert(Team &team, const QDateTime &now)
{
    team.tidy();
    if (Status s = team.validate(); !s)
        return s.error();
    const QDateTime stamp = stored(now);
    QSqlQuery &q = m_insert.query();
    q.bindValue(0, team.name);
    q.bindValue(1, sql::fromDateTime(stamp));
    q.bindValue(2, sql::fromDateTime(stamp));
    const QString what = tr("Saving the team");
    if (Status s = m_insert.exec(what); !s)
        return writeError(q, team, what);
    team.id = q.lastInsertId().toLongLong();
    team.version = 1;
    team.createdAt = team.updatedAt = stamp;
    return team.id;
}

Status TeamRepository::update(Team &team, const QDateTime &now)
{
    team.tidy();
    if (Status s = team.validate(); !s)
        return s;
    const QDateTime stamp = stored(now);
    QSqlQuery &q = m_update.query();
    q.bindValue(0, team.name);
    q.bindValue(1, sql::fromDateTime(stamp));
    q.bindValue(2, team.id);
    q.bindValue(3, team.version);
    const QString what = tr("Saving the team");
    if (Status s = m_update.exec(what); !s)
        return writeError(q, team, what);
    if (q.numRowsAffected() != 1)
        return staleOrMissing(m_exists,
                              team.id,
                              tr("The team was changed by someone else since you opened it; "
                                 "reload it and apply your change again."),
                              tr("The team does not exist any more."),
                              what);
    ++team.version;
    team.updatedAt = stamp;
    return {};
}

Status TeamRepository::remove(qint64 teamId)
{
    QSqlQuery &q = m_delete.query();
    q.bindValue(0, teamId);
    if (Status s = m_delete.exec(tr("Deleting the team")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Kind::NotFound, tr("The team does not exist any more."));
    return {};
}

Result<Team> TeamRepository::get(qint64 teamId)
{
    FinishGuard guard(m_select);
    QSqlQuery &q = m_select.query();
    q.bindValue(0, teamId);
    if (Status s = m_select.exec(tr("Reading the team")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound, tr("The team does not exist any more."));
    return readTeam(q);
}

Result<Team> TeamRepository::findByName(const QString &name)
{
    FinishGuard guard(m_selectByName);
    QSqlQuery &q = m_selectByName.query();
    q.bindValue(0, name.simplified());
    if (Status s = m_selectByName.exec(tr("Looking up the team")); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Kind::NotFound,
                     tr("There is no team called \"%1\".").arg(name.simplified()));
    return readTeam(q);
}

Result<QList<Team>> TeamRepository::list()
{
    FinishGuard guard(m_list);
    QSqlQuery &q = m_list.query();
    if (Status s = m_list.exec(tr("Reading the teams")); !s)
        return s.error();
    QList<Team> teams;
    while (q.next())
        teams << readTeam(q);
    return teams;
}

Result<QList<Team>> TeamRepository::teamsOf(qint64 userId)
{
    FinishGuard guard(m_teamsOf);
    QSqlQuery &q = m_teamsOf.query();
    q.bindValue(0, userId);
    if (Status s = m_teamsOf.exec(tr("Reading the user's teams")); !s)
        return s.error();
    QList<Team> teams;
    while (q.next())
        teams << readTeam(q);
    return teams;
}

Status TeamRepository::setTeams(qint64 userId, const QList<qint64> &teamIds)
{
    Result<QList<Team>> current = teamsOf(userId);
    if (!current)
        return current.error();
    const QString what = tr("Saving the user's teams");
    for (const Team &t : std::as_const(*current)) {
        if (teamIds.contains(t.id))
            continue;
        QSqlQuery &q = m_leave.query();
        q.bindValue(0, userId);
        q.bindValue(1, t.id);
        if (Status s = m_leave.exec(what); !s)
            return s;
    }
    for (qint64 teamId : teamIds) {
        QSqlQuery &q = m_join.query();
        q.bindValue(0, userId);
        q.bindValue(1, teamId);
        if (Status s = m_join.exec(what); !s)
            return s;
    }
    return {};
}

Result<QList<qint64>> TeamRepository::teamMembers(qint64 userId)
{
    FinishGuard guard(m_members);
    QSqlQuery &q = m_members.query();
    q.bindValue(0, userId);
    if (Status s = m_members.exec(tr("Reading the user's team members")); !s)
        return s.error();
    QList<qint64> members{userId};
    while (q.next())
        members << q.value(0).toLongLong();
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return members;
}

} // namespace rapport
