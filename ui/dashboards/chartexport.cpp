#include "ui/dashboards/chartexport.h"

#include "core/domain/money.h"
#include "core/util/displayformat.h"

#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>

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

// The caption under the title, wrapped to the picture's width.
QRect captionRect(const QWidget *widget, const QString &caption)
{
    if (caption.isEmpty())
        return {};
    const int width = std::max(1, widget->width());
    return widget->fontMetrics().boundingRect(QRect(0, 0, width, 10000),
                                              Qt::TextWordWrap | Qt::AlignLeft,
                                              caption);
}

int headerHeight(const QWidget *widget, const QString &caption)
{
    const QRect c = captionRect(widget, caption);
    return titleHeight(widget) + (c.isEmpty() ? 0 : c.height() + TitleGap);
}

// The title and the caption, then the widget, in the widget's own (logical) pixels, on the
// panel's base colour (the body's own window colour would show as a grey box).
void paintPicture(QPainter &painter, QWidget *widget, const QString &title, const QString &caption)
{
    const QSize size = ChartExport::pictureSize(widget, caption);
    painter.fillRect(QRect(QPoint(0, 0), size), widget->palette().base());
    painter.setFont(titleFont(widget));
    painter.setPen(widget->palette().windowText().color());
    const int width = size.width() - 2 * Margin;
    painter.drawText(QRect(Margin, Margin, width, titleHeight(widget) - TitleGap),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    if (!caption.isEmpty()) {
        painter.setFont(widget->font());
        painter.drawText(QRect(Margin,
                               Margin + titleHeight(widget),
                               width,
                               captionRect(widget, caption).height()),
                         Qt::TextWordWrap | Qt::AlignLeft,
                         caption);
    }
    widget->render(&painter,
                   QPoint(Margin, Margin + headerHeight(widget, caption)),
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

QSize ChartExport::pictureSize(const QWidget *widget, const QString &caption)
{
    return {widget->width() + 2 * Margin,
            widget->height() + headerHeight(widget, caption) + 2 * Margin};
}

Status ChartExport::writePng(QWidget *widget,
                             const QString &title,
                             const QString &path,
                             const QString &caption)
{
    if (!widget)
        return noWidget();
    QImage image(pictureSize(widget, caption) * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPicture(painter, widget, title, caption);
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

Status ChartExport::writeSvg(QWidget *widget,
                             const QString &title,
                             const QString &path,
                             const QString &caption)
{
    if (!widget)
        return noWidget();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return openFailed(path, file);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(pictureSize(widget, caption));
    svg.setViewBox(QRect(QPoint(0, 0), pictureSize(widget, caption)));
    svg.setTitle(title);
    svg.setDescription(caption.isEmpty() ? tr("Exported from Rapport")
                                         : tr("Exported from Rapport: %1").arg(caption));
    {
        QPainter painter;
        if (!painter.begin(&svg)) {
            file.cancelWriting();
            return openFailed(path, file);
        }
        paintPicture(painter, widget, title, caption);
    }
    return commit(file, path);
}

Status ChartExport::writePdf(QWidget *widget,
                             const QString &title,
                             const QString &path,
                             const QString &caption)
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
        const QSize size = pictureSize(widget, caption);
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
        paintPicture(painter, widget, title, caption);
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

QString ChartExport::describe(const ExportContext &context)
{
    QStringList parts;
    if (context.from.isValid() && context.to.isValid())
        parts << tr("%1 – %2").arg(display::date(context.from), display::date(context.to));
    for (const ExportContext::Filter &f : context.filters)
        parts << tr("%1: %2", "a filter and its value").arg(f.name, f.value);
    QString text = parts.join(QStringLiteral(" · "));
    for (const QString &note : context.notes)
        text += (text.isEmpty() ? QString() : QStringLiteral(". ")) + note;
    return text;
}

QString ChartExport::csvComments(const QString &title, const ExportContext &context)
{
    // Comment lines: spreadsheets show them as rows above the table; readers that take '#' as
    // a comment skip them.
    QString text = QStringLiteral("# ") + title + QStringLiteral("\r\n");
    if (context.from.isValid() && context.to.isValid()) {
        text += QStringLiteral("# period: ") + context.from.toString(Qt::ISODate)
                + QStringLiteral(" to ") + context.to.toString(Qt::ISODate) + QStringLiteral("\r\n");
    }
    for (const ExportContext::Filter &f : context.filters)
        text += QStringLiteral("# ") + f.key + QStringLiteral(": ") + f.value + QStringLiteral("\r\n");
    for (const QString &note : context.notes)
        text += QStringLiteral("# ") + note + QStringLiteral("\r\n");
    return text;
}

QString ChartExport::slug(const QString &text)
{
    QString ascii;
    QString plain = text;
    plain.replace(QChar(0x00df), QStringLiteral("ss"));
    for (const QChar c : plain.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128)
            ascii += c.toLower();
        else if (c.isLetterOrNumber())
            ascii += QLatin1Char('-');
    }
    static const QRegularExpression notWord(QStringLiteral("[^a-z0-9]+"));
    ascii.replace(notWord, QStringLiteral("-"));
    while (ascii.startsWith(QLatin1Char('-')))
        ascii.remove(0, 1);
    while (ascii.endsWith(QLatin1Char('-')))
        ascii.chop(1);
    return ascii;
}

QString ChartExport::fileName(const QString &stem, const ExportContext &context, Format format)
{
    QString name = QStringLiteral("rapport-") + stem;
    if (context.from.isValid() && context.to.isValid())
        name += QLatin1Char('-') + context.from.toString(Qt::ISODate) + QLatin1Char('_')
                + context.to.toString(Qt::ISODate);
    for (const ExportContext::Filter &f : context.filters) {
        const QString value = slug(f.value);
        if (!value.isEmpty())
            name += QLatin1Char('-') + f.key + QLatin1Char('-') + value;
    }
    return name + QLatin1Char('.') + suffix(format);
}

QString ChartExport::csvMoney(qint64 minor, const QString &currency)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return Money::formatMinor(minor, Money::decimals(currency), c);
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
