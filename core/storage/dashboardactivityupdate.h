#pragma once
// The team activity columns brought up to date without counting every interaction again
// (DashboardRepository::update(), dashboardupdate.cpp): the interactions added since, and those
// that count differently now.
#include "core/storage/dashboardreaders.h"
#include "core/storage/dashboardrepository.h"

#include <QHash>

#include <vector>

namespace rapport::dashboardread {

// A customer whose interactions count under another kind, or no longer or again: kind -1 means
// not counted (not a live customer in the columns).
struct Recount
{
    qint64 id;
    int before, after;
};

// Counts the interactions added since the columns were read (id > activityMaxId) into them, in
// the order readActivity() leaves them ((agent, kind, channel) group, then week). False when one
// falls outside that order (an agent id past a million).
Result<bool> countNewInteractions(const Reader &r, analytics::DashboardColumns &c);

// The interactions counted so far (id <= activityMaxId) that count differently now: those of
// the customers that left, came in or changed kind (`recount`), and those changed or removed
// since (`touched`, with what they were). False (nothing changed) when the counts cannot be
// adjusted exactly.
Result<bool> recountInteractions(const Reader &r,
                                 const std::vector<Recount> &recount,
                                 const QHash<qint64, InteractionBefore> &touched,
                                 analytics::DashboardColumns &c);

void clearActivity(analytics::DashboardColumns &c);

} // namespace rapport::dashboardread
