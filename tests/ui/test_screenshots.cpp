// Pictures of the quick log and "my day" on a demo database, for docs/screenshots. Hidden from
// the normal run; make them with
//   build/app/cli/rapport-cli demo --db /tmp/c.db --customers 5000
//   RAPPORT_SCREENSHOT_DB=/tmp/c.db RAPPORT_SCREENSHOT_DIR=docs/screenshots
//   build/tests/ui/ui_tests "[screenshots]"    (the two variables set for this command)
// The database is copied first, so the pictures leave it as it was.
#include "core/domain/interaction.h"
#include "core/services/workspace.h"
#include "tests/ui/keyboard.h"
#include "ui/mydayview.h"
#include "ui/quicklogdialog.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

struct Scene
{
    Scene()
    {
        const QString source = qEnvironmentVariable("RAPPORT_SCREENSHOT_DB");
        outDir = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR", QStringLiteral("/tmp"));
        if (source.isEmpty())
            FAIL("Set RAPPORT_SCREENSHOT_DB to a demo database.");
        REQUIRE(QFile::copy(source, dir.filePath(QStringLiteral("demo.db"))));
        auto opened = Workspace::open(dir.filePath(QStringLiteral("demo.db")),
                                      Database::Mode::Existing);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
        workspace->signInAutomatically(QString());
    }

    void save(QWidget &widget, const QString &name) const
    {
        const QString path = QDir(outDir).filePath(name);
        REQUIRE(widget.grab().save(path));
        WARN("wrote " << path.toStdString());
    }

    // A customer with a phone, for the call.
    qint64 somePerson() const
    {
        QSqlQuery q(workspace->database().connection());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT c.id FROM customers c JOIN contact_points p ON p.customer_id = c.id "
            "WHERE c.kind = 0 AND p.kind = 0 AND c.stage = 2 ORDER BY c.id LIMIT 1 OFFSET 40")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    QString outDir;
    std::unique_ptr<Workspace> workspace;
};

} // namespace

TEST_CASE("Screenshot: the quick log mid-call", "[.screenshots]")
{
    Scene scene;
    const QDateTime opened = Workspace::systemNow();
    auto offset = std::make_shared<qint64>(0);
    scene.workspace->setClock([opened, offset] { return opened.addSecs(*offset); });
    QuickLogDialog dialog(*scene.workspace);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    test::Keyboard keys(&dialog);
    dialog.setCustomer(scene.somePerson());
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"))
        ->insertPlainText(QStringLiteral("Asked when the replacement filter ships: it is on "
                                         "backorder until Friday.\nOffered express shipping at no "
                                         "cost once it is in."));
    keys.key(Qt::Key_U, Qt::AltModifier);
    *offset = 192;
    QTest::qWait(1100); // the timer label ticks
    scene.save(dialog, QStringLiteral("quick-log.png"));
    dialog.hide(); // not reject(): that asks before dropping the notes
}

TEST_CASE("Screenshot: the quick log finding a caller", "[.screenshots]")
{
    Scene scene;
    QuickLogDialog dialog(*scene.workspace);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    test::Keyboard keys(&dialog);
    keys.text(QStringLiteral("9674"));
    QTest::qWait(200);
    scene.save(dialog, QStringLiteral("quick-log-search.png"));
}

TEST_CASE("Screenshot: my day and my open cases", "[.screenshots]")
{
    Scene scene;
    MyDayView view(*scene.workspace);
    view.resize(1100, 760);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    scene.save(view, QStringLiteral("my-day.png"));
}
