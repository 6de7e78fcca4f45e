#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

class QWidget;

namespace rapport {

// What a dashboard export was made of: the period and the filters in force, so a file says
// what it shows (in its name, in a CSV's comment lines, under a picture's title).
struct ExportContext
{
    struct Filter
    {
        QString key;   // "owner": for the file name and the CSV, never translated
        QString name;  // "Owner", translated
        QString value; // "Anna Berger"
    };
    QDate from;
    QDate to;
    std::vector<Filter> filters;
    QStringList notes; // a chart's own remarks, e.g. which month is still running

    bool isEmpty() const { return !from.isValid() && filters.empty(); }
};

// Writes a dashboard chart to a file: the picture as PNG (twice the screen resolution), SVG or
// PDF, drawn from the widget with its title and a line naming the period and filters above it,
// or the chart's numbers as CSV. Every
// function takes the path (the dialog is the caller's), writes through QSaveFile so a failed
// export leaves no half file, and says what went wrong in one sentence.
class ChartExport final
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    enum class Format { Png, Svg, Pdf, Csv };

    // `caption` (may be empty) goes under the title: the period and filters.
    static Status writePng(QWidget *widget,
                           const QString &title,
                           const QString &path,
                           const QString &caption = {});
    static Status writeSvg(QWidget *widget,
                           const QString &title,
                           const QString &path,
                           const QString &caption = {});
    static Status writePdf(QWidget *widget,
                           const QString &title,
                           const QString &path,
                           const QString &caption = {});
    static Status writeCsv(const QString &csv, const QString &path);
    // The size of the picture drawn of `widget` in logical pixels (PNG: twice that).
    static QSize pictureSize(const QWidget *widget, const QString &caption = {});

    // "1/12/2025 – 30/11/2026 · Owner: Anna Berger": the context for people, in the locale.
    static QString describe(const ExportContext &context);
    // "# Pareto…\r\n# period,2025-12-01,2026-11-30\r\n# owner,Anna Berger\r\n": lines a CSV
    // starts with (ISO dates, keys in English), each a comment to readers that skip '#'.
    static QString csvComments(const QString &title, const ExportContext &context);
    // "rapport-pareto-2025-12-01_2026-11-30-owner-anna-berger.csv"
    static QString fileName(const QString &stem, const ExportContext &context, Format format);
    // "anna-berger" from "Anna Berger", "chloe-martin" from "Chloé Martin": ASCII for names.
    static QString slug(const QString &text);
    // An amount of minor units as a machine decimal in major units: "1234.56", "-0.50", "12"
    // (JPY): a point, no grouping, whatever the locale.
    static QString csvMoney(qint64 minor, const QString &currency);

    static QString suffix(Format format);     // "png"
    static QString nameFilter(Format format); // "PNG image (*.png)", translated
    static QString actionText(Format format); // "Picture (PNG)…", translated
    // "pareto-chart" from "Pareto chart": a file name stem for the dialog.
    static QString fileStem(const QString &title);
};

} // namespace rapport
