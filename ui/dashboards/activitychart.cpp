#include "ui/dashboards/activitychart.h"

#include "core/domain/interaction.h"
#include "core/io/csv.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/dashboards/teamworktable.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHeaderView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rapport {

using analytics::TeamActivity;

ActivityChart::ActivityChart(QWidget *parent)
    : DashboardPanel(tr("Team activity"), QStringLiteral("team-activity"), parent)
{
    auto *body = new QWidget(this);
    m_chart = new QChart;
    m_view = chartstyle::newChartView(m_chart, body);
    m_view->setMinimumHeight(240);
    m_caption = chartstyle::newCaption(body);
    m_caption->setObjectName(QStringLiteral("activityCaption"));
    m_agents = new QStandardItemModel(0, AgentColumnCount, this);
    m_agents->setSortRole(Qt::UserRole);
    m_agents->setHorizontalHeaderLabels({tr("Agent"),
                                         tr("Interactions"),
                                         tr("Per week"),
                                         tr("Busiest channel"),
                                         tr("Cases opened"),
                                         tr("Resolved"),
                                         tr("Median to resolve")});
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setModel(m_agents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(Agent, QHeaderView::Stretch);
    for (int c = Interactions; c < AgentColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    m_table->setMinimumHeight(110);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_caption);
    // Who did the work: each agent, or each team (a member of two counts in both).
    m_teams = new TeamWorkTable(body);
    auto *tables = new QTabWidget(body);
    tables->setObjectName(QStringLiteral("activityTables"));
    tables->setDocumentMode(true);
    tables->addTab(m_table, tr("By agent"));
    tables->addTab(m_teams, tr("By team"));
    layout->addWidget(tables, 2);
    setBody(body);
    connect(m_chart, &QChart::plotAreaChanged, this, &ActivityChart::placeMarks);
}

void ActivityChart::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        m_activity.reset();
        rebuild();
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->activity);
}

qint64 ActivityChart::weekTotal(int week, int channel) const
{
    qint64 sum = 0;
    for (std::size_t a = 0; a < m_activity->agents.size(); ++a)
        sum += m_activity->count(a, week, channel);
    return sum;
}

void ActivityChart::setPanel(const analytics::ActivityPanel &panel)
{
    m_activity = panel.activity;
    m_teams->setWork(panel.teams);
    m_lastWeekRunning = panel.lastWeekRunning;
    // Cut by the period's end, that week is still running only when it is this week.
    m_lastWeekCut = panel.lastWeekRunning
                    && QDate::currentDate()
                           > analytics::weekMonday(panel.activity.lastWeek).addDays(6);
    m_firstWeekPartial = panel.firstWeekPartial;
    const TeamActivity &t = *m_activity;
    m_agents->removeRows(0, m_agents->rowCount());
    m_table->setSortingEnabled(false);
    qint64 total = 0;
    const int weeks = std::max(1, t.weeks());
    for (std::size_t a = 0; a < t.agents.size(); ++a) {
        const qint64 n = t.agentTotal(a);
        total += n;
        if (n == 0)
            continue;
        QString name = a < panel.agentNames.size() ? panel.agentNames[a] : QString();
        if (name.isEmpty())
            name = t.agents[a] == 0 ? tr("No agent recorded") : tr("User #%1").arg(t.agents[a]);
        std::array<qint64, TeamActivity::Channels> perChannel{};
        for (int w = 0; w < t.weeks(); ++w)
            for (int c = 0; c < TeamActivity::Channels; ++c)
                perChannel[std::size_t(c)] += t.count(a, w, c);
        const auto busiest = int(std::max_element(perChannel.begin(), perChannel.end())
                                 - perChannel.begin());
        auto *nameItem = new QStandardItem(name);
        auto *countItem = new QStandardItem(display::count(n));
        auto *perWeek = new QStandardItem(display::decimal(double(n) / weeks, 1));
        perWeek->setData(double(n) / weeks, Qt::UserRole);
        auto *channel = new QStandardItem(channelName(Channel(busiest)));
        const qint64 casesOpened = a < panel.agentCasesOpened.size() ? panel.agentCasesOpened[a]
                                                                     : 0;
        const qint64 casesResolved = a < panel.agentCasesResolved.size()
                                         ? panel.agentCasesResolved[a]
                                         : 0;
        auto *opened = new QStandardItem(display::count(casesOpened));
        auto *resolved = new QStandardItem(display::count(casesResolved));
        const double hours = a < panel.agentMedianHoursToResolve.size()
                                 ? panel.agentMedianHoursToResolve[a].value_or(-1.0)
                                 : -1.0;
        auto *median = new QStandardItem(
            hours < 0    ? QStringLiteral("—")
            : hours < 48 ? tr("%1 h").arg(display::decimal(hours, 1))
                         : tr("%1 days").arg(display::decimal(hours / 24.0, 1)));
        median->setData(hours, Qt::UserRole);
        // Sorting goes by Qt::UserRole: numbers as numbers, whatever the text says.
        nameItem->setData(name, Qt::UserRole);
        countItem->setData(n, Qt::UserRole);
        channel->setData(channel->text(), Qt::UserRole);
        opened->setData(casesOpened, Qt::UserRole);
        resolved->setData(casesResolved, Qt::UserRole);
        for (QStandardItem *item : {countItem, perWeek, opened, resolved, median})
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_agents->appendRow({nameItem, countItem, perWeek, channel, opened, resolved, median});
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Interactions, Qt::DescendingOrder);
    rebuild();
    if (total == 0 && t.weeks() <= 0) {
        showMessage(tr("No interactions or cases in the period."));
        return;
    }
    qint64 opened = 0, resolved = 0;
    for (const qint64 o : t.casesOpened)
        opened += o;
    for (const qint64 r : t.casesResolved)
        resolved += r;
    if (total == 0 && opened == 0 && resolved == 0) {
        showMessage(tr("No interactions or cases in the period."));
        return;
    }
    QString text
        = tr("%1 interactions in %n week(s); cases: %2 opened, %3 resolved", nullptr, t.weeks())
              .arg(display::count(total), display::count(opened), display::count(resolved));
    if (t.medianHoursToResolveOverall && std::isfinite(*t.medianHoursToResolveOverall)) {
        const double h = *t.medianHoursToResolveOverall;
        text += QStringLiteral(", ")
                + (h >= 48 ? tr("median %1 days to resolve").arg(display::decimal(h / 24, 1))
                           : tr("median %1 hours to resolve").arg(display::decimal(h, 1)));
    }
    text += QLatin1Char('.');
    for (const QString &note : exportNotes())
        text += QLatin1Char(' ') + note;
    m_caption->setText(text);
    showBody();
}

