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

// Installs the German .qm made by this build for the lifetime of the object.
class German final
{
public:
    German()
    {
        REQUIRE(m_translator.load(QStringLiteral("rapport_de"), QStringLiteral(RAPPORT_QM_DIR)));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~German() { QCoreApplication::removeTranslator(&m_translator); }
    German(const German &) = delete;
    German &operator=(const German &) = delete;

private:
    QTranslator m_translator;
};

} // namespace

TEST_CASE("Names and messages from core come out in German", "[translations]")
{
    CHECK(priorityName(Priority::High) == QStringLiteral("High"));
    German german;
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
