#include "core/storage/settingsrepository.h"

#include "core/domain/contactpoint.h"
#include "core/domain/phonenumber.h"

#include <QHash>
#include <QSqlQuery>

namespace rapport {

SettingsRepository::SettingsRepository(const Database &db)
    : m_select(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"))
    , m_upsert(db,
               QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
    // A sample by rowid (a range of the primary key): cheap at any size.
    , m_addressCountries(db,
                         QStringLiteral("SELECT country FROM (SELECT country FROM contact_points"
                                        " WHERE kind = %1 AND country IS NOT NULL"
                                        " ORDER BY id LIMIT 1000)")
                             .arg(int(ContactKind::Postal)))
{}

QString SettingsRepository::value(const QString &key, const QString &fallback)
{
    QSqlQuery &q = m_select.query();
    q.bindValue(0, key);
    if (!m_select.exec(tr("Reading a setting")) || !q.next())
        return fallback;
    const QString v = q.value(0).toString();
    m_select.finish();
    return v;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    QSqlQuery &q = m_upsert.query();
    q.bindValue(0, key);
    q.bindValue(1, value);
    return m_upsert.exec(tr("Saving a setting"));
}

QString SettingsRepository::phoneRegion()
{
    const QString stored = value(PhoneRegion);
    if (!stored.isEmpty())
        return stored;
    QHash<QString, int> counts;
    {
        QSqlQuery &q = m_addressCountries.query();
        if (m_addressCountries.exec(tr("Reading the address countries"))) {
            while (q.next())
                ++counts[q.value(0).toString().toUpper()];
        }
        m_addressCountries.finish();
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (PhoneNormalizer::isKnownRegion(it.key())
            && (best.isEmpty() || it.value() > counts.value(best)
                || (it.value() == counts.value(best) && it.key() < best)))
            best = it.key();
    }
    return best.isEmpty() ? FallbackPhoneRegion : best;
}

} // namespace rapport
