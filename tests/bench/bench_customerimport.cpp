// The customer import (issue 12) at 1M rows: a 10-column CSV with a phone on every row, imported
// into a new database, beside the floor: the sqlite3 shell's .import of the same file into a
// bare table (PERFORMANCE.md: 3.8 s). RAPPORT_BENCH_IMPORT_ROWS overrides the size.
#include "bench.h"

#include "core/domain/fastphone.h"
#include "core/domain/phonenumber.h"
#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/services/customerimport.h"
#include "core/services/door.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstdio>

namespace {

using namespace rapport;

// Deterministic rows: names with diacritics, unique e-mails, phones written as people write
// them (international, national with the trunk prefix, with separators) in four countries.
QByteArray makeCsv(qint64 rows)
{
    const char *const first[] = {"Anna",
                                 "Jürgen",
                                 "Élodie",
                                 "Łukasz",
                                 "María",
                                 "Søren",
                                 "Zoë",
                                 "François",
                                 "Ömer",
                                 "Chloé",
                                 "Max",
                                 "Ana"};
    const char *const last[] = {"Müller",
                                "Lefèvre",
                                "Kowalski",
                                "García",
                                "Nørgaard",
                                "Schmidt",
                                "Dubois",
                                "Rossi",
                                "Öztürk",
                                "Brown",
                                "Weber"};
    const char *const cities[] = {"Berlin", "Köln", "Paris", "Lyon", "London", "Wien"};
    QByteArray out;
    out.reserve(rows * 130);
    out += "First name,Last name,E-mail,Phone,Street,Postal code,City,Country,Tags,External id\n";
    quint32 seed = 7;
    const auto next = [&seed] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    for (qint64 i = 0; i < rows; ++i) {
        const quint32 r = next();
        const char *f = first[r % 12], *l = last[(r / 12) % 11];
        const int country = int((r / 132) % 4);
        const QByteArray n = QByteArray::number(1000000 + (next() % 8999999));
        QByteArray phone, code;
        switch (country) {
        case 0: // Germany: national with trunk prefix, or international
            code = "DE";
            phone = (i % 2) ? "030 " + n : "+49 30 " + n;
            break;
        case 1: // France
            code = "FR";
            phone = (i % 2) ? "01 " + n.left(2) + ' ' + n.mid(2, 2) + ' ' + n.mid(4, 2) + ' '
                                  + n.mid(6, 1) + '0'
                            : "+33 1 " + n.left(2) + ' ' + n.mid(2, 2) + ' ' + n.mid(4, 3) + '0';
            break;
        case 2: // United Kingdom
            code = "GB";
            phone = "+44 20 79" + n.left(2) + ' ' + n.mid(2, 4);
            break;
        default: // Austria
            code = "AT";
            phone = "+43 1 " + n;
            break;
        }
        out += f;
        out += ',';
        out += l;
        out += ",person" + QByteArray::number(i) + "@example.org," + phone + ",Hauptstraße "
               + QByteArray::number(r % 200 + 1) + ',' + QByteArray::number(10000 + r % 89999) + ','
               + cities[r % 6] + ',' + code + ',' + ((r % 3) ? "vip" : "news ::: vip") + ",X"
               + QByteArray::number(i) + '\n';
    }
    return out;
}

RAPPORT_BENCH("customer import")
{
    qint64 rows = ctx.quick ? 20'000 : 1'000'000;
    if (const qint64 n = qEnvironmentVariableIntValue("RAPPORT_BENCH_IMPORT_ROWS"); n > 0)
        rows = n;
    const QDir dir(ctx.workDir);
    const QString csvPath = dir.filePath(QStringLiteral("customers.csv"));
    {
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(makeCsv(rows)) < 0) {
            std::fprintf(stderr, "customer import: cannot write %s\n", qPrintable(csvPath));
            return;
        }
    }
    // The floor: the sqlite3 shell's .import into a bare in-memory table.
    {
        QProcess shell;
        const qint64 start = bench::nowNs();
        shell.start(QStringLiteral("sqlite3"),
                    {QStringLiteral(":memory:"),
                     QStringLiteral("-cmd"),
                     QStringLiteral(".mode csv"),
                     QStringLiteral(".import %1 t").arg(csvPath)});
        if (shell.waitForFinished(600'000) && shell.exitCode() == 0)
            ctx.report(QStringLiteral("customer_import.sqlite3_import_seconds"),
                       bench::msSince(start) / 1000.0,
                       QStringLiteral("s"));
        else
            std::fprintf(stderr, "customer import: sqlite3 .import failed\n");
    }
    const QString path = dir.filePath(QStringLiteral("import.db"));
    QFile::remove(path);
    auto db = Database::open(path, Database::Mode::Create);
    if (!db) {
        std::fprintf(stderr, "customer import: %s\n", qPrintable(db.error().message()));
        return;
    }
    auto door = Door::open(**db, nullptr);
    if (!door) {
        std::fprintf(stderr, "customer import: %s\n", qPrintable(door.error().message()));
        return;
    }
    const qint64 start = bench::nowNs();
    auto source = io::ImportSource::open(csvPath);
    if (!source) {
        std::fprintf(stderr, "customer import: %s\n", qPrintable(source.error().message()));
        return;
    }
    const double openSeconds = bench::msSince(start) / 1000.0;
    const io::ImportMapping mapping = io::suggestMapping(source->headers());
    CustomerImportOptions options;
    options.phoneRegion = QStringLiteral("DE");
    double readDone = 0, matchDone = 0;
    const auto progress = [&](qint64 done, qint64 total) {
        if (!readDone && done * 10 >= total * 6)
            readDone = bench::msSince(start) / 1000.0;
        if (!matchDone && done * 10 >= total * 7)
            matchDone = bench::msSince(start) / 1000.0;
        return true;
    };
    auto result = CustomerImport(**door).run(*source, mapping, options, progress);
    const double seconds = bench::msSince(start) / 1000.0;
    if (!result) {
        std::fprintf(stderr, "customer import: %s\n", qPrintable(result.error().message()));
        return;
    }
    ctx.report(QStringLiteral("customer_import.rows"), double(result->rows), QStringLiteral("rows"));
    ctx.report(QStringLiteral("customer_import.created"),
               double(result->created),
               QStringLiteral("rows"));
    ctx.report(QStringLiteral("customer_import.rejected"),
               double(result->rejected),
               QStringLiteral("rows"));
    ctx.report(QStringLiteral("customer_import.open_seconds"), openSeconds, QStringLiteral("s"));
    ctx.report(QStringLiteral("customer_import.read_seconds"), readDone, QStringLiteral("s"));
    ctx.report(QStringLiteral("customer_import.match_seconds"),
               matchDone - readDone,
               QStringLiteral("s"));
    ctx.report(QStringLiteral("customer_import.write_seconds"),
               seconds - matchDone,
               QStringLiteral("s"));
    ctx.report(QStringLiteral("customer_import.seconds"), seconds, QStringLiteral("s"));
    // The phone numbers alone, on one core: the fast path against libphonenumber.
    std::vector<QString> phones;
    for (const io::CsvRecord &r : source->preview(20'000))
        phones.push_back(r.fields.value(3));
    FastPhoneNormalizer fast;
    qint64 t0 = bench::nowNs();
    for (const QString &p : phones)
        (void) fast.toE164(p, QStringLiteral("DE"));
    const double fastUs = bench::msSince(t0) * 1000.0 / double(phones.size());
    t0 = bench::nowNs();
    const PhoneNormalizer slow(QStringLiteral("DE"));
    for (const QString &p : phones)
        (void) slow.toE164(p);
    const double slowUs = bench::msSince(t0) * 1000.0 / double(phones.size());
    ctx.report(QStringLiteral("customer_import.phone_fast_us"), fastUs, QStringLiteral("us"));
    ctx.report(QStringLiteral("customer_import.phone_libphonenumber_us"),
               slowUs,
               QStringLiteral("us"));
    ctx.report(QStringLiteral("customer_import.phone_fast_share"),
               double(fast.fast()) / double(std::max<std::size_t>(phones.size(), 1)),
               QStringLiteral("ratio"));
}

} // namespace
