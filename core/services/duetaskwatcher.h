#pragma once

#include "core/storage/taskrepository.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace rapport {

class Workspace;

// DueTaskWatcher notices when one of the signed-in user's open tasks falls due while the app
// runs: a timer checks every so often which tasks' due times passed since the last check, by the
// workspace's clock (so tests drive it with a clock of their own). What was already due when it
// started, or when another user signed in, is not announced again: "my day" shows it.
class DueTaskWatcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::seconds DefaultInterval{30};

    explicit DueTaskWatcher(Workspace &workspace, QObject *parent = nullptr);

    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    // The time up to which tasks were looked at.
    QDateTime checkedUntil() const { return m_checkedUntil; }

public Q_SLOTS:
    // Looks now (the timer calls this) and announces the tasks that fell due since last time.
    void check();

Q_SIGNALS:
    void taskDue(const rapport::TaskListItem &item);
    // After every check, with the clock's time: views that show "overdue" repaint on it.
    void checked(const QDateTime &now);
    void errorOccurred(const QString &message);

private:
    void restartFromNow();

    Workspace &m_workspace;
    TaskRepository m_repo;
    QTimer m_timer;
    QDateTime m_checkedUntil;
};

} // namespace rapport

Q_DECLARE_METATYPE(rapport::TaskListItem)
