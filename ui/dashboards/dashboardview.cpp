#include "ui/dashboards/dashboardview.h"

#include "core/domain/customer.h"
#include "core/services/dashboardservice.h"
#include "core/storage/dashboardsnapshot.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/activitychart.h"
#include "ui/dashboards/clvchart.h"
#include "ui/dashboards/cohortheatmap.h"
#include "ui/dashboards/dashboardfilterbar.h"
#include "ui/dashboards/kpitile.h"
#include "ui/dashboards/paretochart.h"
#include "ui/dashboards/rfmsegmentschart.h"
#include "ui/dashboards/satisfactionquadrant.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {
namespace {

QWidget *pair(QWidget *left, QWidget *right, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QString kpiName(analytics::Kpi kpi)
{
    switch (kpi) {
    case analytics::Kpi::ActiveCustomers:
        return DashboardView::tr("Active customers");
    case analytics::Kpi::NewCustomers:
        return DashboardView::tr("New customers");
    case analytics::Kpi::LostCustomers:
        return DashboardView::tr("Lost customers");
    case analytics::Kpi::RetentionRate:
        return DashboardView::tr("Retained customers");
    case analytics::Kpi::Revenue:
        return DashboardView::tr("Revenue");
    case analytics::Kpi::AverageClv:
        return DashboardView::tr("Customers who had bought (lifetime value)");
    case analytics::Kpi::OpenComplaints:
        return DashboardView::tr("Customers with open complaints");
    }
    return {};
}

} // namespace

DashboardView::DashboardView(const QString &path, ChangeBus *bus, QWidget *parent)
    : QWidget(parent)
    , m_service(new DashboardService(path, bus, this))
    , m_filters(new DashboardFilterBar(this))
    , m_measure(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
    , m_periodNote(new QLabel(this))
    , m_kpis(new KpiStrip(this))
    , m_tabs(new QTabWidget(this))
    , m_pareto(new ParetoChart(this))
    , m_rfm(new RfmSegmentsChart(this))
    , m_cohorts(new CohortHeatmap(this))
    , m_curves(new RetentionCurves(this))
    , m_clv(new ClvChart(this))
    , m_activity(new ActivityChart(this))
    , m_satisfaction(new SatisfactionQuadrant(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    // The first open after a start reads the columns saved by the last run (large files only).
    m_service->setSnapshotFile(DashboardSnapshot::defaultFile(path));
    m_measure->setObjectName(QStringLiteral("paretoMeasure"));
    m_measure->setToolTip(tr("What the Pareto chart ranks the customers by"));
    m_measure->addItem(tr("Pareto by revenue"), int(analytics::ParetoMeasure::Revenue));
    m_measure->addItem(tr("Pareto by service load"), int(analytics::ParetoMeasure::ServiceLoad));
    m_progress->setObjectName(QStringLiteral("dashboardProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_cancel->setObjectName(QStringLiteral("cancelDashboard"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_status->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_status->setPalette(muted);

    m_periodNote->setObjectName(QStringLiteral("dashboardPeriodNote"));
    m_periodNote->setWordWrap(true);
    m_periodNote->hide();

    m_filters->addWidget(m_measure);
    auto *state = new QHBoxLayout;
    state->addWidget(m_progress);
    state->addWidget(m_cancel);
    state->addWidget(m_status, 1);

    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(pair(m_pareto, m_rfm, this), tr("&Value"));
    m_tabs->addTab(pair(m_cohorts, m_curves, this), tr("&Retention"));
    m_tabs->addTab(m_clv, tr("&Lifetime value"));
    m_tabs->addTab(m_activity, tr("&Team"));
    m_tabs->addTab(m_satisfaction, tr("&Satisfaction"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_periodNote);
    layout->addLayout(state);
    layout->addWidget(m_kpis);
    layout->addWidget(m_tabs, 1);
    setBusy(false);

    connect(m_filters, &DashboardFilterBar::filtersChanged, this, &DashboardView::refresh);
    connect(m_filters, &DashboardFilterBar::filtersChanged, m_periodNote, &QLabel::hide);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_stopped = true;
        m_service->cancel();
        m_status->setText(m_result ? tr("Stopped. The figures shown are the last ones computed.")
                                   : tr("Stopped. Change a filter or press F5 to compute."));
    });
    connect(m_service, &DashboardService::busyChanged, this, &DashboardView::setBusy);
    connect(m_service, &DashboardService::progress, this, &DashboardView::showProgress);
    connect(m_service, &DashboardService::resultReady, this, &DashboardView::showResult);
    connect(m_service, &DashboardService::failed, this, &DashboardView::showFailure);
    connect(m_service, &DashboardService::staleChanged, this, [this](bool stale) {
        if (stale && isVisible())
            refresh();
    });

    connect(m_kpis, &KpiStrip::activated, this, &DashboardView::kpiActivated);
    connect(m_cohorts, &CohortHeatmap::cellActivated, this, &DashboardView::cohortActivated);
    connect(m_rfm, &RfmSegmentsChart::segmentActivated, this, &DashboardView::segmentActivated);
    connect(m_clv, &ClvChart::customerActivated, this, &DashboardView::customerActivated);
    connect(m_clv, &ClvChart::binActivated, this, &DashboardView::clvBinActivated);
    for (DashboardPanel *panel : std::initializer_list<DashboardPanel *>{m_pareto,
                                                                         m_rfm,
                                                                         m_cohorts,
                                                                         m_curves,
                                                                         m_clv,
                                                                         m_activity})
        connect(panel,
                &DashboardPanel::customersRequested,
                this,
                &DashboardView::customersRequested);
    for (DashboardPanel *panel : std::initializer_list<DashboardPanel *>{
             m_pareto, m_rfm, m_cohorts, m_curves, m_clv, m_activity, m_satisfaction})
        connect(panel, &DashboardPanel::exported, this, [this](const QString &message) {
            m_status->setText(message);
            Q_EMIT statusMessage(message);
        });
}

DashboardView::~DashboardView() = default;

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_result || m_service->isStale())
        refresh();
}

void DashboardView::setAccess(const AccessPolicy &access)
{
    m_service->setAccess(access);
    if (m_result)
        refresh();
}

void DashboardView::refresh()
{
    analytics::DashboardFilters filters = m_filters->filters();
    filters.paretoMeasure = analytics::ParetoMeasure(m_measure->currentData().toInt());
    m_service->refresh(filters);
}

void DashboardView::reload()
{
    m_service->reload();
    if (!m_service->isBusy())
        refresh();
}

void DashboardView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_stopped = false;
        m_progress->setValue(0);
        m_status->setText(tr("Computing…"));
    }
}

