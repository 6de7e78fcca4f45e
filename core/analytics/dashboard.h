#pragma once

#include "core/analytics/activity.h"
#include "core/analytics/bgnbd.h"
#include "core/analytics/dashboardcolumns.h"
#include "core/analytics/pareto.h"
#include "core/analytics/retention.h"
#include "core/analytics/rfm.h"
#include "core/analytics/teamactivity.h"
#include "core/domain/customerselection.h"
#include "core/domain/permission.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <array>
#include <atomic>
#include <optional>
#include <vector>

namespace rapport::analytics {

// What the dashboards look at. The period is [from, to] (UTC days); the previous period is the
// same number of days right before it. Owner, kind and segment narrow the customers (the segment
// is the customer's RFM segment as of `to`); the team activity panel reads the owner as the
// agent whose work it shows. The scope is not a choice but the reader's reach
// (AccessPolicy::scope(SeeDashboards)): every figure, KPI, drill-down and the cohorts count only
// the customers it allows, the team activity only the work of the users it names (their own
// interactions and the cases of the customers in it).
struct DashboardFilters
{
    QDate from;
    QDate to;
    CustomerScope scope;
    std::optional<qint64> ownerId; // 0: customers nobody owns
    // A team (teams.id): the customers its members own and, in team activity, their work;
    // within the scope (teamScope()).
    std::optional<qint64> teamId;
    std::optional<quint8> kind; // CustomerKind
    std::optional<RfmSegment> segment;
    ParetoMeasure paretoMeasure = ParetoMeasure::Revenue; // Revenue or ServiceLoad

