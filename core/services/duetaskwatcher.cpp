#include "core/services/duetaskwatcher.h"

#include "core/services/workspace.h"

namespace rapport {

DueTaskWatcher::DueTaskWatcher(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_repo(workspace.database())
    , m_checkedUntil(workspace.now())
{
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &DueTaskWatcher::check);
    connect(&workspace, &Workspace::currentUserChanged, this, &DueTaskWatcher::restartFromNow);
}

void DueTaskWatcher::start()
{
    restartFromNow();
    m_timer.start();
}

void DueTaskWatcher::restartFromNow()
{
    m_checkedUntil = m_workspace.now();
}

void DueTaskWatcher::check()
{
    const QDateTime now = m_workspace.now();
    if (now > m_checkedUntil) {
        // Only what "my day" may show: a task about a customer out of the user's View scope
        // is not announced either.
        const CustomerScope scope = m_workspace.access().scope(Permission::View);
        Result<QList<TaskListItem>> due
            = m_repo.fallingDue(m_workspace.currentUserId(), m_checkedUntil, now, scope);
        if (!due) {
            Q_EMIT errorOccurred(due.error().message());
        } else {
            m_checkedUntil = now;
            for (const TaskListItem &item : std::as_const(*due))
                Q_EMIT taskDue(item);
        }
    } else if (now < m_checkedUntil) {
        m_checkedUntil = now; // the clock went back: look from there
    }
    Q_EMIT checked(now);
}

} // namespace rapport
