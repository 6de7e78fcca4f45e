// The customer editor's address and phone fields as a user types them (issue 10, items 1, 2, 7):
// the country is chosen by name or code and stored as its alpha-2 code, a phone number is read in
// the country of the customer's address whatever the user's language, and a new customer is shown
// with a message once saved, its addresses and every phone and e-mail in the 360° view.
#include "core/domain/countries.h"
#include "core/storage/settingsrepository.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/editorfixture.h"
#include "tests/ui/isolatedsettings.h"
#include "tests/ui/keyboard.h"
#include "ui/contactpointlist.h"
#include "ui/countrybox.h"
#include "ui/customereditor.h"
#include "ui/customerheader.h"
#include "ui/customerview.h"
#include "ui/fieldmessage.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace rapport;
using test::EditorFixture;

namespace {

// The user's language for the scope of the object (the names the country box lists).
class UiLanguage final
{
public:
    explicit UiLanguage(QLocale::Language language)
    {
        QLocale::setDefault(
            QLocale(language,
                    language == QLocale::German ? QLocale::Germany : QLocale::UnitedStates));
    }
    ~UiLanguage() { QLocale::setDefault(QLocale::system()); }
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
};

QString messageOf(QWidget *row)
{
    const FieldMessage *m = row->findChild<FieldMessage *>();
    return m ? m->text() : QString();
}

QString storedOne(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Types an organisation with one address (country as typed) and, when given, one phone number,
// all by keyboard, and saves with Ctrl+Return.
void typeOrganisation(CustomerEditor &editor,
                      const QString &name,
                      const QString &country,
                      const QString &phone = {})
{
    QTest::keyClicks(editor.organisationField(), name);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addAddress")), Qt::LeftButton);
    ContactPointRow *address = editor.contactPoints()->rows().last();
    REQUIRE(address->kind() == ContactKind::Postal);
    test::Keyboard keys(&editor);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("street"));
    keys.text(QStringLiteral("Hafenstraße 1"));
    keys.key(Qt::Key_Tab);
    keys.text(QStringLiteral("20457"));
    keys.key(Qt::Key_Tab);
    keys.text(QStringLiteral("Hamburg"));
    keys.key(Qt::Key_Tab);
    auto *countryBox = address->findChild<CountryBox *>(QStringLiteral("country"));
    REQUIRE(countryBox);
    CHECK(QApplication::focusWidget() == countryBox);
    keys.text(country);
    keys.key(Qt::Key_Tab);
    CHECK(messageOf(address).isEmpty());
    if (!phone.isEmpty()) {
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPhone")),
                          Qt::LeftButton);
        ContactPointRow *row = editor.contactPoints()->rows().first();
        REQUIRE(row->kind() == ContactKind::Phone);
        keys.text(phone);
        keys.key(Qt::Key_Tab);
        CHECK(messageOf(row).isEmpty());
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

TEST_CASE("A country typed by name or code is stored as its code, never cut to two letters",
          "[ui][editor][country]")
{
    const bool translated = Countries::load({QStringLiteral("de")}).language()
                            == QStringLiteral("de");
    struct Typed
    {
        QLocale::Language language;
        const char *text;
    };
    QList<Typed> cases{{QLocale::English, "Germany"},
                       {QLocale::English, "DE"},
                       {QLocale::English, "deu"},
                       {QLocale::German, "Germany"}};
    if (translated)
        cases << Typed{QLocale::German, "Deutschland"};
    for (const Typed &typed : cases) {
        DYNAMIC_SECTION(typed.text << " with the UI in " << int(typed.language))
        {
            UiLanguage ui(typed.language);
            EditorFixture f;
            CustomerEditor editor(*f.workspace, &f.stack);
            editor.newOrganisation();
            test::showActive(editor);
            QSignalSpy saved(&editor, &CustomerEditor::saved);
            typeOrganisation(editor, QStringLiteral("Nordwind GmbH"), QString::fromUtf8(typed.text));
            REQUIRE(saved.count() == 1);
            CHECK(storedOne(f.db(), QStringLiteral("SELECT country FROM contact_points"))
                  == QStringLiteral("DE"));
        }
    }
}

TEST_CASE("A country the list does not know is refused in the field, and nothing is saved",
          "[ui][editor][country]")
{
    EditorFixture f;
    CustomerEditor editor(*f.workspace, &f.stack);
    editor.newOrganisation();
    test::showActive(editor);
    QSignalSpy saved(&editor, &CustomerEditor::saved);
    QTest::keyClicks(editor.organisationField(), QStringLiteral("Nordwind GmbH"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addAddress")), Qt::LeftButton);
    ContactPointRow *address = editor.contactPoints()->rows().last();
    test::Keyboard keys(&editor);
    keys.text(QStringLiteral("Hafenstraße 1"));
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Tab);
    keys.text(QStringLiteral("Germanyy"));
    keys.key(Qt::Key_Tab);
    CHECK(messageOf(address).contains(QStringLiteral("\"Germanyy\" is no country")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(saved.isEmpty());
    CHECK(test::rowCount(f.db(), "customers") == 0);
    auto *box = address->findChild<CountryBox *>(QStringLiteral("country"));
    CHECK(QApplication::focusWidget() == box); // the cursor goes where the mistake is

    // A stored address shows its country by name and keeps it through an edit.
    box->setCode(QStringLiteral("AT"));
    CHECK(box->currentText() == Countries::forUser().name(QStringLiteral("AT")));
    CHECK(*box->code() == QStringLiteral("AT"));
}

TEST_CASE("A Hamburg number is read in the address's country, whatever the UI language",
          "[ui][editor][phone]")
{
    for (const QLocale::Language language : {QLocale::English, QLocale::German}) {
        DYNAMIC_SECTION("UI language " << int(language))
        {
            UiLanguage ui(language);
            EditorFixture f;
            // The database's region says US: the customer's German address decides.
            REQUIRE(
                f.workspace->setSetting(SettingsRepository::PhoneRegion, QStringLiteral("US")).ok());
            CustomerEditor editor(*f.workspace, &f.stack);
            editor.newOrganisation();
            test::showActive(editor);
            QSignalSpy saved(&editor, &CustomerEditor::saved);
            typeOrganisation(editor,
                             QStringLiteral("Hafenkontor KG"),
                             QStringLiteral("DE"),
                             QStringLiteral("040 30 12 45 67"));
            REQUIRE(saved.count() == 1);
            CHECK(
                storedOne(f.db(), QStringLiteral("SELECT value FROM contact_points WHERE kind = 0"))
                == QStringLiteral("+494030124567"));
        }
    }
}

TEST_CASE("A phone number typed before the address is read again when the country is set",
          "[ui][editor][phone]")
{
    EditorFixture f;
    REQUIRE(f.workspace->setSetting(SettingsRepository::PhoneRegion, QStringLiteral("US")).ok());
    CustomerEditor editor(*f.workspace, &f.stack);
    editor.newOrganisation();
    test::showActive(editor);
    QTest::keyClicks(editor.organisationField(), QStringLiteral("Hafenkontor KG"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addPhone")), Qt::LeftButton);
    ContactPointRow *phone = editor.contactPoints()->rows().last();
    test::Keyboard keys(&editor);
    keys.text(QStringLiteral("040 30 12 45 67"));
    keys.key(Qt::Key_Tab);
    CHECK(messageOf(phone).contains(QStringLiteral("region US")));

    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addAddress")), Qt::LeftButton);
    keys.text(QStringLiteral("Hafenstraße 1"));
    keys.key(Qt::Key_Tab);
    keys.key(Qt::Key_Tab);
    keys.text(QStringLiteral("Hamburg"));
    keys.key(Qt::Key_Tab);
    keys.text(QStringLiteral("Germany"));
    keys.key(Qt::Key_Tab);
    CHECK(messageOf(phone).isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(storedOne(f.db(), QStringLiteral("SELECT value FROM contact_points WHERE kind = 0"))
          == QStringLiteral("+494030124567"));
}

TEST_CASE("A new organisation is shown once saved, with a message, its address and every number",
          "[ui][editor][flows]")
{
    test::IsolatedSettings settings(QStringLiteral("editoraddress"));
    test::TempWorkspace t;
    const qint64 agent = t.addUser(QStringLiteral("h.vermeulen"));
    const qint64 ada = t.addPerson(QStringLiteral("Ada"),
                                   QStringLiteral("Lovelace"),
                                   QStringLiteral("030 1234567"));
    MainWindow window;
    QStringList errors;
    window.setErrorPresenter(
        [&errors](QWidget *, const QString &, const QString &message) { errors << message; });
    REQUIRE(window.openDatabase(t.path()));
    REQUIRE(window.workspace()->setCurrentUser(agent).ok());
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCustomer(ada); // the customer shown before
    REQUIRE(window.customerPage()->currentCustomerId() == ada);

    test::Keyboard keys(&window);
    keys.key(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *editor = window.findChild<CustomerEditor *>();
    REQUIRE(editor != nullptr);
    REQUIRE(QTest::qWaitFor(
        [editor] { return QApplication::focusWidget() == editor->organisationField(); }));
    typeOrganisation(*editor,
                     QStringLiteral("Nordwind & Sohn GmbH"),
                     QStringLiteral("Germany"),
                     QStringLiteral("040 30 12 45 67"));
    REQUIRE(test::rowCount(t.db(), "customers") == 2);
    const qint64 created
        = storedOne(t.db(), QStringLiteral("SELECT max(id) FROM customers")).toLongLong();

    // The window shows the new customer's 360° view, and says it was saved.
    CHECK(window.currentPage() == MainWindow::Page::Customer);
    CHECK(window.customerPage()->currentCustomerId() == created);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Nordwind & Sohn GmbH")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("saved")));
    CHECK(errors.isEmpty());

    // Its address is in the head of the view, the country by its name.
    CustomerHeader *header = window.customerPage()->header();
    REQUIRE(QTest::qWaitFor([header, created] { return header->overview().id == created; }));
    auto *addresses = header->findChild<QLabel *>(QStringLiteral("customerAddresses"));
    REQUIRE(addresses);
    CHECK(addresses->isVisibleTo(header));
    CHECK(addresses->text().contains(QStringLiteral("Hafenstraße 1, 20457 Hamburg, ")
                                     + Countries::forUser().name(QStringLiteral("DE"))));
    CHECK(header->callAction()->text() == QStringLiteral("+49 40 30124567"));
}

TEST_CASE("The 360° view lists every phone and e-mail with its label as links", "[ui][customer]")
{
    EditorFixture f;
    const CustomerRecord stored = f.addPerson(QStringLiteral("Lena"), QStringLiteral("Vogel"));
    CustomerView view(*f.workspace);
    view.resize(1280, 800);
    view.showCustomer(stored.customer.id);
    CustomerHeader *header = view.header();
    REQUIRE(
        QTest::qWaitFor([header, &stored] { return header->overview().id == stored.customer.id; }));
    // The primary landline is the button; the mobile is a tel: link with its label.
    CHECK(header->callAction()->text() == QStringLiteral("+49 30 1234567"));
    CHECK(header->callAction()->toolTip().contains(QStringLiteral("Work")));
    auto *more = header->findChild<QLabel *>(QStringLiteral("moreContacts"));
    REQUIRE(more);
    CHECK(more->text().contains(QStringLiteral("Mobile:")));
    CHECK(more->text().contains(QStringLiteral("href=\"tel:+491712345678\"")));
    CHECK(more->text().contains(QStringLiteral("+49 171 2345678")));
    CHECK(header->mailAction()->text() == QStringLiteral("lena@example.com"));
}
