#include "ui/dashboards/cohortheatmap.h"

#include "core/io/csv.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/dashboards/cohorttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QVBoxLayout>

#include <QValueAxis>
#include <algorithm>

namespace rapport {

namespace {

QString monthLabel(int monthIndex)
{
    return analytics::monthStart(monthIndex).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

CohortHeatmap::CohortHeatmap(QWidget *parent)
    : DashboardPanel(tr("Cohort retention"), parent)
{
    auto *body = new QWidget(this);
    m_model = new CohortTableModel(this);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(38);
    m_table->horizontalHeader()->setMinimumSectionSize(24);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setToolTip(tr("Months since the first purchase"));
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setMinimumHeight(200);
    QFont small = m_table->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_table->setFont(small);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::clicked, this, &CohortHeatmap::activate);
    m_caption = chartstyle::newCaption(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_caption);
    setBody(body);
    paletteChanged();
}

void CohortHeatmap::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        m_model->setTable(std::nullopt);
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->cohorts);
}

void CohortHeatmap::setPanel(const analytics::CohortPanel &panel)
{
    if (!panel.result || panel.result->cohorts.cohorts() == 0) {
        m_model->setTable(std::nullopt);
        showMessage(panel.message.isEmpty() ? tr("There are no purchases to form cohorts.")
                                            : panel.message);
        return;
    }
    m_model->setTable(panel.result->cohorts);
    m_caption->setText(
        tr("Rows: the month of the first purchase and how many customers it "
           "brought; columns: months since (month 0 is always 100%). The colour "
           "deepens up to %1 still buying.")
            .arg(QLocale().toString(m_model->scaleTop() * 100, 'f', 0) + QLocale().percent()));
    showBody();
    // The newest cohorts are the ones a manager acts on.
    m_table->scrollToBottom();
}

void CohortHeatmap::activate(const QModelIndex &index)
{
    if (index.isValid() && index.data(CohortTableModel::ShareRole).isValid())
        Q_EMIT cellActivated(index.row(), index.column());
}

bool CohortHeatmap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_table->currentIndex());
            return true;
        }
    }
    return DashboardPanel::eventFilter(watched, event);
}

void CohortHeatmap::paletteChanged()
{
    m_model->setColours(chartstyle::seriesColour(0), palette());
}

QString CohortHeatmap::csv() const
{
    const auto &table = m_model->table();
    if (!table || showsMessage())
        return {};
    QList<QStringList> rows;
    QStringList header{QStringLiteral("cohort"), QStringLiteral("customers")};
    for (int k = 0; k < m_model->columnCount(); ++k)
        header << QStringLiteral("month_%1").arg(k);
    rows << header;
    for (int c = 0; c < table->cohorts(); ++c) {
        QStringList row{monthLabel(table->firstMonth + c),
                        QString::number(table->sizes[std::size_t(c)])};
        for (int k = 0; k < m_model->columnCount(); ++k) {
            const auto share = table->share(c, k);
            row << (share ? QString::number(*share, 'f', 4) : QString());
        }
        rows << row;
    }
    return csvDocument(rows);
}

RetentionCurves::RetentionCurves(QWidget *parent)
    : DashboardPanel(tr("Retention curves"), parent)
{
    auto *body = new QWidget(this);
    m_chart = new QChart;
    m_view = chartstyle::newChartView(m_chart, body);
    m_caption = chartstyle::newCaption(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    setBody(body);
}

void RetentionCurves::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        m_table.reset();
        rebuild();
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->cohorts);
}

void RetentionCurves::setPanel(const analytics::CohortPanel &panel)
{
    m_table.reset();
    if (panel.result)
        m_table = panel.result->cohorts;
    rebuild();
    if (m_cohorts.empty()) {
        showMessage(!panel.message.isEmpty() ? panel.message
                    : m_table ? tr("No cohort is old enough to show how it keeps buying.")
                              : tr("There are no purchases to form cohorts."));
        return;
    }
    m_caption->setText(tr("The share of each cohort buying again, by months since the first "
                          "purchase; the thick line is all cohorts together."));
    showBody();
}

