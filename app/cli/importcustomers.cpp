// rapport-cli import customers: a CSV or vCard file into customers (core/services/customerimport.h).
#include "cli.h"

#include "core/io/importmapping.h"
#include "core/io/importsource.h"
#include "core/services/customerimport.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

void err(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString encodingName(io::TextEncoding e)
{
    switch (e) {
    case io::TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case io::TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case io::TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case io::TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case io::TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString delimiterName(char16_t d)
{
    return d == u'\t' ? QStringLiteral("tab") : QString(QChar(d));
}

QString datesName(io::DateOrder d)
{
    switch (d) {
    case io::DateOrder::Iso:
        return QStringLiteral("iso");
    case io::DateOrder::DayFirst:
        return QStringLiteral("dmy");
    case io::DateOrder::MonthFirst:
        return QStringLiteral("mdy");
    case io::DateOrder::Unknown:
        break;
    }
    return RapportCliTexts::tr("not detected");
}

// Applies the dialect options; an error sentence for a value it does not know.
std::optional<QString> overrideDialect(const QCommandLineParser &parser,
                                       const QString &path,
                                       io::CsvDialect &d)
{
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString v = parser.value(QStringLiteral("delimiter")).toLower();
        if (v == u"," || v == u"comma")
            d.delimiter = u',';
        else if (v == u";" || v == u"semicolon")
            d.delimiter = u';';
        else if (v == u"tab" || v == u"\t")
            d.delimiter = u'\t';
        else
            return RapportCliTexts::tr("--delimiter must be ',', ';' or tab.");
    }
    if (parser.isSet(QStringLiteral("encoding"))) {
        const QString v = parser.value(QStringLiteral("encoding")).toLower();
        if (v == u"utf-8" || v == u"utf8") {
            d.encoding = io::TextEncoding::Utf8;
        } else if (v == u"utf-16" || v == u"utf16") {
            QFile f(path);
            const QByteArray bom = f.open(QIODevice::ReadOnly) ? f.read(2) : QByteArray();
            d.encoding = bom == "\xFE\xFF" ? io::TextEncoding::Utf16BE : io::TextEncoding::Utf16LE;
        } else if (v == u"windows-1252" || v == u"cp1252" || v == u"latin1") {
            d.encoding = io::TextEncoding::Windows1252;
        } else {
            return RapportCliTexts::tr("--encoding must be utf-8, utf-16 or windows-1252.");
        }
    }
    if (parser.isSet(QStringLiteral("dates"))) {
        const QString v = parser.value(QStringLiteral("dates")).toLower();
        if (v == u"dmy")
            d.dates = io::DateOrder::DayFirst;
        else if (v == u"mdy")
            d.dates = io::DateOrder::MonthFirst;
        else if (v == u"iso")
            d.dates = io::DateOrder::Iso;
        else
            return RapportCliTexts::tr("--dates must be dmy, mdy or iso.");
    }
    if (parser.isSet(QStringLiteral("decimal"))) {
        const QString v = parser.value(QStringLiteral("decimal")).toLower();
        if (v == u"comma")
            d.decimals = io::DecimalMark::Comma;
        else if (v == u"point")
            d.decimals = io::DecimalMark::Point;
        else
            return RapportCliTexts::tr("--decimal must be comma or point.");
    }
    return std::nullopt;
}

} // namespace

int importCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Imports customers from a CSV or vCard file: new customers are created, matched ones "
        "updated with what the file gives (an empty cell never blanks a field). Every row is "
        "accounted for; the whole import is one batch that 'revert' can undo, and a failure or "
        "a cancel leaves nothing half-imported."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("mode"),
         RapportCliTexts::tr("create (only new customers), upsert (default) or update (only "
                             "existing ones)."),
         QStringLiteral("MODE")},
        {QStringLiteral("match"),
         RapportCliTexts::tr("The keys that find an existing customer, comma-separated: "
                             "external-id, email, phone (default: external-id,email)."),
         QStringLiteral("KEYS")},
        {QStringLiteral("mapping"),
         RapportCliTexts::tr("A saved mapping (JSON) of columns to fields."),
         QStringLiteral("FILE")},
        {QStringLiteral("save-mapping"),
         RapportCliTexts::tr("Save the mapping used to this JSON file."),
         QStringLiteral("FILE")},
        {QStringLiteral("delimiter"),
         RapportCliTexts::tr("',', ';' or tab (default: detected)."),
         QStringLiteral("D")},
        {QStringLiteral("encoding"),
         RapportCliTexts::tr("utf-8, utf-16 or windows-1252 (default: detected)."),
         QStringLiteral("E")},
        {QStringLiteral("dates"),
         RapportCliTexts::tr("dmy, mdy or iso (default: detected)."),
         QStringLiteral("ORDER")},
        {QStringLiteral("decimal"),
         RapportCliTexts::tr("comma or point (default: detected)."),
         QStringLiteral("MARK")},
        {QStringLiteral("region"),
         RapportCliTexts::tr("The country phone numbers without a country code are read in "
                             "(default: the database's phone region)."),
         QStringLiteral("CC")},
        {QStringLiteral("dry-run"),
         RapportCliTexts::tr("Say exactly what the import would do, and change nothing.")},
        {QStringLiteral("report"),
         RapportCliTexts::tr("Write every row's outcome (line, column, outcome, reason, customer "
                             "id) to this CSV file."),
         QStringLiteral("FILE")},
        jsonOption,
    };
    for (const QCommandLineOption &o : options)
        if (o.names().first() != QLatin1String("json"))
            parser.addOption(o);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("customers"), QStringLiteral("What to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV or vCard file."));
    if (auto stop = parse(parser, QStringLiteral("import"), args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("customers"))
        return fail(RapportCliTexts::tr("Use: rapport-cli import customers FILE [options]."),
                    UsageError);
    const bool json = parser.isSet(jsonOption);
    // Human-readable lines go to stdout, or to stderr when stdout carries the JSON.
    const auto say = [json](const QString &text) { json ? err(text) : out(text); };

    CustomerImportOptions importOptions;
    if (parser.isSet(QStringLiteral("mode"))) {
        const auto mode = CustomerImportOptions::modeFromKey(parser.value(QStringLiteral("mode")));
        if (!mode)
            return fail(RapportCliTexts::tr("--mode must be create, upsert or update."), UsageError);
        importOptions.mode = *mode;
    }
    if (parser.isSet(QStringLiteral("match"))) {
        if (Status s = importOptions.setMatchKeys(parser.value(QStringLiteral("match"))); !s)
            return fail(s.error().message(), UsageError);
    }
    importOptions.phoneRegion = parser.value(QStringLiteral("region"));

    // The file is read and checked before the database is touched: a bad file writes nothing.
    const QString path = positional.at(1);
    auto source = io::ImportSource::open(path);
    if (!source)
        return fail(source.error().message());
    io::CsvDialect dialect = source->dialect();
    if (auto wrong = overrideDialect(parser, path, dialect))
        return fail(*wrong, UsageError);
    if (Status s = source->setDialect(dialect); !s)
        return fail(s.error().message());
    if (source->format() == io::ImportSource::Format::VCard) {
        say(RapportCliTexts::tr("%1: vCard file.").arg(source->fileName()));
    } else {
        const io::CsvDialect &d = source->dialect();
        say(RapportCliTexts::tr("%1: CSV, %2, delimiter %3, dates %4.")
                .arg(source->fileName(),
                     encodingName(d.encoding),
                     delimiterName(d.delimiter),
                     datesName(d.dates)));
    }

    io::ImportMapping mapping;
    if (parser.isSet(QStringLiteral("mapping"))) {
        auto saved = io::ImportMapping::load(parser.value(QStringLiteral("mapping")));
        if (!saved)
            return fail(saved.error().message());
        QStringList missing;
        mapping = saved->appliedTo(source->headers(), &missing);
        if (!missing.isEmpty())
            err(RapportCliTexts::tr("The file has no column %1 of the saved mapping.")
                    .arg(missing.join(QStringLiteral(", "))));
    } else {
        mapping = io::suggestMapping(source->headers());
    }
    say(RapportCliTexts::tr("Mapping:"));
    for (std::size_t i = 0; i < mapping.columns.size(); ++i) {
        const io::ColumnMapping &c = mapping.columns[i];
        QString to = io::importTargetName(c.target);
        if (c.target == io::ImportTarget::Label && c.labelFor >= 0)
            to = RapportCliTexts::tr("label of \"%1\"").arg(mapping.headers.value(c.labelFor));
        say(QStringLiteral("  %1 -> %2").arg(mapping.headers.value(qsizetype(i)), to));
    }
    if (parser.isSet(QStringLiteral("save-mapping"))) {
        if (Status s = mapping.save(parser.value(QStringLiteral("save-mapping"))); !s)
            return fail(s.error().message());
    }

    auto workspace = openForWriting(databasePath(parser), true);
    if (!workspace)
        return fail(workspace.error());
    Door &door = *(*workspace)->door();
    door.setBusyObserver(busyObserver());
    CustomerImport import(door);
    QElapsedTimer timer;
    timer.start();
    qint64 shown = -1;
    const auto progress = [&shown](qint64 done, qint64 total) {
        const qint64 tenth = total > 0 ? done * 10 / total : 0;
        if (tenth != shown && tenth < 10) {
            shown = tenth;
            QTextStream(stderr) << RapportCliTexts::tr("Importing… %1%").arg(tenth * 10)
                                << Qt::endl;
        }
        return true;
    };
    const bool dry = parser.isSet(QStringLiteral("dry-run"));
    auto result = dry ? import.dryRun(*source, mapping, importOptions, progress)
                      : import.run(*source, mapping, importOptions, progress);
    if (!result)
        return fail(result.error());
    if (parser.isSet(QStringLiteral("report"))) {
        if (Status s = result->saveReport(parser.value(QStringLiteral("report"))); !s)
            return fail(s.error().message());
    }
    int shownRejections = 0;
    for (const ImportRowReport &r : result->report) {
        if (r.outcome != RowOutcome::Rejected || ++shownRejections > 10)
            continue;
        say(r.column.isEmpty()
                ? RapportCliTexts::tr("  line %1: %2").arg(r.line).arg(r.reason)
                : RapportCliTexts::tr("  line %1, %2: %3").arg(r.line).arg(r.column, r.reason));
    }
    if (shownRejections > 10)
        say(RapportCliTexts::tr("  … and %L1 more rejections (see --report).")
                .arg(shownRejections - 10));
    const QString counts = RapportCliTexts::tr(
                               "%L1 created, %L2 updated, %L3 unchanged, %L4 rejected of %L5 rows")
                               .arg(result->created)
                               .arg(result->updated)
                               .arg(result->unchanged)
                               .arg(result->rejected)
                               .arg(result->rows);
    if (dry)
        say(RapportCliTexts::tr("Dry run, nothing changed: %1 would be the outcome (%2 s).")
                .arg(counts)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    else if (result->batch > 0)
        say(RapportCliTexts::tr("Imported: %1 (batch %2, %3 s).")
                .arg(counts)
                .arg(result->batch)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    else
        say(RapportCliTexts::tr("Nothing to change: %1.").arg(counts));
    if (json)
        out(QString::fromUtf8(QJsonDocument(result->summaryJson()).toJson(QJsonDocument::Compact)));
    return Success;
}

} // namespace rapport::cli
