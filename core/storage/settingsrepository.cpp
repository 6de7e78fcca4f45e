#include "core/storage/settingsrepository.h"

#include <QLocale>
#include <QSqlQuery>

namespace rapport {

SettingsRepository::SettingsRepository(const Database &db)
    : m_select(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"))
    , m_upsert(db,
               QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
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
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    return system.size() == 2 ? system : QStringLiteral("US");
}

} // namespace rapport
