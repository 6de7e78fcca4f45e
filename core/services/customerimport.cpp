#include "core/services/customerimport.h"

#include "core/domain/fastphone.h"
#include "core/services/customerimportmatch.h"
#include "core/services/customerimportplan.h"
#include "core/services/customerimportread.h"
#include "core/services/door.h"
#include "core/storage/database.h"
#include "core/storage/settingsrepository.h"
#include "core/util/phasetimer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace rapport {
namespace {

// The progress scale handed to the caller: reading, matching, writing.
constexpr qint64 Total = 1000;

QString outcomeKey(RowOutcome outcome)
{
    return QLatin1StringView(rowOutcomeKeys[std::size_t(outcome)]);
}

// A cell a spreadsheet would run as a formula gets a leading apostrophe.
QString safeCell(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-'
            || text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QByteArray csvField(const QString &text)
{
    const QString safe = safeCell(text);
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"'))
        && !safe.contains(QLatin1Char('\n')) && !safe.contains(QLatin1Char('\r')))
        return safe.toUtf8();
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

} // namespace

// ---- Options and result -------------------------------------------------------------------

std::optional<ImportMode> CustomerImportOptions::modeFromKey(QStringView key)
{
    for (std::size_t i = 0; i < importModeKeys.size(); ++i)
        if (key == QLatin1StringView(importModeKeys[i]))
            return ImportMode(i);
    return std::nullopt;
}

Status CustomerImportOptions::setMatchKeys(QStringView keys)
{
    bool external = false, email = false, phone = false;
    for (QStringView key : keys.tokenize(u',', Qt::SkipEmptyParts)) {
        key = key.trimmed();
        if (key == u"external-id" || key == u"external_id" || key == u"id")
            external = true;
        else if (key == u"email" || key == u"e-mail")
            email = true;
        else if (key == u"phone")
            phone = true;
        else
            return Error(Error::Kind::Validation,
                         CustomerImport::tr("\"%1\" is not a match key (external-id, email or "
                                            "phone).")
                             .arg(key.toString()),
                         QStringLiteral("match"));
    }
    if (!external && !email && !phone)
        return Error(Error::Kind::Validation,
                     CustomerImport::tr("Name at least one match key: external-id, email or "
                                        "phone."),
                     QStringLiteral("match"));
    matchExternalId = external;
    matchEmail = email;
    matchPhone = phone;
    return {};
}

QByteArray CustomerImportResult::reportCsv() const
{
    QByteArray out = "Line,Column,Outcome,Reason,Customer id\r\n";
    for (const ImportRowReport &r : report) {
        out += QByteArray::number(r.line) + ',' + csvField(r.column) + ','
               + outcomeKey(r.outcome).toUtf8() + ',' + csvField(r.reason) + ','
               + (r.customerId > 0 ? QByteArray::number(r.customerId) : QByteArray()) + "\r\n";
    }
    return out;
}

Status CustomerImportResult::saveReport(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reportCsv()) < 0 || !file.commit())
        return Error(Error::Kind::Io,
                     tr("The report cannot be saved to %1: %2.").arg(path, file.errorString()));
    return {};
}

QJsonObject CustomerImportResult::summaryJson() const
{
    return QJsonObject{{QStringLiteral("batch"), batch},
                       {QStringLiteral("created"), created},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("organisations"), organisations},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("dry_run"), dryRun}};
}

// ---- The import ---------------------------------------------------------------------------

CustomerImport::CustomerImport(Door &door)
    : m_door(door)
{}

Result<CustomerImportResult> CustomerImport::dryRun(const io::ImportSource &source,
                                                    const io::ImportMapping &mapping,
                                                    const CustomerImportOptions &options,
                                                    const Progress &progress)
{
    return execute(source, mapping, options, progress, false);
}

Result<CustomerImportResult> CustomerImport::run(const io::ImportSource &source,
                                                 const io::ImportMapping &mapping,
                                                 const CustomerImportOptions &options,
                                                 const Progress &progress)
{
    return execute(source, mapping, options, progress, true);
}

