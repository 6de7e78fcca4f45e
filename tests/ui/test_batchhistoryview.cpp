// The import history window: the batches listed, Revert… asking about the changes made since
// (per change or for all) and reverting in one step; and a picture of it on a demo database
// with an import and a later edit (hidden: [.screenshot]).
#include "core/demo/demogenerator.h"
#include "core/models/batchlistmodel.h"
#include "core/services/door.h"
#include "tests/support/tempworkspace.h"
#include "ui/batchhistoryview.h"
#include "ui/revertdialog.h"

#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

void run(test::TempWorkspace &t, const WriteRequest &request, const QStringList &statements)
{
    const Status s = t->door()->write(request, [&](WriteScope &w) {
        QSqlQuery q(t.db().connection());
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return Status(Error(Error::Kind::Database, q.lastError().text()));
        }
        w.notify({ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
        return Status();
    });
    REQUIRE(s.ok());
}

// An import that creates a customer and renames another, then a colleague's later edit of the
// renamed one's name: one conflict.
void importThenEdit(test::TempWorkspace &t, qint64 existing, qint64 created)
{
    WriteRequest::Batch b{QStringLiteral("import"),
                          QJsonObject{{QStringLiteral("file"), QStringLiteral("contacts.csv")}},
                          true};
    run(t,
        WriteRequest(WriteAction::Import, b),
        {QStringLiteral("UPDATE customers SET first_name = 'Imported', name = 'Imported Name' "
                        "WHERE id = %1")
             .arg(existing),
         QStringLiteral("INSERT INTO customers (id, kind, first_name, last_name, name, sort_name, "
                        "stage, created_at, updated_at) VALUES (%1, 0, 'New', 'Person', "
                        "'New Person', 'person new', 0, 1, 1)")
             .arg(created)});
    Actor colleague;
    colleague.name = QStringLiteral("Ben Miller");
    colleague.machine = QStringLiteral("desk-2");
    const Actor before = t->door()->actor();
    t->door()->setActor(colleague);
    t.advance(7200);
    run(t,
        WriteRequest(WriteAction::Edit),
        {QStringLiteral("UPDATE customers SET first_name = 'Edited' WHERE id = %1").arg(existing)});
    t->door()->setActor(before);
}

QString field(test::TempWorkspace &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("Reverting an import from the import history, keeping a later edit", "[revert][ui]")
{
    test::TempWorkspace t;
    const qint64 existing = t.addPerson(QStringLiteral("Old"),
                                        QStringLiteral("Name"),
                                        QStringLiteral("030 1234567"));
    importThenEdit(t, existing, 5000);

    BatchHistoryView view(t.workspace());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.currentBatch() == view.model()->batch(0).id);
    CHECK(view.revertButton()->isEnabled());
    CHECK(view.model()->index(0, BatchListModel::File).data().toString()
          == QLatin1String("contacts.csv"));

    // The real dialog, driven like a user: Revert stays off until the conflict is decided.
    bool asked = false;
    view.setAsker([&](QWidget *owner, const RevertPlan &plan) -> std::optional<RevertChoices> {
        asked = true;
        RevertDialog dialog(plan, owner);
        REQUIRE(dialog.table());
        REQUIRE(dialog.table()->rowCount() == 1);
        CHECK(dialog.table()->item(0, 1)->text() == QLatin1String("First name"));
        CHECK(dialog.table()->item(0, 2)->text() == QLatin1String("Edited"));
        CHECK(dialog.table()->item(0, 3)->text() == QLatin1String("Imported"));
        CHECK(dialog.table()->item(0, 4)->text() == QLatin1String("Old"));
        CHECK(dialog.table()->item(0, 5)->text().startsWith(QLatin1String("Ben Miller on desk-2")));
        CHECK_FALSE(dialog.revertButton()->isEnabled());
        QTest::mouseClick(dialog.keepAllButton(), Qt::LeftButton);
        CHECK(dialog.choiceBox(0)->currentIndex() == 1);
        CHECK(dialog.revertButton()->isEnabled());
        // One by one works too: choose "Restore old", then back to "Keep current".
        dialog.choiceBox(0)->setCurrentIndex(2);
        CHECK(dialog.choices().choiceFor(plan.conflicts.first()) == ConflictChoice::RestoreOld);
        dialog.choiceBox(0)->setCurrentIndex(1);
        QTimer::singleShot(0, &dialog, [&] {
            QTest::mouseClick(dialog.revertButton(), Qt::LeftButton);
        });
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choices();
    });
    QString error;
    view.setErrorPresenter([&](QWidget *, const QString &message) { error = message; });
    QTest::mouseClick(view.revertButton(), Qt::LeftButton);
    CHECK(asked);
    CHECK(error.isEmpty());

    CHECK(field(t, QStringLiteral("SELECT first_name FROM customers WHERE id = %1").arg(existing))
          == QLatin1String("Edited")); // kept
    CHECK(field(t, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(existing))
          == QLatin1String("Old Name")); // set back
    CHECK(field(t, QStringLiteral("SELECT count(*) FROM customers WHERE id = 5000"))
          == QLatin1String("0"));
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->batch(1).isReverted());
    CHECK_FALSE(view.revertButton()->isEnabled()); // the import stays selected, reverted
    CHECK(view.detail()->text().contains(QLatin1String("reverted")));

    // Trying anyway (a double-click) is refused with one sentence.
    view.revertSelected();
    CHECK(error.contains(QLatin1String("already reverted")));
}

TEST_CASE("Cancelling the revert dialog changes nothing", "[revert][ui]")
{
    test::TempWorkspace t;
    const qint64 existing = t.addPerson(QStringLiteral("Old"),
                                        QStringLiteral("Name"),
                                        QStringLiteral("030 1234567"));
    importThenEdit(t, existing, 5001);
    BatchHistoryView view(t.workspace());
    view.setAsker([](QWidget *, const RevertPlan &) { return std::optional<RevertChoices>(); });
    view.revertSelected();
    CHECK(view.model()->rowCount() == 1);
    CHECK_FALSE(view.model()->batch(0).isReverted());
    CHECK(field(t, QStringLiteral("SELECT count(*) FROM customers WHERE id = 5001"))
          == QLatin1String("1"));
}

TEST_CASE("Screenshots of the import history and the revert dialog", "[.screenshot]")
{
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    test::TempWorkspace t;
    DemoOptions options;
    options.customers = 2000;
    options.seed = 1;
    REQUIRE(DemoGenerator(*t->door(), options).run().ok());
    importThenEdit(t, 7, 900000);
    importThenEdit(t, 8, 900001);

    BatchHistoryView view(t.workspace());
    view.resize(1000, 420);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(view.grab().save(QDir(folder).filePath(QStringLiteral("import-history.png"))));
    auto plan = BatchRevert(*t->door()).plan(view.currentBatch());
    REQUIRE(plan.ok());
    RevertDialog dialog(*plan, &view);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("revert-dialog.png"))));
}
