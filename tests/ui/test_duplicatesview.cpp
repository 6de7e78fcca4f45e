// The duplicates review screen: the scan's pairs, both records side by side, a value picked per
// field with the mouse, Merge / Not a Duplicate / Skip, each step undoable on the app's stack.
#include "core/models/duplicatepairmodel.h"
#include "core/services/customerservice.h"
#include "core/services/duplicatefinder.h"
#include "tests/support/duplicatefixture.h"
#include "tests/ui/editorfixture.h"
#include "ui/duplicatesview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace rapport;
using test::EditorFixture;

namespace {

QVariant stored(EditorFixture &f, const QString &sql)
{
    QSqlQuery q(f.db().connection());
    if (!q.exec(sql) || !q.next())
        FAIL(sql.toStdString());
    return q.value(0);
}

void click(QAbstractButton *button)
{
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    // On the indicator: a radio button in a wide grid column takes clicks on its text only.
    const QPoint at = qobject_cast<QRadioButton *>(button) ? QPoint(8, button->height() / 2)
                                                           : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, at);
}

} // namespace

TEST_CASE("The duplicates view merges a pair with the values picked, undoably", "[ui][duplicates]")
{
    EditorFixture f;
    const qint64 anna = test::addPerson(*f.workspace,
                                        {QStringLiteral("Anna"),
                                         QStringLiteral("Weber"),
                                         QStringLiteral("anna@example.com"),
                                         QStringLiteral("030 1234567"),
                                         QStringLiteral("Berlin")});
    const qint64 anne = test::addPerson(*f.workspace,
                                        {QStringLiteral("Anne"),
                                         QStringLiteral("Weber"),
                                         QStringLiteral("anna@example.com"),
                                         QStringLiteral("0171 2345678"),
                                         {}});
    const qint64 otto = test::addPerson(*f.workspace,
                                        {QStringLiteral("Otto"),
                                         QStringLiteral("Schulz"),
                                         QStringLiteral("otto@example.com"),
                                         {},
                                         {}});
    const qint64 ottoToo = test::addPerson(*f.workspace,
                                           {QStringLiteral("Otto"),
                                            QStringLiteral("Schultz"),
                                            QStringLiteral("otto@example.com"),
                                            {},
                                            {}});

    DuplicatesView view(*f.workspace, &f.stack);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QStringList errors;
    view.setErrorPresenter([&errors](QWidget *, const QString &m) { errors << m; });
    test::showActive(view);
    QSignalSpy scanned(&view, &DuplicatesView::scanFinished);
    view.rescan();
    CHECK_FALSE(view.rescanButton()->isEnabled());
    REQUIRE(scanned.wait(20'000));
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.table()->currentIndex().row() == 0);

    // Find the Weber pair and look at it.
    const int weber = view.model()->rowOf(anna, anne);
    REQUIRE(weber >= 0);
    view.table()->setCurrentIndex(view.model()->index(weber, DuplicatePairModel::First));
    QRadioButton *leftFirst = view.choice(QStringLiteral("first_name"), 0);
    QRadioButton *rightFirst = view.choice(QStringLiteral("first_name"), 1);
    REQUIRE(leftFirst);
    REQUIRE(rightFirst);
    CHECK(leftFirst->text() == QLatin1String("Anna"));
    CHECK(rightFirst->text() == QLatin1String("Anne"));
    CHECK(leftFirst->isChecked());
    CHECK_FALSE(view.choice(QStringLiteral("last_name"), 0)->isEnabled()); // the same on both

    if (const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !dir.isEmpty())
        CHECK(view.grab().save(dir + QStringLiteral("/duplicates-review-small.png")));

    // Keep the right-hand record, but with the left one's first name.
    click(view.choice(QStringLiteral("keep"), 1));
    CHECK(rightFirst->isChecked()); // the defaults follow the kept record
    click(leftFirst);
    const MergeRequest r = view.request();
    CHECK(r.survivor == anne);
    CHECK(r.other == anna);
    CHECK(r.take.value(QStringLiteral("first_name")) == MergeSide::Other);

    QSignalSpy merged(&view, &DuplicatesView::merged);
    click(view.mergeButton());
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(merged.count() == 1);
    CHECK(errors.isEmpty());
    CHECK(stored(f, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(anne)).toString()
          == QLatin1String("Anna Weber"));
    CHECK_FALSE(stored(f, QStringLiteral("SELECT deleted_at FROM customers WHERE id = %1").arg(anna))
                    .isNull());
    CHECK(
        stored(f,
               QStringLiteral("SELECT count(*) FROM contact_points WHERE customer_id = %1").arg(anne))
            .toInt()
        == 4); // two phones, one e-mail (once), the Berlin address
    CHECK(view.model()->rowCount() == 1);
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.undoText() == QLatin1String("Merge Anna Weber"));

    // Not a duplicate: remembered, the pair leaves the list; undo forgets it again.
    REQUIRE(view.table()->currentIndex().row() == 0);
    click(view.dismissButton());
    CHECK(view.model()->rowCount() == 0);
    CHECK(stored(f,
                 QStringLiteral("SELECT count(*) FROM duplicate_dismissals WHERE low_id = %1 "
                                "AND high_id = %2")
                     .arg(otto)
                     .arg(ottoToo))
              .toInt()
          == 1);
    CHECK_FALSE(view.mergeButton()->isEnabled());
    f.stack.undo();
    CHECK(stored(f, QStringLiteral("SELECT count(*) FROM duplicate_dismissals")).toInt() == 0);
    CHECK(f.stack.count() == 2);
}

