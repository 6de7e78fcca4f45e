#include "core/services/revenuewindowscheduler.h"

#include "core/services/revenuewindow.h"
#include "core/storage/database.h"

#include <QDateTime>

#include <algorithm>

namespace rapport {

RevenueWindowScheduler::RevenueWindowScheduler(const Database &db, ChangeBus *bus, Reporter report)
    : m_db(db)
    , m_bus(bus)
    , m_report(std::move(report))
{
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, &RevenueWindowScheduler::start);
}

RevenueWindowScheduler::~RevenueWindowScheduler()
{
    if (m_worker)
        m_worker->wait();
}

void RevenueWindowScheduler::start()
{
    move();
    // Again a minute after the next midnight (UTC, as the window counts days).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime next(now.date().addDays(1), QTime(0, 1), Qt::UTC);
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(next), 1000, 25 * 3600 * 1000)));
}

void RevenueWindowScheduler::move()
{
    if (m_worker && !m_worker->isFinished())
        return;
    const QDate asOf = RevenueWindow::today();
    Result<bool> due = RevenueWindow(m_db, m_bus).needsMove(asOf);
    if (!due) {
        if (m_report)
            m_report(due.error());
        return;
    }
    if (!*due)
        return;
    if (m_worker)
        m_worker->wait();
    m_worker.reset(QThread::create([this, path = m_db.path(), asOf] {
        Result<QList<qint64>> moved = QList<qint64>();
        {
            Result<std::unique_ptr<Database>> db = Database::open(path, Database::Mode::Existing);
            moved = db ? RevenueWindow(**db, nullptr).move(asOf)
                       : Result<QList<qint64>>(db.error());
        }
        // Delivered on the scheduler's thread; dropped if the scheduler is gone by then.
        QMetaObject::invokeMethod(
            this,
            [this, moved] {
                if (!moved) {
                    if (m_report)
                        m_report(moved.error());
                } else {
                    RevenueWindow::announce(m_bus, *moved);
                }
            },
            Qt::QueuedConnection);
    }));
    m_worker->start(QThread::LowPriority);
}

} // namespace rapport
