#pragma once

#include "core/domain/timelineentry.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace rapport {

// The badge of a timeline entry: a coloured disc with a white glyph drawn from lines and arcs
// (no icon files, sharp at any size and scale). Every channel and entry type has a colour and a
// glyph of its own, so a rep reads the kind of an entry before its text.
QColor timelineColor(TimelineEntryType type, int channel);
void paintTimelineBadge(QPainter *painter, const QRectF &rect, TimelineEntryType type, int channel);

} // namespace rapport
