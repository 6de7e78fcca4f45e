#pragma once

#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>

namespace rapport {

class Database;

// Settings shared by everyone who uses the database (not per user): the default phone region,
// the home currency... Stored as text in the settings table.
class SettingsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    static inline const QString PhoneRegion = QStringLiteral("phone_region");
    static inline const QString Currency = QStringLiteral("currency");

    explicit SettingsRepository(const Database &db);

    // The stored value, or `fallback` when the key is not set (or cannot be read).
    QString value(const QString &key, const QString &fallback = {});
    Status setValue(const QString &key, const QString &value);
    // The region phone numbers are read in when they carry no country code: the stored setting,
    // else the system locale's territory, else "US".
    QString phoneRegion();

private:
    Statement m_select;
    Statement m_upsert;
};

} // namespace rapport
