#pragma once

#include "core/services/door.h"

class QStatusBar;

namespace rapport {

// What the desktop does while a write waits for another client's write lock: the status bar
// says who holds the database, the window keeps painting (events are processed, user input
// excluded, so nothing new starts meanwhile), and after `limitMs` the write gives up; its
// error then names the holder.
Door::BusyObserver busyStatusObserver(QStatusBar *statusBar, int limitMs = 30'000);

} // namespace rapport
