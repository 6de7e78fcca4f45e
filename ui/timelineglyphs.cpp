#include "ui/timelineglyphs.h"

#include <QPainter>
#include <QPainterPath>

namespace rapport {
namespace {

enum class Glyph {
    Phone,
    Envelope,
    People,
    Letter,
    Form,
    Bubble,
    Sms,
    Pin,
    Bag,
    Alert,
    Check,
    Task,
    TaskDone,
    Pencil
};

Glyph glyphOf(TimelineEntryType type, int channel)
{
    switch (type) {
    case TimelineEntryType::Interaction:
        switch (Channel(channel)) {
        case Channel::Phone:
            return Glyph::Phone;
        case Channel::Email:
            return Glyph::Envelope;
        case Channel::Meeting:
            return Glyph::People;
        case Channel::Letter:
            return Glyph::Letter;
        case Channel::WebForm:
            return Glyph::Form;
        case Channel::Chat:
            return Glyph::Bubble;
        case Channel::Sms:
            return Glyph::Sms;
        case Channel::Visit:
            return Glyph::Pin;
        }
        return Glyph::Bubble;
    case TimelineEntryType::Order:
        return Glyph::Bag;
    case TimelineEntryType::CaseOpened:
        return Glyph::Alert;
    case TimelineEntryType::CaseClosed:
        return Glyph::Check;
    case TimelineEntryType::TaskCreated:
        return Glyph::Task;
    case TimelineEntryType::TaskDone:
        return Glyph::TaskDone;
    case TimelineEntryType::Note:
        return Glyph::Pencil;
    }
    return Glyph::Bubble;
}

// Draws the glyph in a unit box (-1..1 on both axes), white on the badge.
void drawGlyph(QPainter &p, Glyph glyph)
{
    QPen pen(Qt::white, 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Phone: {
        // A handset: a thick arc with ear- and mouthpiece.
        QPainterPath path;
        path.moveTo(-0.30, -0.62);
        path.cubicTo(-0.78, -0.30, -0.30, 0.55, 0.40, 0.60);
        pen.setWidthF(0.22);
        p.setPen(pen);
        p.drawPath(path);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.save();
        p.translate(-0.27, -0.55);
        p.rotate(-35);
        p.drawRoundedRect(QRectF(-0.12, -0.20, 0.30, 0.30), 0.06, 0.06);
        p.restore();
        p.save();
        p.translate(0.42, 0.52);
        p.rotate(-35);
        p.drawRoundedRect(QRectF(-0.16, -0.14, 0.30, 0.30), 0.06, 0.06);
        p.restore();
        break;
    }
    case Glyph::Envelope:
        p.drawRoundedRect(QRectF(-0.58, -0.40, 1.16, 0.80), 0.08, 0.08);
        p.drawPolyline(QPolygonF({{-0.50, -0.30}, {0, 0.08}, {0.50, -0.30}}));
        break;
    case Glyph::People:
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(-0.28, -0.30), 0.19, 0.19);
        p.drawEllipse(QPointF(0.30, -0.30), 0.19, 0.19);
        p.drawChord(QRectF(-0.64, -0.02, 0.72, 0.80), 0, 180 * 16);
        p.drawChord(QRectF(-0.06, -0.02, 0.72, 0.80), 0, 180 * 16);
        break;
    case Glyph::Letter:
        p.drawPolygon(
            QPolygonF({{-0.42, -0.60}, {0.20, -0.60}, {0.42, -0.38}, {0.42, 0.60}, {-0.42, 0.60}}));
        pen.setWidthF(0.11);
        p.setPen(pen);
        p.drawLine(QPointF(-0.22, -0.18), QPointF(0.22, -0.18));
        p.drawLine(QPointF(-0.22, 0.08), QPointF(0.22, 0.08));
        p.drawLine(QPointF(-0.22, 0.34), QPointF(0.10, 0.34));
        break;
    case Glyph::Form:
        p.drawRoundedRect(QRectF(-0.60, -0.50, 1.20, 1.00), 0.10, 0.10);
        p.drawLine(QPointF(-0.60, -0.22), QPointF(0.60, -0.22));
        pen.setWidthF(0.11);
        p.setPen(pen);
        p.drawLine(QPointF(-0.38, 0.06), QPointF(0.38, 0.06));
        p.drawLine(QPointF(-0.38, 0.28), QPointF(0.16, 0.28));
        break;
    case Glyph::Bubble: {
        QPainterPath path;
        path.addRoundedRect(QRectF(-0.62, -0.50, 1.24, 0.86), 0.26, 0.26);
        QPainterPath tail;
        tail.moveTo(-0.30, 0.30);
        tail.lineTo(-0.42, 0.66);
        tail.lineTo(0.02, 0.32);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPath(path.united(tail));
        break;
    }
    case Glyph::Sms:
        p.drawRoundedRect(QRectF(-0.36, -0.64, 0.72, 1.28), 0.14, 0.14);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        for (double x : {-0.16, 0.0, 0.16})
            p.drawEllipse(QPointF(x, -0.04), 0.07, 0.07);
        break;
    case Glyph::Pin: {
        QPainterPath path;
        path.moveTo(0, 0.68);
        path.cubicTo(-0.20, 0.35, -0.50, 0.05, -0.50, -0.20);
        path.arcTo(QRectF(-0.50, -0.70, 1.00, 1.00), 180, -180);
        path.cubicTo(0.50, 0.05, 0.20, 0.35, 0, 0.68);
        QPainterPath hole;
        hole.addEllipse(QPointF(0, -0.20), 0.18, 0.18);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPath(path.subtracted(hole));
        break;
    }
    case Glyph::Bag:
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({{-0.52, -0.20}, {0.52, -0.20}, {0.44, 0.62}, {-0.44, 0.62}}));
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(-0.26, -0.62, 0.52, 0.70), 0, 180 * 16);
        break;
    case Glyph::Alert:
        pen.setWidthF(0.24);
        p.setPen(pen);
        p.drawLine(QPointF(0, -0.56), QPointF(0, 0.14));
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(0, 0.48), 0.14, 0.14);
        break;
    case Glyph::Check:
        pen.setWidthF(0.22);
        p.setPen(pen);
        p.drawPolyline(QPolygonF({{-0.50, 0.02}, {-0.14, 0.38}, {0.52, -0.36}}));
        break;
    case Glyph::Task:
        p.drawRoundedRect(QRectF(-0.48, -0.48, 0.96, 0.96), 0.16, 0.16);
        pen.setWidthF(0.12);
        p.setPen(pen);
        p.drawLine(QPointF(0, -0.26), QPointF(0, 0.04));
        p.drawLine(QPointF(0, 0.04), QPointF(0.20, 0.20));
        break;
    case Glyph::TaskDone:
        p.drawRoundedRect(QRectF(-0.48, -0.48, 0.96, 0.96), 0.16, 0.16);
        p.drawPolyline(QPolygonF({{-0.26, 0.0}, {-0.06, 0.20}, {0.28, -0.18}}));
        break;
    case Glyph::Pencil:
        p.save();
        p.rotate(45);
        p.setBrush(Qt::white);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(-0.15, -0.62, 0.30, 0.86));
        p.drawPolygon(QPolygonF({{-0.15, 0.30}, {0.15, 0.30}, {0, 0.64}}));
        p.restore();
        break;
    }
}

} // namespace

