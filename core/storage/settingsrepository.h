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
    // The database's phone region: numbers of a customer without an address country are read
    // in it when they carry no country code. The stored setting; else the country most of the
    // stored addresses are in (the first 1,000); else "DE". Never the user's language or locale:
    // the same number must read the same for every user of the database.
    QString phoneRegion();
    static inline const QString FallbackPhoneRegion = QStringLiteral("DE");

private:
    Statement m_select;
    Statement m_upsert;
    Statement m_addressCountries;
};

} // namespace rapport
