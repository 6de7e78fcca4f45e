// Pictures of the 360° view's History tab and of the audit view on a demo database at 1280x800,
// after a few edits, to look at in English and German. Hidden from the normal run: as in
// test_screenshots_myday.cpp, RAPPORT_SHOT_DB names the demo database (it gets the edits),
// RAPPORT_SHOT_DIR the folder, RAPPORT_SHOT_QM a compiled translation, RAPPORT_SHOT_LOCALE its
// locale.
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "core/storage/customerrepository.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerpanels.h"
#include "ui/customerview.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace rapport;

TEST_CASE("Screenshots of the History tab and the audit view", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("RAPPORT_SHOT_DB");
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    if (path.isEmpty()) {
        WARN("RAPPORT_SHOT_DB names no demo database: nothing to show");
        return;
    }
    QTranslator translator;
    const QString qm = qEnvironmentVariable("RAPPORT_SHOT_QM");
    const QLocale before;
    if (!qm.isEmpty()) {
        REQUIRE(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(
            QLocale(qEnvironmentVariable("RAPPORT_SHOT_LOCALE", QStringLiteral("de_DE"))));
    }
    const QString language = qm.isEmpty() ? QStringLiteral("en") : QLocale().name().left(2);
    {
        test::IsolatedSettings settings(QStringLiteral("shots-history"));
        MainWindow window;
        REQUIRE(window.openDatabase(path));
        Workspace &ws = *window.workspace();
        // A few edits of customer 7, as a user makes them.
        CustomerService &service = ws.customers();
        CustomerRepository repo(ws.database());
        const qint64 id = 7;
        for (int i = 0; i < 3; ++i) {
            auto c = repo.get(id);
            REQUIRE(c.ok());
            if (i == 0) {
                c->stage = c->stage == LifecycleStage::Active ? LifecycleStage::Lapsed
                                                              : LifecycleStage::Active;
                c->notes = QStringLiteral("Prefers calls in the morning.");
            } else if (i == 1) {
                c->ownerId = c->ownerId.value_or(1) == 1 ? 2 : 1;
                c->source = QStringLiteral("Trade fair");
            } else {
                c->tags << QStringLiteral("key-account");
            }
            REQUIRE(service.update(*c).ok());
        }
        const QString suffix = QStringLiteral("-%1-1280x800.png").arg(language);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.openCustomer(id);
        auto *panels = window.customerPage()->findChild<CustomerPanels *>();
        REQUIRE(panels);
        panels->tabs()->setCurrentIndex(CustomerPanels::History);
        QTest::qWait(700);
        REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("history-tab") + suffix)));
        window.showPage(MainWindow::Page::Audit);
        QTest::qWait(700);
        REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("audit") + suffix)));
    }
    if (!qm.isEmpty()) {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    }
}
