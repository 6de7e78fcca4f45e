#pragma once

#include "core/util/result.h"

#include <QCoreApplication>

namespace rapport {

class Door;

// DemoDuplicates adds to a demo database the duplicates real customer files are full of: some
// of its persons entered a second time, the way it happens — a typo in the first or the last
// name, first and last name swapped, the e-mail address in other letters, the same phone number
// written another way, a city left out — so that the duplicate scan and the review screen have
// something to find (the demo generator itself makes every e-mail address unique). Seeded: the
// same seed picks the same customers and the same changes. One batch (kind "demo-duplicates")
// through the door.
class DemoDuplicates final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDuplicates)

public:
    // Adds up to `count` duplicates; returns how many were made.
    static Result<qint64> add(Door &door, qint64 count, quint64 seed);
};

} // namespace rapport
