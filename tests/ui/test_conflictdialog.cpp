#include "tests/support/recordsnapshot.h"
#include "tests/ui/editorfixture.h"
#include "ui/contactpointlist.h"
#include "ui/customereditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace rapport;
using test::EditorFixture;

namespace {

// Another program on the same file: its own connection, its own service.
struct OtherWriter
{
    std::unique_ptr<Workspace> workspace;

    explicit OtherWriter(const QString &path)
    {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, Database::Mode::Existing);
        REQUIRE(opened.ok());
        workspace = std::move(opened).value();
    }

    void change(qint64 id, const std::function<void(CustomerRecord &)> &edit)
    {
        CustomerService &service = workspace->customers();
        Result<CustomerRecord> theirs = service.record(id);
        REQUIRE(theirs.ok());
        CustomerRecord changed = *theirs;
        edit(changed);
        REQUIRE(service.save(*theirs, changed).ok());
    }
};

} // namespace

TEST_CASE("A stale save raises the conflict dialog, and each choice does what it says",
          "[ui][editor][conflict]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 id = ada.customer.id;
    CustomerEditor editor(*f.workspace, &f.stack);
    REQUIRE(editor.editCustomer(id).ok());
    test::showActive(editor);

    // Meanwhile, another program on the same file moves Ada on and drops her mobile.
    OtherWriter other(f.path());
    other.change(id, [](CustomerRecord &r) {
        r.customer.stage = LifecycleStage::Active;
        r.contactPoints.removeAt(1);
    });
    const QStringList theirs = test::recordSnapshot(f.db(), id, true);
    const QStringList theirData = test::recordSnapshot(f.db(), id);

    // The user, unaware, writes a note and saves.
    QTest::keyClicks(editor.notesField(), QStringLiteral("Prefers e-mail."));
    int asked = 0;
    CustomerRecord shownMine, shownStored;
    ConflictDialog::Choice answer = ConflictDialog::Choice::KeepEditing;
    editor.setConflictResolver([&](QWidget *,
                                   const CustomerRecord &mine,
                                   const CustomerRecord &stored,
                                   const RecordNames &names) {
        ++asked;
        shownMine = mine;
        shownStored = stored;
        CHECK(names.users.value(f.anna) == QStringLiteral("Anna Berg"));
        return answer;
    });
    QSignalSpy saved(&editor, &CustomerEditor::saved);

    SECTION("keep mine: saved over the stored version, knowingly")
    {
        answer = ConflictDialog::Choice::KeepMine;
        CHECK(editor.save());
        CHECK(asked == 1);
        CHECK(shownMine.customer.notes == QStringLiteral("Prefers e-mail."));
        CHECK(shownStored.customer.stage == LifecycleStage::Active);
        CHECK(saved.count() == 1);
        Result<CustomerRecord> now = f.service().record(id);
        REQUIRE(now.ok());
        CHECK(now->customer.notes == QStringLiteral("Prefers e-mail."));
        CHECK(now->customer.stage == LifecycleStage::Prospect); // mine, as the dialog showed
        CHECK(now->contactPoints.size() == 3);
        // And that too is one step to undo, back to their version exactly.
        REQUIRE(f.stack.count() == 1);
        f.stack.undo();
        CHECK(test::recordSnapshot(f.db(), id) == theirData);
        Result<CustomerRecord> back = f.service().record(id);
        REQUIRE(back.ok());
        CHECK(back->customer.stage == LifecycleStage::Active);
        CHECK(back->contactPoints.size() == 2);
    }
    SECTION("take stored: nothing written, the editor shows the stored version")
    {
        answer = ConflictDialog::Choice::TakeStored;
        CHECK_FALSE(editor.save());
        CHECK(asked == 1);
        CHECK(saved.isEmpty());
        CHECK(test::recordSnapshot(f.db(), id, true) == theirs);
        CHECK(editor.isVisible());
        CHECK_FALSE(editor.isModified());
        CHECK(editor.notesField()->toPlainText().isEmpty());
        CHECK(editor.stageField()->currentData().toInt() == int(LifecycleStage::Active));
        CHECK(editor.contactPoints()->rows().size() == 2);
        CHECK(editor.statusText().contains(QStringLiteral("stored version")));
        CHECK(f.stack.count() == 0);
    }
    SECTION("back to editing: nothing written, the user's text stays, the next save is theirs")
    {
        answer = ConflictDialog::Choice::KeepEditing;
        CHECK_FALSE(editor.save());
        CHECK(test::recordSnapshot(f.db(), id, true) == theirs);
        CHECK(editor.isVisible());
        CHECK(editor.notesField()->toPlainText() == QStringLiteral("Prefers e-mail."));
        CHECK(editor.statusText().contains(QStringLiteral("not saved")));
        // The user takes the other's stage into account and saves again: no second dialog.
        editor.stageField()->setCurrentIndex(
            editor.stageField()->findData(int(LifecycleStage::Active)));
        CHECK(editor.save());
        CHECK(asked == 1);
        Result<CustomerRecord> now = f.service().record(id);
        REQUIRE(now.ok());
        CHECK(now->customer.stage == LifecycleStage::Active);
        CHECK(now->customer.notes == QStringLiteral("Prefers e-mail."));
    }
}

