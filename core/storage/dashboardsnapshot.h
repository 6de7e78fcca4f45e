#pragma once

#include "core/analytics/dashboard.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rapport {

// The state of a database the dashboards' columns were read at: its schema and the newest
// history entry (id and hash) read in the same read transaction as the columns. The hash chains
// every earlier entry (0011_history.sql), so an entry of the same id and hash in a file means
// the file has the same history up to it: the columns plus the entries after `mark` give the
// file's state now. A file whose entry differs, or that has no entry `mark` (a backup restored,
// another file at the same path), is another history.
struct DashboardStamp
{
    int schema = 0;
    qint64 mark = 0; // history id; 0: no history (nothing to bring a snapshot up to date from)
    QByteArray hash; // the entry's hash as the history has it (hex)
    // When the columns were last read whole (Unix seconds; kept through catch-ups): a change
    // made outside Rapport leaves no history, so a snapshot is trusted only so long
    // (DashboardService::MaxSnapshotAgeSeconds).
    qint64 readAt = 0;

    bool operator==(const DashboardStamp &) const = default;
};

// DashboardSnapshot saves the dashboards' columns in one binary file so that the next start of
// the program reads them in a fraction of a second instead of going through 21M rows of the
// database (docs/architecture.md, "The dashboards"). The file lives in the user's cache folder,
// one per database path (defaultFile()); it is a cache: losing it costs one whole read.
//
// Layout (native byte order: the file never leaves the machine):
//   magic "RDSN", format version, stamp (schema, mark, hash), payload size, payload checksum,
//   the build key, then the payload: every column as a count and its raw elements, strings as
//   UTF-16, and the lifetime values fitted to these columns (analytics::DashboardClv per day).
// The lifetime values are a pure function of the columns and the day, but of the code too: they
// are given back only to the build of the program that fitted them (buildKey(): the executable's
// path, size and time), so a new version fits them again rather than show the old one's.
// It is written with QSaveFile (a new file renamed over the old one: a reader sees the old file
// or the new one whole, never half of one). read() refuses, with an error and nothing else, a
// file of another format version, a short or damaged file (the checksum over the payload) or one
// whose sizes do not hold together; the caller compares the stamp with the database.
class DashboardSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(DashboardSnapshot)

public:
    static constexpr quint32 FormatVersion = 2;

    struct Loaded
    {
        analytics::DashboardColumns columns;
        DashboardStamp stamp;
        // Fitted to `columns` by this very build (empty when another build wrote the file).
        std::vector<analytics::DashboardClv> clv;
    };

    // Where the snapshot of the database at `databasePath` is kept: the user's cache folder,
    // dashboards/<SHA-1 of the file's canonical path>.snapshot.
    static QString defaultFile(const QString &databasePath);

    // `clv`: lifetime values fitted to `columns` (others are left out).
    static Status write(const QString &file,
                        const analytics::DashboardColumns &columns,
                        const DashboardStamp &stamp,
                        const std::vector<const analytics::DashboardClv *> &clv = {});
    static Result<Loaded> read(const QString &file);
    // What tells this build of the program from others (empty without a QCoreApplication).
    static QByteArray buildKey();
};

} // namespace rapport
