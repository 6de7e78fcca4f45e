#include "ui/dashboards/paretochart.h"

#include "core/domain/money.h"
#include "core/io/csv.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/chartstyle.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMouseEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace rapport {

using analytics::AbcClass;
using analytics::ParetoMeasure;

namespace {

constexpr std::array<AbcClass, 3> classes{AbcClass::A, AbcClass::B, AbcClass::C};

QColor classColour(AbcClass abc)
{
    switch (abc) {
    case AbcClass::A:
        return chartstyle::seriesColour(0);
    case AbcClass::B:
        return chartstyle::seriesColour(1);
    case AbcClass::C:
        return QColor(0x8c, 0x8c, 0x8c);
    }
    return {};
}

// "86%", "4%", "2.5%", "0.01%": display::percent of a value in 0..100, trailing zeros dropped
// ("4%" rather than "4.0%") since these name ranges of ranks.
QString percent(double value)
{
    const QLocale locale;
    QString text = display::percent(value / 100.0);
    if (!text.endsWith(locale.percent()) || !text.contains(locale.decimalPoint()))
        return text;
    QString number = text.chopped(locale.percent().size());
    while (number.endsWith(locale.zeroDigit()))
        number.chop(locale.zeroDigit().size());
    if (number.endsWith(locale.decimalPoint()))
        number.chop(locale.decimalPoint().size());
    return number + locale.percent();
}

} // namespace

ParetoChart::ParetoChart(QWidget *parent)
    : DashboardPanel(tr("Pareto: who carries the business"), QStringLiteral("pareto"), parent)
{
    auto *body = new QWidget(this);
    m_chart = new QChart;
    m_view = chartstyle::newChartView(m_chart, body);
    m_view->setObjectName(QStringLiteral("paretoView"));
    m_view->setMinimumHeight(260);
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (const AbcClass abc : classes) {
        auto *action = new QAction(m_view);
        connect(action, &QAction::triggered, this, [this, abc] { requestClass(abc); });
        m_view->addAction(action);
        m_classActions[std::size_t(abc)] = action;
    }
    m_caption = chartstyle::newCaption(body);
    m_caption->setObjectName(QStringLiteral("paretoCaption"));
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);
    setBody(body);
    connect(m_chart, &QChart::plotAreaChanged, this, &ParetoChart::placeBandLabels);
}

void ParetoChart::setResult(std::shared_ptr<const analytics::DashboardResult> result)
{
    if (!result) {
        show(nullptr, ParetoMeasure::Revenue, tr("No data yet."));
        return;
    }
    m_currency = result->currency;
    const analytics::ParetoPanel &panel = result->pareto;
    m_currency = result->currency;
    if (!panel.result) {
        show(nullptr, panel.measure, panel.message);
        return;
    }
    // Shares the result's ownership: the ranking is not copied.
    show(std::shared_ptr<const analytics::ParetoResult>(result, &*panel.result),
         panel.measure,
         QString());
}

void ParetoChart::setPanel(const analytics::ParetoPanel &panel, const QString &currency)
{
    m_currency = currency;
    if (!panel.result)
        show(nullptr, panel.measure, panel.message);
    else
        show(std::make_shared<const analytics::ParetoResult>(*panel.result), panel.measure, {});
}

void ParetoChart::show(std::shared_ptr<const analytics::ParetoResult> pareto,
                       ParetoMeasure measure,
                       const QString &message)
{
    m_pareto = std::move(pareto);
    m_measure = measure;
    buildSlices();
    rebuildChart();
    if (m_slices.empty()) {
        showMessage(message.isEmpty() ? tr("There is nothing to rank in the period.") : message);
        return;
    }
    m_caption->setText(caption());
    showBody();
}

