#include "ui/dashboards/activitychart.h"

#include "core/domain/interaction.h"
#include "core/io/csv.h"
#include "ui/dashboards/chartstyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace rapport {

using analytics::TeamActivity;

ActivityChart::ActivityChart(QWidget *parent)
    : DashboardPanel(tr("Team activity"), parent)
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
    layout->addWidget(m_table, 2);
    setBody(body);
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
    const TeamActivity &t = *m_activity;
    m_agents->removeRows(0, m_agents->rowCount());
    m_table->setSortingEnabled(false);
    qint64 total = 0;
    const QLocale locale;
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
        auto *countItem = new QStandardItem;
        countItem->setData(n, Qt::DisplayRole);
        auto *perWeek = new QStandardItem(locale.toString(double(n) / weeks, 'f', 1));
        perWeek->setData(double(n) / weeks, Qt::UserRole);
        auto *channel = new QStandardItem(channelName(Channel(busiest)));
        auto *opened = new QStandardItem;
        opened->setData(a < panel.agentCasesOpened.size() ? panel.agentCasesOpened[a] : 0,
                        Qt::DisplayRole);
        auto *resolved = new QStandardItem;
        resolved->setData(a < panel.agentCasesResolved.size() ? panel.agentCasesResolved[a] : 0,
                          Qt::DisplayRole);
        const double hours = a < panel.agentMedianHoursToResolve.size()
                                 ? panel.agentMedianHoursToResolve[a].value_or(-1.0)
                                 : -1.0;
        auto *median = new QStandardItem(
            hours < 0    ? QStringLiteral("—")
            : hours < 48 ? tr("%1 h").arg(locale.toString(hours, 'f', 1))
                         : tr("%1 days").arg(locale.toString(hours / 24.0, 'f', 1)));
        median->setData(hours, Qt::UserRole);
        // Sorting goes by Qt::UserRole: numbers as numbers, whatever the text says.
        nameItem->setData(name, Qt::UserRole);
        countItem->setData(n, Qt::UserRole);
        channel->setData(channel->text(), Qt::UserRole);
        opened->setData(opened->data(Qt::DisplayRole), Qt::UserRole);
        resolved->setData(resolved->data(Qt::DisplayRole), Qt::UserRole);
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
              .arg(locale.toString(total), locale.toString(opened), locale.toString(resolved));
    if (t.medianHoursToResolveOverall && std::isfinite(*t.medianHoursToResolveOverall)) {
        const double h = *t.medianHoursToResolveOverall;
        text += QStringLiteral(", ")
                + (h >= 48 ? tr("median %1 days to resolve").arg(locale.toString(h / 24, 'f', 1))
                           : tr("median %1 hours to resolve").arg(locale.toString(h, 'f', 1)));
    }
    m_caption->setText(text + QLatin1Char('.'));
    showBody();
}

QString ActivityChart::caption() const
{
    return m_caption->text();
}

void ActivityChart::rebuild()
{
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
    auto *y = new QValueAxis;
    y->setRange(0,
                double(std::max<qint64>(1, *std::max_element(totals.begin(), totals.end()))) * 1.08);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
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
