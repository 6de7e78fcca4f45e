#include "ui/busywait.h"

#include <catch2/catch.hpp>

#include <QStatusBar>

using namespace rapport;

TEST_CASE("While a write waits, the status bar says who holds the database, until the limit",
          "[busywait]")
{
    QStatusBar bar;
    bar.show();
    const Door::BusyObserver observer = busyStatusObserver(&bar, 2000);

    WriteHolder anna;
    anna.user = QStringLiteral("Anna Weber");
    anna.machine = QStringLiteral("laptop-3");
    anna.pid = 4242;
    anna.what = QStringLiteral("import");
    anna.since = QDateTime::currentDateTimeUtc();
    CHECK(observer(BusyWait{300, anna}));
    CHECK(bar.currentMessage().startsWith(
        QStringLiteral("Waiting for Anna Weber on laptop-3, who is importing purchases (since ")));

    CHECK(observer(BusyWait{600, std::nullopt}));
    CHECK(bar.currentMessage()
          == QStringLiteral("Waiting for another user who is saving a change…"));

    // At the limit the write gives up (its error names the holder) and the word goes.
    CHECK_FALSE(observer(BusyWait{2000, anna}));
    CHECK(bar.currentMessage().isEmpty());
}
