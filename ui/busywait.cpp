#include "ui/busywait.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStatusBar>

namespace rapport {

Door::BusyObserver busyStatusObserver(QStatusBar *statusBar, int limitMs)
{
    return [bar = QPointer<QStatusBar>(statusBar), limitMs](const BusyWait &wait) {
        if (wait.waitedMs >= limitMs) {
            if (bar)
                bar->clearMessage();
            return false;
        }
        // Shown for a second at a time: it goes away by itself soon after the wait ends.
        if (bar)
            bar->showMessage(wait.message(), 1000);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    };
}

} // namespace rapport