void RetentionCurves::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    m_cohorts.clear();
    const QPalette pal = palette();
    chartstyle::style(m_chart, pal);
    if (!m_table)
        return;
    const analytics::CohortTable &t = *m_table;
    // Cohorts with at least two months after the first, spread from the oldest to the newest.
    // Tiny cohorts (a first month that began mid-month) draw noise, not a curve.
    std::vector<qint64> sizes(t.sizes.begin(), t.sizes.end());
    std::sort(sizes.begin(), sizes.end());
    const qint64 typical = sizes.empty() ? 0 : sizes[sizes.size() / 2];
    std::vector<int> candidates;
    for (int c = 0; c < t.cohorts(); ++c)
        if (t.sizes[std::size_t(c)] > 0 && t.sizes[std::size_t(c)] * 4 >= typical
            && t.active[std::size_t(c)].size() >= 3)
            candidates.push_back(c);
    if (candidates.empty())
        return;
    const std::size_t n = candidates.size();
    const std::size_t curves = std::min<std::size_t>(n, MaxCurves);
    for (std::size_t i = 0; i < curves; ++i) {
        const std::size_t pick = curves == 1 ? n - 1 : i * (n - 1) / (curves - 1);
        if (m_cohorts.empty() || m_cohorts.back() != candidates[pick])
            m_cohorts.push_back(candidates[pick]);
    }

    auto *x = new QValueAxis;
    x->setTitleText(tr("Months since the first purchase"));
    x->setLabelFormat(QStringLiteral("%d"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    y->setTitleText(tr("Still buying"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    chartstyle::style(x, pal);
    chartstyle::style(y, pal);
    double top = 0;
    int longest = 1;
    int colour = 0;
    for (const int c : m_cohorts) {
        auto *line = new QLineSeries;
        line->setName(
            QLocale().toString(analytics::monthStart(t.firstMonth + c), QStringLiteral("MMM yy")));
        const auto &active = t.active[std::size_t(c)];
        for (std::size_t k = 1; k < active.size(); ++k) {
            const double share = t.share(c, int(k)).value_or(0) * 100.0;
            line->append(double(k), share);
            top = std::max(top, share);
        }
        longest = std::max(longest, int(active.size()) - 1);
        line->setPen(QPen(chartstyle::seriesColour(colour++), 1.6));
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // All cohorts: the customers active k months on over those of the cohorts that reached k.
    auto *all = new QLineSeries;
    all->setName(tr("All cohorts"));
    for (int k = 1; k <= longest; ++k) {
        qint64 active = 0, size = 0;
        for (int c = 0; c < t.cohorts(); ++c) {
            if (int(t.active[std::size_t(c)].size()) > k) {
                active += t.active[std::size_t(c)][std::size_t(k)];
                size += t.sizes[std::size_t(c)];
            }
        }
        if (size > 0)
            all->append(k, double(active) / double(size) * 100.0);
    }
    all->setPen(QPen(pal.color(QPalette::WindowText), 3));
    m_chart->addSeries(all);
    all->attachAxis(x);
    all->attachAxis(y);
    x->setRange(1, std::max(2, longest));
    x->setTickCount(std::min(longest, 12));
    y->setRange(0, std::max(5.0, std::ceil(top * 1.1 / 5) * 5));
    y->applyNiceNumbers();
}

void RetentionCurves::paletteChanged()
{
    rebuild();
}

QString RetentionCurves::csv() const
{
    if (!m_table || m_cohorts.empty())
        return {};
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("cohort"),
                        QStringLiteral("months_since"),
                        QStringLiteral("active"),
                        QStringLiteral("customers"),
                        QStringLiteral("share")};
    for (const int c : m_cohorts) {
        const auto &active = m_table->active[std::size_t(c)];
        for (std::size_t k = 0; k < active.size(); ++k) {
            rows << QStringList{monthLabel(m_table->firstMonth + c),
                                QString::number(k),
                                QString::number(active[k]),
                                QString::number(m_table->sizes[std::size_t(c)]),
                                QString::number(m_table->share(c, int(k)).value_or(0), 'f', 4)};
        }
    }
    return csvDocument(rows);
}

} // namespace rapport
