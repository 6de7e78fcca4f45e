// rapport-cli duplicates: the pairs of customers that may be one; rapport-cli merge: merges one
// into the other as one batch (undone by `rapport-cli revert BATCH`).
#include "cli.h"

#include "core/services/accesspolicy.h"
#include "core/services/customermerge.h"
#include "core/services/duplicatefinder.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

QJsonObject toJson(const DuplicateFacts &f)
{
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("kind"),
         f.kind == 0 ? QStringLiteral("person") : QStringLiteral("organisation")},
        {QStringLiteral("city"), f.city},
        {QStringLiteral("organisation"), f.organisation},
        {QStringLiteral("emails"), QJsonArray::fromStringList(f.emails)},
        {QStringLiteral("phones"), QJsonArray::fromStringList(f.phones)},
    };
}

QJsonObject toJson(const DuplicatePair &p)
{
    QJsonArray evidence;
    for (const DuplicateEvidence &e : p.evidence) {
        QJsonObject item{{QStringLiteral("kind"), e.key()}, {QStringLiteral("text"), e.text()}};
        if (e.kind == DuplicateEvidence::Kind::Name)
            item.insert(QStringLiteral("similarity"), std::round(e.similarity * 1000) / 1000);
        else
            item.insert(QStringLiteral("detail"), e.detail);
        evidence.append(item);
    }
    return QJsonObject{
        {QStringLiteral("score"), std::round(p.score * 1000) / 1000},
        {QStringLiteral("a"), toJson(p.a)},
        {QStringLiteral("b"), toJson(p.b)},
        {QStringLiteral("evidence"), evidence},
    };
}

QString evidenceText(const DuplicatePair &p)
{
    QStringList parts;
    for (const DuplicateEvidence &e : p.evidence)
        parts << e.text();
    return parts.join(QLatin1String("; "));
}

