#include "core/io/importsource.h"

#include "core/io/vcard.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace rapport::io {

// A vCard file laid out as a table: one row per contact, Google's numbered column names for the
// repeated values, so the mapping suggestions know every column.
struct ImportSource::VCardTable
{
    QStringList headers;
    std::vector<CsvRecord> rows;
    std::vector<SourceProblem> problems;
};

namespace {

constexpr qint64 SampleBytes = 512 * 1024;

bool startsWithVCard(QByteArrayView bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size()
           && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == '\t'))
        ++i;
    return bytes.sliced(std::min(i, bytes.size()))
               .first(std::min<qsizetype>(11, bytes.size() - std::min(i, bytes.size())))
               .compare("BEGIN:VCARD", Qt::CaseInsensitive)
           == 0;
}

// NUL bytes (outside UTF-16) or many control characters in the first bytes: not text.
bool looksBinary(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    const QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    qsizetype controls = 0;
    for (char c : sample) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++controls;
    }
    return controls * 100 > sample.size(); // more than 1%
}

// The types of a vCard value as one cell, without the ones that say nothing about the label.
QString typesCell(const QStringList &types)
{
    QStringList kept;
    for (const QString &t : types)
        if (t != u"pref" && t != u"internet" && t != u"voice" && t != u"x400")
            kept.append(t);
    return kept.join(QLatin1Char(' '));
}

std::shared_ptr<ImportSource::VCardTable> tableOf(const VCardFile &file)
{
    auto table = std::make_shared<ImportSource::VCardTable>();
    std::size_t phones = 0, emails = 0, urls = 0, addresses = 0;
    for (const VCardContact &c : file.contacts) {
        phones = std::max(phones, c.phones.size());
        emails = std::max(emails, c.emails.size());
        urls = std::max(urls, c.urls.size());
        addresses = std::max(addresses, c.addresses.size());
    }
    QStringList &h = table->headers;
    h << QStringLiteral("First name") << QStringLiteral("Last name") << QStringLiteral("Name")
      << QStringLiteral("Organisation") << QStringLiteral("Tags") << QStringLiteral("Notes")
      << QStringLiteral("External id");
    const auto numbered =
        [&h](const char *kind, std::size_t n, std::initializer_list<const char *> parts) {
            for (std::size_t i = 1; i <= n; ++i)
                for (const char *part : parts)
                    h << QStringLiteral("%1 %2 - %3")
                             .arg(QLatin1StringView(kind))
                             .arg(i)
                             .arg(QLatin1StringView(part));
        };
    numbered("E-mail", emails, {"Value", "Type"});
    numbered("Phone", phones, {"Value", "Type"});
    numbered("Website", urls, {"Value"});
    numbered("Address", addresses, {"Street", "Postal Code", "City", "Region", "Country", "Type"});
    for (const VCardContact &c : file.contacts) {
        CsvRecord r;
        r.line = c.line;
        QStringList &f = r.fields;
        f << c.givenName << c.familyName << c.formattedName << c.organisation
          << c.categories.join(QStringLiteral(" ::: ")) << c.note << c.uid;
        for (std::size_t i = 0; i < emails; ++i) {
            const bool has = i < c.emails.size();
            f << (has ? c.emails[i].value : QString())
              << (has ? typesCell(c.emails[i].types) : QString());
        }
        for (std::size_t i = 0; i < phones; ++i) {
            const bool has = i < c.phones.size();
            f << (has ? c.phones[i].value : QString())
              << (has ? typesCell(c.phones[i].types) : QString());
        }
        for (std::size_t i = 0; i < urls; ++i)
            f << (i < c.urls.size() ? c.urls[i].value : QString());
        for (std::size_t i = 0; i < addresses; ++i) {
            if (i < c.addresses.size()) {
                const VCardAddress &a = c.addresses[i];
                QString street = a.street;
                if (!a.extended.isEmpty())
                    street += (street.isEmpty() ? QString() : QStringLiteral(", ")) + a.extended;
                f << street << a.postalCode << a.locality << a.region << a.country
                  << typesCell(a.types);
            } else {
                for (int k = 0; k < 6; ++k)
                    f << QString();
            }
        }
        table->rows.push_back(std::move(r));
    }
    for (const VCardProblem &p : file.problems)
        table->problems.push_back(SourceProblem{p.line, p.message});
    return table;
}

} // namespace

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;
ImportSource::ImportSource(const ImportSource &) = default;
ImportSource &ImportSource::operator=(const ImportSource &) = default;
ImportSource::ImportSource(ImportSource &&) noexcept = default;
ImportSource &ImportSource::operator=(ImportSource &&) noexcept = default;

Result<ImportSource> ImportSource::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     tr("The file %1 cannot be read: %2.").arg(path, file.errorString()));
    return fromBytes(file.readAll(), QFileInfo(path).fileName());
}