void DashboardView::showProgress(int percent, const QString &step)
{
    if (m_stopped)
        return; // reports sent before the job saw the stop
    m_progress->setValue(percent);
    m_status->setText(step);
}

void DashboardView::showFailure(const QString &message)
{
    m_status->setText(message);
}

void DashboardView::showResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    m_result = result;
    if (!m_periodChecked && m_service->columns()) {
        // The first figures: when the default period holds no order (purchase history imported
        // from years ago), open on as long a period ending on the last order, and say so.
        m_periodChecked = true;
        if (auto moved = analytics::periodWithData(*m_service->columns(), result->filters)) {
            m_periodNote->setText(
                tr("There are no orders from %1 to %2; the dashboards show %3 – %4, the last "
                   "period as long with orders.")
                    .arg(display::date(result->filters.from),
                         display::date(result->filters.to),
                         display::date(moved->from),
                         display::date(moved->to)));
            m_periodNote->show();
            m_filters->setFilters(*moved);
            refresh();
        }
    }
    if (m_service->columns()) {
        const analytics::DashboardColumns &columns = *m_service->columns();
        m_filters->setOwners(columns.userIds, columns.userNames);
        // The teams with a member whose customers the reader may see (another team's figures
        // would be empty for a rep).
        const CustomerScope scope = m_service->access().scope(Permission::SeeDashboards);
        std::vector<qint64> teams;
        std::vector<QString> names;
        for (std::size_t t = 0; t < columns.teamIds.size(); ++t) {
            const std::span<const qint64> members = columns.membersOf(t);
            if (std::any_of(members.begin(), members.end(), [&](qint64 user) {
                    return scope.allows(user);
                })) {
                teams.push_back(columns.teamIds[t]);
                names.push_back(columns.teamNames[t]);
            }
        }
        m_filters->setTeams(teams, names);
    }
    m_kpis->setResult(result);
    m_pareto->setResult(result);
    m_rfm->setResult(result);
    m_cohorts->setResult(result);
    m_curves->setResult(result);
    m_clv->setResult(result);
    m_activity->setResult(result);
    m_satisfaction->setResult(result);
    const ExportContext context = exportContext();
    for (DashboardPanel *panel : std::initializer_list<DashboardPanel *>{
             m_pareto, m_rfm, m_cohorts, m_curves, m_clv, m_activity, m_satisfaction})
        panel->setExportContext(context);
    if (!m_service->isBusy()) {
        const auto duration = [](double seconds) {
            return seconds < 1 ? tr("%1 ms").arg(display::count(qRound(seconds * 1000)))
                               : tr("%1 s").arg(display::decimal(seconds, 1));
        };
        QString text = tr("%1 customers · computed in %2")
                           .arg(display::count(result->population), duration(result->seconds));
        if (result->readSeconds > 0) // not after a change of filters on the columns at hand
            text += tr(" · data read in %1").arg(duration(result->readSeconds));
        m_status->setText(text);
    }
}

