// rapport-cli export customers: a customer list or segment as CSV or vCard 4.0, to a file (written
// to a temporary file and renamed into place) or to stdout. `export customer ID` (one person's
// whole record as JSON) is the privacy part's, in privacy.cpp.
#include "cli.h"

#include "core/domain/customer.h"
#include "core/domain/customerselection.h"
#include "core/domain/enumkeys.h"
#include "core/services/accesspolicy.h"
#include "core/services/customerexport.h"
#include "core/storage/customerlistrepository.h"
#include "core/storage/database.h"
#include "core/storage/userrepository.h"
#include "core/util/displayformat.h"
#include "core/util/error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name),
                                      QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

const QCommandLineOption formatOption = option("format", "csv (default) or vcard.", "FORMAT");
const QCommandLineOption searchOption = option("search",
                                               "Only the matches of a search, best first.",
                                               "TEXT");
const QCommandLineOption stageOption = option("stage",
                                              "Only customers in this stage (lead, prospect, "
                                              "active, lapsed, lost); may be repeated.",
                                              "STAGE");
const QCommandLineOption kindOption = option("kind", "person or organisation.", "KIND");
const QCommandLineOption ownerOption = option("owner",
                                              "Only the customers this user (login) owns; "
                                              "'none' for those nobody owns.",
                                              "LOGIN");
const QCommandLineOption tagOption = option("tag", "Only customers with this tag.", "TAG");
const QCommandLineOption segmentOption = option("segment",
                                                "Only the customers of this RFM segment today "
                                                "(champions, at_risk, ...).",
                                                "NAME");
const QCommandLineOption columnsOption = option("columns",
                                                "CSV columns in order, by header or key "
                                                "(first_name,last_name,email,...); default: all "
                                                "twenty importable ones.",
                                                "LIST");
const QCommandLineOption consentOption = option("consent",
                                                "Only customers who opted in to this channel "
                                                "(email, phone, sms, post).",
                                                "CHANNEL");
const QCommandLineOption noBomOption = option("no-bom", "CSV: UTF-8 without a byte order mark.");
const QCommandLineOption outOption = option("out",
                                            "The file to write (default: standard output).",
                                            "FILE");

// The sentence on stderr after an export: how many, and what consent left out.
QString summary(const CustomerExportResult &r, const QString &where)
{
    QString text = RapportCliTexts::tr("Exported %n customer(s) to %1.", nullptr, int(r.customers))
                       .arg(where);
    const char *what[] = {QT_TRANSLATE_NOOP("RapportCli", "e-mail addresses"),
                          QT_TRANSLATE_NOOP("RapportCli", "phone numbers"),
                          QT_TRANSLATE_NOOP("RapportCli", "mobile numbers (SMS)"),
                          QT_TRANSLATE_NOOP("RapportCli", "postal addresses")};
    for (int c = 0; c < 4; ++c) {
        if (r.withheld[std::size_t(c)] > 0)
            text += QLatin1Char(' ')
                    + RapportCliTexts::tr("Left out the %1 of %n customer(s) who opted out.",
                                          nullptr,
                                          int(r.withheld[std::size_t(c)]))
                          .arg(RapportCliTexts::tr(what[c]));
    }
    if (r.notOptedIn > 0)
        text += QLatin1Char(' ')
                + RapportCliTexts::tr("Left out %n customer(s) who did not opt in.",
                                      nullptr,
                                      int(r.notOptedIn));
    return text;
}

