#include "tests/support/fixtures.h"
#include "tests/support/recordsnapshot.h"
#include "tests/ui/editorfixture.h"
#include "ui/contactpointlist.h"
#include "ui/customereditor.h"
#include "ui/fieldmessage.h"
#include "ui/relationshiplist.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;
using test::EditorFixture;

namespace {

QLineEdit *valueOf(ContactPointRow *row)
{
    return row->findChild<QLineEdit *>(QStringLiteral("value"));
}

QString messageOf(QWidget *row)
{
    const FieldMessage *m = row->findChild<FieldMessage *>();
    return m ? m->text() : QString();
}

void saveByKeyboard(CustomerEditor &editor)
{
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &editor, Qt::Key_Return, Qt::ControlModifier);
}

void clickAdd(CustomerEditor &editor, const char *name)
{
    auto *button = editor.findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("Invalid fields are refused inline, naming the field, and nothing is saved",
          "[ui][editor]")
{
    EditorFixture f;
    CustomerEditor editor(*f.workspace, &f.stack);
    editor.newPerson();
    test::showActive(editor);
    QSignalSpy saved(&editor, &CustomerEditor::saved);

    // An empty person: Ctrl+Return is refused, and the message sits under the last name.
    CHECK(QApplication::focusWidget() == editor.firstNameField());
    saveByKeyboard(editor);
    CHECK(editor.fieldMessage(QStringLiteral("lastName"))
          == QStringLiteral("A person needs a first or a last name."));
    CHECK(editor.statusText().contains(QStringLiteral("nothing was saved")));
    CHECK(editor.isVisible());
    CHECK(test::rowCount(f.db(), "customers") == 0);

    // Typing a name clears the message as it is typed.
    QTest::keyClicks(editor.firstNameField(), QStringLiteral("Ada"));
    CHECK(editor.fieldMessage(QStringLiteral("lastName")).isEmpty());

    // A wrong phone number, said when the field is left.
    clickAdd(editor, "addPhone");
    ContactPointRow *phone = editor.contactPoints()->rows().last();
    CHECK(QApplication::focusWidget() == valueOf(phone));
    QTest::keyClicks(valueOf(phone), QStringLiteral("12"));
    CHECK(messageOf(phone).isEmpty()); // not while typing
    test::tabAway(valueOf(phone));
    CHECK(messageOf(phone).contains(QStringLiteral("is not a valid phone number for region DE")));

    // A wrong e-mail address.
    clickAdd(editor, "addEmail");
    ContactPointRow *email = editor.contactPoints()->rows().last();
    QTest::keyClicks(valueOf(email), QStringLiteral("ada@"));
    test::tabAway(valueOf(email));
    CHECK(messageOf(email) == QStringLiteral("\"ada@\" is not an e-mail address."));

    // A date in the future.
    editor.acquiredField()->setDate(QDate::currentDate().addYears(1));
    CHECK(editor.fieldMessage(QStringLiteral("acquiredOn"))
          == QStringLiteral("The acquisition date lies in the future."));

    saveByKeyboard(editor);
    CHECK(editor.statusText().startsWith(QStringLiteral("3 fields need correcting")));
    CHECK(saved.isEmpty());
    CHECK(test::rowCount(f.db(), "customers") == 0);
    CHECK(f.stack.count() == 0);
    // The cursor goes to the first field in the way.
    CHECK(QApplication::focusWidget() == editor.acquiredField());

    // Corrected as typed: each message goes as soon as the value is right.
    editor.acquiredField()->setDate(QDate(2024, 5, 17));
    valueOf(phone)->selectAll();
    QTest::keyClicks(valueOf(phone), QStringLiteral("030 1234567"));
    CHECK(messageOf(phone).isEmpty());
    QTest::keyClicks(valueOf(email), QStringLiteral("example.com"));
    CHECK(messageOf(email).isEmpty());
    saveByKeyboard(editor);
    REQUIRE(saved.count() == 1);
    CHECK_FALSE(editor.isVisible());
    CHECK(test::rowCount(f.db(), "customers") == 1);
}

TEST_CASE("A customer created in the editor lands in the database, and undo removes it",
          "[ui][editor][undo]")
{
    EditorFixture f;
    const qint64 acme = f.addOrganisation(QStringLiteral("Acme GmbH"));
    CustomerEditor editor(*f.workspace, &f.stack);
    editor.newPerson();
    test::showActive(editor);
    QSignalSpy saved(&editor, &CustomerEditor::saved);

    // By keyboard, field after field.
    QTest::keyClicks(editor.firstNameField(), QStringLiteral("Grace"));
    test::tabAway(editor.firstNameField());
    CHECK(QApplication::focusWidget() == editor.lastNameField());
    QTest::keyClicks(editor.lastNameField(), QStringLiteral("Hopper"));
    test::tabAway(editor.lastNameField());
    CHECK(QApplication::focusWidget() == editor.stageField());
    editor.stageField()->setCurrentIndex(editor.stageField()->findData(int(LifecycleStage::Active)));
    editor.ownerField()->setCurrentIndex(editor.ownerField()->findData(f.ben));
    editor.sourceField()->setCurrentText(QStringLiteral("trade fair"));
    QTest::keyClicks(editor.tagsField(), QStringLiteral("vip, navy ,vip"));
    QTest::keyClicks(editor.notesField(), QStringLiteral("Compiler pioneer."));

    clickAdd(editor, "addPhone");
    QTest::keyClicks(valueOf(editor.contactPoints()->rows().last()),
                     QStringLiteral("+1 202 555 0143"));
    clickAdd(editor, "addPhone");
    ContactPointRow *second = editor.contactPoints()->rows().last();
    QTest::keyClicks(valueOf(second), QStringLiteral("030 9876543"));
    // The second phone becomes the primary one: the first loses the mark.
    QTest::mouseClick(second->findChild<QRadioButton *>(QStringLiteral("primary")), Qt::LeftButton);
    CHECK_FALSE(editor.contactPoints()->rows().first()->isPrimary());
    clickAdd(editor, "addEmail");
    QTest::keyClicks(valueOf(editor.contactPoints()->rows().last()),
                     QStringLiteral("Grace@Navy.example"));

    // A relationship, found by typing and picked from the suggestions with the keyboard.
    clickAdd(editor, "addRelationship");
    RelationshipRow *link = editor.relationships()->rows().last();
    QTest::keyClicks(link->searchField(), QStringLiteral("acm"));
    QAbstractItemView *popup = link->completer()->popup();
    REQUIRE(popup->isVisible());
    REQUIRE(popup->model()->rowCount() == 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(link->otherId() == acme);
    CHECK(link->searchField()->text() == QStringLiteral("Acme GmbH"));
    QTest::keyClicks(link->findChild<QLineEdit *>(QStringLiteral("role")),
                     QStringLiteral("Admiral"));

    saveByKeyboard(editor);
    REQUIRE(saved.count() == 1);
    const qint64 id = saved.first().first().toLongLong();
    CHECK(editor.customerId() == id);
    CHECK(f.stack.count() == 1);
    CHECK(f.stack.undoText() == QStringLiteral("Create Grace Hopper"));

    Result<CustomerRecord> stored = f.service().record(id);
    REQUIRE(stored.ok());
    const Customer &c = stored->customer;
    CHECK(c.displayName() == QStringLiteral("Grace Hopper"));
    CHECK(c.stage == LifecycleStage::Active);
    CHECK(c.ownerId == f.ben);
    CHECK(c.source == QStringLiteral("trade fair"));
    CHECK(c.tags == QStringList{QStringLiteral("navy"), QStringLiteral("vip")});
    CHECK(c.notes == QStringLiteral("Compiler pioneer."));
    REQUIRE(stored->contactPoints.size() == 3);
    QStringList values;
    for (const ContactPoint &p : stored->contactPoints)
        values << p.value + (p.primary ? QStringLiteral("*") : QString());
    CHECK(values.contains(QStringLiteral("+49309876543*")));
    CHECK(values.contains(QStringLiteral("+12025550143")));
    CHECK(values.contains(QStringLiteral("grace@navy.example*")));
    REQUIRE(stored->relationships.size() == 1);
    CHECK(stored->relationships[0].toId == acme);
    CHECK(stored->relationships[0].role == QStringLiteral("Admiral"));

    // Undo deletes it for good (it was created by mistake); redo brings back the same rows.
    const QStringList created = test::recordSnapshot(f.db(), id, true);
    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id).isEmpty());
    CHECK(test::rowCount(f.db(), "contact_points") == 0);
    CHECK(test::rowCount(f.db(), "relationships") == 0);
    f.stack.redo();
    CHECK(test::recordSnapshot(f.db(), id, true) == created);
}

