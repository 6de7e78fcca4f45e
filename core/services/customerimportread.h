#pragma once

// The inside of the customer import (customerimport.h): the file's records read into ImportRows
// on worker threads, piece by piece, and handed over in file order as each piece is done, so the
// import matches the rows on its own thread while the workers read on.

#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/services/customerimportrow.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rapport {

class ImportRowStream final
{
public:
    // What one piece of the file gave: its rows and the records that could not be read, each
    // in file order.
    struct Piece
    {
        std::vector<ImportRow> rows;
        std::vector<io::SourceProblem> problems;
    };

    // Starts `threads` workers (at least one) over the file cut into pieces (a single piece
    // for one thread, so a one-thread import reads the file in one pass). The source and the
    // mapping must outlive the stream.
    ImportRowStream(const io::ImportSource &source,
                    const io::ImportMapping &mapping,
                    const QString &phoneRegion,
                    int threads);
    // Stops the workers and waits for them.
    ~ImportRowStream();
    ImportRowStream(const ImportRowStream &) = delete;
    ImportRowStream &operator=(const ImportRowStream &) = delete;

    std::size_t pieceCount() const { return m_pieces.size(); }
    // Piece `index` (each taken once, in order) when it is done within `wait`; else nullopt.
    std::optional<Piece> take(std::size_t index, std::chrono::milliseconds wait);
    // The share of the file read so far, 0 to 1.
    double fraction() const;
    // Makes the workers stop after their current record batch (a cancel).
    void stop();

    // For measurements, once every piece was taken: how many phone numbers took the fast path
    // and libphonenumber, and the workers' CPU time together.
    qint64 fastPhones() const { return m_fastPhones; }
    qint64 slowPhones() const { return m_slowPhones; }
    double workersCpuMs() const { return m_cpuMs; }

private:
    void work();

    const io::ImportSource &m_source;
    const io::ImportMapping &m_mapping;
    const QString m_region;
    std::vector<io::ImportSource::Piece> m_pieces;
    std::vector<Piece> m_done;
    std::vector<char> m_ready; // per piece, under m_mutex
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::atomic<std::size_t> m_next{0};
    std::atomic<qint64> m_doneExtent{0};
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_fastPhones{0}, m_slowPhones{0};
    std::atomic<double> m_cpuMs{0};
    std::vector<std::thread> m_threads;
};

} // namespace rapport
