#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace rapport {

class ChangeBus;
class Database;
class Error;

// RevenueWindowScheduler keeps a list's revenue column current: start() moves the revenue window
// to today (RevenueWindow) and again a minute after every midnight (UTC, as the window counts
// days). The move recomputes the customers whose oldest counted order left the window: thousands
// at a million customers, seconds of writing on a cold cache. So it runs in a worker thread on a
// connection of its own; the views hear of the changed customers on the bus when it is done, and
// show the old figures meanwhile. Failures go to `report`, on the scheduler's thread.
class RevenueWindowScheduler final : public QObject
{
    Q_OBJECT
public:
    using Reporter = std::function<void(const Error &)>;

    RevenueWindowScheduler(const Database &db, ChangeBus *bus, Reporter report);
    // Waits for a move under way.
    ~RevenueWindowScheduler() override;

    // Moves the window now when it is due, and schedules the next move after midnight.
    void start();

private:
    void move();

    const Database &m_db;
    ChangeBus *m_bus;
    Reporter m_report;
    QTimer m_midnight;
    std::unique_ptr<QThread> m_worker;
};

} // namespace rapport