TEST_CASE("Ctrl+Z in the duplicates view undoes the merge just done", "[ui][duplicates][undo]")
{
    EditorFixture f;
    const qint64 anna = test::addPerson(*f.workspace,
                                        {QStringLiteral("Anna"),
                                         QStringLiteral("Weber"),
                                         QStringLiteral("anna@example.com"),
                                         {},
                                         {}});
    test::addPerson(*f.workspace,
                    {QStringLiteral("Anne"),
                     QStringLiteral("Weber"),
                     QStringLiteral("anna@example.com"),
                     {},
                     {}});
    DuplicatesView view(*f.workspace, &f.stack);
    QStringList errors;
    view.setErrorPresenter([&errors](QWidget *, const QString &m) { errors << m; });
    test::showActive(view);
    QSignalSpy scanned(&view, &DuplicatesView::scanFinished);
    view.rescan();
    REQUIRE(scanned.wait(20'000));
    REQUIRE(view.model()->rowCount() == 1);
    click(view.mergeButton());
    REQUIRE(f.stack.count() == 1);
    const QString deleted = QStringLiteral("SELECT count(*) FROM customers WHERE deleted_at IS NOT "
                                           "NULL");
    REQUIRE(stored(f, deleted).toInt() == 1);

    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    REQUIRE(view.model()->rowCount() == 0);
    scanned.clear();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(f.stack.index() == 0);
    // The pair is back in the list to look at again.
    REQUIRE(scanned.wait(20'000));
    CHECK(view.model()->rowCount() == 1);
    CHECK(stored(f, deleted).toInt() == 0);
    CHECK(stored(f, QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(anna)).toString()
          == QLatin1String("Anna Weber"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.stack.index() == 1);
    CHECK(stored(f, deleted).toInt() == 1);
    CHECK(errors.isEmpty());
}

TEST_CASE("Skip walks down the pairs of the duplicates view", "[ui][duplicates]")
{
    EditorFixture f;
    for (int i = 0; i < 3; ++i) {
        const QString mail = QStringLiteral("p%1@example.com").arg(i);
        const QString last = QStringLiteral("Weber%1").arg(QChar(u'a' + i));
        test::addPerson(*f.workspace, {QStringLiteral("Anna"), last, mail, {}, {}});
        test::addPerson(*f.workspace, {QStringLiteral("Ana"), last, mail, {}, {}});
    }
    DuplicatesView view(*f.workspace, &f.stack);
    test::showActive(view);
    QSignalSpy scanned(&view, &DuplicatesView::scanFinished);
    view.rescan();
    REQUIRE(scanned.wait(20'000));
    REQUIRE(view.model()->rowCount() == 3);
    click(view.skipButton());
    CHECK(view.table()->currentIndex().row() == 1);
    QTest::keyClick(view.skipButton(), Qt::Key_Space);
    CHECK(view.table()->currentIndex().row() == 2);
    CHECK_FALSE(view.skipButton()->isEnabled()); // the last pair
    CHECK(f.stack.count() == 0);
}

TEST_CASE("The duplicates view on a demo database, for a look", "[ui][duplicates][shot]")
{
    // RAPPORT_SHOT_DB: a demo database with seeded duplicates (`rapport-cli demo --customers
    // 3000 --duplicates 60`); RAPPORT_SHOT_DIR: where the picture goes. Skipped without them.
    const QString path = qEnvironmentVariable("RAPPORT_SHOT_DB");
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (path.isEmpty() || dir.isEmpty())
        return;
    auto workspace = Workspace::open(path, Database::Mode::Existing);
    REQUIRE(workspace.ok());
    QUndoStack stack;
    DuplicatesView view(**workspace, &stack);
    view.resize(1040, 720);
    test::showActive(view);
    QSignalSpy scanned(&view, &DuplicatesView::scanFinished);
    view.rescan();
    REQUIRE(scanned.wait(60'000));
    REQUIRE(view.model()->rowCount() > 2);
    view.table()->setCurrentIndex(view.model()->index(1, DuplicatePairModel::First));
    QTest::qWait(50);
    CHECK(view.grab().save(dir + QStringLiteral("/duplicates-review.png")));
}
