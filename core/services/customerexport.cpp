#include "core/services/customerexport.h"

#include "core/analytics/rfm.h"
#include "core/domain/customerselection.h"
#include "core/domain/phonenumber.h"
#include "core/io/csvwriter.h"
#include "core/services/customerexportcells.h"
#include "core/services/customersearch.h"
#include "core/storage/analyticsrepository.h"
#include "core/storage/customerexportrepository.h"
#include "core/storage/settingsrepository.h"

#include <QSaveFile>

#include <span>

namespace rapport {

namespace {

constexpr int IdChunk = 50'000;

// One format's way of writing batches of rows.
class Sink
{
public:
    virtual ~Sink() = default;
    virtual Status begin() = 0;
    virtual Status rows(const std::vector<CustomerExportRow> &rows) = 0;
    virtual Status end() = 0;
};

class CsvSink final : public Sink
{
public:
    CsvSink(QIODevice &device,
            const std::vector<ExportField> &fields,
            const CustomerSelection *selection,
            bool bom)
        : m_writer(device, io::CsvWriteOptions{bom, true, ','})
        , m_fields(fields)
        , m_selection(selection)
    {
        m_cells.reserve(qsizetype(fields.size()));
    }

    Status begin() override
    {
        QStringList header;
        for (ExportField f : m_fields)
            header << exportcells::header(f, m_selection);
        return m_writer.write(header);
    }
    Status rows(const std::vector<CustomerExportRow> &rows) override
    {
        for (const CustomerExportRow &row : rows) {
            m_cells.clear();
            for (ExportField f : m_fields)
                m_cells << exportcells::cell(row, f, m_selection);
            if (Status s = m_writer.write(m_cells); !s)
                return s;
        }
        return {};
    }
    Status end() override { return m_writer.finish(); }

private:
    io::CsvWriter m_writer;
    const std::vector<ExportField> &m_fields;
    const CustomerSelection *m_selection;
    QStringList m_cells;
};

class VCardSink final : public Sink
{
public:
    explicit VCardSink(QIODevice &device)
        : m_device(device)
    {}
    Status begin() override { return {}; }
    Status rows(const std::vector<CustomerExportRow> &rows) override
    {
        Result<QByteArray> bytes = exportcells::vcards(rows);
        if (!bytes)
            return bytes.error();
        if (m_device.write(*bytes) != bytes->size())
            return Error(Error::Kind::Io,
                         CustomerExport::tr("The file could not be written: %1.")
                             .arg(m_device.errorString()));
        return {};
    }
    Status end() override { return {}; }

private:
    QIODevice &m_device;
};

} // namespace

CustomerExport::CustomerExport(const Database &db)
    : m_db(db)
{}

CustomerExport::~CustomerExport() = default;

void CustomerExport::setAccess(const AccessPolicy &access)
{
    const CustomerScope scope
        = access.scope(Permission::View).intersected(access.scope(Permission::Export));
    setScope(scope,
             access.allowsAny(Permission::Export) ? access.refusal(Permission::View)
                                                  : access.refusal(Permission::Export));
}

void CustomerExport::setScope(const CustomerScope &scope, const QString &refusal)
{
    m_scope = scope;
    m_refusal = refusal.isEmpty() ? tr("You may not export any customer.") : refusal;
}

// The handed-over ids the scope allows, in their order: their owners read a batch at a time.
Result<std::vector<qint64>> CustomerExport::inScope(const std::vector<qint64> &ids)
{
    if (m_scope.isEverything())
        return ids;
    CustomerListRepository list(m_db);
    std::vector<qint64> kept;
    for (std::size_t first = 0; first < ids.size(); first += BatchSize) {
        const std::span<const qint64> batch(ids.data() + first,
                                            std::min<std::size_t>(BatchSize, ids.size() - first));
        Result<std::vector<CustomerListRow>> rows = list.rowsByIds(batch);
        if (!rows)
            return rows.error();
        for (const CustomerListRow &row : *rows) {
            if (m_scope.allows(row.ownerId))
                kept.push_back(row.id);
        }
    }
    return kept;
}

Result<std::vector<qint64>> CustomerExport::ids(const CustomerExportRequest &wanted)
{
    // The scope is applied here, where every way of choosing the customers meets, and not left
    // to the callers: the desktop hands over its list's ids, the CLI a filter.
    if (m_scope.isNothing())
        return Error(Error::Kind::Forbidden, m_refusal);
    if (wanted.ids)
        return inScope(*wanted.ids);
    CustomerExportRequest request = wanted;
    request.filter.scope = request.filter.scope.intersected(m_scope);
    std::vector<qint64> ids;
    if (!request.searchText.trimmed().isEmpty()) {
        // The list's search: its best matches, best first, under the same filter.
        CustomerSearch search(m_db, PhoneNormalizer(SettingsRepository(m_db).phoneRegion()));
        Result<QList<SearchHit>> hits = search.find(request.searchText,
                                                    CustomerSearch::CandidateLimit,
                                                    request.filter);
        if (!hits)
            return hits.error();
        for (const SearchHit &hit : std::as_const(*hits))
            ids.push_back(hit.customer.id);
        return ids;
    }
    CustomerListRepository list(m_db);
    if (request.filter.selection) {
        return list.selectedIds(request.order, request.filter);
    }
    std::optional<CustomerListKey> after;
    for (;;) {
        Result<CustomerIdChunk> chunk = list.idChunk(request.order, request.filter, after, IdChunk);
        if (!chunk)
            return chunk.error();
        ids.insert(ids.end(), chunk->ids.begin(), chunk->ids.end());
        if (chunk->complete || chunk->ids.empty() || !chunk->last)
            break;
        after = chunk->last;
    }
    return ids;
}

Result<CustomerExportResult> CustomerExport::write(const CustomerExportRequest &request,
                                                   QIODevice &device,
                                                   const Progress &progress)
{
    Result<std::vector<qint64>> all = ids(request);
    if (!all)
        return all.error();
    const std::vector<ExportField> fields = request.fields.empty() ? importableExportFields()
                                                                   : request.fields;
    const CustomerSelection *selection = request.filter.selection.get();
    std::unique_ptr<Sink> sink;
    if (request.format == ExportFormat::Csv)
        sink = std::make_unique<CsvSink>(device, fields, selection, request.byteOrderMark);
    else
        sink = std::make_unique<VCardSink>(device);

    CustomerExportRepository repository(m_db);
    ConsentReader consents(m_db);
    CustomerExportResult result;
    const qint64 total = qint64(all->size());
    if (progress && !progress(0, total))
        return Error(Error::Kind::Cancelled, tr("The export was cancelled."));
    if (Status s = sink->begin(); !s)
        return s.error();
    for (std::size_t first = 0; first < all->size(); first += BatchSize) {
        const std::span<const qint64> batch(all->data() + first,
                                            std::min<std::size_t>(BatchSize, all->size() - first));
        Result<std::vector<CustomerExportRow>> rows = repository.rows(batch);
        if (!rows)
            return rows.error();
        Result<std::unordered_map<qint64, ConsentReader::Consent>> said = consents.of(batch);
        if (!said)
            return said.error();
        if (!said->empty() || request.onlyOptedIn) {
            std::erase_if(*rows, [&](CustomerExportRow &row) {
                const auto it = said->find(row.id);
                const ConsentReader::Consent consent = it == said->end() ? ConsentReader::Consent{}
                                                                         : it->second;
                if (request.onlyOptedIn
                    && (consent.optedIn & ConsentReader::bit(*request.onlyOptedIn)) == 0) {
                    ++result.notOptedIn;
                    return true;
                }
                const quint8 removed = exportcells::withhold(row, consent);
                for (int c = 0; c < 4; ++c) {
                    if (removed & (1u << c))
                        ++result.withheld[std::size_t(c)];
                }
                return false;
            });
        }
        if (Status s = sink->rows(*rows); !s)
            return s.error();
        result.customers += qint64(rows->size());
        if (progress && !progress(qint64(first + batch.size()), total))
            return Error(Error::Kind::Cancelled, tr("The export was cancelled."));
    }
    if (Status s = sink->end(); !s)
        return s.error();
    return result;
}

Result<CustomerExportResult> CustomerExport::writeFile(const CustomerExportRequest &request,
                                                       const QString &path,
                                                       const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    Result<CustomerExportResult> result = write(request, file, progress);
    if (!result) {
        file.cancelWriting();
        return result.error();
    }
    if (!file.commit())
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2.").arg(path, file.errorString()));
    return result;
}

Result<CustomerSelectionPtr> CustomerExport::rfmSegment(const Database &db,
                                                        const QString &name,
                                                        const QDate &asOf)
{
    std::optional<analytics::RfmSegment> wanted;
    const QString folded = name.trimmed();
    for (std::size_t s = 0; s < analytics::RfmSegmentCount; ++s) {
        const auto segment = analytics::RfmSegment(s);
        QString key = QString::fromLatin1(analytics::rfmSegmentKeys[s]);
        if (folded.compare(key, Qt::CaseInsensitive) == 0
            || folded.compare(key.replace(QLatin1Char('_'), QLatin1Char(' ')), Qt::CaseInsensitive)
                   == 0
            || folded.compare(analytics::rfmSegmentName(segment), Qt::CaseInsensitive) == 0)
            wanted = segment;
    }
    if (!wanted) {
        QStringList keys;
        for (const char *key : analytics::rfmSegmentKeys)
            keys << QString::fromLatin1(key);
        return Error(Error::Kind::Validation,
                     tr("There is no segment called \"%1\"; the segments are %2.")
                         .arg(name, keys.join(QStringLiteral(", "))),
                     QStringLiteral("segment"));
    }
    AnalyticsFilter filter;
    filter.asOf = asOf;
    Result<PurchaseSummaries> columns = AnalyticsRepository(db).purchaseSummaries(filter);
    if (!columns)
        return columns.error();
    std::vector<qint64> ids;
    if (!columns->ids.empty()) {
        Result<analytics::RfmResult> rfm = analytics::rfm(columns->ids,
                                                          columns->lastPurchaseDay,
                                                          columns->purchases,
                                                          columns->value,
                                                          filter.effectiveAsOf());
        if (!rfm)
            return rfm.error();
        for (std::size_t i = 0; i < rfm->ids.size(); ++i) {
            if (rfm->segments[i] == *wanted)
                ids.push_back(rfm->ids[i]);
        }
    }
    return CustomerSelection::make(tr("RFM segment: %1").arg(analytics::rfmSegmentName(*wanted)),
                                   std::move(ids));
}

} // namespace rapport