QString DashboardView::periodText() const
{
    if (!m_result)
        return {};
    return tr("%1 – %2").arg(display::date(m_result->filters.from),
                             display::date(m_result->filters.to));
}

ExportContext DashboardView::exportContext() const
{
    ExportContext context;
    if (!m_result)
        return context;
    const analytics::DashboardFilters &f = m_result->filters;
    context.from = f.from;
    context.to = f.to;
    if (f.ownerId) {
        QString name = tr("nobody");
        if (*f.ownerId != 0) {
            name = m_filters->ownerBox()->currentText();
            if (const auto columns = m_service->columns()) {
                for (std::size_t i = 0; i < columns->userIds.size(); ++i)
                    if (columns->userIds[i] == *f.ownerId && i < columns->userNames.size())
                        name = columns->userNames[i];
            }
        }
        context.filters.push_back({QStringLiteral("owner"), tr("Owner"), name});
    }
    if (f.teamId) {
        QString name = m_filters->teamBox()->currentText();
        if (const auto columns = m_service->columns()) {
            if (const qint64 t = columns->teamIndexOf(*f.teamId); t >= 0)
                name = columns->teamNames[std::size_t(t)];
        }
        context.filters.push_back({QStringLiteral("team"), tr("Team"), name});
    }
    if (f.kind) {
        context.filters.push_back(
            {QStringLiteral("kind"), tr("Kind"), customerKindName(CustomerKind(*f.kind))});
    }
    if (f.segment) {
        context.filters.push_back(
            {QStringLiteral("segment"), tr("RFM segment"), analytics::rfmSegmentName(*f.segment)});
    }
    return context;
}

void DashboardView::kpiActivated(analytics::Kpi kpi)
{
    if (!m_result)
        return;
    const analytics::KpiValue *tile = &m_result->kpis[std::size_t(kpi)];
    QString label = tr("%1, %2").arg(kpiName(kpi), periodText());
    if (tile->customers.empty() && kpi == analytics::Kpi::Revenue) {
        tile = &m_result->kpis[std::size_t(analytics::Kpi::ActiveCustomers)];
        label = tr("Active customers, %1").arg(periodText());
    }
    request({tile->customers, tile->values, tile->figure}, label);
}

void DashboardView::cohortActivated(int cohort, int monthsSince)
{
    if (!m_result || !m_result->cohorts.result || !m_service->columns())
        return;
    auto customers = analytics::Dashboard::cohortCustomers(*m_service->columns(),
                                                           *m_result,
                                                           cohort,
                                                           monthsSince);
    const QDate month = analytics::monthStart(m_result->cohorts.result->cohorts.firstMonth + cohort);
    request(std::move(customers),
            tr("First bought in %1, bought again in month %2")
                .arg(QLocale().toString(month, QStringLiteral("MMMM yyyy")))
                .arg(monthsSince));
}

void DashboardView::segmentActivated(analytics::RfmSegment segment)
{
    if (!m_result)
        return;
    request(analytics::Dashboard::segmentCustomers(*m_result, segment),
            tr("RFM segment %1, %2").arg(analytics::rfmSegmentName(segment), periodText()));
}

void DashboardView::clvBinActivated(int bin)
{
    if (!m_result || !m_service->columns() || bin < 0
        || std::size_t(bin) + 1 >= m_result->clv.edges.size())
        return;
    const auto clv = m_service->lifetimeValues(m_result->filters.to);
    if (!clv)
        return;
    const std::vector<double> &edges = m_result->clv.edges;
    request(analytics::Dashboard::clvBinCustomers(*m_service->columns(),
                                                  *m_result,
                                                  *clv,
                                                  std::size_t(bin)),
            tr("Lifetime value %1 to %2 %3, %4")
                .arg(ClvChart::compactMoney(edges[std::size_t(bin)], m_result->currency),
                     ClvChart::compactMoney(edges[std::size_t(bin) + 1], m_result->currency),
                     m_result->currency,
                     periodText()));
}

void DashboardView::request(analytics::DrillDown customers, const QString &label)
{
    QToolTip::hideText(); // a chart's tooltip would stay on screen over the list
    Q_EMIT customersRequested(CustomerSelection::make(label,
                                                      std::move(customers.ids),
                                                      std::move(customers.values),
                                                      std::move(customers.figure)));
}

} // namespace rapport