std::optional<qint64> customerId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int duplicatesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Lists pairs of customers that may be the same person or organisation, best first: "
        "both ids and names, a score from 0 to 1 and the evidence (alike names, the same "
        "e-mail address, phone number, organisation or city). Customers in the trash and pairs "
        "marked as not duplicates are left out."));
    const QCommandLineOption minScore(QStringLiteral("min-score"),
                                      QStringLiteral("Lowest score listed (default 0.8)."),
                                      QStringLiteral("S"),
                                      QStringLiteral("0.8"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Most pairs listed (default 100; 0: all)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("100"));
    parser.addOptions({minScore, limit, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("duplicates"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("duplicates takes no arguments besides its options."),
                    UsageError);
    DuplicateFinder::Options options;
    bool ok = false;
    options.minScore = parser.value(minScore).toDouble(&ok);
    if (!ok || options.minScore < 0 || options.minScore > 1)
        return fail(RapportCliTexts::tr("--min-score must be a number from 0 to 1."), UsageError);
    options.limit = parser.value(limit).toInt(&ok);
    if (!ok || options.limit < 0)
        return fail(RapportCliTexts::tr("--limit must be a whole number, 0 or more."), UsageError);

    auto db = openExisting(databasePath(parser));
    if (!db)
        return fail(db.error());
    waitWhenBusy(**db);
    if (Status allowed = access().check(Permission::View); !allowed)
        return fail(allowed.error());
    options.scope = access().scope(Permission::View);
    DuplicateFinder finder(**db);
    auto pairs = finder.find(options);
    if (!pairs)
        return fail(pairs.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const DuplicatePair &p : std::as_const(*pairs))
            list.append(toJson(p));
        const QJsonObject result{
            {QStringLiteral("customers"), finder.stats().customers},
            {QStringLiteral("found"), finder.stats().found},
            {QStringLiteral("pairs"), list},
        };
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    if (pairs->isEmpty()) {
        out(RapportCliTexts::tr("No likely duplicates among %n customer(s).",
                                nullptr,
                                int(finder.stats().customers)));
        return Success;
    }
    for (const DuplicatePair &p : std::as_const(*pairs)) {
        out(QStringLiteral("%1  #%2 %3  ~  #%4 %5")
                .arg(QString::number(p.score, 'f', 2),
                     QString::number(p.a.id),
                     p.a.name,
                     QString::number(p.b.id),
                     p.b.name));
        out(QStringLiteral("      ") + evidenceText(p));
    }
    if (finder.stats().found > pairs->size())
        out(RapportCliTexts::tr("%1 of %2 pairs shown; --limit 0 lists all.")
                .arg(pairs->size())
                .arg(finder.stats().found));
    return Success;
}

int mergeCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Merges customer OTHER into customer SURVIVOR: the survivor keeps its own value of each "
        "field (or the other's where it has none) unless --take says otherwise, and gets every "
        "interaction, order, case, task, note, survey answer, contact point, tag, consent and "
        "relationship of the other, which goes to the trash. One batch in the history: "
        "'rapport-cli revert BATCH' undoes it."));
    parser.addPositionalArgument(QStringLiteral("SURVIVOR"), QStringLiteral("The customer kept."));
    parser.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("The customer merged in."));
    const QCommandLineOption
        take(QStringLiteral("take"),
             QStringLiteral(
                 "Fields and whose value they take, e.g. first_name=other,notes=survivor "
                 "(first_name, last_name, name, stage, owner_id, source, acquired_on, "
                 "notes, external_key)."),
             QStringLiteral("FIELD=SIDE,..."));
    parser.addOptions({take, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("merge"), args))
        return *stop;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != 2)
        return fail(RapportCliTexts::tr("merge takes two customer ids: SURVIVOR OTHER."),
                    UsageError);
    MergeRequest request;
    const auto survivor = customerId(ids.at(0));
    const auto other = customerId(ids.at(1));
    if (!survivor || !other)
        return fail(RapportCliTexts::tr("SURVIVOR and OTHER must be customer ids (whole numbers)."),
                    UsageError);
    request.survivor = *survivor;
    request.other = *other;
    for (const QString &value : parser.values(take)) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString field = item.section(QLatin1Char('='), 0, 0).trimmed();
            const QString side = item.section(QLatin1Char('='), 1).trimmed().toLower();
            if (field.isEmpty()
                || (side != QLatin1String("other") && side != QLatin1String("survivor")))
                return fail(RapportCliTexts::tr("--take wants FIELD=other or FIELD=survivor, "
                                                "not '%1'.")
                                .arg(item),
                            UsageError);
            request.take.insert(field,
                                side == QLatin1String("other") ? MergeSide::Other
                                                               : MergeSide::Survivor);
        }
    }

    auto workspace = openForWriting(databasePath(parser), false);
    if (!workspace)
        return fail(workspace.error());
    CustomerMerge merge(*(*workspace)->door());
    auto done = merge.merge(request);
    if (!done) {
        const bool usage = done.error().kind() == Error::Kind::Validation
                           && !done.error().field().isEmpty();
        return fail(done.error().message(), usage ? UsageError : DataError);
    }
    const MergeCounts &n = done->counts;
    if (parser.isSet(jsonOption)) {
        const QJsonObject moved{
            {QStringLiteral("interactions"), n.interactions},
            {QStringLiteral("orders"), n.orders},
            {QStringLiteral("cases"), n.cases},
            {QStringLiteral("tasks"), n.tasks},
            {QStringLiteral("notes"), n.notes},
            {QStringLiteral("surveys"), n.surveys},
            {QStringLiteral("contact_points"), n.contactPoints},
            {QStringLiteral("tags"), n.tags},
            {QStringLiteral("consents"), n.consents},
            {QStringLiteral("relationships"), n.relationships},
        };
        const QJsonObject dropped{
            {QStringLiteral("contact_points"), n.contactPointsDropped},
            {QStringLiteral("consents"), n.consentsDropped},
            {QStringLiteral("relationships"), n.relationshipsDropped},
        };
        const QJsonObject result{
            {QStringLiteral("batch"), done->batch},
            {QStringLiteral("survivor"), request.survivor},
            {QStringLiteral("other"), request.other},
            {QStringLiteral("moved"), moved},
            {QStringLiteral("dropped"), dropped},
        };
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    out(RapportCliTexts::tr("Merged customer %1 into %2 as batch %3 (undo: rapport-cli revert %3).")
            .arg(request.other)
            .arg(request.survivor)
            .arg(done->batch));
    out(RapportCliTexts::tr("Moved: %1 interactions, %2 orders, %3 cases, %4 tasks, %5 notes, "
                            "%6 survey answers, %7 contact points, %8 tags, %9 consents, "
                            "%10 relationships.")
            .arg(n.interactions)
            .arg(n.orders)
            .arg(n.cases)
            .arg(n.tasks)
            .arg(n.notes)
            .arg(n.surveys)
            .arg(n.contactPoints)
            .arg(n.tags)
            .arg(n.consents)
            .arg(n.relationships));
    const qint64 dropped = n.contactPointsDropped + n.consentsDropped + n.relationshipsDropped;
    if (dropped)
        out(RapportCliTexts::tr("Dropped as duplicates or collisions: %1 contact points, "
                                "%2 older consents, %3 relationships.")
                .arg(n.contactPointsDropped)
                .arg(n.consentsDropped)
                .arg(n.relationshipsDropped));
    return Success;
}

} // namespace rapport::cli
