// The customer list's search forgiving a typo: close matches, and the line that says so.
#include "core/models/customerlistmodel.h"
#include "core/services/changebus.h"
#include "tests/support/customerlistfixture.h"
#include "tests/ui/shownlist.h"
#include "ui/customerlistview.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using L = test::SmallList;

namespace {

// The list at 1280 pixels, as a rep sees it.
struct Shown : test::ShownList
{
    Shown()
        : test::ShownList(1280)
    {}
};

using test::waitForRows;

} // namespace

TEST_CASE("A typo in the list's search shows the close matches and says so", "[ui][list]")
{
    Shown s;
    QLabel *note = s.view.closeMatchNote();
    REQUIRE(note);
    CHECK(note->isHidden());

    // Ctrl+K's focus, then the typo typed key by key (search as you type).
    s.view.focusSearch();
    for (const char key : QByteArray("muler"))
        QTest::keyClick(s.view.searchField(), key);
    REQUIRE(waitForRows(s.model, 2));
    CHECK(QSet<qint64>{s.model.idAt(0), s.model.idAt(1)} == QSet<qint64>{L::Anna, L::Ben});
    for (int row = 0; row < 2; ++row)
        CHECK(s.model.index(row, 0).data(CustomerListModel::CloseMatchRole).toBool());
    CHECK(s.model.index(0, 0).data().toString().endsWith(QStringLiteral("Müller")));
    CHECK(note->isVisible());
    CHECK(note->text() == QStringLiteral("No exact match — showing close matches for “muler”."));

    // Render it for a look (RAPPORT_SHOT_DIR set: a PNG there).
    if (const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !dir.isEmpty())
        CHECK(s.view.grab().save(dir + QStringLiteral("/list-close-matches.png")));

    // Down walks into the matches, Enter opens the first.
    QSignalSpy activated(&s.view, &CustomerListView::customerActivated);
    QTest::keyClick(s.view.searchField(), Qt::Key_Down);
    REQUIRE(s.view.table()->hasFocus());
    QTest::keyClick(s.view.table(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toLongLong() == s.model.idAt(0));

    // The typo put right: exact matches, no note.
    s.view.focusSearch();
    QTest::keyClick(s.view.searchField(), Qt::Key_End);
    QTest::keyClick(s.view.searchField(), Qt::Key_Backspace);
    QTest::keyClick(s.view.searchField(), Qt::Key_Backspace);
    for (const char key : QByteArray("ler"))
        QTest::keyClick(s.view.searchField(), key);
    REQUIRE(QTest::qWaitFor([&] { return note->isHidden(); }, 3000));
    REQUIRE(waitForRows(s.model, 2));
    CHECK_FALSE(s.model.index(0, 0).data(CustomerListModel::CloseMatchRole).toBool());

    // Nothing close either: the usual empty list, no note.
    s.view.searchField()->clear();
    for (const char key : QByteArray("xyzzy"))
        QTest::keyClick(s.view.searchField(), key);
    REQUIRE(waitForRows(s.model, 0));
    CHECK(note->isHidden());
}