TEST_CASE("Undo of an edit restores the stored rows exactly, and redo applies it again",
          "[ui][editor][undo]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 id = ada.customer.id;
    const QStringList original = test::recordSnapshot(f.db(), id);

    CustomerEditor editor(*f.workspace, &f.stack);
    REQUIRE(editor.editCustomer(id).ok());
    test::showActive(editor);
    CHECK(editor.windowTitle() == QStringLiteral("Edit Ada Lovelace"));
    CHECK(valueOf(editor.contactPoints()->rows().first())->text()
          == QStringLiteral("+49 30 1234567"));

    editor.lastNameField()->selectAll();
    QTest::keyClicks(editor.lastNameField(), QStringLiteral("King"));
    editor.stageField()->setCurrentIndex(editor.stageField()->findData(int(LifecycleStage::Active)));
    editor.tagsField()->selectAll();
    QTest::keyClicks(editor.tagsField(), QStringLiteral("vip, board"));
    // The mobile goes, a web site comes, the landline becomes a home number.
    ContactPointRow *mobile = editor.contactPoints()->rows().at(1);
    QTest::mouseClick(mobile->findChild<QWidget *>(QStringLiteral("remove")), Qt::LeftButton);
    auto *label = editor.contactPoints()->rows().first()->findChild<QComboBox *>(
        QStringLiteral("label"));
    label->setCurrentIndex(label->findData(int(ContactLabel::Home)));
    clickAdd(editor, "addWeb");
    QTest::keyClicks(valueOf(editor.contactPoints()->rows().last()),
                     QStringLiteral("ada.example.org"));
    saveByKeyboard(editor);
    REQUIRE_FALSE(editor.isVisible());
    REQUIRE(f.stack.count() == 1);

    const QStringList edited = test::recordSnapshot(f.db(), id);
    CHECK(edited != original);
    Result<CustomerRecord> now = f.service().record(id);
    REQUIRE(now.ok());
    CHECK(now->customer.lastName == QStringLiteral("King"));
    CHECK(now->contactPoints.size() == 3);

    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == original);
    f.stack.redo();
    CHECK(test::recordSnapshot(f.db(), id) == edited);
    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == original);
}

