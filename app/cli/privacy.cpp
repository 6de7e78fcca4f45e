// rapport-cli consent, export customer and erase: data-protection requests (issue 12).
#include "cli.h"

#include "core/domain/consent.h"
#include "core/services/consentservice.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/erasureservice.h"
#include "core/services/personexport.h"
#include "core/services/workspace.h"
#include "core/storage/consentrepository.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

std::optional<qint64> customerId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

QJsonValue consentJson(const std::optional<Consent> &c)
{
    if (!c)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("status"), Consent::statusKey(c->status)},
                       {QStringLiteral("given_on"), c->givenOn.toString(Qt::ISODate)},
                       {QStringLiteral("source"), c->source}};
}

// Every channel's answer for the customer: text lines, or one JSON object.
int printConsents(qint64 customer, const QList<Consent> &consents, bool json)
{
    QJsonObject channels;
    QStringList lines;
    for (Consent::Channel channel : Consent::channels()) {
        std::optional<Consent> found;
        for (const Consent &c : consents) {
            if (c.channel == channel)
                found = c;
        }
        channels.insert(Consent::channelKey(channel), consentJson(found));
        QString line;
        if (!found)
            line = RapportCliTexts::tr("not asked");
        else if (found->source.isEmpty())
            line = (found->status == Consent::Answer::OptIn
                        ? RapportCliTexts::tr("opted in on %1")
                        : RapportCliTexts::tr("opted out on %1"))
                       .arg(found->givenOn.toString(Qt::ISODate));
        else
            line = (found->status == Consent::Answer::OptIn
                        ? RapportCliTexts::tr("opted in on %1 (%2)")
                        : RapportCliTexts::tr("opted out on %1 (%2)"))
                       .arg(found->givenOn.toString(Qt::ISODate), found->source);
        lines << QStringLiteral("%1\t%2").arg(Consent::channelKey(channel), line);
    }
    if (json) {
        const QJsonObject doc{{QStringLiteral("customer"), customer},
                              {QStringLiteral("consents"), channels}};
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        out(lines.join(QLatin1Char('\n')));
    }
    return Success;
}

} // namespace

int consentCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Shows a customer's consent per channel (email, phone, sms, post), or records an "
        "answer: opt-in, opt-out, or clear (nobody asked)."));
    parser.addPositionalArgument(QStringLiteral("ID"), RapportCliTexts::tr("The customer's id."));
    parser.addPositionalArgument(QStringLiteral("CHANNEL"),
                                 RapportCliTexts::tr("email, phone, sms or post (to set)."),
                                 QStringLiteral("[CHANNEL"));
    parser.addPositionalArgument(QStringLiteral("ANSWER"),
                                 RapportCliTexts::tr("opt-in, opt-out or clear."),
                                 QStringLiteral("opt-in|opt-out|clear]"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    RapportCliTexts::tr("Where the answer was given (a web form, "
                                                        "a call...)."),
                                    QStringLiteral("S"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  RapportCliTexts::tr("The day it was given (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({source, date, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("consent"), args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 && positional.size() != 3)
        return fail(RapportCliTexts::tr("consent takes a customer's id, and to set, a channel and "
                                        "opt-in, opt-out or clear."),
                    UsageError);
    const std::optional<qint64> id = customerId(positional.at(0));
    if (!id)
        return fail(RapportCliTexts::tr("The customer's id must be a whole number."), UsageError);
    const bool json = parser.isSet(jsonOption);

    if (positional.size() == 1) {
        auto db = openExisting(databasePath(parser));
        if (!db)
            return fail(db.error());
        waitWhenBusy(**db);
        auto consents = ConsentRepository(**db).listForCustomer(*id);
        if (!consents)
            return fail(consents.error());
        return printConsents(*id, *consents, json);
    }

    Consent consent;
    consent.customerId = *id;
    if (!Consent::channelFromKey(positional.at(1), &consent.channel))
        return fail(RapportCliTexts::tr("The channel must be email, phone, sms or post."),
                    UsageError);
    const QString answer = positional.at(2).toLower();
    const bool clear = answer == QLatin1String("clear");
    if (!clear && !Consent::statusFromKey(answer, &consent.status))
        return fail(RapportCliTexts::tr("The answer must be opt-in, opt-out or clear."), UsageError);
    consent.givenOn = QDate::currentDate();
    if (parser.isSet(date)) {
        consent.givenOn = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!consent.givenOn.isValid())
            return fail(RapportCliTexts::tr("--date must be a date written YYYY-MM-DD."),
                        UsageError);
    }
    consent.source = parser.value(source);

    auto workspace = openForWriting(databasePath(parser), false);
    if (!workspace)
        return fail(workspace.error());
    if (auto exists = (*workspace)->customers().get(*id); !exists)
        return fail(exists.error());
    ConsentService service(**workspace);
    if (clear) {
        auto cleared = service.clear(*id, consent.channel);
        if (!cleared)
            return fail(cleared.error());
    } else {
        auto set = service.set(consent);
        if (!set)
            return fail(set.error());
    }
    auto consents = service.forCustomer(*id);
    if (!consents)
        return fail(consents.error());
    return printConsents(*id, *consents, json);
}

int exportCustomerCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Exports everything held about one customer as JSON (a data-protection request for "
        "access): the record, contact points, tags, relationships, interactions, orders with "
        "their lines, cases, tasks, notes, survey answers, consents and the history about them."));
    parser.addPositionalArgument(QStringLiteral("ID"), RapportCliTexts::tr("The customer's id."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    RapportCliTexts::tr("json (the only format for one person)."),
                                    QStringLiteral("FORMAT"),
                                    QStringLiteral("json"));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     RapportCliTexts::tr("Write to FILE instead of the standard "
                                                         "output."),
                                     QStringLiteral("FILE"));
    parser.addOptions({format, outFile});
    if (auto stop = parse(parser, QStringLiteral("export customer"), args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(RapportCliTexts::tr("export customer takes one customer's id."), UsageError);
    const std::optional<qint64> id = customerId(positional.at(0));
    if (!id)
        return fail(RapportCliTexts::tr("The customer's id must be a whole number."), UsageError);
    if (parser.value(format) != QLatin1String("json"))
        return fail(RapportCliTexts::tr("One customer's record is exported as json only."),
                    UsageError);

    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    waitWhenBusy(**db);
    auto doc = PersonExport::build(**db, *id, Door::systemNow(), access());
    if (!doc)
        return fail(doc.error());
    const QByteArray bytes = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    if (!parser.isSet(outFile)) {
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        return Success;
    }
    // All or nothing: a file that cannot be written whole is not left half written.
    QSaveFile file(parser.value(outFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(RapportCliTexts::tr("%1 cannot be written: %2")
                        .arg(parser.value(outFile), file.errorString()));
    return Success;
}

int eraseCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Erases a customer's personal data everywhere (the right to be forgotten): names, "
        "contact points, notes and texts, relationships, tags, consents, the search index and "
        "their old values in the history. Orders stay with the anonymized customer, so the "
        "figures stay true. Cannot be undone."));
    parser.addPositionalArgument(QStringLiteral("ID"), RapportCliTexts::tr("The customer's id."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 RapportCliTexts::tr("Erase without asking (for scripts)."));
    parser.addOptions({yes, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("erase"), args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(RapportCliTexts::tr("erase takes one customer's id."), UsageError);
    const std::optional<qint64> id = customerId(positional.at(0));
    if (!id)
        return fail(RapportCliTexts::tr("The customer's id must be a whole number."), UsageError);

    auto workspace = openForWriting(databasePath(parser), false);
    if (!workspace)
        return fail(workspace.error());
    auto customer = (*workspace)->customers().get(*id);
    if (!customer)
        return fail(customer.error());
    if (!parser.isSet(yes)) {
        // Asked on the terminal, naming the person, as the desktop's confirmation does.
        QTextStream(stderr) << RapportCliTexts::tr("Erase all personal data of %1 (customer %2)? "
                                                   "This cannot be undone. Type yes to go on: ")
                                   .arg(customer->displayName())
                                   .arg(*id)
                            << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed().toLower() != QLatin1String("yes"))
            return fail(RapportCliTexts::tr("Nothing was erased."), UsageError);
    }
    auto report = ErasureService(*(*workspace)->door()).erase(*id);
    if (!report)
        return fail(report.error());
    if (parser.isSet(jsonOption)) {
        const QJsonObject doc{{QStringLiteral("customer"), report->customerId},
                              {QStringLiteral("batch"), report->batch},
                              {QStringLiteral("redacted"), report->redacted},
                              {QStringLiteral("name"), report->placeholder}};
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
    } else {
        out(RapportCliTexts::tr("Customer %1 erased: now \"%2\"; %n history entries blanked "
                                "(batch %3).",
                                nullptr,
                                report->redacted)
                .arg(report->customerId)
                .arg(report->placeholder)
                .arg(report->batch));
    }
    return Success;
}

} // namespace rapport::cli