    bool operator==(const DashboardFilters &) const = default;
    int days() const { return int(from.daysTo(to)) + 1; }
    QDate previousFrom() const { return from.addDays(-days()); }
    QDate previousTo() const { return from.addDays(-1); }
    // The last 12 months up to `day`.
    static DashboardFilters lastYear(const QDate &day);
};

// Where the dashboards should open when `wanted` (the default, the last 12 months) holds no
// order: the same filters over a period as long, ending on the day of the last order (imported
// purchase history from years ago opens on its last year, not on empty charts). Empty when
// `wanted` holds an order, or there is no order at all.
std::optional<DashboardFilters> periodWithData(const DashboardColumns &columns,
                                               const DashboardFilters &wanted);

enum class Kpi : quint8 {
    ActiveCustomers, // bought in the period
    NewCustomers,    // first purchase ever in the period
    LostCustomers,   // became lost in the period (lostcustomers.h: 365 days without a purchase)
    RetentionRate,   // of the previous period's buyers, the share who bought again (0..1)
    Revenue,         // net, minor units of the currency
    AverageClv,      // mean lifetime value of everyone who bought by `to` (clvaverage.h)
    OpenComplaints,  // open at the end of the period
};
inline constexpr std::size_t KpiCount = 7;

struct KpiValue
{
    std::optional<double> current;  // nullopt: cannot be computed (e.g. CLV not fitted)
    std::optional<double> previous; // the previous period, nullopt when unknown
    // The customers behind the figure (for the drill-down); empty for Revenue.
    std::vector<qint64> customers;
    // Parallel to `customers`: what put each one there (their revenue in the period, the days
    // since their last purchase...), named by `figure`; empty when there is none.
    std::vector<double> values;
    CustomerFigure figure;
};

// The customers behind a bar, a cell or a segment of the dashboards and, parallel to them, the
// figure that put each one there, for the customer list's drill-down (CustomerSelection).
struct DrillDown
{
    std::vector<qint64> ids;
    std::vector<double> values; // parallel to ids
    CustomerFigure figure;
};

struct ParetoPanel
{
    ParetoMeasure measure = ParetoMeasure::Revenue;
    std::optional<ParetoResult> result;
    QString message; // why there is no result
};

struct CohortPanel
{
    std::optional<RetentionResult> result;
    QString message;
    // The month of the period's last day goes on after it: each cohort's column for that month
    // (the table's last calendar month) holds the purchases so far, not a whole month's. The
    // charts mark it instead of drawing it like a finished month.
    bool lastMonthRunning = false;
};

struct RfmPanel
{
    std::optional<RfmResult> result;
    QString message;
};

// Customer lifetime value: BG/NBD fitted on every customer who bought up to `to` (the model's
// parameters describe the whole base), the customers the filters keep scored with it.
struct ClvPanel
{
    std::optional<BgNbdFit> fit;
    QString message; // why there is no fit
    qint64 customers = 0;
    double average = 0; // minor units
    double total = 0;
    // A histogram of the lifetime values: bin i counts values in [edges[i], edges[i + 1]).
    std::vector<double> edges;
    std::vector<qint64> counts;
    // "Valuable but slipping": a top-value customer (top fifth of past revenue) whose P(alive)
    // is below 0.5, the most valuable first.
    struct Slipping
    {
        qint64 id = 0;
        QString name;         // filled by DashboardService for the first NamedSlipping
        qint64 pastValue = 0; // net revenue up to `to`, minor units
        double probabilityAlive = 0;
        double lifetimeValue = 0;
    };
    std::vector<Slipping> slipping; // all of them; the view shows the first few
    // The values are those before the latest changes, and the models are being fitted again.
    bool updating = false;
    static constexpr std::size_t NamedSlipping = 200;
};

struct ActivityPanel
{
    TeamActivity activity;
    std::vector<QString> agentNames; // parallel to activity.agents
    // The cases each agent owns (parallel to activity.agents): opened in the period, resolved in
    // it, and the median hours to resolve of those resolved.
    std::vector<qint64> agentCasesOpened;
    std::vector<qint64> agentCasesResolved;
    std::vector<std::optional<double>> agentMedianHoursToResolve;
    // The week of the period's last day goes on after it (the day is not a Sunday): the last
    // bar holds the week so far. The first week is partial when the period starts after its
    // Monday.
    bool lastWeekRunning = false;
    bool firstWeekPartial = false;
    // The interactions per team, per week and month (teamactivity.h).
    TeamWork teams;
};

// The satisfaction / value quadrant over the customers with a survey answer up to `to`. Value is
// a customer's net revenue in the 12 months up to `to` (from valueFrom), whatever the period;
// high value is at or above the median of those who bought in them (satisfaction.h).
struct SatisfactionPanel
{
    qint64 answered = 0;
    QDate valueFrom;           // the value's first day
    double highValueFrom = 0;  // minor units
    std::optional<double> nps; // promoters minus detractors, points
    // Quadrants: 0 advocates (high value, satisfied), 1 vulnerable (high value, dissatisfied),
    // 2 potential (low value, satisfied), 3 saboteurs (low value, dissatisfied).
    std::array<std::vector<qint64>, 4> customers;
    std::array<std::vector<double>, 4> scores; // parallel to customers: the newest answer (0..10)
    std::array<qint64, 4> value{};
    QString message;
};

struct DashboardResult
{
    DashboardFilters filters;
    QString currency;
    qint64 population = 0; // customers the owner, kind and segment filters keep
    std::array<KpiValue, KpiCount> kpis;
    ParetoPanel pareto;
    CohortPanel cohorts;
    RfmPanel rfm;
    ClvPanel clv;
    ActivityPanel activity;
    SatisfactionPanel satisfaction;
    double seconds = 0;     // computing it
    double readSeconds = 0; // reading the columns for it (DashboardService); 0: they were at hand

