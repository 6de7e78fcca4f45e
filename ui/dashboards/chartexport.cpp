#include "ui/dashboards/chartexport.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace rapport {
namespace {

constexpr int TitleGap = 8;
constexpr int Margin = 12; // around the picture

QFont titleFont(const QWidget *widget)
{
    QFont f = widget->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    return f;
}

int titleHeight(const QWidget *widget)
{
    return QFontMetrics(titleFont(widget)).height() + TitleGap;
}

QSize pictureSize(const QWidget *widget)
{
    return {widget->width() + 2 * Margin, widget->height() + titleHeight(widget) + 2 * Margin};
}

// The title, then the widget, in the widget's own (logical) pixels, on the panel's base colour
// (the body's own window colour would show as a grey box).
void paintPicture(QPainter &painter, QWidget *widget, const QString &title)
{
    const QSize size = pictureSize(widget);
    painter.fillRect(QRect(QPoint(0, 0), size), widget->palette().base());
    painter.setFont(titleFont(widget));
    painter.setPen(widget->palette().windowText().color());
    painter.drawText(QRect(Margin, Margin, size.width() - 2 * Margin, titleHeight(widget) - TitleGap),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    widget->render(&painter,
                   QPoint(Margin, Margin + titleHeight(widget)),
                   QRegion(),
                   QWidget::DrawChildren);
}

Status openFailed(const QString &path, const QSaveFile &file)
{
    return Error(Error::Kind::Io,
                 ChartExport::tr("Cannot write %1: %2.")
                     .arg(QFileInfo(path).fileName(), file.errorString()));
}

Status commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return openFailed(path, file);
    return {};
}

Status noWidget()
{
    return Error(Error::Kind::NotFound, ChartExport::tr("There is no chart to export."));
}

} // namespace

Status ChartExport::writePng(QWidget *widget, const QString &title, const QString &path)
{
    if (!widget)
        return noWidget();
    QImage image(pictureSize(widget) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPicture(painter, widget, title);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openFailed(path, file);
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Error(Error::Kind::Io,
                     tr("Cannot write %1: the picture could not be encoded.")
                         .arg(QFileInfo(path).fileName()));
    }
    return commit(file, path);
}

Status ChartExport::writeSvg(QWidget *widget, const QString &title, const QString &path)
{
    if (!widget)
        return noWidget();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openFailed(path, file);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(pictureSize(widget));
    svg.setViewBox(QRect(QPoint(0, 0), pictureSize(widget)));
    svg.setTitle(title);
    svg.setDescription(tr("Exported from Rapport"));
    {
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return openFailed(path, file);
        }
        paintPicture(painter, widget, title);
    }
    return commit(file, path);
}

Status ChartExport::writePdf(QWidget *widget, const QString &title, const QString &path)
{
    if (!widget)
        return noWidget();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openFailed(path, file);
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Rapport"));
        pdf.setResolution(144);
        const QSize size = pictureSize(widget);
        // One page the size of the picture at 96 dpi, so the chart keeps its proportions.
        pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return openFailed(path, file);
        }
        const double scale = 144.0 / 96.0;
        painter.scale(scale, scale);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPicture(painter, widget, title);
    }
    return commit(file, path);
}

Status ChartExport::writeCsv(const QString &csv, const QString &path)
{
    if (csv.isEmpty())
        return Error(Error::Kind::NotFound, tr("The chart has no data to export."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openFailed(path, file);
    const QByteArray bytes = csv.toUtf8();
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return openFailed(path, file);
    }
    return commit(file, path);
}

QString ChartExport::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString ChartExport::nameFilter(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("PNG image (*.png)");
    case Format::Svg:
        return tr("SVG drawing (*.svg)");
    case Format::Pdf:
        return tr("PDF document (*.pdf)");
    case Format::Csv:
        return tr("CSV table (*.csv)");
    }
    return {};
}

QString ChartExport::actionText(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("Picture (PNG)…");
    case Format::Svg:
        return tr("Drawing (SVG)…");
    case Format::Pdf:
        return tr("Document (PDF)…");
    case Format::Csv:
        return tr("Data (CSV)…");
    }
    return {};
}

QString ChartExport::fileStem(const QString &title)
{
    static const QRegularExpression notWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString stem = title.toLower();
    stem.replace(notWord, QStringLiteral("-"));
    while (stem.startsWith(QLatin1Char('-')))
        stem.remove(0, 1);
    while (stem.endsWith(QLatin1Char('-')))
        stem.chop(1);
    return stem.isEmpty() ? QStringLiteral("chart") : stem;
}

} // namespace rapport