void ParetoChart::buildSlices()
{
    m_slices.clear();
    if (!m_pareto || m_pareto->ids.empty() || m_pareto->total <= 0)
        return;
    const analytics::ParetoResult &p = *m_pareto;
    const std::size_t n = p.ids.size();
    const std::size_t bars = std::min<std::size_t>(n, MaxBars);
    m_slices.reserve(bars);
    for (std::size_t b = 0; b < bars; ++b) {
        Slice s;
        s.first = b * n / bars;
        s.last = (b + 1) * n / bars - 1;
        qint64 clamped = 0;
        for (std::size_t i = s.first; i <= s.last; ++i) {
            s.value += p.values[i];
            clamped += std::max<qint64>(0, p.values[i]);
        }
        s.share = double(clamped) / double(p.total);
        s.cumulative = p.cumulativeShare[s.last];
        s.abc = p.classes[(s.first + s.last) / 2];
        m_slices.push_back(s);
    }
}

QString ParetoChart::measureName() const
{
    switch (m_measure) {
    case ParetoMeasure::Revenue:
        return tr("Revenue");
    case ParetoMeasure::GrossMargin:
        return tr("Gross margin");
    case ParetoMeasure::ServiceLoad:
        return tr("Service load");
    }
    return {};
}

// The measure inside a sentence ("ranked by revenue"): its own text, since lower-casing the
// title would also lower-case a German noun.
QString ParetoChart::measureInSentence() const
{
    switch (m_measure) {
    case ParetoMeasure::Revenue:
        return tr("revenue", "inside a sentence: ranked by revenue");
    case ParetoMeasure::GrossMargin:
        return tr("gross margin", "inside a sentence: ranked by gross margin");
    case ParetoMeasure::ServiceLoad:
        return tr("service load", "inside a sentence: ranked by service load");
    }
    return {};
}

QString ParetoChart::sliceLabel(std::size_t bar) const
{
    if (bar >= m_slices.size())
        return {};
    const Slice &s = m_slices[bar];
    const double n = double(m_pareto->ids.size());
    const QString top = s.first == 0
                            ? percent(double(s.last + 1) / n * 100.0)
                            : percent(double(s.first) / n * 100.0).chopped(1) + QStringLiteral("–")
                                  + percent(double(s.last + 1) / n * 100.0);
    if (s.first == s.last) {
        return tr("%1 rank %2 (top %3)")
            .arg(measureName(), display::count(qint64(s.first + 1)), top);
    }
    return tr("%1 ranks %2–%3 (top %4)")
        .arg(measureName(),
             display::count(qint64(s.first + 1)),
             display::count(qint64(s.last + 1)),
             top);
}

QString ParetoChart::classLabel(AbcClass abc) const
{
    if (!m_pareto)
        return {};
    return tr("%1 class %2 (%Ln customers)", nullptr, int(m_pareto->classCustomers[std::size_t(abc)]))
        .arg(measureName(), QChar::fromLatin1(analytics::abcLetter(abc)));
}

QString ParetoChart::caption() const
{
    if (!m_pareto)
        return {};
    const analytics::ParetoResult &p = *m_pareto;
    QString text = tr("The top 20% of customers hold %1; 80% comes from %2 of the customers; "
                      "Gini coefficient %3.")
                       .arg(percent(std::round(p.top20Share * 1000) / 10),
                            percent(std::round(p.customersFor80Share * 1000) / 10),
                            display::decimal(p.gini, 2));
    QStringList bands;
    for (const AbcClass abc : classes) {
        const auto c = std::size_t(abc);
        if (p.classCustomers[c] == 0)
            continue;
        bands << tr("%1 %2 of the customers hold %3")
                     .arg(QChar::fromLatin1(analytics::abcLetter(abc)),
                          percent(
                              std::round(double(p.classCustomers[c]) / double(p.customers) * 1000)
                              / 10),
                          percent(std::round(double(p.classValue[c]) / double(p.total) * 1000)
                                  / 10));
    }
    text += QLatin1Char(' ') + tr("Classes: %1.").arg(bands.join(QStringLiteral("; ")));
    if (p.negativeCustomers > 0) {
        text += QLatin1Char(' ')
                + tr("%Ln customer(s) with more refunds than purchases count as zero.",
                     nullptr,
                     int(p.negativeCustomers));
    }
    return text;
}

