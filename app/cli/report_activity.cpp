// rapport-cli report activity: what the team did per ISO week (UTC): interactions per agent and
// channel, cases opened and resolved, the median time to resolve. The period is the 13 weeks up
// to --as-of unless --from says otherwise.
// text: weeks and agents; csv: one row per agent, week and channel; json: everything.
#include "reports.h"

#include "core/analytics/activity.h"
#include "core/domain/interaction.h"
#include "core/storage/userrepository.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

QJsonValue optional(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

int activityReport(const ReportContext &context)
{
    AnalyticsFilter filter = context.filter;
    if (!filter.from.isValid())
        filter.from = analytics::weekMonday(analytics::weekOf(filter.asOf) - 12);
    AnalyticsRepository repository(context.db);
    auto counts = repository.interactionCounts(filter);
    if (!counts)
        return fail(counts.error());
    auto cases = repository.caseTimes(filter);
    if (!cases)
        return fail(cases.error());
    const analytics::TeamActivity t = analytics::teamActivity(counts->agents,
                                                              counts->channels,
                                                              counts->weeks,
                                                              counts->counts,
                                                              cases->opened,
                                                              cases->resolved,
                                                              analytics::weekOf(filter.from),
                                                              analytics::weekOf(filter.asOf));
    QHash<qint64, QString> names{{0, RapportCliTexts::tr("(nobody)")}};
    if (auto users = UserRepository(context.db).list(true)) {
        for (const User &u : std::as_const(*users))
            names.insert(u.id, u.displayName);
    }
    const auto channelKey = [](int c) { return QString::fromLatin1(channelKeys[std::size_t(c)]); };

    if (context.format == ReportFormat::Csv) {
        QStringList lines{QStringLiteral("week,agent_id,agent,channel,interactions")};
        for (std::size_t a = 0; a < t.agents.size(); ++a) {
            for (int w = 0; w < t.weeks(); ++w) {
                for (int c = 0; c < analytics::TeamActivity::Channels; ++c) {
                    if (const qint64 n = t.count(a, w, c))
                        lines << csvRecord({analytics::isoWeekLabel(t.firstWeek + w),
                                            QString::number(t.agents[a]),
                                            names.value(t.agents[a]),
                                            channelKey(c),
                                            QString::number(n)});
                }
            }
        }
        printLines(lines);
        return Success;
    }
    if (context.format == ReportFormat::Json) {
        QJsonArray weeks;
        for (int w = 0; w < t.weeks(); ++w) {
            QJsonObject byChannel;
            qint64 total = 0;
            for (int c = 0; c < analytics::TeamActivity::Channels; ++c) {
                qint64 n = 0;
                for (std::size_t a = 0; a < t.agents.size(); ++a)
                    n += t.count(a, w, c);
                byChannel.insert(channelKey(c), n);
                total += n;
            }
            weeks.append(
                QJsonObject{{QStringLiteral("week"), analytics::isoWeekLabel(t.firstWeek + w)},
                            {QStringLiteral("monday"),
                             analytics::weekMonday(t.firstWeek + w).toString(Qt::ISODate)},
                            {QStringLiteral("interactions"), total},
                            {QStringLiteral("by_channel"), byChannel},
                            {QStringLiteral("cases_opened"), t.casesOpened[std::size_t(w)]},
                            {QStringLiteral("cases_resolved"), t.casesResolved[std::size_t(w)]},
                            {QStringLiteral("median_hours_to_resolve"),
                             optional(t.medianHoursToResolve[std::size_t(w)])}});
        }
        QJsonArray agents;
        for (std::size_t a = 0; a < t.agents.size(); ++a) {
            QJsonArray perWeek;
            for (int w = 0; w < t.weeks(); ++w) {
                qint64 n = 0;
                for (int c = 0; c < analytics::TeamActivity::Channels; ++c)
                    n += t.count(a, w, c);
                perWeek.append(n);
            }
            agents.append(QJsonObject{{QStringLiteral("agent_id"), t.agents[a]},
                                      {QStringLiteral("name"), names.value(t.agents[a])},
                                      {QStringLiteral("interactions"), t.agentTotal(a)},
                                      {QStringLiteral("per_week"), perWeek}});
        }
        printJson(QJsonObject{{QStringLiteral("report"), QStringLiteral("activity")},
                              {QStringLiteral("from"), filter.from.toString(Qt::ISODate)},
                              {QStringLiteral("as_of"), filter.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("weeks"), weeks},
                              {QStringLiteral("agents"), agents},
                              {QStringLiteral("median_hours_to_resolve"),
                               optional(t.medianHoursToResolveOverall)}});
        return Success;
    }
    const QLocale locale;
    const auto hours = [&](std::optional<double> h) -> QString {
        return h ? locale.toString(*h, 'f', 1) : QStringLiteral("-");
    };
    QStringList lines{RapportCliTexts::tr("Team activity %1 to %2 (weeks Monday to Sunday, UTC)")
                          .arg(filter.from.toString(Qt::ISODate), filter.asOf.toString(Qt::ISODate)),
                      RapportCliTexts::tr(
                          "week      interactions  cases opened  resolved  median hours")};
    for (int w = 0; w < t.weeks(); ++w) {
        qint64 n = 0;
        for (std::size_t a = 0; a < t.agents.size(); ++a) {
            for (int c = 0; c < analytics::TeamActivity::Channels; ++c)
                n += t.count(a, w, c);
        }
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(analytics::isoWeekLabel(t.firstWeek + w), -8)
                     .arg(locale.toString(n), 13)
                     .arg(locale.toString(t.casesOpened[std::size_t(w)]), 13)
                     .arg(locale.toString(t.casesResolved[std::size_t(w)]), 9)
                     .arg(hours(t.medianHoursToResolve[std::size_t(w)]), 13);
    }
    lines << RapportCliTexts::tr("Median time to resolve over the period: %1 hours")
                 .arg(hours(t.medianHoursToResolveOverall));
    lines << QString() << RapportCliTexts::tr("agent                          interactions");
    for (std::size_t a = 0; a < t.agents.size(); ++a)
        lines << QStringLiteral("%1 %2")
                     .arg(names.value(t.agents[a], QString::number(t.agents[a])), -30)
                     .arg(locale.toString(t.agentTotal(a)), 13);
    printLines(lines);
    return Success;
}

} // namespace rapport::cli