QColor timelineColor(TimelineEntryType type, int channel)
{
    switch (type) {
    case TimelineEntryType::Interaction:
        switch (Channel(channel)) {
        case Channel::Phone:
            return QColor(0x2e, 0x7d, 0x32);
        case Channel::Email:
            return QColor(0x15, 0x65, 0xc0);
        case Channel::Meeting:
            return QColor(0x6a, 0x1b, 0x9a);
        case Channel::Letter:
            return QColor(0x6d, 0x4c, 0x41);
        case Channel::WebForm:
            return QColor(0x00, 0x83, 0x8f);
        case Channel::Chat:
            return QColor(0x02, 0x88, 0xd1);
        case Channel::Sms:
            return QColor(0x68, 0x9f, 0x38);
        case Channel::Visit:
            return QColor(0xad, 0x14, 0x57);
        }
        return QColor(0x60, 0x7d, 0x8b);
    case TimelineEntryType::Order:
        return QColor(0xef, 0x6c, 0x00);
    case TimelineEntryType::CaseOpened:
        return QColor(0xc6, 0x28, 0x28);
    case TimelineEntryType::CaseClosed:
        return QColor(0x00, 0x89, 0x7b);
    case TimelineEntryType::TaskCreated:
        return QColor(0xf5, 0x9e, 0x0b);
    case TimelineEntryType::TaskDone:
        return QColor(0x43, 0xa0, 0x47);
    case TimelineEntryType::Note:
        return QColor(0x54, 0x6e, 0x7a);
    }
    return QColor(0x60, 0x7d, 0x8b);
}

void paintTimelineBadge(QPainter *painter, const QRectF &rect, TimelineEntryType type, int channel)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(timelineColor(type, channel));
    painter->drawEllipse(rect);
    const double scale = rect.width() * 0.30;
    painter->translate(rect.center());
    painter->scale(scale, scale);
    drawGlyph(*painter, glyphOf(type, channel));
    painter->restore();
}

} // namespace rapport
