#pragma once

// A file opened for a customer import: a CSV file (its dialect detected and overridable) or a
// vCard file (its contacts laid out as a table with Rapport's own headers), seen the same way
// by the mapping, the preview and the import.

#include "core/io/csvreader.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace rapport::io {

// One record of the file that could not be read (a damaged CSV record, a vCard without a name
// or END:VCARD): the import reports it as a rejected row, never drops it.
struct SourceProblem
{
    qint64 line = 0;
    QString message;
};

// ImportSource holds the file's bytes (shared, cheap to copy: a wizard hands a copy to its
// worker thread) and the dialect it is read with. Opening refuses, with one sentence, a file
// that is empty, binary (NUL bytes or control characters where text should be), has a header
// but no rows, or that neither the CSV nor the vCard reader understands.
class ImportSource final
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    enum class Format { Csv, VCard };

    // Reads the file at `path`: a vCard when it starts with BEGIN:VCARD (after a BOM and blank
    // lines), else CSV with a detected dialect.
    static Result<ImportSource> open(const QString &path);
    // The same over bytes already read; `fileName` names it in messages and in the history.
    static Result<ImportSource> fromBytes(QByteArray bytes, const QString &fileName);

    Format format() const { return m_format; }
    const QString &fileName() const { return m_fileName; }
    qint64 sizeBytes() const { return m_raw.size(); }

    // The dialect in use (CSV: as detected until set; vCard: UTF-8, dates ISO).
    const CsvDialect &dialect() const { return m_dialect; }
    // Reads the file again with `dialect` (another encoding, delimiter, date order, decimal
    // mark, or no header row): the headers and the preview change. Refuses a dialect the file
    // cannot be read with (no rows, or every row damaged) and keeps the previous one.
    Status setDialect(const CsvDialect &dialect);

    // The column names: the header row, or "Column 1", "Column 2"... without one (vCard: the
    // headers of Rapport's export, "First name", "E-mail 1", "Phone 1 - Type"...).
    const QStringList &headers() const { return m_headers; }
    // The first `count` records after the header, each with its line in the file (for a
    // wizard's preview table). Damaged records are left out here; the import reports them.
    std::vector<CsvRecord> preview(int count) const;

    // For the import engine: the records after the header cut into about `parts` pieces that
    // can be read on as many threads. read() calls `record` for each record of one piece, in
    // order, and `problem` for each record it cannot read; either returns false to stop.
    struct Piece
    {
        qint64 begin = 0; // offsets into the decoded text (vCard: row indexes)
        qint64 end = 0;
        qint64 firstLine = 1;
    };
    std::vector<Piece> pieces(int parts) const;
    void read(const Piece &piece,
              const std::function<bool(CsvRecord &&)> &record,
              const std::function<bool(SourceProblem &&)> &problem) const;
    // The size of the decoded text pieces are offsets into (vCard: the number of contacts), to
    // turn a piece's position into progress.
    qint64 extent() const;

    ImportSource();
    ~ImportSource();
    ImportSource(const ImportSource &);
    ImportSource &operator=(const ImportSource &);
    ImportSource(ImportSource &&) noexcept;
    ImportSource &operator=(ImportSource &&) noexcept;

    struct VCardTable; // a vCard file's contacts as rows (importsource.cpp)

private:
    Status decode();

    Format m_format = Format::Csv;
    QString m_fileName;
    QByteArray m_raw;       // the file as read
    QByteArray m_utf8;      // CSV: decoded with m_dialect.encoding
    qint64 m_bodyStart = 0; // CSV: where the records after the header start in m_utf8
    qint64 m_bodyLine = 1;
    CsvDialect m_dialect;
    QStringList m_headers;
    std::shared_ptr<const VCardTable> m_vcard; // vCard: the contacts as rows
};

} // namespace rapport::io
