#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace rapport::chartstyle {

// The dashboards' look in one place: charts drawn on the panel's own background with the
// palette's text colours, so they read in light and dark themes alike.
bool isDark(const QPalette &palette);
void style(QChart *chart, const QPalette &palette);
void style(QAbstractAxis *axis, const QPalette &palette);
QChartView *newChartView(QChart *chart, QWidget *parent = nullptr);
QLabel *newCaption(QWidget *parent = nullptr); // word-wrapped, a little muted

// What a value axis counts: its tick labels are written by rapport::display (count, or percent
// of values given in 0..100), so they follow the locale; Qt Charts' printf-style label formats
// do not.
enum class AxisUnit { Count, Percent };
// A round step for ticks over [0, span]: 1, 2 or 5 x 10^n, at most `maxTicks` intervals.
// Counts never step below 1.
double niceStep(double span, AxisUnit unit, int maxTicks = 5);
// A value axis from `low` to `high` (rounded out to whole steps when `roundOut`) with labels at
// every multiple of niceStep() inside it, e.g. 0 / 5% / 10% / 15% / 20% rather than
// 0 / 4 / 9 / 13 / 18%.
QCategoryAxis *valueAxis(double low, double high, AxisUnit unit, bool roundOut = true,
                         int maxTicks = 5);
// The label of one tick: display::count or display::percent with the step's decimals.
QString tickLabel(double value, double step, AxisUnit unit);

// Series colours: a qualitative palette that stays apart in both themes (Tableau 10's).
QColor seriesColour(int index);
QColor goodColour(const QPalette &palette); // green, for "up is good"
QColor badColour(const QPalette &palette);  // red
QColor mutedText(const QPalette &palette);
// `colour` mixed over the palette's base colour: amount 0 gives the base, 1 the colour.
QColor tint(const QColor &colour, double amount, const QPalette &palette);
// Black or white, whichever reads on `background`.
QColor textOn(const QColor &background);

} // namespace rapport::chartstyle