    // Per customer index (DashboardColumns): 1 when the filters keep the customer; the RFM
    // segment as of `to` (-1: did not buy in the period), for the drill-downs.
    std::vector<quint8> keep;
    std::vector<qint8> segments;
};

// Whether the calendar month / the Monday-to-Sunday week of `asOf` has days after it.
bool monthRunning(const QDate &asOf);
bool weekRunning(const QDate &asOf);

// Per-customer CLV scores as of a day, parallel to DashboardColumns::ids (0 for a customer who
// had not bought by then). Fitting is the slow part (seconds at a million customers), so the
// service keeps these per day and reuses them across filter changes.
struct DashboardClv
{
    QDate asOf;
    std::optional<BgNbdFit> fit;
    QString message;
    std::vector<float> probabilityAlive;
    std::vector<float> lifetimeValue; // minor units
    std::vector<quint8> bought;       // 1: bought by asOf
    // SHA-1 of what the models were fitted to (every buyer's index, x, t_x, T and mean spend):
    // equal inputs give equal values, so a day whose purchases did not change is not fitted
    // again (empty: not known).
    QByteArray inputs;
};

// A way to stop a computation from another thread; the functions check it between steps and
// return an Error(Cancelled) when it is set.
using CancelFlag = std::atomic<bool>;

class Dashboard final
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    // Fits and scores the CLV models as of `asOf` over every customer who bought by then.
    // `earlier` (may be null): values fitted before, to other columns; taken as they are when
    // they are for the same day and their inputs are the same (DashboardClv::inputs), so an order
    // of today fits only today's models again, not the previous period's.
    static DashboardClv lifetimeValues(const DashboardColumns &columns,
                                       const QDate &asOf,
                                       const CancelFlag *cancel = nullptr,
                                       const DashboardClv *earlier = nullptr);

    // Every panel for the filters. `clv` (as of filters.to) and `previousClv` (as of
    // filters.previousTo()) may be null or for another day: the CLV panel then says it is
    // pending and the average CLV tile has no value or no previous value.
    static Result<DashboardResult> compute(const DashboardColumns &columns,
                                           const DashboardFilters &filters,
                                           const DashboardClv *clv,
                                           const DashboardClv *previousClv = nullptr,
                                           const CancelFlag *cancel = nullptr);

    // `panels` (a result of compute() without the lifetime values) with them: the average CLV
    // tile and the CLV panel as compute() would make them with `clv` and `previousClv`, every
    // other panel as it is, without working the panels out again.
    static DashboardResult withLifetimeValues(const DashboardColumns &columns,
                                              const DashboardResult &panels,
                                              const DashboardClv *clv,
                                              const DashboardClv *previousClv = nullptr);
    // `panels` (without lifetime values) given the CLV panel and the average CLV tile of
    // `before` (a result for the same filters before the latest changes), the panel marked
    // `updating`; withLifetimeValues() replaces both.
    static void keepLifetimeValuesWhileUpdating(DashboardResult &panels,
                                                const DashboardResult &before);

    // The customers of cohort `cohort` (index into result.cohorts.result->cohorts) who bought
    // `monthsSince` months after their first purchase month, among those the filters keep;
    // ascending ids, each with what they spent in that month.
    static DrillDown cohortCustomers(const DashboardColumns &columns,
                                     const DashboardResult &result,
                                     int cohort,
                                     int monthsSince);
    // The customers of one RFM segment, with their revenue in the period; of ranks [first,
    // last] of the Pareto ranking, with the value they are ranked by.
    static DrillDown segmentCustomers(const DashboardResult &result, RfmSegment segment);
    static DrillDown rankedCustomers(const DashboardResult &result,
                                     std::size_t first,
                                     std::size_t last);
    // What the Pareto ranking's values are: revenue in the period or cases opened in it.
    static CustomerFigure paretoFigure(ParetoMeasure measure, const QString &currency);
    // The customers of the CLV panel's "valuable but slipping" list, with the past revenue
    // they are ranked by there.
    static DrillDown slippingCustomers(const ClvPanel &panel, const QString &currency);
    // The customers of the CLV histogram's bin `bin` (result.clv's edges, as clvPanel() bins
    // them) among those the filters keep, with their predicted lifetime value; `clv` is the one
    // the result was computed with.
    static DrillDown clvBinCustomers(const DashboardColumns &columns,
                                     const DashboardResult &result,
                                     const DashboardClv &clv,
                                     std::size_t bin);
    // The customers of a satisfaction quadrant (SatisfactionPanel's order), with their score.
    static DrillDown quadrantCustomers(const SatisfactionPanel &panel, std::size_t quadrant);
};

} // namespace rapport::analytics
