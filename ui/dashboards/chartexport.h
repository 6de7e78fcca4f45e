#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rapport {

// Writes a dashboard chart to a file: the picture as PNG (twice the screen resolution), SVG or
// PDF, drawn from the widget with its title above it, or the chart's numbers as CSV. Every
// function takes the path (the dialog is the caller's), writes through QSaveFile so a failed
// export leaves no half file, and says what went wrong in one sentence.
class ChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg, Pdf, Csv };

    static Status writePng(QWidget *widget, const QString &title, const QString &path);
    static Status writeSvg(QWidget *widget, const QString &title, const QString &path);
    static Status writePdf(QWidget *widget, const QString &title, const QString &path);
    static Status writeCsv(const QString &csv, const QString &path);

    static QString suffix(Format format);     // "png"
    static QString nameFilter(Format format); // "PNG image (*.png)", translated
    static QString actionText(Format format); // "Picture (PNG)…", translated
    // "pareto-chart" from "Pareto chart": a file name stem for the dialog.
    static QString fileStem(const QString &title);
};

} // namespace rapport
