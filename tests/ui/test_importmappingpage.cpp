// The import wizard's mapping page driven like a user: a mapping saved to a file, loaded again and
// remembered for the next file with the same headers.
#include "tests/ui/importwizardfixture.h"
#include "ui/importmappingpage.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::importwizard;

TEST_CASE("A mapping saved to a file is loaded again, and remembered for the same headers",
          "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("kunden.csv"), germanCsv());
    Desk desk(QStringLiteral("wizard-mapping"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    ImportMappingPage *page = wizard->mappingPage();
    // "Firma" is ignored by the user's choice (keyboard: focus the box, Up to the top).
    QComboBox *firma = targetOf(wizard, QStringLiteral("Firma"));
    firma->setFocus();
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(firma, Qt::Key_Up);
    REQUIRE(targetIn(firma) == io::ImportTarget::Ignore);
    CHECK(wizard->mapping().columns[2].target == io::ImportTarget::Ignore);

    desk.answer = dir.filePath(QStringLiteral("kunden.mapping.json"));
    press(wizard, Qt::Key_S);
    REQUIRE(desk.asked.contains(ImportWizard::FileQuestion::SaveMapping));
    CHECK(desk.suggestions.last().endsWith(QStringLiteral("kunden.mapping.json")));
    CHECK(QFile::exists(desk.answer));
    CHECK(page->noteText().contains(QStringLiteral("kunden.mapping.json")));

    // Changed back to the organisation, then the saved mapping loaded: ignored again.
    firma->setCurrentIndex(firma->findData(int(io::ImportTarget::Organisation)));
    Q_EMIT firma->activated(firma->currentIndex());
    CHECK(wizard->mapping().columns[2].target == io::ImportTarget::Organisation);
    press(wizard, Qt::Key_L);
    firma = targetOf(wizard, QStringLiteral("Firma"));
    CHECK(targetIn(firma) == io::ImportTarget::Ignore);
    CHECK(wizard->mapping().columns[2].target == io::ImportTarget::Ignore);
    CHECK(page->noteText().contains(QStringLiteral("loaded")));

    // Going on remembers it: the next file with these headers starts from it.
    next(wizard);
    wizard->reject();
    REQUIRE(QTest::qWaitFor([&] { return !desk.window.findChild<ImportWizard *>(); }));
    wizard = desk.openWizard(writeFile(dir, QStringLiteral("kunden2.csv"), germanCsv()));
    next(wizard);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Firma"))) == io::ImportTarget::Ignore);
    CHECK(wizard->mappingPage()->noteText().contains(QStringLiteral("last time")));

    // A file that is no mapping is said on the page, and the mapping stays.
    desk.answer = writeFile(dir, QStringLiteral("nonsense.json"), "{ this is no json");
    press(wizard, Qt::Key_L);
    CHECK_FALSE(wizard->mappingPage()->noteText().isEmpty());
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Vorname"))) == io::ImportTarget::FirstName);
}