Result<ImportSource> ImportSource::fromBytes(QByteArray bytes, const QString &fileName)
{
    ImportSource source;
    source.m_fileName = fileName;
    if (bytes.trimmed().isEmpty() || bytes == "\xEF\xBB\xBF")
        return Error(Error::Kind::Validation, tr("The file %1 is empty.").arg(fileName));
    if (looksBinary(bytes))
        return Error(Error::Kind::Validation,
                     tr("The file %1 is not a text file (CSV or vCard), so it cannot be imported.")
                         .arg(fileName));
    source.m_raw = std::move(bytes);
    if (startsWithVCard(source.m_raw)) {
        source.m_format = Format::VCard;
        const VCardFile file = readVCards(source.m_raw);
        if (file.contacts.empty())
            return Error(Error::Kind::Validation,
                         file.problems.empty()
                             ? tr("The file %1 holds no contacts.").arg(fileName)
                             : tr("The file %1 holds no contact that can be read: line %2: %3")
                                   .arg(fileName)
                                   .arg(file.problems.front().line)
                                   .arg(file.problems.front().message));
        source.m_vcard = tableOf(file);
        source.m_headers = source.m_vcard->headers;
        source.m_dialect = CsvDialect{};
        source.m_dialect.dates = DateOrder::Iso;
        return source;
    }
    source.m_dialect = detectCsvDialect(
        QByteArrayView(source.m_raw).first(std::min<qsizetype>(source.m_raw.size(), SampleBytes)));
    if (Status s = source.decode(); !s)
        return s.error();
    return source;
}

Status ImportSource::setDialect(const CsvDialect &dialect)
{
    if (m_format == Format::VCard) {
        m_dialect.dates = dialect.dates;
        m_dialect.decimals = dialect.decimals;
        return {};
    }
    ImportSource trial = *this;
    trial.m_dialect = dialect;
    if (Status s = trial.decode(); !s)
        return s;
    *this = std::move(trial);
    return {};
}

Status ImportSource::decode()
{
    m_utf8 = toUtf8(m_raw, m_dialect.encoding);
    CsvReader reader(m_utf8, m_dialect.delimiter);
    std::optional<Result<CsvRecord>> first;
    // The first record that can be read names the columns (or counts them).
    for (first = reader.next(); first && !*first; first = reader.next()) {
    }
    if (!first)
        return Error(Error::Kind::Validation,
                     tr("The file %1 holds no record that can be read.").arg(m_fileName));
    const CsvRecord &head = first->value();
    m_headers.clear();
    for (qsizetype i = 0; i < head.fields.size(); ++i) {
        const QString name = m_dialect.header ? head.fields[i].trimmed() : QString();
        m_headers.append(name.isEmpty() ? tr("Column %1").arg(i + 1) : name);
    }
    if (m_dialect.header) {
        m_bodyStart = reader.position();
        m_bodyLine = head.line + 1;
        // Blank lines and damaged records do not count as rows.
        bool rows = false;
        for (auto next = reader.next(); next && !rows; next = reader.next())
            rows = next->ok();
        if (!rows)
            return Error(Error::Kind::Validation,
                         tr("The file %1 has a header but no rows, so there is nothing to import.")
                             .arg(m_fileName));
    } else {
        m_bodyStart = 0;
        m_bodyLine = 1;
    }
    return {};
}

std::vector<CsvRecord> ImportSource::preview(int count) const
{
    std::vector<CsvRecord> out;
    if (m_vcard) {
        for (std::size_t i = 0; i < m_vcard->rows.size() && int(out.size()) < count; ++i)
            out.push_back(m_vcard->rows[i]);
        return out;
    }
    CsvReader reader(QByteArrayView(m_utf8).sliced(m_bodyStart), m_dialect.delimiter, m_bodyLine);
    while (int(out.size()) < count) {
        auto next = reader.next();
        if (!next)
            break;
        if (*next)
            out.push_back(std::move(next->value()));
    }
    return out;
}

std::vector<ImportSource::Piece> ImportSource::pieces(int parts) const
{
    std::vector<Piece> out;
    if (m_vcard) {
        const qint64 n = qint64(m_vcard->rows.size());
        const qint64 step = std::max<qint64>(1, (n + parts - 1) / std::max(parts, 1));
        for (qint64 b = 0; b < n || out.empty(); b += step)
            out.push_back(Piece{b, std::min(n, b + step), 0});
        return out;
    }
    const QByteArrayView body = QByteArrayView(m_utf8).sliced(m_bodyStart);
    const std::vector<CsvChunk> chunks = splitCsv(body, std::max(parts, 1));
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        Piece p;
        p.begin = m_bodyStart + chunks[i].offset;
        p.end = i + 1 < chunks.size() ? m_bodyStart + chunks[i + 1].offset : m_utf8.size();
        p.firstLine = m_bodyLine + chunks[i].firstLine - 1;
        out.push_back(p);
    }
    if (out.empty())
        out.push_back(Piece{m_bodyStart, m_utf8.size(), m_bodyLine});
    return out;
}

void ImportSource::read(const Piece &piece,
                        const std::function<bool(CsvRecord &&)> &record,
                        const std::function<bool(SourceProblem &&)> &problem) const
{
    if (m_vcard) {
        if (piece.begin == 0) {
            for (const SourceProblem &p : m_vcard->problems)
                if (!problem(SourceProblem(p)))
                    return;
        }
        for (qint64 i = piece.begin; i < piece.end; ++i)
            if (!record(CsvRecord(m_vcard->rows[std::size_t(i)])))
                return;
        return;
    }
    CsvReader reader(QByteArrayView(m_utf8).sliced(piece.begin, piece.end - piece.begin),
                     m_dialect.delimiter,
                     piece.firstLine);
    for (auto next = reader.next(); next; next = reader.next()) {
        if (*next) {
            if (!record(std::move(next->value())))
                return;
        } else if (!problem(SourceProblem{0, next->error().message()})) {
            return;
        }
    }
}

qint64 ImportSource::extent() const
{
    return m_vcard ? qint64(m_vcard->rows.size()) : qint64(m_utf8.size());
}

} // namespace rapport::io
