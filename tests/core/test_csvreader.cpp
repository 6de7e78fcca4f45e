#include "core/io/csvreader.h"

#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <string>

using namespace rapport;
using namespace rapport::io;

namespace {

// Everything a reader yields: the records, and each damaged record's line, column and message.
struct Read
{
    std::vector<CsvRecord> records;
    struct Damage
    {
        qint64 line, column;
        QString message;
    };
    std::vector<Damage> damage;

    QList<QStringList> fields() const
    {
        QList<QStringList> out;
        for (const CsvRecord &r : records)
            out << r.fields;
        return out;
    }
    QList<qint64> lines() const
    {
        QList<qint64> out;
        for (const CsvRecord &r : records)
            out << r.line;
        return out;
    }
};

Read readAll(QByteArrayView text, char16_t delimiter = u',', qint64 firstLine = 1)
{
    Read read;
    CsvReader reader(text, delimiter, firstLine);
    while (std::optional<Result<CsvRecord>> next = reader.next()) {
        if (next->ok())
            read.records.push_back(std::move(next->value()));
        else
            read.damage.push_back(
                {reader.errorLine(), reader.errorColumn(), next->error().message()});
        REQUIRE(read.records.size() + read.damage.size() < 10'000'000); // no endless loop
    }
    CHECK(reader.position() == text.size());
    return read;
}

QStringList list(std::initializer_list<const char16_t *> fields)
{
    QStringList out;
    for (const char16_t *f : fields)
        out << QString::fromUtf16(f);
    return out;
}

std::string show(const QList<QStringList> &records)
{
    std::string out;
    for (const QStringList &r : records)
        out += r.join(QStringLiteral("|")).toStdString() + "\n";
    return out;
}

// Reads `text` in the chunks splitCsv gives and puts the results back together.
Read readChunked(QByteArrayView text, int parts)
{
    const std::vector<CsvChunk> chunks = splitCsv(text, parts);
    REQUIRE(!chunks.empty());
    CHECK(chunks.front().offset == 0);
    Read all;
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        const qint64 end = i + 1 < chunks.size() ? chunks[i + 1].offset : text.size();
        REQUIRE(end > chunks[i].offset);
        Read part = readAll(text.sliced(chunks[i].offset, end - chunks[i].offset),
                            u',',
                            chunks[i].firstLine);
        all.records.insert(all.records.end(), part.records.begin(), part.records.end());
        all.damage.insert(all.damage.end(), part.damage.begin(), part.damage.end());
    }
    return all;
}

} // namespace

TEST_CASE("CSV: plain records, with CRLF, LF and CR line ends", "[csv]")
{
    const QList<QStringList> expected{list({u"a", u"b", u"c"}), list({u"1", u"2", u"3"})};
    CHECK(readAll("a,b,c\r\n1,2,3\r\n").fields() == expected);
    CHECK(readAll("a,b,c\n1,2,3\n").fields() == expected);
    CHECK(readAll("a,b,c\r1,2,3\r").fields() == expected);
    CHECK(readAll("a,b,c\n1,2,3").fields() == expected); // no line end after the last record
    CHECK(readAll("a,b,c\r\n1,2,3\r\n").lines() == QList<qint64>{1, 2});
}

TEST_CASE("CSV: mixed line ends count lines right", "[csv]")
{
    const Read read = readAll("a\r\nb\nc\rd\r\n\ne\n");
    CHECK(read.fields()
          == QList<QStringList>{{QStringLiteral("a")},
                                {QStringLiteral("b")},
                                {QStringLiteral("c")},
                                {QStringLiteral("d")},
                                {QStringLiteral("e")}});
    CHECK(read.lines() == QList<qint64>{1, 2, 3, 4, 6}); // the blank line 5 holds no record
}

