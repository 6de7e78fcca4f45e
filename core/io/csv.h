#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// RFC 4180 CSV: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
// The CLI's reports and the dashboards' "Export data" write through these.
QString csvRecord(const QStringList &fields);
// Records joined by CRLF (RFC 4180), with a CRLF after the last one; empty for no records.
QString csvDocument(const QList<QStringList> &records);

} // namespace rapport
