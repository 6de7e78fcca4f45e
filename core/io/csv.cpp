#include "core/io/csv.h"

namespace rapport {

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"'))
            || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'))) {
            QString q = f;
            q.replace(QLatin1String("\""), QLatin1String("\"\""));
            quoted << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            quoted << f;
        }
    }
    return quoted.join(QLatin1Char(','));
}

QString csvDocument(const QList<QStringList> &records)
{
    QString out;
    for (const QStringList &r : records) {
        out += csvRecord(r);
        out += QLatin1String("\r\n");
    }
    return out;
}

} // namespace rapport
