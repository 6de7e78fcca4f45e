#include "tests/support/recordsnapshot.h"
#include "tests/ui/editorfixture.h"
#include "ui/undo/contactpointcommands.h"
#include "ui/undo/createcustomercommand.h"
#include "ui/undo/relationshipcommands.h"
#include "ui/undo/trashcommands.h"
#include "ui/undo/undofeedback.h"

#include <QAction>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

#include "tests/support/fixtures.h"

#include <catch2/catch.hpp>

using namespace rapport;
using test::EditorFixture;

TEST_CASE("Trash steps undo and redo from the keyboard through the app's stack", "[ui][undo]")
{
    EditorFixture f;
    QWidget window;
    // As the main window sets them up.
    QAction *undo = f.stack.createUndoAction(&window, QStringLiteral("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = f.stack.createRedoAction(&window, QStringLiteral("&Redo"));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    window.addAction(undo);
    window.addAction(redo);
    QAction *trash = createMoveToTrashAction(&window);
    CHECK(trash->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(trash->shortcutContext() == Qt::WidgetWithChildrenShortcut);

    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    REQUIRE(moveCustomerToTrash(*f.workspace, &f.stack, ada.customer.id).ok());
    CHECK(undo->text() == QStringLiteral("&Undo Move Ada Lovelace to the trash"));
    CHECK(f.service().get(ada.customer.id)->isDeleted());
    Status twice = moveCustomerToTrash(*f.workspace, &f.stack, ada.customer.id);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message() == QStringLiteral("Ada Lovelace is in the trash already."));
    CHECK(f.stack.count() == 1);

    test::showActive(window);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.service().get(ada.customer.id)->isDeleted());
    CHECK(redo->isEnabled());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.service().get(ada.customer.id)->isDeleted());
}

TEST_CASE("Contact point and relationship commands undo exactly", "[ui][undo]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 id = ada.customer.id;
    const qint64 acme = f.addOrganisation(QStringLiteral("Acme GmbH"));
    const QStringList original = test::recordSnapshot(f.db(), id);

    // A new primary phone demotes the old one; undo promotes it again.
    ContactPoint fax = *ContactPoint::phone(QStringLiteral("030 5550000"),
                                            ContactLabel::Other,
                                            PhoneNormalizer(QStringLiteral("DE")));
    fax.primary = true;
    REQUIRE(CustomerCommand::run(&f.stack,
                                 std::make_unique<AddContactPointCommand>(*f.workspace, ada, fax))
                .ok());
    Result<CustomerRecord> now = f.service().record(id);
    REQUIRE(now.ok());
    CHECK(now->contactPoints.size() == 4);
    int primaries = 0;
    for (const ContactPoint &p : now->contactPoints)
        primaries += p.kind == ContactKind::Phone && p.primary;
    CHECK(primaries == 1);
    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == original);
    f.stack.redo();
    CHECK(f.service().record(id)->contactPoints.size() == 4);
    f.stack.undo();

    // Editing and removing a point, each built on the record as read now.
    ContactPoint changed = ada.contactPoints[2];
    changed.value = QStringLiteral("ada@analytical.example");
    REQUIRE(CustomerCommand::run(&f.stack,
                                 std::make_unique<EditContactPointCommand>(*f.workspace,
                                                                           *f.service().record(id),
                                                                           changed))
                .ok());
    CHECK(f.service().record(id)->contactPoint(changed.id)->value == changed.value);
    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == original);
    REQUIRE(
        CustomerCommand::run(&f.stack,
                             std::make_unique<RemoveContactPointCommand>(*f.workspace,
                                                                         *f.service().record(id),
                                                                         ada.contactPoints[0].id))
            .ok());
    CHECK(f.service().record(id)->contactPoints.size() == 2);
    f.stack.undo(); // the same row, with its id, comes back
    CHECK(test::recordSnapshot(f.db(), id) == original);

    // Linking and unlinking.
    Relationship job;
    job.fromId = id;
    job.toId = acme;
    job.kind = RelationshipKind::WorksAt;
    REQUIRE(CustomerCommand::run(&f.stack,
                                 std::make_unique<AddRelationshipCommand>(*f.workspace,
                                                                          *f.service().record(id),
                                                                          job))
                .ok());
    Result<CustomerRecord> linked = f.service().record(id);
    REQUIRE(linked->relationships.size() == 1);
    const QStringList withLink = test::recordSnapshot(f.db(), id);
    REQUIRE(CustomerCommand::run(&f.stack,
                                 std::make_unique<RemoveRelationshipCommand>(
                                     *f.workspace, *linked, linked->relationships[0].id))
                .ok());
    CHECK(f.service().record(id)->relationships.isEmpty());
    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == withLink);
    f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == original);

    // Every step back and forth in a row: each undo finds what the one after it left.
    while (f.stack.canUndo())
        f.stack.undo();
    CHECK(test::recordSnapshot(f.db(), id) == original);
    while (f.stack.canRedo())
        f.stack.redo();
    CHECK(f.service().record(id)->relationships.isEmpty());
    CHECK(f.stack.count() == 2); // each new step dropped the undone ones above it
}