void ParetoChart::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    for (auto *&label : m_bandLabels) {
        delete label;
        label = nullptr;
    }
    const QPalette pal = palette();
    chartstyle::style(m_chart, pal);
    for (const AbcClass abc : classes)
        m_classActions[std::size_t(abc)]->setVisible(false);
    if (m_slices.empty())
        return;
    const analytics::ParetoResult &p = *m_pareto;
    const double n = double(p.ids.size());
    const int bars = int(m_slices.size());

    auto *barAxis = new QValueAxis; // hidden: bar i sits at x = i
    barAxis->setRange(-0.5, bars - 0.5);
    barAxis->setVisible(false);
    using chartstyle::AxisUnit;
    auto *customerAxis = chartstyle::valueAxis(0, 100, AxisUnit::Percent);
    customerAxis->setTitleText(tr("Customers, ranked by %1").arg(measureInSentence()));
    double top = 0;
    for (const Slice &s : m_slices)
        top = std::max(top, s.share * 100.0);
    auto *shareAxis = chartstyle::valueAxis(0, std::max(0.1, top * 1.05), AxisUnit::Percent);
    shareAxis->setTitleText(tr("Share per bar"));
    auto *cumulativeAxis = chartstyle::valueAxis(0, 100, AxisUnit::Percent);
    cumulativeAxis->setTitleText(tr("Cumulative share"));
    m_chart->addAxis(barAxis, Qt::AlignBottom);
    m_chart->addAxis(customerAxis, Qt::AlignBottom);
    m_chart->addAxis(shareAxis, Qt::AlignLeft);
    m_chart->addAxis(cumulativeAxis, Qt::AlignRight);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(customerAxis),
                                static_cast<QAbstractAxis *>(shareAxis),
                                static_cast<QAbstractAxis *>(cumulativeAxis)})
        chartstyle::style(axis, pal);
    cumulativeAxis->setGridLineVisible(false);

    // Class bands behind everything, clickable.
    std::size_t start = 0;
    for (const AbcClass abc : classes) {
        const std::size_t count = std::size_t(p.classCustomers[std::size_t(abc)]);
        if (count == 0)
            continue;
        const double x0 = double(start) / n * 100.0;
        const double x1 = double(start + count) / n * 100.0;
        start += count;
        auto *upper = new QLineSeries;
        upper->append(x0, 100);
        upper->append(x1, 100);
        auto *lower = new QLineSeries;
        lower->append(x0, 0);
        lower->append(x1, 0);
        auto *band = new QAreaSeries(upper, lower);
        band->setName(QString());
        band->setBrush(chartstyle::tint(classColour(abc), 0.13, pal));
        band->setPen(Qt::NoPen);
        m_chart->addSeries(band);
        band->attachAxis(customerAxis);
        band->attachAxis(cumulativeAxis);
        connect(band, &QAreaSeries::clicked, this, [this, abc] { requestClass(abc); });

        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setText(QChar::fromLatin1(analytics::abcLetter(abc)) + QStringLiteral(" · ")
                       + percent(std::round(count / n * 1000) / 10));
        const double held = double(p.classValue[std::size_t(abc)]) / double(p.total) * 100.0;
        label->setToolTip(tr("Class %1: %2 of the customers hold %3 of the %4. Click to list them.")
                              .arg(QChar::fromLatin1(analytics::abcLetter(abc)))
                              .arg(percent(std::round(count / n * 1000) / 10),
                                   percent(std::round(held * 10) / 10),
                                   measureInSentence()));
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        label->setBrush(classColour(abc).darker(chartstyle::isDark(pal) ? 60 : 130));
        label->setZValue(20);
        label->setCursor(Qt::PointingHandCursor);
        m_bandLabels[std::size_t(abc)] = label;
        QAction *action = m_classActions[std::size_t(abc)];
        action->setText(tr("Show class %1 customers (%2)")
                            .arg(QChar::fromLatin1(analytics::abcLetter(abc)))
                            .arg(display::count(qint64(count))));
        action->setVisible(true);
    }
    // The band labels and the caption name the classes; a legend would only repeat them.
    m_chart->legend()->hide();

    auto *barSeries = new QStackedBarSeries;
    barSeries->setBarWidth(0.8);
    std::array<QBarSet *, 3> sets{};
    for (const AbcClass abc : classes) {
        const std::size_t c = std::size_t(abc);
        const double valueShare = double(p.classValue[c]) / double(p.total) * 100.0;
        sets[c] = new QBarSet(
            tr("Class %1: %2 of %3")
                .arg(QChar::fromLatin1(analytics::abcLetter(abc)))
                .arg(percent(std::round(valueShare * 10) / 10), measureInSentence()));
        sets[c]->setColor(classColour(abc));
        sets[c]->setBorderColor(classColour(abc).darker(115));
    }
    for (const Slice &s : m_slices)
        for (const AbcClass abc : classes)
            sets[std::size_t(abc)]->append(abc == s.abc ? s.share * 100.0 : 0.0);
    for (QBarSet *set : sets) {
        connect(set, &QBarSet::clicked, this, [this](int index) {
            requestSlice(std::size_t(index));
        });
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            // Not once hidden: a hover replayed after a drill-down would sit over the list.
            if (!on || std::size_t(index) >= m_slices.size() || !m_view->isVisible()) {
                QToolTip::hideText();
                return;
            }
            const Slice &s = m_slices[std::size_t(index)];
            QToolTip::showText(QCursor::pos(),
                               tr("%1\n%2 of the total, %3 cumulative\nClick to list them")
                                   .arg(sliceLabel(std::size_t(index)),
                                        percent(std::round(s.share * 1000) / 10),
                                        percent(std::round(s.cumulative * 1000) / 10)),
                               m_view);
        });
        barSeries->append(set);
    }
    m_chart->addSeries(barSeries);
    barSeries->attachAxis(barAxis);
    barSeries->attachAxis(shareAxis);

    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share"));
    cumulative->append(0, 0);
    for (const Slice &s : m_slices)
        cumulative->append(double(s.last + 1) / n * 100.0, s.cumulative * 100.0);
    QPen linePen(pal.color(QPalette::WindowText), 2);
    cumulative->setPen(linePen);
    m_chart->addSeries(cumulative);
    cumulative->attachAxis(customerAxis);
    cumulative->attachAxis(cumulativeAxis);

    auto *eighty = new QLineSeries;
    eighty->setName(tr("80%"));
    eighty->append(0, 80);
    eighty->append(100, 80);
    QPen dashed(chartstyle::badColour(pal), 1.5, Qt::DashLine);
    eighty->setPen(dashed);
    m_chart->addSeries(eighty);
    eighty->attachAxis(customerAxis);
    eighty->attachAxis(cumulativeAxis);
    placeBandLabels();
}

