#pragma once

#include "core/domain/team.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// TeamRepository owns all SQL of the teams and user_teams tables: the teams, who belongs to
// which, and who shares a team with whom (the "team" level of the permission matrix). It opens
// no transaction itself; writes run inside the door's. It must not outlive `db`.
class TeamRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    explicit TeamRepository(const Database &db);

    // Validates, inserts, and sets id, version 1 and the timestamps to `now`.
    Result<qint64> insert(Team &team, const QDateTime &now);
    // Saves the name; bumps team.version (a stale version is a Conflict).
    Status update(Team &team, const QDateTime &now);
    // Deletes the team; its memberships go with it (ON DELETE CASCADE).
    Status remove(qint64 teamId);
    Result<Team> get(qint64 teamId);
    // The team with this name, compared without case; NotFound when there is none.
    Result<Team> findByName(const QString &name);
    // Every team, sorted by name.
    Result<QList<Team>> list();

    // The teams `userId` belongs to, sorted by name.
    Result<QList<Team>> teamsOf(qint64 userId);
    // Replaces the user's memberships by `teamIds` (only the differences are written, so the
    // history shows who joined and who left).
    Status setTeams(qint64 userId, const QList<qint64> &teamIds);
    // `userId` and everyone who shares at least one team with them, sorted; just `userId` when
    // they belong to no team.
    Result<QList<qint64>> teamMembers(qint64 userId);

private:
    Error writeError(const QSqlQuery &query, const Team &team, const QString &what) const;

    Statement m_insert;
    Statement m_update;
    Statement m_delete;
    Statement m_select;
    Statement m_selectByName;
    Statement m_exists;
    Statement m_list;
    Statement m_teamsOf;
    Statement m_join;
    Statement m_leave;
    Statement m_members;
};

} // namespace rapport
