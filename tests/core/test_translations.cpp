// The German translation reaches the texts core makes: every file's tr() context must be the one
// lupdate files its texts under, or the translation exists and is never used.
#include "core/domain/customer.h"
#include "core/domain/interaction.h"
#include "core/domain/priority.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// Installs a .qm made by this build ("de", "en") for the lifetime of the object.
class Language final
{
public:
    explicit Language(const char *code)
    {
        REQUIRE(m_translator.load(QStringLiteral("rapport_") + QLatin1String(code),
                                  QStringLiteral(RAPPORT_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~Language() { QCoreApplication::removeTranslator(&m_translator); }
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

private:
    QTranslator m_translator;
};

} // namespace

TEST_CASE("Names and messages from core come out in German", "[translations]")
{
    CHECK(priorityName(Priority::High) == QStringLiteral("High"));
    Language german("de");
    CHECK(priorityName(Priority::High) == QStringLiteral("Hoch"));
    CHECK(lifecycleStageName(LifecycleStage::Active) == QStringLiteral("Aktiv"));
    CHECK(channelName(Channel::Visit) == QStringLiteral("Besuch"));

    // A message from the storage layer, and a validation message naming a field.
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere/x.db"));
    Result<std::unique_ptr<Database>> db = Database::open(missing, Database::Mode::Existing);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message().contains(QStringLiteral("keine Datenbank")));
    Customer nobody;
    const Status valid = nobody.validate();
    REQUIRE_FALSE(valid.ok());
    CHECK(valid.error().message()
          == QStringLiteral("Eine Person braucht einen Vor- oder Nachnamen."));
}

TEST_CASE("English has its plural forms", "[translations]")
{
    const auto orders = [](int n) {
        return QCoreApplication::translate("rapport::CustomerHeader", "%n order(s)", nullptr, n);
    };
    CHECK(orders(1) == QStringLiteral("1 order(s)"));
    Language english("en");
    CHECK(orders(1) == QStringLiteral("1 order"));
    CHECK(orders(3) == QStringLiteral("3 orders"));
}