QString ActivityChart::caption() const
{
    return m_caption->text();
}

std::vector<int> ActivityChart::partialWeeks() const
{
    std::vector<int> weeks;
    if (!m_activity || m_activity->weeks() <= 0)
        return weeks;
    if (m_firstWeekPartial)
        weeks.push_back(0);
    if (m_lastWeekRunning && (weeks.empty() || weeks.back() != m_activity->weeks() - 1))
        weeks.push_back(m_activity->weeks() - 1);
    return weeks;
}

QStringList ActivityChart::exportNotes() const
{
    QStringList notes;
    if (!m_activity || m_activity->weeks() <= 0)
        return notes;
    if (m_firstWeekPartial)
        notes << tr("Week %1 is hatched: the period starts after its Monday.")
                     .arg(analytics::isoWeekLabel(m_activity->firstWeek));
    if (m_lastWeekRunning)
        notes << (m_lastWeekCut ? tr("Week %1 is hatched: the period ends before its Sunday.")
                                : tr("Week %1 is hatched: so far, the week is still running."))
                     .arg(analytics::isoWeekLabel(m_activity->lastWeek));
    return notes;
}

void ActivityChart::placeMarks()
{
    for (QGraphicsItem *item : m_marks)
        delete item;
    m_marks.clear();
    QAbstractSeries *bars = nullptr;
    for (QAbstractSeries *series : m_chart->series())
        bars = series;
    if (!bars || !m_activity)
        return;
    const QPalette pal = palette();
    QColor ink = pal.color(QPalette::WindowText);
    for (const int w : partialWeeks()) {
        qint64 total = 0;
        for (int c = 0; c < analytics::TeamActivity::Channels; ++c)
            total += weekTotal(w, c);
        // The bar's outline (0.75 wide, as the series draws it) up to its total.
        const QPointF low = m_chart->mapToPosition(QPointF(w - 0.375, 0), bars);
        const QPointF high = m_chart->mapToPosition(QPointF(w + 0.375, double(total)), bars);
        const QRectF bar = QRectF(low, high).normalized();
        ink.setAlpha(150);
        auto *hatch = new QGraphicsRectItem(bar, m_chart);
        hatch->setBrush(QBrush(ink, Qt::BDiagPattern));
        hatch->setPen(QPen(ink, 1, Qt::DashLine));
        hatch->setZValue(20);
        const bool last = w == m_activity->weeks() - 1 && m_lastWeekRunning;
        hatch->setToolTip(!last ? tr("Part of a week: the period starts after its Monday.")
                          : m_lastWeekCut ? tr("Part of a week: the period ends before its Sunday.")
                                          : tr("This week so far: it is still running."));
        auto *label = new QGraphicsSimpleTextItem(last && !m_lastWeekCut ? tr("so far") : tr("part"),
                                                  m_chart);
        QFont f = label->font();
        f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.8));
        label->setFont(f);
        label->setBrush(chartstyle::mutedText(pal));
        const QRectF text = label->boundingRect();
        // Above the bar, kept inside the plot area.
        const qreal x = std::max(m_chart->plotArea().left(),
                                 std::min(bar.center().x() - text.width() / 2,
                                          m_chart->plotArea().right() - text.width()));
        label->setPos(x, std::max(m_chart->plotArea().top(), bar.top() - text.height() - 1));
        label->setZValue(20);
        m_marks.push_back(hatch);
        m_marks.push_back(label);
    }
}

