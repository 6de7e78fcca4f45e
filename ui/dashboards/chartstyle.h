#pragma once

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
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
