// The import wizard's pages on a demo database, photographed to look at.
#include "core/demo/demogenerator.h"
#include "core/storage/database.h"
#include "tests/ui/importwizardfixture.h"
#include "ui/importcheckpage.h"
#include "ui/importsummaryview.h"

#include <QDir>
#include <QPixmap>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::importwizard;

// Every page photographed at 1280x800's usual dialog size on a demo database, to look at
// (RAPPORT_WIZARD_SHOTS=folder saves them there).
TEST_CASE("The wizard's pages on a demo database, photographed", "[wizard][shots]")
{
    test::IsolatedSettings settings(QStringLiteral("wizard-shots"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QStringList emails;
    {
        auto db = Database::open(path, Database::Mode::Create);
        REQUIRE(db);
        DemoOptions options;
        options.customers = 300;
        options.asOf = QDate(2025, 6, 30);
        REQUIRE(DemoGenerator(**db, options).run());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM contact_points WHERE kind = 1 "
                                      "ORDER BY customer_id LIMIT 3")));
        while (q.next())
            emails << q.value(0).toString();
    }
    REQUIRE(emails.size() == 3);
    // A German export: three known customers (updated), new ones, and two bad rows.
    QString text = QStringLiteral("Vorname;Nachname;Firma;E-Mail;Telefon;Ort;Kundennummer;"
                                  "Notiz;Fax\r\n");
    const QStringList rows = {
        QStringLiteral("Jürgen;Müller;Bäckerei Müller GmbH;j.mueller@example.de;030 1234567;"
                       "Berlin;K-1001;Stammkunde seit 2019;"),
        QStringLiteral("Änne;Schäfer;;a.schaefer@example.de;0171 2345678;Hamburg;K-1002;;"),
        QStringLiteral("Günther;Groß;Straßenbau Groß;g.gross@example;089 5550123;München;"
                       "K-1003;;"),
        QStringLiteral("Zoë;Weiß;;z.weiss@example.de;nicht erreichbar;Köln;K-1004;;"),
        QStringLiteral("Ada;Lovelace;;%1;;Potsdam;;Aktualisiert;").arg(emails[0]),
        QStringLiteral("Bob;Brown;;%1;;Leipzig;;;").arg(emails[1]),
        QStringLiteral("Carla;Lovato;;%1;;Dresden;;;").arg(emails[2]),
    };
    text += rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    const QString file = writeFile(dir, QStringLiteral("Kunden 2026.csv"), text.toLatin1());

    MainWindow window;
    window.resize(1280, 800);
    REQUIRE(window.openDatabase(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ImportWizard *wizard = window.importCustomers(file);
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    const QString folder = qEnvironmentVariable("RAPPORT_WIZARD_SHOTS");
    const auto shoot = [&](const char *name) {
        QTest::qWait(100);
        const QPixmap picture = wizard->grab();
        CHECK_FALSE(picture.isNull());
        if (!folder.isEmpty())
            CHECK(picture.save(QDir(folder).filePath(QLatin1String(name))));
    };
    shoot("import-1-file.png");
    next(wizard);
    shoot("import-2-mapping.png");
    next(wizard);
    shoot("import-3-options.png");
    next(wizard);
    waitForCheck(wizard);
    shoot("import-4-check.png");
    wizard->checkPage()->summary()->tabs()->setCurrentIndex(1);
    shoot("import-4-check-updates.png");
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    shoot("import-5-done.png");
}
