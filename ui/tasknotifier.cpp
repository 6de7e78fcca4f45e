#include "ui/tasknotifier.h"

#include "core/services/duetaskwatcher.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace rapport {
namespace {

constexpr int NoticeMs = 15'000;

} // namespace

TaskNotifier::TaskNotifier(Workspace &workspace, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_watcher(new DueTaskWatcher(workspace, this))
    , m_channel(QSystemTrayIcon::isSystemTrayAvailable() ? Channel::SystemTray : Channel::InWindow)
{
    connect(m_watcher, &DueTaskWatcher::taskDue, this, &TaskNotifier::onTaskDue);
    // The tasks of one check arrive one after another; they show as one notice after it.
    connect(m_watcher, &DueTaskWatcher::checked, this, &TaskNotifier::flush);
}

TaskNotifier::~TaskNotifier()
{
    if (m_ownTray && m_tray)
        delete m_tray.data();
}

void TaskNotifier::setChannel(Channel channel)
{
    m_channel = channel;
}

void TaskNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_ownTray && m_tray)
        delete m_tray.data();
    m_tray = icon;
    m_ownTray = false;
    if (icon) {
        connect(icon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_window) {
                m_window->show();
                m_window->raise();
                m_window->activateWindow();
            }
            if (m_lastCustomer != 0)
                Q_EMIT customerActivated(m_lastCustomer);
        });
    }
}

void TaskNotifier::ensureTrayIcon()
{
    if (m_tray)
        return;
    auto *icon = new QSystemTrayIcon(QApplication::windowIcon());
    icon->setToolTip(QApplication::applicationDisplayName());
    setTrayIcon(icon);
    m_ownTray = true;
    icon->show();
}

void TaskNotifier::start()
{
    m_watcher->start();
}

void TaskNotifier::stop()
{
    m_watcher->stop();
}

void TaskNotifier::onTaskDue(const TaskListItem &item)
{
    m_pending << item;
}

void TaskNotifier::flush()
{
    if (m_pending.isEmpty())
        return;
    QString title;
    QString message;
    const TaskListItem &first = m_pending.first();
    m_lastCustomer = first.task.customerId.value_or(0);
    if (m_pending.size() == 1) {
        title = tr("Follow-up due");
        message = first.customerName.isEmpty()
                      ? first.task.title
                      : tr("%1 \u2014 %2").arg(first.task.title, first.customerName);
    } else {
        title = tr("%1 follow-ups due").arg(m_pending.size());
        QStringList lines;
        for (const TaskListItem &item :
             std::as_const(m_pending).first(std::min<qsizetype>(3, m_pending.size())))
            lines << (item.customerName.isEmpty()
                          ? item.task.title
                          : tr("%1 \u2014 %2").arg(item.task.title, item.customerName));
        if (m_pending.size() > 3)
            lines << tr("and %1 more in My Day").arg(m_pending.size() - 3);
        message = lines.join(QLatin1Char('\n'));
    }
    m_pending.clear();

    if (m_channel == Channel::SystemTray) {
        ensureTrayIcon();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, NoticeMs);
    } else if (auto *main = qobject_cast<QMainWindow *>(m_window.data())) {
        main->statusBar()->showMessage(tr("%1: %2").arg(title,
                                                        QString(message).replace(QLatin1Char('\n'),
                                                                                 QStringLiteral(
                                                                                     "; "))),
                                       NoticeMs);
    }
    Q_EMIT notified(title, message);
}

} // namespace rapport
