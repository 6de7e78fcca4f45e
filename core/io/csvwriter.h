#pragma once

// Writing CSV files for spreadsheets and for Rapport's own import: RFC 4180 (CRLF, fields with
// a comma, quote or line break quoted, quotes doubled), UTF-8 with a BOM unless asked otherwise
// (Excel reads a file without one as the local ANSI code page and breaks every accent), and
// cells a spreadsheet would run as a formula neutralized. Streams: records go to the device in
// blocks, never as one whole-file string.

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QIODevice;

namespace rapport::io {

// Formula neutralization (OWASP, "CSV Injection"): a cell starting with =, +, -, @, a tab or a
// carriage return is written with a single quote in front, so that Excel, LibreOffice and Google
// Sheets show it as text instead of running it ("=HYPERLINK(...)", "@SUM(...)", "+49 30..."
// alike). To keep that reversible, a cell that already starts with quotes followed by one of
// those characters gets one quote more. So the reverse is exact for every text:
//
//   FOR THE IMPORT (core/services/customerimport, branch `import`): on reading a cell of a
//   Rapport export, call csvUnneutralized(): it strips ONE leading ' when what follows is
//   zero or more ' and then one of = + - @ \t \r. "'+49 30 1234567" becomes "+49 30 1234567",
//   "'=1+2" becomes "=1+2", "''=x" becomes "'=x", "'Connor" stays "'Connor".
//
// Phone numbers (E.164, "+4930...") are therefore written as "'+4930...": a spreadsheet shows the
// quote, the importer takes it off. Writing them without the '+' would lose the country code.
bool csvNeedsNeutralizing(QStringView cell);
QString csvNeutralized(const QString &cell);
QString csvUnneutralized(const QString &cell);

struct CsvWriteOptions
{
    bool byteOrderMark = true; // UTF-8 BOM first: Excel then reads the file as UTF-8
    bool neutralize = true;    // the formula neutralization above
    char delimiter = ',';
};

// CsvWriter appends records to a device (a file, a socket, stdout) through a buffer of some
// 256 KB, so a million records cost a million appends and a few hundred writes.
class CsvWriter final
{
public:
    static constexpr qsizetype BufferBytes = 256 * 1024;

    CsvWriter(QIODevice &device, CsvWriteOptions options = {});
    ~CsvWriter(); // does not flush: call finish() and look at its Status

    // Writes one record (CRLF after it). The BOM goes before the first one.
    Status write(const QStringList &fields);
    // Writes what is buffered; the writer can go on after it.
    Status finish();
    qint64 records() const { return m_records; }

private:
    void append(const QString &field);
    Status flushIfFull();

    QIODevice &m_device;
    CsvWriteOptions m_options;
    QByteArray m_buffer;
    qint64 m_records = 0;
    bool m_started = false;
};

} // namespace rapport::io
