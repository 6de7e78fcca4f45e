#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace rapport {

// A dated remark a user writes on a customer ("prefers calls after 4 pm"). Notes are part of the
// customer's history: the timeline shows them beside calls, orders, cases and tasks.
struct CustomerNote
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString body;
    std::optional<qint64> authorId; // the user who wrote it
    QDateTime createdAt;            // UTC; set by the repository on insert when null
    QDateTime updatedAt;            // UTC; set by the repository on every write
    int version = 0;                // 0 before the first save

    static constexpr qsizetype MaxBodyLength = 20000;

    void tidy();
    // The first rule the note breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