TEST_CASE("CSV: empty fields, and a line ending in a delimiter", "[csv]")
{
    CHECK(readAll(",,\n").fields() == QList<QStringList>{list({u"", u"", u""})});
    CHECK(readAll("a,\n").fields() == QList<QStringList>{list({u"a", u""})});
    CHECK(readAll("\"\",x\n").fields() == QList<QStringList>{list({u"", u"x"})});
}

TEST_CASE("CSV: quoted fields hold delimiters, doubled quotes and line breaks", "[csv]")
{
    const Read read = readAll("name,note\r\n"
                              "\"Müller, Hans\",\"He said \"\"hi\"\"\"\r\n"
                              "\"Dupont\",\"line one\r\nline two\nline three\"\r\n"
                              "last,\"\"\"\"\r\n");
    REQUIRE(read.damage.empty());
    CHECK(read.fields()
          == QList<QStringList>{list({u"name", u"note"}),
                                list({u"Müller, Hans", u"He said \"hi\""}),
                                list({u"Dupont", u"line one\r\nline two\nline three"}),
                                list({u"last", u"\""})});
    CHECK(read.lines() == QList<qint64>{1, 2, 3, 6});
}

TEST_CASE("CSV: spaces around a quoted field belong to no value", "[csv]")
{
    CHECK(readAll("a, \"b, c\" ,d\n").fields() == QList<QStringList>{list({u"a", u"b, c", u"d"})});
    CHECK(readAll("a; \"b\"\t;c\n", u';').fields() == QList<QStringList>{list({u"a", u"b", u"c"})});
    // Spaces in unquoted fields stay: they may be the value.
    CHECK(readAll(" a , b\n").fields() == QList<QStringList>{list({u" a ", u" b"})});
    // With tab as the delimiter, a tab before a quote is an empty field.
    CHECK(readAll("\t\"x\"\n", u'\t').fields() == QList<QStringList>{list({u"", u"x"})});
}

TEST_CASE("CSV: other delimiters", "[csv]")
{
    CHECK(readAll("a;b,c;\"d;e\"\n", u';').fields()
          == QList<QStringList>{list({u"a", u"b,c", u"d;e"})});
    CHECK(readAll("a\tb c\t\"d\te\"\n", u'\t').fields()
          == QList<QStringList>{list({u"a", u"b c", u"d\te"})});
}

TEST_CASE("CSV: a quote left open to the end is reported and reading goes on", "[csv]")
{
    const Read read = readAll("a,b\n1,\"open\n2,x\n3,y\n");
    REQUIRE(read.damage.size() == 1);
    CHECK(read.damage[0].line == 2);
    CHECK(read.damage[0].column == 3);
    CHECK(read.damage[0].message.contains(QStringLiteral("Line 2, column 3")));
    CHECK(read.damage[0].message.contains(QStringLiteral("never closed")));
    // The records after the line of the open quote are read again.
    CHECK(read.fields()
          == QList<QStringList>{list({u"a", u"b"}), list({u"2", u"x"}), list({u"3", u"y"})});
    CHECK(read.lines() == QList<qint64>{1, 3, 4});
}

TEST_CASE("CSV: a truncated file ending inside a quote", "[csv]")
{
    const Read read = readAll("a,b\n1,\"trunc");
    CHECK(read.fields() == QList<QStringList>{list({u"a", u"b"})});
    REQUIRE(read.damage.size() == 1);
    CHECK(read.damage[0].line == 2);
}

TEST_CASE("CSV: a stray quote in an unquoted field is reported with line and column", "[csv]")
{
    const Read read = readAll("a,b\nx,12\" screen\ny,z\n");
    REQUIRE(read.damage.size() == 1);
    CHECK(read.damage[0].line == 2);
    CHECK(read.damage[0].column == 5);
    CHECK(read.fields() == QList<QStringList>{list({u"a", u"b"}), list({u"y", u"z"})});
    CHECK(read.lines() == QList<qint64>{1, 3});
}

