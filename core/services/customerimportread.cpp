#include "core/services/customerimportread.h"

#include "core/domain/fastphone.h"

#include <algorithm>
#include <ctime>

namespace rapport {

ImportRowStream::ImportRowStream(const io::ImportSource &source,
                                 const io::ImportMapping &mapping,
                                 const QString &phoneRegion,
                                 int threads)
    : m_source(source)
    , m_mapping(mapping)
    , m_region(phoneRegion)
{
    threads = std::max(threads, 1);
    // Several pieces a thread, so that a thread that got slow pieces does not hold up the rest.
    m_pieces = source.pieces(threads == 1 ? 1 : threads * 4);
    m_done.resize(m_pieces.size());
    m_ready.assign(m_pieces.size(), 0);
    for (int t = 0; t < threads; ++t)
        m_threads.emplace_back([this] { work(); });
}

ImportRowStream::~ImportRowStream()
{
    stop();
    for (std::thread &t : m_threads)
        t.join();
}

void ImportRowStream::stop()
{
    m_stop = true;
}

double ImportRowStream::fraction() const
{
    return double(m_doneExtent) / double(std::max<qint64>(1, m_source.extent()));
}

std::optional<ImportRowStream::Piece> ImportRowStream::take(std::size_t index,
                                                            std::chrono::milliseconds wait)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, wait, [&] { return m_ready[index] != 0; }))
        return std::nullopt;
    return std::move(m_done[index]);
}

void ImportRowStream::work()
{
    timespec start{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    ImportRowReader reader(m_mapping, m_source.dialect(), m_region);
    const QString repeatedHeader = ImportRowReader::tr("The row repeats the header row.");
    for (std::size_t p = m_next++; p < m_pieces.size() && !m_stop; p = m_next++) {
        Piece piece;
        qint64 counted = 0;
        m_source.read(
            m_pieces[p],
            [&](io::CsvRecord &&record) {
                // A header repeated inside the file is not a customer.
                if (record.fields == m_mapping.headers) {
                    ImportRow row;
                    row.line = record.line;
                    row.problems.push_back(ImportProblem{{}, repeatedHeader});
                    piece.rows.push_back(std::move(row));
                } else {
                    piece.rows.push_back(reader.read(record));
                }
                return ++counted % 4096 != 0 || !m_stop;
            },
            [&](io::SourceProblem &&problem) {
                piece.problems.push_back(std::move(problem));
                return true;
            });
        m_doneExtent += m_pieces[p].end - m_pieces[p].begin;
        std::lock_guard lock(m_mutex);
        m_done[p] = std::move(piece);
        m_ready[p] = 1;
        m_changed.notify_all();
    }
    m_fastPhones += reader.phones().fast();
    m_slowPhones += reader.phones().slow();
    timespec end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    const double ms = double(end.tv_sec - start.tv_sec) * 1000.0
                      + double(end.tv_nsec - start.tv_nsec) / 1e6;
    double before = m_cpuMs.load();
    while (!m_cpuMs.compare_exchange_weak(before, before + ms)) {
    }
}

} // namespace rapport
