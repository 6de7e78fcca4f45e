#include "ui/dashboards/chartstyle.h"

#include "core/util/displayformat.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>

#include <algorithm>
#include <array>
#include <cmath>

namespace rapport::chartstyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void style(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Room on the right for the last tick label, centred on the axis' end.
    chart->setMargins(QMargins(4, 4, 14, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitleBrush(palette.windowText());
    // Bar labels ("@value") in the user's digits and decimal point.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

double niceStep(double span, AxisUnit unit, int maxTicks)
{
    if (!(span > 0) || !std::isfinite(span))
        return 1;
    const double raw = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= raw * (1 - 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    return unit == AxisUnit::Count ? std::max(1.0, step) : step;
}

QString tickLabel(double value, double step, AxisUnit unit)
{
    if (unit == AxisUnit::Count)
        return display::count(qint64(std::llround(value)));
    // Percent of 0..100: as many decimals as the step needs (a step of 0.5 needs one).
    const int decimals = std::max(0, int(-std::floor(std::log10(step) + 1e-9)));
    return display::percent(value / 100.0, decimals);
}

QCategoryAxis *valueAxis(double low, double high, AxisUnit unit, bool roundOut, int maxTicks)
{
    if (!(high > low))
        high = low + 1;
    const double step = niceStep(high - low, unit, maxTicks);
    if (roundOut) {
        low = std::floor(low / step + 1e-9) * step;
        high = std::ceil(high / step - 1e-9) * step;
    }
    auto *axis = new QCategoryAxis;
    axis->setRange(low, high);
    axis->setStartValue(low);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double first = std::ceil(low / step - 1e-9) * step;
    for (double v = first; v <= high + step * 1e-9; v += step) {
        const double tick = std::abs(v) < step * 1e-9 ? 0.0 : v;
        axis->append(tickLabel(tick, step, unit), tick);
    }
    return axis;
}

void style(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::WindowText));
    axis->setTitleBrush(palette.windowText());
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(40);
    axis->setGridLineColor(grid);
    axis->setMinorGridLineColor(grid);
    QColor line = palette.color(QPalette::WindowText);
    line.setAlpha(110);
    axis->setLinePenColor(line);
    QFont f = axis->labelsFont();
    f.setPointSizeF(std::max(7.0, QFont().pointSizeF() * 0.85));
    axis->setLabelsFont(f);
    QFont t = axis->titleFont();
    t.setPointSizeF(std::max(7.0, QFont().pointSizeF() * 0.85));
    t.setBold(false);
    axis->setTitleFont(t);
}

QChartView *newChartView(QChart *chart, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setBackgroundBrush(Qt::NoBrush);
    view->setStyleSheet(QString()); // the panel's palette shows through
    view->setAutoFillBackground(false);
    view->viewport()->setAutoFillBackground(false);
    view->setMinimumSize(320, 220);
    return view;
}

QLabel *newCaption(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, mutedText(p));
    label->setPalette(p);
    return label;
}

QColor seriesColour(int index)
{
    static constexpr std::array<QRgb, 10> colours{0x4e79a7,
                                                  0xf28e2b,
                                                  0x59a14f,
                                                  0xe15759,
                                                  0x76b7b2,
                                                  0xedc948,
                                                  0xb07aa1,
                                                  0xff9da7,
                                                  0x9c755f,
                                                  0xbab0ac};
    return QColor(colours[std::size_t(index) % colours.size()]);
}

QColor goodColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor badColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor::fromRgbF(text.redF() * 0.7f + window.redF() * 0.3f,
                            text.greenF() * 0.7f + window.greenF() * 0.3f,
                            text.blueF() * 0.7f + window.blueF() * 0.3f);
}

QColor tint(const QColor &colour, double amount, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const float a = float(std::clamp(amount, 0.0, 1.0));
    return QColor::fromRgbF(base.redF() + (colour.redF() - base.redF()) * a,
                            base.greenF() + (colour.greenF() - base.greenF()) * a,
                            base.blueF() + (colour.blueF() - base.blueF()) * a);
}

QColor textOn(const QColor &background)
{
    // Relative luminance (sRGB approximated by gamma 2.2) against the 0.18 crossover where
    // black and white text have the same contrast.
    auto lin = [](float c) { return std::pow(c, 2.2f); };
    const float l = 0.2126f * lin(background.redF()) + 0.7152f * lin(background.greenF())
                    + 0.0722f * lin(background.blueF());
    return l > 0.18f ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace rapport::chartstyle