void ParetoChart::placeBandLabels()
{
    if (!m_pareto || m_slices.empty())
        return;
    const double n = double(m_pareto->ids.size());
    const QRectF plot = m_chart->plotArea();
    std::size_t start = 0;
    double rightEdge = plot.left();
    for (const AbcClass abc : classes) {
        const std::size_t count = std::size_t(m_pareto->classCustomers[std::size_t(abc)]);
        QGraphicsSimpleTextItem *label = m_bandLabels[std::size_t(abc)];
        if (!label)
            continue;
        const double x0 = plot.left() + plot.width() * double(start) / n;
        start += count;
        // Labels of narrow bands move right so that they do not overlap.
        const double x = std::max(x0 + 4, rightEdge + 6);
        label->setPos(x, plot.top() + 2);
        rightEdge = x + label->boundingRect().width();
    }
}

QPoint ParetoChart::barPosition(std::size_t bar) const
{
    if (bar >= m_slices.size())
        return {};
    QAbstractSeries *bars = nullptr;
    for (QAbstractSeries *s : m_chart->series())
        if (s->type() == QAbstractSeries::SeriesTypeStackedBar)
            bars = s;
    const QPointF scene
        = m_chart->mapToPosition(QPointF(double(bar), m_slices[bar].share * 100.0 / 2), bars);
    return m_view->mapFromScene(scene);
}

