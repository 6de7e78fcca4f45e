#include "ui/dashboards/clvchart.h"

#include "core/analytics/clvaverage.h"
#include "core/domain/money.h"
#include "core/io/csv.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/dashboards/kpitile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace rapport {

ClvChart::ClvChart(QWidget *parent)
    : DashboardPanel(tr("Customer lifetime value"), QStringLiteral("lifetime-value"), parent)
{
    auto *body = new QWidget(this);
    m_chart = new QChart;
    m_view = chartstyle::newChartView(m_chart, body);
    m_view->setMinimumHeight(200);
    m_caption = chartstyle::newCaption(body);
    m_caption->setObjectName(QStringLiteral("clvCaption"));
    m_slippingTitle = new QLabel(body);
    QFont bold = m_slippingTitle->font();
    bold.setBold(true);
    m_slippingTitle->setFont(bold);
    m_model = new SlippingModel(this);
    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("slippingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(SlippingModel::Customer, QHeaderView::Stretch);
    for (int c = SlippingModel::PastValue; c < SlippingModel::ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(120);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT customerActivated(index.data(SlippingModel::IdRole).toLongLong());
    });
    m_showAll = new QPushButton(body);
    m_showAll->setObjectName(QStringLiteral("showAllSlipping"));
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        analytics::ClvPanel shown;
        shown.slipping = m_model->customers();
        requestCustomers(analytics::Dashboard::slippingCustomers(shown, m_currency),
                         tr("Valuable but slipping"));
    });
    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_showAll);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_caption);
    layout->addSpacing(6);
    layout->addWidget(m_slippingTitle);
    layout->addWidget(m_table, 2);
    layout->addLayout(footer);
    setBody(body);
}

void ClvChart::setNameLookup(SlippingModel::NameLookup lookup)
{
    m_model->setNameLookup(std::move(lookup));
}

QString ClvChart::compactMoney(double minor, const QString &currency, const QLocale &locale)
{
    const double units = minor / std::pow(10.0, Money::decimals(currency));
    const double a = std::abs(units);
    auto shortest = [&](double v) {
        return display::decimal(v, v < 10 && std::abs(v - std::round(v)) > 0.05 ? 1 : 0, locale);
    };
    if (a >= 1e6)
        return shortest(units / 1e6) + tr("M", "millions");
    if (a >= 1e3)
        return shortest(units / 1e3) + tr("k", "thousands");
    return shortest(units);
}

void ClvChart::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        setPanel({}, {});
        showMessage(tr("No data yet."));
        return;
    }
    setPanel(result->clv, result->currency);
}

QString ClvChart::caption() const
{
    return m_caption->text();
}

void ClvChart::setPanel(const analytics::ClvPanel &panel, const QString &currency)
{
    m_currency = currency;
    m_edges = panel.edges;
    m_counts = panel.counts;
    if (m_edges.size() != m_counts.size() + 1)
        m_edges.clear(), m_counts.clear();
    m_model->setCustomers(panel.slipping, currency);
    rebuild();
    if (!panel.fit) {
        showMessage(panel.message.isEmpty()
                        ? tr("The lifetime value model has not been fitted yet.")
                        : panel.message);
        return;
    }
    const QLocale locale;
    const auto &p = panel.fit->params;
    QString text = panel.updating ? tr("Updating to the latest changes…") + QLatin1Char(' ')
                                  : QString();
    text += tr("BG/NBD fit: r %1, α %2, a %3, b %4, log-likelihood %5.")
                .arg(display::decimal(p.r, 3),
                     display::decimal(p.alpha, 3),
                     display::decimal(p.a, 3),
                     display::decimal(p.b, 3),
                     display::decimal(panel.fit->logLikelihood, 1));
    if (panel.customers > 0 && std::isfinite(panel.average)) {
        // The tile's own words and number (clvaverage.h defines both).
        text += QLatin1Char(' ')
                + tr("Average lifetime value %1 over the %Ln customer(s) who had bought by the "
                     "end of the period.",
                     nullptr,
                     int(panel.customers))
                      .arg(KpiTile::formatValue(analytics::Kpi::AverageClv,
                                                panel.average,
                                                currency,
                                                locale));
    }
    m_caption->setText(text);
    m_caption->setToolTip(analytics::averageLifetimeValueDefinition());
    const qint64 slipping = qint64(panel.slipping.size());
    m_slippingTitle->setText(
        slipping > 0
            ? tr("Valuable but slipping: %Ln top customer(s) less than half likely to buy again",
                 nullptr,
                 int(slipping))
            : tr("No valuable customer is slipping away."));
    m_table->setVisible(slipping > 0);
    m_showAll->setVisible(slipping > 0);
    m_showAll->setText(tr("Show all %1 in the list").arg(display::count(slipping)));
    showBody();
}

void ClvChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    const QPalette pal = palette();
    chartstyle::style(m_chart, pal);
    m_chart->legend()->hide();
    if (m_counts.empty())
        return;
    auto *set = new QBarSet(tr("Customers"));
    set->setColor(chartstyle::seriesColour(4).darker(115));
    set->setBorderColor(Qt::transparent);
    QStringList categories;
    qint64 top = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        set->append(double(m_counts[i]));
        top = std::max(top, m_counts[i]);
        categories << compactMoney(m_edges[i], m_currency);
    }
    auto *series = new QBarSeries;
    series->setBarWidth(0.92);
    series->append(set);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(m_currency.isEmpty() ? tr("Lifetime value from")
                                         : tr("Lifetime value from (%1)").arg(m_currency));
    auto *y = chartstyle::valueAxis(0,
                                    double(std::max<qint64>(1, top)) * 1.05,
                                    chartstyle::AxisUnit::Count);
    y->setTitleText(tr("Customers"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    chartstyle::style(x, pal);
    chartstyle::style(y, pal);
    x->setGridLineVisible(false);
    series->attachAxis(x);
    series->attachAxis(y);
    connect(set, &QBarSet::clicked, this, [this](int i) {
        QToolTip::hideText();
        Q_EMIT binActivated(i);
    });
    connect(set, &QBarSet::hovered, this, [this](bool on, int i) {
        // Not once hidden: a hover replayed after a drill-down would sit over the list.
        if (!on || std::size_t(i) >= m_counts.size() || !m_view->isVisible()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           tr("%1 customers worth %2 to %3 %4")
                               .arg(display::count(m_counts[std::size_t(i)]),
                                    compactMoney(m_edges[std::size_t(i)], m_currency),
                                    compactMoney(m_edges[std::size_t(i) + 1], m_currency),
                                    m_currency),
                           m_view);
    });
}

bool ClvChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            Q_EMIT customerActivated(
                m_table->currentIndex().data(SlippingModel::IdRole).toLongLong());
            return true;
        }
    }
    return DashboardPanel::eventFilter(watched, event);
}

void ClvChart::paletteChanged()
{
    rebuild();
}

QString ClvChart::csv() const
{
    if (m_counts.empty() || showsMessage())
        return {};
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("from"),
                        QStringLiteral("to"),
                        QStringLiteral("currency"),
                        QStringLiteral("customers")};
    for (std::size_t i = 0; i < m_counts.size(); ++i)
        rows << QStringList{ChartExport::csvMoney(std::llround(m_edges[i]), m_currency),
                            ChartExport::csvMoney(std::llround(m_edges[i + 1]), m_currency),
                            m_currency,
                            QString::number(m_counts[i])};
    return csvDocument(rows);
}

} // namespace rapport