TEST_CASE("CSV: text after a closing quote is reported", "[csv]")
{
    const Read read = readAll("\"ab\"c,d\nok,1\n");
    REQUIRE(read.damage.size() == 1);
    CHECK(read.damage[0].line == 1);
    CHECK(read.damage[0].column == 5);
    CHECK(read.fields() == QList<QStringList>{list({u"ok", u"1"})});
}

TEST_CASE("CSV: the column of damage counts characters, not bytes", "[csv]")
{
    const Read read = readAll("Müller,Sté\"phane\n");
    REQUIRE(read.damage.size() == 1);
    CHECK(read.damage[0].column == 11);
}

TEST_CASE("CSV: damage inside a multi-line record names where the record starts", "[csv]")
{
    const Read read = readAll("\"one\ntwo\"x,y\nz\n");
    REQUIRE(read.damage.size() == 1);
    CHECK(read.damage[0].line == 2);
    CHECK(read.damage[0].message.contains(QStringLiteral("starts on line 1")));
    CHECK(read.fields() == QList<QStringList>{list({u"z"})});
}

TEST_CASE("CSV: empty file, header only, repeated header", "[csv]")
{
    CHECK(readAll("").records.empty());
    CHECK(readAll("\n\r\n").records.empty());
    CHECK(readAll("first,last\n").fields() == QList<QStringList>{list({u"first", u"last"})});
    // A repeated header is a record like any other: the import decides what it means.
    CHECK(readAll("first,last\nfirst,last\nAda,Lovelace\n").records.size() == 3);
}

TEST_CASE("CSV: a UTF-8 BOM is skipped and the first line keeps its number", "[csv]")
{
    const Read read = readAll("\xEF\xBB\xBFname\nAda\n");
    CHECK(read.fields() == QList<QStringList>{{QStringLiteral("name")}, {QStringLiteral("Ada")}});
    CHECK(read.lines() == QList<qint64>{1, 2});
}

TEST_CASE("CSV: a 10 MB single line", "[csv]")
{
    QByteArray line;
    line.reserve(10'500'000);
    for (int i = 0; line.size() < 10'000'000; ++i)
        line += "field" + QByteArray::number(i) + ',';
    line += "end";
    const Read read = readAll(line);
    REQUIRE(read.records.size() == 1);
    CHECK(read.records[0].fields.last() == QStringLiteral("end"));
    CHECK(read.records[0].fields.first() == QStringLiteral("field0"));

    QByteArray quoted = '"' + QByteArray(10'000'000, 'x') + "\"\n";
    const Read one = readAll(quoted);
    REQUIRE(one.records.size() == 1);
    CHECK(one.records[0].fields[0].size() == 10'000'000);
}

TEST_CASE("CSV: binary garbage neither crashes nor loops", "[csv]")
{
    QRandomGenerator random(12);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(random.bounded(1, 4000), '\0');
        for (char &b : bytes)
            b = static_cast<char>(random.bounded(256));
        const Read read = readAll(bytes);
        CHECK(read.records.size() + read.damage.size() <= std::size_t(bytes.size()) + 1);
        (void) detectCsvDialect(bytes);
        (void) readChunked(bytes, 3);
    }
}

TEST_CASE("CSV: chunks start at record starts and give the same records", "[csv]")
{
    QRandomGenerator random(7);
    const char *pieces[] = {"plain",
                            "Müller",
                            "with space",
                            "\"q,uoted\"",
                            "\"multi\nline\"",
                            "\"crlf\r\nin\r\nquote\"",
                            "\"dbl \"\"x\"\"\"",
                            "",
                            "\"\"",
                            "日本語"};
    const char *ends[] = {"\n", "\r\n", "\r"};
    for (int round = 0; round < 50; ++round) {
        QByteArray text;
        const int rows = random.bounded(0, 400);
        const char *end = ends[random.bounded(3)];
        for (int r = 0; r < rows; ++r) {
            const int columns = random.bounded(1, 6);
            for (int c = 0; c < columns; ++c) {
                if (c)
                    text += ',';
                text += pieces[random.bounded(int(std::size(pieces)))];
            }
            text += random.bounded(10) == 0 ? ends[random.bounded(3)] : end;
        }
        const Read whole = readAll(text);
        REQUIRE(whole.damage.empty());
        for (int parts : {2, 3, 7}) {
            const Read chunked = readChunked(text, parts);
            CHECK(chunked.damage.empty());
            CHECK(show(chunked.fields()) == show(whole.fields()));
            CHECK(chunked.lines() == whole.lines());
        }
    }
}