void ActivityChart::rebuild()
{
    for (QGraphicsItem *item : m_marks)
        delete item;
    m_marks.clear();
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    const QPalette pal = palette();
    chartstyle::style(m_chart, pal);
    if (!m_activity || m_activity->weeks() <= 0)
        return;
    const TeamActivity &t = *m_activity;
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.75);
    std::vector<qint64> totals(std::size_t(t.weeks()), 0);
    for (int c = 0; c < TeamActivity::Channels; ++c) {
        auto *set = new QBarSet(channelName(Channel(c)));
        set->setColor(chartstyle::seriesColour(c));
        set->setBorderColor(Qt::transparent);
        qint64 channelTotal = 0;
        for (int w = 0; w < t.weeks(); ++w) {
            const qint64 n = weekTotal(w, c);
            set->append(double(n));
            totals[std::size_t(w)] += n;
            channelTotal += n;
        }
        if (channelTotal == 0) {
            delete set; // a channel nobody used stays out of the legend
            continue;
        }
        series->append(set);
    }
    const QString firstYear = analytics::isoWeekLabel(t.firstWeek).left(4);
    const QString lastYear = analytics::isoWeekLabel(t.lastWeek).left(4);
    m_chart->addSeries(series);
    // Bar w sits at x = w. A label every few weeks ("14" for ISO week 14, the years in the
    // title): one per bar is unreadable past a quarter.
    auto *x = new QCategoryAxis;
    x->setRange(-0.5, t.weeks() - 0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = std::max(1, (t.weeks() + 11) / 12);
    for (int w = 0; w < t.weeks(); w += step)
        x->append(analytics::isoWeekLabel(t.firstWeek + w).mid(6), w);
    auto *y = chartstyle::valueAxis(0,
                                    double(std::max<qint64>(1,
                                                            *std::max_element(totals.begin(),
                                                                              totals.end())))
                                        * 1.05,
                                    chartstyle::AxisUnit::Count);
    y->setTitleText(tr("Interactions"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    chartstyle::style(x, pal);
    chartstyle::style(y, pal);
    x->setGridLineVisible(false);
    x->setTitleText(firstYear == lastYear ? tr("Week of %1").arg(firstYear)
                                          : tr("Week of %1–%2").arg(firstYear, lastYear));
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    placeMarks();
}

void ActivityChart::paletteChanged()
{
    rebuild();
}

QString ActivityChart::csv() const
{
    if (!m_activity || showsMessage())
        return {};
    const TeamActivity &t = *m_activity;
    QList<QStringList> rows;
    QStringList header{QStringLiteral("week")};
    for (int c = 0; c < TeamActivity::Channels; ++c)
        header << QString::fromLatin1(channelKeys[std::size_t(c)]);
    header << QStringLiteral("cases_opened") << QStringLiteral("cases_resolved")
           << QStringLiteral("median_hours_to_resolve");
    rows << header;
    for (int w = 0; w < t.weeks(); ++w) {
        QStringList row{analytics::isoWeekLabel(t.firstWeek + w)};
        for (int c = 0; c < TeamActivity::Channels; ++c)
            row << QString::number(weekTotal(w, c));
        // A plain double (-1: none): GCC 12 at -O3 takes the optional's value for uninitialised.
        const double median = std::size_t(w) < t.medianHoursToResolve.size()
                                  ? t.medianHoursToResolve[std::size_t(w)].value_or(-1.0)
                                  : -1.0;
        row << QString::number(std::size_t(w) < t.casesOpened.size() ? t.casesOpened[std::size_t(w)]
                                                                     : 0)
            << QString::number(
                   std::size_t(w) < t.casesResolved.size() ? t.casesResolved[std::size_t(w)] : 0)
            << (median >= 0 ? QString::number(median, 'f', 1) : QString());
        rows << row;
    }
    return csvDocument(rows);
}

} // namespace rapport
