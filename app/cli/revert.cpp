// rapport-cli batches and revert: the batches of the history (imports, merges, demo data...)
// and undoing one of them in one step, with the changes made since offered as conflicts.
#include "cli.h"

#include "core/services/batchrevert.h"
#include "core/services/customeraccess.h"
#include "core/services/workspace.h"
#include "core/util/displayformat.h"

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

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return RapportCliTexts::tr("(none)");
    case QJsonValue::String:
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return RapportCliTexts::tr("(a row)");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonObject toJson(const BatchSummary &b)
{
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("kind"), b.kind},
        {QStringLiteral("at"), b.at.toString(Qt::ISODate)},
        {QStringLiteral("actor"), b.actor},
        {QStringLiteral("file"), b.file().isEmpty() ? QJsonValue() : QJsonValue(b.file())},
        {QStringLiteral("created"), b.created},
        {QStringLiteral("updated"), b.updated},
        {QStringLiteral("deleted"), b.deleted},
        {QStringLiteral("restored"), b.restored},
        {QStringLiteral("bulk"), b.bulk},
        {QStringLiteral("reverted_by"), b.revertedBy ? QJsonValue(b.revertedBy) : QJsonValue()},
        {QStringLiteral("reverts"), b.reverts ? QJsonValue(b.reverts) : QJsonValue()},
        {QStringLiteral("description"), b.description},
    };
}

QString kindName(RevertConflict::Kind kind)
{
    switch (kind) {
    case RevertConflict::Kind::FieldChanged:
        return QStringLiteral("field_changed");
    case RevertConflict::Kind::RowChanged:
        return QStringLiteral("row_changed");
    case RevertConflict::Kind::Dependants:
        return QStringLiteral("dependants");
    }
    return {};
}

QJsonObject toJson(const RevertConflict &c)
{
    return QJsonObject{
        {QStringLiteral("kind"), kindName(c.kind)},
        {QStringLiteral("entity"), c.entity},
        {QStringLiteral("entity_id"), c.entityId},
        {QStringLiteral("customer_id"), c.customerId ? QJsonValue(c.customerId) : QJsonValue()},
        {QStringLiteral("customer"), c.customerName},
        {QStringLiteral("field"), c.field.isEmpty() ? QJsonValue() : QJsonValue(c.field)},
        {QStringLiteral("current"), c.current},
        {QStringLiteral("batch_value"), c.batchValue},
        {QStringLiteral("restore_value"), c.restoreValue},
        {QStringLiteral("changed_by"), c.changedBy},
        {QStringLiteral("changed_at"),
         c.changedAt.isValid() ? QJsonValue(c.changedAt.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("detail"), c.detail},
    };
}

QString describe(const BatchSummary &b)
{
    QString line
        = QStringLiteral("#%1  %2  %3  %4  %5")
              .arg(QString::number(b.id), display::dateTime(b.at), b.kind, b.actor, b.countsText());
    if (!b.file().isEmpty())
        line += QLatin1String("  ") + b.file();
    if (b.reverts)
        line += QLatin1String("  ") + RapportCliTexts::tr("(reverts %1)").arg(b.reverts);
    if (b.revertedBy)
        line += QLatin1String("  ") + RapportCliTexts::tr("[reverted by %1]").arg(b.revertedBy);
    return line;
}

void printConflict(const RevertConflict &c)
{
    QString who = c.customerId ? RapportCliTexts::tr("customer %1").arg(c.customerId)
                               : c.entity + QLatin1Char(' ') + QString::number(c.entityId);
    if (!c.customerName.isEmpty())
        who += QStringLiteral(" (%1)").arg(c.customerName);
    if (c.customerId && c.entity != QLatin1String("customer"))
        who += QLatin1Char(' ') + c.entity + QLatin1Char(' ') + QString::number(c.entityId);
    QString since;
    if (!c.changedBy.isEmpty())
        since = RapportCliTexts::tr(" (changed by %1 on %2)")
                    .arg(c.changedBy, display::dateTime(c.changedAt));
    switch (c.kind) {
    case RevertConflict::Kind::FieldChanged:
        out(RapportCliTexts::tr("  %1, %2: now %3%4; the batch wrote %5; revert restores %6")
                .arg(who,
                     c.field,
                     valueText(c.current),
                     since,
                     valueText(c.batchValue),
                     valueText(c.restoreValue)));
        break;
    case RevertConflict::Kind::RowChanged:
        out(RapportCliTexts::tr("  %1: changed since the batch%2%3")
                .arg(who,
                     since,
                     c.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.detail)));
        break;
    case RevertConflict::Kind::Dependants:
        out(RapportCliTexts::tr("  %1: created by the batch, has since: %2%3")
                .arg(who, c.detail, since));
        break;
    }
}

} // namespace

int batchesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Lists the batches of the history, newest first: imports, merges, erases, demo data and "
        "reverts, with who made them, when, what they did and whether they were reverted."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("Only batches of this kind (import, merge, "
                                                 "erase, demo, import-orders, revert...); may be "
                                                 "given more than once."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("Most batches (default 100)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("100"));
    parser.addOptions({kind, limit, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("batches"), args))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return fail(RapportCliTexts::tr("batches takes no arguments besides its options."),
                    UsageError);
    bool ok = true;
    BatchFilter filter;
    filter.limit = parser.value(limit).toInt(&ok);
    if (!ok || filter.limit < 1)
        return fail(RapportCliTexts::tr("--limit must be a whole number from 1 up."), UsageError);
    for (const QString &k : parser.values(kind))
        filter.kinds += k.split(QLatin1Char(','), Qt::SkipEmptyParts);

    auto workspace = openForWriting(databasePath(parser), false);
    if (!workspace)
        return fail(workspace.error());
    auto list = BatchRevert(*(*workspace)->door()).batches(filter);
    if (!list)
        return fail(list.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray all;
        for (const BatchSummary &b : std::as_const(*list))
            all.append(toJson(b));
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    for (const BatchSummary &b : std::as_const(*list))
        out(describe(b));
    if (list->isEmpty())
        out(RapportCliTexts::tr("There are no batches in the history."));
    return Success;
}

int revertCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr(
        "Reverts a batch (an import, a merge, demo data, a revert) in one step: rows it created "
        "are deleted, fields it changed get their old values back, rows it deleted come back. "
        "Where something was changed since, you choose: --keep-changes or --overwrite."));
    parser.addPositionalArgument(QStringLiteral("BATCH"),
                                 QStringLiteral("The batch's id (see 'rapport-cli batches')."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Say what would be undone; change nothing."));
    const QCommandLineOption keep(QStringLiteral("keep-changes"),
                                  QStringLiteral("Where something was changed since the batch, "
                                                 "keep it as it is now."));
    const QCommandLineOption overwrite(QStringLiteral("overwrite"),
                                       QStringLiteral("Where something was changed since the "
                                                      "batch, restore the old value anyway."));
    parser.addOptions({dryRun, keep, overwrite, jsonOption});
    if (auto stop = parse(parser, QStringLiteral("revert"), args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 batch = positional.size() == 1 ? positional.first().toLongLong(&ok) : 0;
    if (!ok || batch < 1)
        return fail(RapportCliTexts::tr("revert takes one batch id (see 'rapport-cli batches')."),
                    UsageError);
    if (parser.isSet(keep) && parser.isSet(overwrite))
        return fail(RapportCliTexts::tr("choose either --keep-changes or --overwrite, not both."),
                    UsageError);

    auto workspace = openForWriting(databasePath(parser), false);
    if (!workspace)
        return fail(workspace.error());
    Door &door = *(*workspace)->door();
    door.setBusyObserver(busyObserver());
    BatchRevert revert(door);
    if (!parser.isSet(dryRun)) {
        // Refused before the plan is printed, with the door's sentence (the desktop greys
        // Revert… with it): Import for an import, Merge on the survivor for a merge.
        auto summary = revert.batch(batch);
        if (!summary)
            return fail(summary.error());
        if (Status allowed = CustomerAccess((*workspace)->database())
                                 .check(access(),
                                        summary->revertPermission(),
                                        summary->revertCustomer());
            !allowed)
            return fail(allowed.error());
    }
    auto plan = revert.plan(batch);
    if (!plan)
        return fail(plan.error());
    const bool json = parser.isSet(jsonOption);
    RevertChoices choices;
    if (parser.isSet(keep))
        choices.all = ConflictChoice::KeepCurrent;
    else if (parser.isSet(overwrite))
        choices.all = ConflictChoice::RestoreOld;
    const bool undecided = plan->hasConflicts() && choices.all == ConflictChoice::Ask;

    QJsonObject result{
        {QStringLiteral("batch"), toJson(plan->batch)},
        {QStringLiteral("rows_to_delete"), plan->rowsToDelete},
        {QStringLiteral("rows_to_restore"), plan->rowsToRestore},
        {QStringLiteral("fields_to_set_back"), plan->fieldsToSetBack},
        {QStringLiteral("dry_run"), parser.isSet(dryRun)},
    };
    QJsonArray conflicts;
    for (const RevertConflict &c : std::as_const(plan->conflicts))
        conflicts.append(toJson(c));
    result.insert(QStringLiteral("conflicts"), conflicts);
    result.insert(QStringLiteral("notes"), QJsonArray::fromStringList(plan->notes));
    if (!json) {
        out(describe(plan->batch));
        out(QLatin1String("  ") + plan->summaryText());
        for (const QString &note : std::as_const(plan->notes))
            out(QLatin1String("  ") + note);
        if (plan->hasConflicts())
            out(RapportCliTexts::tr("Changed since the batch (%n):",
                                    nullptr,
                                    int(plan->conflicts.size())));
        for (const RevertConflict &c : std::as_const(plan->conflicts))
            printConflict(c);
    }
    if (parser.isSet(dryRun)) {
        if (json)
            out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    if (undecided) {
        if (json)
            out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
        return fail(RapportCliTexts::tr(
                        "%n change(s) made since the batch would be overwritten; run again with "
                        "--keep-changes to keep them or --overwrite to restore the old values.",
                        nullptr,
                        int(plan->conflicts.size())),
                    DataError);
    }
    auto reverted = revert.revert(*plan, choices);
    if (!reverted)
        return fail(reverted.error());
    if (json) {
        result.insert(QStringLiteral("revert"), *reverted);
        out(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        out(RapportCliTexts::tr("Batch %1 reverted (the revert is batch %2).")
                .arg(batch)
                .arg(*reverted));
    }
    return Success;
}

} // namespace rapport::cli
