#pragma once

#include "core/storage/taskrepository.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace rapport {

class DueTaskWatcher;
class Workspace;

// TaskNotifier tells the signed-in user when one of their follow-ups falls due while Rapport
// runs: a desktop notification through the system tray where the desktop has one, otherwise a
// notice in the window (the status bar of a QMainWindow, and the notified signal for anything
// else). Clicking the tray message asks for the task's customer (customerActivated). The checks
// run on a DueTaskWatcher timer by the workspace's clock.
class TaskNotifier final : public QObject
{
    Q_OBJECT
public:
    // How notices are shown: chosen from QSystemTrayIcon::isSystemTrayAvailable() unless set.
    enum class Channel { SystemTray, InWindow };

    // `window` shows the in-window notices and is raised when a tray message is clicked.
    TaskNotifier(Workspace &workspace, QWidget *window, QObject *parent = nullptr);
    ~TaskNotifier() override;

    DueTaskWatcher *watcher() const { return m_watcher; }
    Channel channel() const { return m_channel; }
    void setChannel(Channel channel);
    // Uses the application's own tray icon instead of one of its own.
    void setTrayIcon(QSystemTrayIcon *icon);
    // Starts the checks (every 30 seconds unless the watcher is told otherwise).
    void start();
    void stop();

Q_SIGNALS:
    // Every notice, however it was shown.
    void notified(const QString &title, const QString &message);
    void customerActivated(qint64 customerId);

private:
    void onTaskDue(const TaskListItem &item);
    void flush();
    void ensureTrayIcon();

    Workspace &m_workspace;
    QPointer<QWidget> m_window;
    DueTaskWatcher *m_watcher;
    Channel m_channel;
    QPointer<QSystemTrayIcon> m_tray;
    bool m_ownTray = false;
    QList<TaskListItem> m_pending; // the tasks of one check, shown as one notice
    qint64 m_lastCustomer = 0;
};

} // namespace rapport