TEST_CASE("CSV: splitCsv on a small or empty text gives one chunk", "[csv]")
{
    CHECK(splitCsv("", 4).size() == 1);
    CHECK(splitCsv("a,b\n", 1).size() == 1);
    const std::vector<CsvChunk> one = splitCsv("\"a\nb\nc\nd\"", 4); // all inside quotes
    CHECK(one.size() == 1);
    const std::vector<CsvChunk> lines = splitCsv("a\nb\nc\nd\n", 2);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1].offset == 6); // after the first line end past the middle
    CHECK(lines[1].firstLine == 4);
}

TEST_CASE("CSV dialect: encodings", "[csv]")
{
    CHECK(detectCsvDialect("name\nAda\n").encoding == TextEncoding::Utf8);
    CHECK(detectCsvDialect("name\nM\xC3\xBCller\n").encoding == TextEncoding::Utf8);
    CHECK(detectCsvDialect("\xEF\xBB\xBFname\nAda\n").encoding == TextEncoding::Utf8Bom);
    // Windows-1252: "Müller", "Société", the euro sign.
    const QByteArray cp1252
        = "name;city;price\nM\xFCller;K\xF6ln;5 \x80\nSoci\xE9t\xE9;Paris;7 \x80\n";
    const CsvDialect d = detectCsvDialect(cp1252);
    CHECK(d.encoding == TextEncoding::Windows1252);
    CHECK(d.delimiter == u';');
    const QString decoded = QString::fromUtf8(toUtf8(cp1252, d.encoding));
    CHECK(decoded.contains(QStringLiteral("Müller;Köln;5 €")));
    CHECK(decoded.contains(QStringLiteral("Société")));
    // A Windows-1252 byte with no character becomes U+FFFD.
    CHECK(QString::fromUtf8(toUtf8("a\x81z", TextEncoding::Windows1252))
          == QStringLiteral("a\uFFFDz"));
    // A sample cut in the middle of a UTF-8 character is still UTF-8.
    CHECK(detectCsvDialect("name\nM\xC3\xBCller\nM\xC3").encoding == TextEncoding::Utf8);
    // Mostly UTF-8 with one broken byte stays UTF-8.
    CHECK(detectCsvDialect("a\nM\xC3\xBCller\nG\xC3\xBCnther\nJos\xC3\xA9\nR\xC3\xA9my\nbad \xFC\n")
              .encoding
          == TextEncoding::Utf8);
}

TEST_CASE("CSV dialect: UTF-16 with a BOM, little and big endian", "[csv]")
{
    const QString text = QStringLiteral(
        "Vorname\tNachname\r\nJürgen\tMüller\r\nAnaïs\tSociété\r\n");
    QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
    for (QChar c : text) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    for (const auto &[bytes, encoding] :
         {std::pair{le, TextEncoding::Utf16LE}, std::pair{be, TextEncoding::Utf16BE}}) {
        const CsvDialect d = detectCsvDialect(bytes);
        CHECK(d.encoding == encoding);
        CHECK(d.delimiter == u'\t');
        CHECK(d.header);
        const QByteArray utf8 = toUtf8(bytes, d.encoding);
        const Read read = readAll(utf8, d.delimiter);
        CHECK(read.fields()
              == QList<QStringList>{list({u"Vorname", u"Nachname"}),
                                    list({u"Jürgen", u"Müller"}),
                                    list({u"Anaïs", u"Société"})});
    }
    // Without a BOM, the zero bytes tell.
    CHECK(detectCsvDialect(le.sliced(2)).encoding == TextEncoding::Utf16LE);
    CHECK(detectCsvDialect(be.sliced(2)).encoding == TextEncoding::Utf16BE);
}