TEST_CASE("Esc closes the editor, asking first when something was typed", "[ui][editor]")
{
    EditorFixture f;
    CustomerEditor editor(*f.workspace, &f.stack);
    int asked = 0;
    bool discard = false;
    editor.setDiscardConfirmer([&](QWidget *, const QString &) {
        ++asked;
        return discard;
    });
    editor.newOrganisation();
    test::showActive(editor);
    CHECK(QApplication::focusWidget() == editor.organisationField());
    CHECK_FALSE(editor.firstNameField()->isVisible());
    QTest::keyClick(editor.organisationField(), Qt::Key_Escape);
    CHECK(asked == 0);
    CHECK_FALSE(editor.isVisible());

    editor.newOrganisation();
    test::showActive(editor);
    QTest::keyClicks(editor.organisationField(), QStringLiteral("Initech"));
    QTest::keyClick(editor.organisationField(), Qt::Key_Escape);
    CHECK(asked == 1);
    CHECK(editor.isVisible());
    discard = true;
    QTest::keyClick(editor.organisationField(), Qt::Key_Escape);
    CHECK(asked == 2);
    CHECK_FALSE(editor.isVisible());
    CHECK(test::rowCount(f.db(), "customers") == 0);
}

TEST_CASE("A database file gone while editing: one sentence, the typed text stays", "[ui][editor]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    CustomerEditor editor(*f.workspace, &f.stack);
    REQUIRE(editor.editCustomer(ada.customer.id).ok());
    test::showActive(editor);
    QTest::keyClicks(editor.notesField(), QStringLiteral("Call back on Monday."));

    const QString moved = f.path() + QStringLiteral(".moved");
    REQUIRE(QFile::rename(f.path(), moved));
    CHECK_FALSE(editor.save());
    CHECK(editor.statusText().contains(QStringLiteral("no longer there")));
    CHECK(editor.isVisible());
    CHECK(editor.notesField()->toPlainText() == QStringLiteral("Call back on Monday."));
    CHECK(f.stack.count() == 0);

    // Back in place, the same Save goes through.
    REQUIRE(QFile::rename(moved, f.path()));
    CHECK(editor.save());
    CHECK(f.service().get(ada.customer.id)->notes == QStringLiteral("Call back on Monday."));
}