Result<CustomerImportResult> CustomerImport::execute(const io::ImportSource &source,
                                                     const io::ImportMapping &mapping,
                                                     const CustomerImportOptions &options,
                                                     const Progress &progress,
                                                     bool write)
{
    const Error cancelled(Error::Kind::Cancelled,
                          tr("The import was cancelled; nothing was changed."));
    if (mapping.columns.size() != std::size_t(mapping.headers.size()))
        return Error(Error::Kind::Validation, tr("The mapping does not fit the file's columns."));
    if (Status s = mapping.check(options.mode != ImportMode::Update,
                                 options.mode != ImportMode::Create);
        !s)
        return s.error();
    Database &db = m_door.database();
    const QString region = !options.phoneRegion.isEmpty() ? options.phoneRegion.toUpper()
                                                          : SettingsRepository(db).phoneRegion();
    if (!PhoneNormalizer::isKnownRegion(region))
        return Error(Error::Kind::Validation,
                     tr("\"%1\" is not a phone region (a country code such as DE).").arg(region),
                     QStringLiteral("region"));

    // RAPPORT_IMPORT_TIMING=1: each phase's wall and CPU time on stderr.
    PhaseTimer timing("RAPPORT_IMPORT_TIMING", "import");
    // 1. The records are read on worker threads, piece by piece (ImportRowStream), while this
    // thread reads the database's keys and then 2. matches the rows, in file order, against the
    // database and against each other as the pieces come in.
    const double readShare = write ? 0.6 : 0.9;
    const int threads = m_threads > 0 ? m_threads : std::clamp(QThread::idealThreadCount(), 1, 8);
    const double ownCpuBefore = PhaseTimer::threadCpuMs();
    ImportRowStream stream(source, mapping, region, threads);
    ImportPlan plan;
    CustomerImportResult result;
    result.dryRun = !write;
    std::vector<ImportRowReport> unreadable; // records the reader could not read, in file order
    ImportMatcher matcher(db, mapping, options, plan, result);
    if (m_matchBatch > 0)
        matcher.setBatch(m_matchBatch);
    if (Status s = matcher.readDatabase(); !s)
        return s.error();
    timing.lap("keys of the database");
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (std::size_t p = 0; p < stream.pieceCount(); ++p) {
        std::optional<ImportRowStream::Piece> piece;
        while (!(piece = stream.take(p, std::chrono::milliseconds(50)))) {
            if (progress && !progress(qint64(readShare * Total * stream.fraction()), Total))
                return cancelled;
        }
        for (io::SourceProblem &problem : piece->problems) {
            unreadable.push_back(ImportRowReport{problem.line,
                                                 {},
                                                 RowOutcome::Rejected,
                                                 std::move(problem.message),
                                                 0});
            ++result.rejected;
            ++result.rows;
        }
        const std::size_t first = plan.rows.size();
        std::move(piece->rows.begin(), piece->rows.end(), std::back_inserter(plan.rows));
        piece.reset();
        for (std::size_t i = first; i < plan.rows.size(); ++i) {
            if (progress && sinceProgress.elapsed() > 200) {
                sinceProgress.restart();
                if (!progress(qint64(readShare * Total * stream.fraction()), Total))
                    return cancelled;
            }
            if (Status s = matcher.match(i); !s)
                return s.error();
        }
    }
    if (timing.on())
        std::fprintf(stderr,
                     "import: read on %d threads (%.0f ms CPU; phone numbers: %lld on the fast "
                     "path, %lld by libphonenumber), matched on this one (%.0f ms CPU)\n",
                     threads,
                     stream.workersCpuMs(),
                     qint64(stream.fastPhones()),
                     qint64(stream.slowPhones()),
                     PhaseTimer::threadCpuMs() - ownCpuBefore);
    // The unreadable records come first, as the rows' lines sort them in.
    if (!unreadable.empty())
        result.report.insert(result.report.begin(),
                             std::make_move_iterator(unreadable.begin()),
                             std::make_move_iterator(unreadable.end()));

    matcher.resolveLinks();
    std::stable_sort(result.report.begin(),
                     result.report.end(),
                     [](const ImportRowReport &a, const ImportRowReport &b) {
                         return a.line < b.line;
                     });
    timing.lap("read, normalise and match");
    if (!write || (plan.creates.empty() && plan.updates.empty())) {
        if (progress)
            progress(Total, Total);
        return result;
    }

    // 3. Write: one batch, all or nothing.
    QJsonObject description{
        {QStringLiteral("file"), options.fileName.isEmpty() ? source.fileName() : options.fileName},
        {QStringLiteral("mode"), QLatin1StringView(importModeKeys[std::size_t(options.mode)])},
        {QStringLiteral("rows"), result.rows},
        {QStringLiteral("created"), result.created},
        {QStringLiteral("updated"), result.updated},
        {QStringLiteral("unchanged"), result.unchanged},
        {QStringLiteral("rejected"), result.rejected},
        {QStringLiteral("organisations"), result.organisations},
        {QStringLiteral("links"), result.links},
    };
    if (!options.defaultSource.isEmpty())
        for (std::size_t c : plan.creates)
            if (plan.rows[c].source.isEmpty())
                plan.rows[c].source = options.defaultSource;
    ImportWriter writer(m_door, plan, description);
    const double writeFrom = readShare + 0.1;
    const auto step = [&](double fraction) {
        return !progress
               || progress(qint64(Total * (writeFrom + (1 - writeFrom) * fraction)), Total);
    };
    const qint64 creates = qint64(plan.creates.size());
    const bool bulk = creates >= m_bulkThreshold && creates * 10 >= plan.existingCustomers;
    Result<qint64> batch = bulk ? writer.writeBulk(step) : writer.writeRows(step);
    if (!batch)
        return batch.error();
    result.batch = *batch;
    timing.lap("write");
    // The ids the new customers got.
    std::size_t created = 0;
    for (ImportRowReport &r : result.report) {
        if (r.outcome == RowOutcome::Created && created < plan.createdIds.size())
            r.customerId = plan.createdIds[created++];
    }
    if (progress)
        progress(Total, Total);
    return result;
}

} // namespace rapport