TEST_CASE("CSV dialect: the delimiter from consistent field counts", "[csv]")
{
    CHECK(detectCsvDialect("a,b,c\n1,2,3\n4,5,6\n").delimiter == u',');
    CHECK(detectCsvDialect("a;b;c\n1;2;3\n4;5;6\n").delimiter == u';');
    CHECK(detectCsvDialect("a\tb\tc\n1\t2\t3\n").delimiter == u'\t');
    // Semicolons with one decimal comma a row: commas cut evenly too, but into fewer fields.
    CHECK(detectCsvDialect("Name;Betrag;Ort\nA;12,50;Köln\nB;3,10;Bonn\n").delimiter == u';');
    // Commas inside quoted fields do not count.
    CHECK(detectCsvDialect("name;note\n\"a, b, c\";x\n\"d, e\";y\n").delimiter == u';');
    // A single column: the default stays.
    CHECK(detectCsvDialect("name\nAda\nGrace\n").delimiter == u',');
}

TEST_CASE("CSV dialect: header, dates and decimal marks from the values", "[csv]")
{
    const CsvDialect german = detectCsvDialect("Name;Geburtstag;Umsatz\n"
                                               "Müller;07.03.1980;1.234,50\n"
                                               "Schmidt;01.02.1975;99,90\n");
    CHECK(german.header);
    CHECK(german.delimiter == u';');
    CHECK(german.dates == DateOrder::DayFirst);
    CHECK(german.decimals == DecimalMark::Comma);

    const CsvDialect american = detectCsvDialect("name,born,revenue\n"
                                                 "Smith,03/07/1980,\"1,234.50\"\n"
                                                 "Jones,12/24/1975,99.90\n");
    CHECK(american.dates == DateOrder::MonthFirst);
    CHECK(american.decimals == DecimalMark::Point);

    const CsvDialect british = detectCsvDialect("name,born\nA,24/12/1975\nB,03/07/1980\n");
    CHECK(british.dates == DateOrder::DayFirst);

    const CsvDialect iso = detectCsvDialect("name,born\nA,1975-12-24\nB,1980-03-07\n");
    CHECK(iso.dates == DateOrder::Iso);
    CHECK(iso.decimals == DecimalMark::Unknown);

    const CsvDialect unknown = detectCsvDialect("name,born\nA,03/07/1980\n");
    CHECK(unknown.dates == DateOrder::Unknown);

    CHECK_FALSE(detectCsvDialect("Ada,1815-12-10,ada@example.org\n").header);
    CHECK(detectCsvDialect("").header);
}