int exportCustomers(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Exports customers as CSV or vCard 4.0: all of them, or those a "
                            "search, filters or a segment choose, as the customer list shows "
                            "them. Consent is honoured: details of a channel a customer opted "
                            "out of are left out."));
    for (const QCommandLineOption &o : {formatOption,
                                        searchOption,
                                        stageOption,
                                        kindOption,
                                        ownerOption,
                                        tagOption,
                                        segmentOption,
                                        columnsOption,
                                        consentOption,
                                        noBomOption,
                                        outOption})
        parser.addOption(o);
    if (auto stop = parse(parser, QStringLiteral("export customers"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("export customers takes no argument besides its options."),
                    UsageError);

    CustomerExportRequest request;
    const QString format = parser.value(formatOption).toLower();
    if (format == QLatin1String("vcard") || format == QLatin1String("vcf"))
        request.format = ExportFormat::VCard;
    else if (!format.isEmpty() && format != QLatin1String("csv"))
        return fail(RapportCliTexts::tr("--format must be csv or vcard."), UsageError);
    request.searchText = parser.value(searchOption);
    request.byteOrderMark = !parser.isSet(noBomOption);
    for (const QString &stage : parser.values(stageOption)) {
        const auto s = enumFromKey<LifecycleStage>(stage.trimmed(), lifecycleStageKeys);
        if (!s)
            return fail(RapportCliTexts::tr("--stage must be lead, prospect, active, lapsed or "
                                            "lost."),
                        UsageError);
        request.filter.withStage(*s);
    }
    if (parser.isSet(kindOption)) {
        const auto kind = enumFromKey<CustomerKind>(parser.value(kindOption), customerKindKeys);
        if (!kind)
            return fail(RapportCliTexts::tr("--kind must be person or organisation."), UsageError);
        request.filter.kind = kind;
    }
    if (parser.isSet(columnsOption)) {
        for (const QString &name : parser.value(columnsOption).split(QLatin1Char(','))) {
            const auto field = exportFieldFromName(name);
            if (!field)
                return fail(RapportCliTexts::tr("There is no column called \"%1\".")
                                .arg(name.trimmed()),
                            UsageError);
            request.fields.push_back(*field);
        }
    }
    if (parser.isSet(consentOption)) {
        request.onlyOptedIn = ConsentReader::channelFromKey(parser.value(consentOption).trimmed());
        if (!request.onlyOptedIn)
            return fail(RapportCliTexts::tr("--consent must be email, phone, sms or post."),
                        UsageError);
    }

    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    if (Status allowed = access().check(Permission::Export); !allowed)
        return fail(allowed.error());
    waitWhenBusy(**db);
    if (parser.isSet(ownerOption)) {
        const QString login = parser.value(ownerOption).trimmed();
        if (login.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            request.filter.ownerId = 0;
        } else {
            Result<User> user = UserRepository(**db).findByLogin(login);
            if (!user)
                return fail(
                    RapportCliTexts::tr("There is no user with the login \"%1\".").arg(login));
            request.filter.ownerId = user->id;
        }
    }
    if (parser.isSet(tagOption)) {
        const QString name = parser.value(tagOption).trimmed();
        Result<QList<CustomerListChoice>> tags = CustomerListRepository(**db).tags();
        if (!tags)
            return fail(tags.error());
        for (const CustomerListChoice &tag : std::as_const(*tags)) {
            if (tag.name.compare(name, Qt::CaseInsensitive) == 0)
                request.filter.tagId = tag.id;
        }
        if (request.filter.tagId == 0)
            return fail(RapportCliTexts::tr("There is no tag called \"%1\".").arg(name));
    }
    if (parser.isSet(segmentOption)) {
        Result<CustomerSelectionPtr> segment
            = CustomerExport::rfmSegment(**db, parser.value(segmentOption), QDate());
        if (!segment)
            return fail(segment.error());
        request.filter.selection = *segment;
    }

    CustomerExport exporter(**db);
    Result<CustomerExportResult> result = Error(Error::Kind::Io, {});
    QString where;
    if (parser.isSet(outOption)) {
        where = parser.value(outOption);
        result = exporter.writeFile(request, where);
    } else {
        where = RapportCliTexts::tr("standard output");
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly))
            return fail(RapportCliTexts::tr("Standard output cannot be written."));
        result = exporter.write(request, stdOut);
        stdOut.flush();
    }
    if (!result)
        return fail(result.error());
    QTextStream(stderr) << summary(*result, where) << Qt::endl;
    return Success;
}

} // namespace

int exportCommand(const QStringList &args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("customers"))
        return exportCustomers(args.mid(1));
    if (what == QLatin1String("customer"))
        return exportCustomerCommand(args.mid(1));
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        out(RapportCliTexts::tr("Usage: rapport-cli export customers [OPTIONS]   (see "
                                "'export customers --help')\n"
                                "       rapport-cli export customer ID --format json"));
        return Success;
    }
    return fail(RapportCliTexts::tr("export needs what to export: customers (a list) or "
                                    "customer ID (one record)."),
                UsageError);
}

} // namespace rapport::cli
