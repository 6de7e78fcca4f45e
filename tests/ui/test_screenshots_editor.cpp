// Pictures of the customer editor, the conflict dialog and the trash on a demo database, for
// docs/screenshots. Hidden from the normal run; see docs/screenshots/README.md.
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "ui/conflictdialog.h"
#include "ui/contactpointlist.h"
#include "ui/customereditor.h"
#include "ui/trashview.h"
#include "ui/undo/trashcommands.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

// A person with several contact points and links: the editor at its most telling.
qint64 richPerson(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT c.id FROM customers c JOIN contact_points p ON p.customer_id = c.id "
                       "WHERE c.kind = 0 AND c.deleted_at IS NULL "
                       "AND EXISTS (SELECT 1 FROM relationships r WHERE r.from_id = c.id) "
                       "AND EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id) "
                       "GROUP BY c.id HAVING count(*) >= 4 ORDER BY c.id LIMIT 1")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void save(QWidget &w, const QString &folder, const QString &name)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(100);
    const QString file = QDir(folder).filePath(name);
    REQUIRE(w.grab().save(file));
    WARN("saved " << file.toStdString());
}

} // namespace

TEST_CASE("Screenshots of the editor, the conflict dialog and the trash", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("RAPPORT_SHOT_DB");
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    if (path.isEmpty()) {
        WARN("RAPPORT_SHOT_DB names no demo database: nothing to show");
        return;
    }
    Result<std::unique_ptr<Workspace>> ws = Workspace::open(path, Database::Mode::Existing);
    REQUIRE(ws.ok());
    Workspace &workspace = **ws;
    QUndoStack stack;
    const qint64 id = richPerson(workspace.database());

    CustomerEditor editor(workspace, &stack);
    REQUIRE(editor.editCustomer(id).ok());
    editor.resize(1040, 640);
    save(editor, folder, QStringLiteral("customer-editor.png"));

    // The same with a mistyped phone number, as a rep sees it when leaving the field.
    ContactPointRow *row = editor.contactPoints()->addRow(ContactKind::Phone);
    auto *value = row->findChild<QLineEdit *>(QStringLiteral("value"));
    value->setText(QStringLiteral("030 12"));
    row->validate();
    editor.tagsField()->setText(QString(60, QLatin1Char('x')));
    editor.save();
    save(editor, folder, QStringLiteral("customer-editor-invalid.png"));
    editor.hide();

    // A conflict: another window moved the customer on while this one edited the notes.
    CustomerService &service = workspace.customers();
    Result<CustomerRecord> stored = service.record(id);
    REQUIRE(stored.ok());
    CustomerRecord mine = *stored;
    mine.customer.notes = QStringLiteral("Wants the new catalogue by post; call back in May.");
    mine.customer.tags << QStringLiteral("catalogue");
    CustomerRecord theirs = *stored;
    theirs.customer.stage = LifecycleStage::Active;
    theirs.customer.ownerId.reset();
    if (theirs.contactPoints.size() > 1)
        theirs.contactPoints.removeAt(1);
    RecordNames names;
    if (Result<QList<User>> users = service.owners(); users) {
        for (const User &u : std::as_const(*users))
            names.users.insert(u.id, u.displayName);
    }
    for (const Relationship &link : std::as_const(stored->relationships)) {
        const qint64 other = link.otherId(id);
        names.customers.insert(other, service.get(other)->displayName());
    }
    ConflictDialog conflict(mine, theirs, names);
    conflict.resize(820, 500);
    save(conflict, folder, QStringLiteral("conflict-dialog.png"));

    // The trash, after a few customers went there.
    for (qint64 other : {id + 1, id + 2, id + 5, id + 8})
        (void) moveCustomerToTrash(workspace, &stack, other);
    TrashView trash(workspace, &stack);
    trash.resize(760, 420);
    save(trash, folder, QStringLiteral("trash-view.png"));
    while (stack.canUndo())
        stack.undo();
}
