#include "ui/dashboards/cohortheatmap.h"

#include "core/io/csv.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/dashboards/cohorttablemodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

namespace {

QString monthLabel(int monthIndex)
{
    return analytics::monthStart(monthIndex).toString(QStringLiteral("yyyy-MM"));
}

QString monthName(int monthIndex)
{
    return QLocale().toString(analytics::monthStart(monthIndex), QStringLiteral("MMMM yyyy"));
}

// Cells of a month still running are hatched over their colour: the share so far, not a
// finished month's.
class CohortCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(CohortTableModel::RunningRole).toBool())
            return;
        QColor hatch = index.data(Qt::ForegroundRole).value<QColor>();
        hatch.setAlpha(110);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrushOrigin(option.rect.topLeft());
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), QBrush(hatch, Qt::BDiagPattern));
        QPen dashed(hatch, 1, Qt::DashLine);
        painter->setPen(dashed);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }
};

} // namespace

CohortHeatmap::CohortHeatmap(QWidget *parent)
    : DashboardPanel(tr("Cohort retention"), QStringLiteral("cohorts"), parent)
{
    auto *body = new QWidget(this);
    m_model = new CohortTableModel(this);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    setUpTable(m_table);
    m_table->setMinimumHeight(200);
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

void CohortHeatmap::setUpTable(QTableView *table) const
{
    table->setModel(m_model);
    table->setItemDelegate(new CohortCellDelegate(table));
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setWordWrap(false);
    table->horizontalHeader()->setDefaultSectionSize(38);
    table->horizontalHeader()->setMinimumSectionSize(24);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setToolTip(tr("Months since the first purchase"));
    table->verticalHeader()->setDefaultSectionSize(22);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    table->setFont(small);
}

void CohortHeatmap::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        m_model->setTable(std::nullopt);
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->cohorts, result->filters.to);
}

void CohortHeatmap::setPanel(const analytics::CohortPanel &panel, const QDate &asOf)
{
    if (!panel.result || panel.result->cohorts.cohorts() == 0) {
        m_model->setTable(std::nullopt);
        showMessage(panel.message.isEmpty() ? tr("There are no purchases to form cohorts.")
                                            : panel.message);
        return;
    }
    m_model->setTable(panel.result->cohorts,
                      panel.lastMonthRunning ? (asOf.isValid() ? asOf
                                                               : analytics::monthStart(
                                                                     panel.result->cohorts.lastMonth))
                                             : QDate());
    QString caption = tr("Rows: the month of the first purchase and how many customers it "
                         "brought; columns: months since (month 0 is always 100%). The colour "
                         "deepens up to %1 still buying.")
                          .arg(display::percent(m_model->scaleTop(), 0));
    if (!runningNote().isEmpty())
        caption += QLatin1Char(' ') + runningNote();
    m_caption->setText(caption);
    showBody();
    // The newest cohorts are the ones a manager acts on.
    m_table->scrollToBottom();
}

QString CohortHeatmap::runningNote() const
{
    const auto &table = m_model->table();
    if (!table || !m_model->runningUntil().isValid())
        return {};
    return tr("Hatched: %1 so far, up to %2 (the month is still running).")
        .arg(monthName(table->lastMonth), display::date(m_model->runningUntil()));
}

QStringList CohortHeatmap::exportNotes() const
{
    const QString note = runningNote();
    return note.isEmpty() ? QStringList() : QStringList{note};
}

QSize CohortHeatmap::fullTableSize() const
{
    const QHeaderView *rows = m_table->verticalHeader();
    const QHeaderView *columns = m_table->horizontalHeader();
    return {rows->sizeHint().width() + columns->length() + 2 * m_table->frameWidth(),
            columns->sizeHint().height() + rows->length() + 2 * m_table->frameWidth()};
}