TEST_CASE("CSV values: dates", "[csv]")
{
    CHECK(parseDate(u"2024-03-07", DateOrder::Unknown) == QDate(2024, 3, 7));
    CHECK(parseDate(u" 2024-03-07T10:15:00 ", DateOrder::DayFirst) == QDate(2024, 3, 7));
    CHECK(parseDate(u"2024/3/7", DateOrder::Iso) == QDate(2024, 3, 7));
    CHECK(parseDate(u"20240307", DateOrder::Iso) == QDate(2024, 3, 7));
    CHECK(parseDate(u"07.03.2024", DateOrder::DayFirst) == QDate(2024, 3, 7));
    CHECK(parseDate(u"07.03.2024", DateOrder::Unknown) == QDate(2024, 3, 7)); // dots: day-first
    CHECK(parseDate(u"07/03/2024", DateOrder::DayFirst) == QDate(2024, 3, 7));
    CHECK(parseDate(u"03/07/2024", DateOrder::MonthFirst) == QDate(2024, 3, 7));
    CHECK(parseDate(u"3/7/2024 14:05", DateOrder::MonthFirst) == QDate(2024, 3, 7));
    CHECK(parseDate(u"24/12/2024", DateOrder::Unknown) == QDate(2024, 12, 24));
    CHECK(parseDate(u"12/24/2024", DateOrder::Unknown) == QDate(2024, 12, 24));
    CHECK_FALSE(parseDate(u"03/07/2024", DateOrder::Unknown));  // cannot tell
    CHECK_FALSE(parseDate(u"12/24/2024", DateOrder::DayFirst)); // contradicts the file
    CHECK_FALSE(parseDate(u"31.02.2024", DateOrder::DayFirst));
    CHECK_FALSE(parseDate(u"", DateOrder::Iso));
    CHECK_FALSE(parseDate(u"hello", DateOrder::Iso));
    CHECK_FALSE(parseDate(u"2024-03-07x", DateOrder::Iso));
    CHECK_FALSE(parseDate(u"1.234,50", DateOrder::DayFirst));
    // Two-digit years: the nearest that is at most ten years ahead.
    const int now = QDate::currentDate().year();
    CHECK(parseDate(u"07.03.85", DateOrder::DayFirst)->year() == (now < 2075 ? 1985 : 2085));
    const int soon = (now + 1) % 100;
    CHECK(parseDate(QString(u"01.01." + QString::number(soon).rightJustified(2, u'0')),
                    DateOrder::DayFirst)
              ->year()
          == now + 1);
    const int past = (now - 30) % 100;
    CHECK(parseDate(QString(u"01.01." + QString::number(past).rightJustified(2, u'0')),
                    DateOrder::DayFirst)
              ->year()
          == now - 30);
}

TEST_CASE("CSV values: numbers", "[csv]")
{
    CHECK(parseNumber(u"1,234.50", DecimalMark::Point) == 1234.5);
    CHECK(parseNumber(u"1.234,50", DecimalMark::Comma) == 1234.5);
    CHECK(parseNumber(u"1234,5", DecimalMark::Comma) == 1234.5);
    CHECK(parseNumber(u"1234,5", DecimalMark::Unknown) == 1234.5);
    CHECK(parseNumber(u"1.234,50", DecimalMark::Unknown) == 1234.5);
    CHECK(parseNumber(u"1,234,567", DecimalMark::Unknown) == 1234567);
    CHECK(parseNumber(u"42", DecimalMark::Unknown) == 42);
    CHECK(parseNumber(u"-3.5", DecimalMark::Point) == -3.5);
    CHECK(parseNumber(u"3.5-", DecimalMark::Point) == -3.5);
    CHECK(parseNumber(u"(3.50)", DecimalMark::Point) == -3.5);
    CHECK(parseNumber(u"€ 1.234,50", DecimalMark::Comma) == 1234.5);
    CHECK(parseNumber(u"1 234,50 €", DecimalMark::Comma) == 1234.5);
    CHECK(parseNumber(u"1\u202F234,50\u00A0€", DecimalMark::Comma) == 1234.5);
    CHECK(parseNumber(u"$1,234.50", DecimalMark::Point) == 1234.5);
    CHECK(parseNumber(u"-$12", DecimalMark::Point) == -12);
    CHECK(parseNumber(u"CHF 1'234.50", DecimalMark::Point) == 1234.5);
    CHECK(parseNumber(u"1234.50 EUR", DecimalMark::Point) == 1234.5);
    CHECK(parseNumber(u"£7", DecimalMark::Unknown) == 7);
    CHECK_FALSE(parseNumber(u"12,5", DecimalMark::Point)); // a decimal comma in a point file
    CHECK_FALSE(parseNumber(u"1.2.3", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"1,23,4", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"abc", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"12 apples", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"1-2", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"--1", DecimalMark::Point));
    CHECK_FALSE(parseNumber(u"€", DecimalMark::Point));
}