TEST_CASE("An undo over rows that changed meanwhile is a conflict, not an overwrite",
          "[ui][undo][conflict]")
{
    EditorFixture f;
    const CustomerRecord ada = f.addPerson(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 id = ada.customer.id;
    QSignalSpy failed(UndoFeedback::of(&f.stack), &UndoFeedback::failed);

    CustomerRecord after = ada;
    after.customer.notes = QStringLiteral("Mine");
    REQUIRE(CustomerCommand::run(&f.stack,
                                 std::make_unique<EditCustomerCommand>(*f.workspace, ada, after))
                .ok());
    // Another program changes the same customer.
    Result<std::unique_ptr<Workspace>> other = Workspace::open(f.path(), Database::Mode::Existing);
    REQUIRE(other.ok());
    CustomerService &theirs = (*other)->customers();
    Result<CustomerRecord> seen = theirs.record(id);
    REQUIRE(seen.ok());
    CustomerRecord changed = *seen;
    changed.customer.notes = QStringLiteral("Theirs");
    REQUIRE(theirs.save(*seen, changed).ok());
    const QStringList stored = test::recordSnapshot(f.db(), id, true);

    f.stack.undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().at(0).toString() == QStringLiteral("Cannot Undo"));
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("changed by someone else")));
    CHECK(test::recordSnapshot(f.db(), id, true) == stored);
    CHECK(f.stack.count() == 0); // the step is gone: it can never apply without overwriting
    CHECK(f.service().record(id)->customer.notes == QStringLiteral("Theirs"));

    // The same for a trash step whose customer changed since.
    REQUIRE(moveCustomerToTrash(*f.workspace, &f.stack, id).ok());
    Result<Customer> trashed = theirs.get(id);
    REQUIRE(theirs.restore(*trashed).ok());
    f.stack.undo();
    CHECK(failed.count() == 2);
    CHECK(f.stack.count() == 0);
}

TEST_CASE("Undo of a create leaves the customer when history refers to it", "[ui][undo]")
{
    EditorFixture f;
    CustomerRecord draft;
    draft.customer.lastName = QStringLiteral("Caller");
    auto command = std::make_unique<CreateCustomerCommand>(*f.workspace, draft);
    CreateCustomerCommand *created = command.get();
    REQUIRE(CustomerCommand::run(&f.stack, std::move(command)).ok());
    const qint64 id = created->customerId();
    QSqlQuery q(f.db().connection());
    q.prepare(QStringLiteral("INSERT INTO interactions (customer_id, channel, direction, "
                             "occurred_at) VALUES (?, 0, 0, 0)"));
    q.addBindValue(id);
    REQUIRE(test::committed(f.db(), [&] {
                return q.exec() ? Status()
                                : Status(Error(Error::Kind::Database, q.lastError().text()));
            }).ok());
    QSignalSpy failed(UndoFeedback::of(&f.stack), &UndoFeedback::failed);
    f.stack.undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().at(1).toString().contains(QStringLiteral("move it to the trash")));
    CHECK(f.service().get(id).ok());
}

TEST_CASE("A name with & reads as written in the Undo and Redo menu items", "[ui][undo]")
{
    EditorFixture f;
    const qint64 id = f.addOrganisation(QStringLiteral("Adams & Phillips Ltd"));
    QWidget window;
    QAction *undo = f.stack.createUndoAction(&window, QStringLiteral("&Undo"));
    QAction *redo = f.stack.createRedoAction(&window, QStringLiteral("&Redo"));
    REQUIRE(moveCustomerToTrash(*f.workspace, &f.stack, id).ok());
    // The menu's text doubles the "&" (shown as one, no mnemonic); the step's own text keeps one.
    CHECK(undo->text() == QStringLiteral("&Undo Move Adams && Phillips Ltd to the trash"));
    CHECK(f.stack.text(0) == QStringLiteral("Move Adams & Phillips Ltd to the trash"));
    CHECK(QKeySequence::mnemonic(undo->text()) == QKeySequence(Qt::ALT | Qt::Key_U));
    f.stack.undo();
    CHECK(redo->text() == QStringLiteral("&Redo Move Adams && Phillips Ltd to the trash"));
    CHECK(QKeySequence::mnemonic(redo->text()) == QKeySequence(Qt::ALT | Qt::Key_R));
}
