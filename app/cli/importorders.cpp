// rapport-cli import-orders: purchase files (CDNOW or CSV) into customers and orders.
#include "cli.h"

#include "core/services/orderimport.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

} // namespace

int importOrdersCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Imports purchases: one order per line, for the customer the line names (by their "
        "key in the file; new keys become new customers). Either the whole file goes in, or "
        "nothing does."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("cdnow (customer_id YYYYMMDD number_of_cds "
                                                   "dollar_value) or csv (a header naming "
                                                   "customer, date, amount and optionally "
                                                   "product, quantity, currency)."),
                                    QStringLiteral("FORMAT"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The purchase file."));
    if (auto stop = parse(parser, QStringLiteral("import-orders"), args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(RapportCliTexts::tr("import-orders needs exactly one file to read."),
                    UsageError);
    if (!parser.isSet(format))
        return fail(RapportCliTexts::tr("import-orders needs --format cdnow or --format csv."),
                    UsageError);
    const QString formatName = parser.value(format).toLower();
    OrderFileFormat fileFormat = OrderFileFormat::Csv;
    if (formatName == QLatin1String("cdnow"))
        fileFormat = OrderFileFormat::Cdnow;
    else if (formatName != QLatin1String("csv"))
        return fail(RapportCliTexts::tr("--format must be cdnow or csv."), UsageError);

    // The file is read whole before the database is touched: a bad file writes nothing.
    QElapsedTimer timer;
    timer.start();
    const QString path = parser.positionalArguments().first();
    auto records = OrderFileParser::parseFile(path, fileFormat);
    if (!records)
        return fail(QFileInfo(path).fileName() + QStringLiteral(": ") + records.error().message());

    auto workspace = openForWriting(databasePath(parser), true);
    if (!workspace)
        return fail(workspace.error());
    OrderImport::Options options;
    options.source = fileFormat == OrderFileFormat::Cdnow ? QStringLiteral("CDNOW")
                                                          : QFileInfo(path).completeBaseName();
    options.fileName = QFileInfo(path).fileName();
    // One batch in the history through the door (its head names the file and the new ids).
    auto summary = OrderImport(*(*workspace)->door()).run(*records, options);
    if (!summary)
        return fail(summary.error());
    out(RapportCliTexts::tr(
            "Imported %L1 orders: %L2 new customers, %L3 already known, %L4 new products "
            "(%5 s).")
            .arg(summary->orders)
            .arg(summary->customersCreated)
            .arg(summary->customersFound)
            .arg(summary->productsCreated)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace rapport::cli
