#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QString>

namespace rapport {

// A group of users who share their customers: a rep whose role reaches "team" sees and edits the
// customers owned by anyone who shares a team with them. A user belongs to none, one or several.
struct Team
{
    qint64 id = 0;
    QString name;        // unique, compared without case
    QDateTime createdAt; // UTC; set by the repository on insert
    QDateTime updatedAt; // UTC; set by the repository on every write
    int version = 0;     // 0 before the first save

    void tidy() { name = name.simplified(); }
    // The first rule the team breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