std::unique_ptr<QWidget> CohortHeatmap::pictureBody() const
{
    // Every row and column at once: a table of its own, as large as its contents, with no
    // scroll bars, selection or focus to show.
    auto body = std::make_unique<QWidget>();
    body->setPalette(palette());
    body->setFont(font());
    auto *table = new QTableView(body.get());
    setUpTable(table);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setPalette(m_table->palette());
    const QSize size = fullTableSize();
    table->setFixedSize(size);
    auto *caption = chartstyle::newCaption(body.get());
    caption->setText(m_caption->text());
    caption->setFixedWidth(size.width());
    auto *layout = new QVBoxLayout(body.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(table);
    layout->addWidget(caption);
    return body;
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
    : DashboardPanel(tr("Retention curves"), QStringLiteral("retention-curves"), parent)
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
    setPanel(result->cohorts, result->filters.to);
}

void RetentionCurves::setPanel(const analytics::CohortPanel &panel, const QDate &asOf)
{
    m_table.reset();
    m_runningUntil = {};
    if (panel.result) {
        m_table = panel.result->cohorts;
        if (panel.lastMonthRunning)
            m_runningUntil = asOf.isValid() ? asOf : analytics::monthStart(m_table->lastMonth);
    }
    rebuild();
    if (m_cohorts.empty()) {
        showMessage(!panel.message.isEmpty() ? panel.message
                    : m_table ? tr("No cohort is old enough to show how it keeps buying.")
                              : tr("There are no purchases to form cohorts."));
        return;
    }
    QString caption = tr("The share of each cohort buying again, by months since the first "
                         "purchase; the thick line is all cohorts together.");
    for (const QString &note : exportNotes())
        caption += QLatin1Char(' ') + note;
    m_caption->setText(caption);
    showBody();
}

QStringList RetentionCurves::exportNotes() const
{
    if (!m_table || !m_runningUntil.isValid())
        return {};
    return {tr("%1 is left out: it is still running (data up to %2).")
                .arg(monthName(m_table->lastMonth), display::date(m_runningUntil))};
}

int RetentionCurves::completeMonths(int cohort) const
{
    const int months = int(m_table->active[std::size_t(cohort)].size());
    return m_runningUntil.isValid() ? months - 1 : months;
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
    // Cohorts with at least two finished months after the first, spread from the oldest to the
    // newest. Tiny cohorts (a first month that began mid-month) draw noise, not a curve. A
    // month still running would draw every curve diving at its end: it stays out.
    std::vector<qint64> sizes(t.sizes.begin(), t.sizes.end());
    std::sort(sizes.begin(), sizes.end());
    const qint64 typical = sizes.empty() ? 0 : sizes[sizes.size() / 2];
    std::vector<int> candidates;
    for (int c = 0; c < t.cohorts(); ++c)
        if (t.sizes[std::size_t(c)] > 0 && t.sizes[std::size_t(c)] * 4 >= typical
            && completeMonths(c) >= 3)
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

    double top = 0;
    int longest = 1;
    std::vector<QLineSeries *> lines;
    int colour = 0;
    for (const int c : m_cohorts) {
        auto *line = new QLineSeries;
        line->setName(
            QLocale().toString(analytics::monthStart(t.firstMonth + c), QStringLiteral("MMM yy")));
        for (int k = 1; k < completeMonths(c); ++k) {
            const double share = t.share(c, k).value_or(0) * 100.0;
            line->append(double(k), share);
            top = std::max(top, share);
        }
        longest = std::max(longest, completeMonths(c) - 1);
        line->setPen(QPen(chartstyle::seriesColour(colour++), 1.6));
        lines.push_back(line);
    }
    // All cohorts: the customers active k months on over those of the cohorts whose month k is
    // over.
    auto *all = new QLineSeries;
    all->setName(tr("All cohorts"));
    for (int k = 1; k <= longest; ++k) {
        qint64 active = 0, size = 0;
        for (int c = 0; c < t.cohorts(); ++c) {
            if (completeMonths(c) > k) {
                active += t.active[std::size_t(c)][std::size_t(k)];
                size += t.sizes[std::size_t(c)];
            }
        }
        if (size > 0) {
            all->append(k, double(active) / double(size) * 100.0);
            top = std::max(top, double(active) / double(size) * 100.0);
        }
    }
    all->setPen(QPen(pal.color(QPalette::WindowText), 3));
    lines.push_back(all);

    using chartstyle::AxisUnit;
    auto *x = chartstyle::valueAxis(1, std::max(2, longest), AxisUnit::Count, false, 8);
    x->setTitleText(tr("Months since the first purchase"));
    auto *y = chartstyle::valueAxis(0, std::max(1.0, top * 1.05), AxisUnit::Percent);
    y->setTitleText(tr("Still buying"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    chartstyle::style(x, pal);
    chartstyle::style(y, pal);
    for (QLineSeries *line : lines) {
        m_chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
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