TEST_CASE("The conflict dialog shows both versions field by field, the differences marked",
          "[ui][conflict]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    CustomerRecord mine = ada;
    mine.customer.notes = QStringLiteral("Mine");
    CustomerRecord stored = ada;
    stored.customer.stage = LifecycleStage::Lost;
    stored.customer.ownerId = f.ben;
    stored.contactPoints.removeAt(1);
    RecordNames names;
    names.users = {{f.anna, QStringLiteral("Anna Berg")}, {f.ben, QStringLiteral("Ben Ott")}};

    ConflictDialog dialog(mine, stored, names);
    CHECK(dialog.differences()
          == QStringList{QStringLiteral("Stage"),
                         QStringLiteral("Owner"),
                         QStringLiteral("Notes"),
                         QStringLiteral("Phone numbers")});
    QTableWidget *table = dialog.table();
    REQUIRE(table->columnCount() == 3);
    int ownerRow = -1;
    for (int i = 0; i < table->rowCount(); ++i) {
        if (table->item(i, 0)->text().startsWith(QStringLiteral("Owner")))
            ownerRow = i;
    }
    REQUIRE(ownerRow >= 0);
    CHECK(table->item(ownerRow, 1)->text() == QStringLiteral("Anna Berg"));
    CHECK(table->item(ownerRow, 2)->text() == QStringLiteral("Ben Ott"));
    CHECK(table->item(ownerRow, 1)->font().bold());
    CHECK_FALSE(table->item(0, 1)->font().bold()); // first name: the same

    // The real buttons, by mouse and by keyboard.
    test::showActive(dialog);
    QTest::mouseClick(dialog.takeStoredButton(), Qt::LeftButton);
    CHECK(dialog.choice() == ConflictDialog::Choice::TakeStored);
    CHECK(dialog.result() == QDialog::Accepted);

    ConflictDialog second(mine, stored, names);
    test::showActive(second);
    QTest::keyClick(&second, Qt::Key_K, Qt::AltModifier); // a mnemonic clicks after a moment
    CHECK(
        QTest::qWaitFor([&second] { return second.choice() == ConflictDialog::Choice::KeepMine; }));

    ConflictDialog third(mine, stored, names);
    test::showActive(third);
    QTest::keyClick(&third, Qt::Key_Escape);
    CHECK(third.choice() == ConflictDialog::Choice::KeepEditing);
    CHECK(third.result() == QDialog::Rejected);
}

TEST_CASE("The editor opens the real conflict dialog when nothing replaces it", "[ui][conflict]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    CustomerEditor editor(*f.workspace, &f.stack);
    REQUIRE(editor.editCustomer(ada.customer.id).ok());
    test::showActive(editor);
    OtherWriter other(f.path());
    other.change(ada.customer.id,
                 [](CustomerRecord &r) { r.customer.source = QStringLiteral("web"); });
    QTest::keyClicks(editor.notesField(), QStringLiteral("x"));

    QStringList differences;
    test::onNextModal([&differences](QWidget *modal) {
        auto *dialog = qobject_cast<ConflictDialog *>(modal);
        REQUIRE(dialog);
        differences = dialog->differences();
        QTest::mouseClick(dialog->keepMineButton(), Qt::LeftButton);
    });
    CHECK(editor.save());
    CHECK(differences == QStringList{QStringLiteral("Source"), QStringLiteral("Notes")});
    Result<CustomerRecord> now = f.service().record(ada.customer.id);
    REQUIRE(now.ok());
    CHECK(now->customer.notes == QStringLiteral("x"));
    CHECK(now->customer.source.isEmpty());
}