QPoint ParetoChart::bandLabelPosition(AbcClass abc) const
{
    const QGraphicsSimpleTextItem *label = m_bandLabels[std::size_t(abc)];
    if (!label)
        return {};
    return m_view->mapFromScene(label->sceneBoundingRect().center());
}

void ParetoChart::requestSlice(std::size_t bar)
{
    if (bar >= m_slices.size())
        return;
    const Slice &s = m_slices[bar];
    analytics::DrillDown customers;
    customers.figure = analytics::Dashboard::paretoFigure(m_measure, m_currency);
    customers.ids.assign(m_pareto->ids.begin() + std::ptrdiff_t(s.first),
                         m_pareto->ids.begin() + std::ptrdiff_t(s.last + 1));
    for (std::size_t k = s.first; k <= s.last; ++k)
        customers.values.push_back(double(m_pareto->values[k]));
    requestCustomers(std::move(customers), sliceLabel(bar));
}

void ParetoChart::requestClass(AbcClass abc)
{
    if (!m_pareto)
        return;
    analytics::DrillDown customers;
    customers.figure = analytics::Dashboard::paretoFigure(m_measure, m_currency);
    customers.ids.reserve(std::size_t(m_pareto->classCustomers[std::size_t(abc)]));
    for (std::size_t i = 0; i < m_pareto->ids.size(); ++i) {
        if (m_pareto->classes[i] == abc) {
            customers.ids.push_back(m_pareto->ids[i]);
            customers.values.push_back(double(m_pareto->values[i]));
        }
    }
    requestCustomers(std::move(customers), classLabel(abc));
}

bool ParetoChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QPointF scene = m_view->mapToScene(mouse->position().toPoint());
            for (const AbcClass abc : classes) {
                const QGraphicsSimpleTextItem *label = m_bandLabels[std::size_t(abc)];
                if (label && label->sceneBoundingRect().contains(scene)) {
                    requestClass(abc);
                    return true;
                }
            }
        }
    }
    return DashboardPanel::eventFilter(watched, event);
}

void ParetoChart::paletteChanged()
{
    rebuildChart();
}

QString ParetoChart::csv() const
{
    if (m_slices.empty())
        return {};
    // Money in major units with its currency ("1234.56","EUR"); the service load counts cases.
    const bool money = m_measure != ParetoMeasure::ServiceLoad;
    QStringList header{QStringLiteral("bar"),
                       QStringLiteral("first_rank"),
                       QStringLiteral("last_rank"),
                       QStringLiteral("customers")};
    if (money)
        header << QStringLiteral("value") << QStringLiteral("currency");
    else
        header << QStringLiteral("cases");
    header << QStringLiteral("share") << QStringLiteral("cumulative_share")
           << QStringLiteral("class");
    QList<QStringList> rows{header};
    for (std::size_t b = 0; b < m_slices.size(); ++b) {
        const Slice &s = m_slices[b];
        QStringList row{QString::number(b + 1),
                        QString::number(s.first + 1),
                        QString::number(s.last + 1),
                        QString::number(s.last - s.first + 1)};
        if (money)
            row << ChartExport::csvMoney(s.value, m_currency) << m_currency;
        else
            row << QString::number(s.value);
        row << QString::number(s.share, 'f', 6) << QString::number(s.cumulative, 'f', 6)
            << QString(QChar::fromLatin1(analytics::abcLetter(s.abc)));
        rows << row;
    }
    return csvDocument(rows);
}

} // namespace rapport
