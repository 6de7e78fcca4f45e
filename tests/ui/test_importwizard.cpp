// The customer import wizard driven like a user: files written by Google Contacts, a German
// spreadsheet in Windows-1252 and a file with bad rows go through every page by keyboard; the
// database is checked afterwards. A dry run and a cancelled import write nothing; a mapping is
// saved, loaded and remembered; files that cannot be imported are said on the first page.
#include "core/demo/demogenerator.h"
#include "core/services/workspace.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerlistview.h"
#include "ui/importcheckpage.h"
#include "ui/importfilepage.h"
#include "ui/importmappingpage.h"
#include "ui/importoptionspage.h"
#include "ui/importreportmodel.h"
#include "ui/importrunpage.h"
#include "ui/importsummaryview.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

const QByteArray googleCsv
    = "Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group Membership,"
      "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,"
      "Phone 1 - Value,Organization 1 - Name,Organization 1 - Title,Address 1 - Type,"
      "Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country\r\n"
      "Ada Lovelace,Ada,,Lovelace,,,,* myContacts ::: Friends,* Work,ada@example.org,Home,"
      "ada.home@example.org,Mobile,+44 20 7946 0018,Analytical Engines Ltd,,Work,"
      "12 St James's Square,London,SW1Y 4JH,United Kingdom\r\n"
      "Grace Hopper,Grace,,Hopper,,,,* myContacts,* Work,grace@example.org,,,Work,"
      "+1 202 555 0143,US Navy,,,,,,\r\n";

// Windows-1252, semicolons, German headers: what Excel writes in Germany.
QByteArray germanCsv()
{
    return QStringLiteral("Vorname;Nachname;Firma;E-Mail;Telefon\r\n"
                          "Jürgen;Müller;Bäckerei Müller GmbH;j.mueller@example.de;030 1234567\r\n"
                          "Änne;Schäfer;;a.schaefer@example.de;0171 2345678\r\n"
                          "Günther;Groß;Straßenbau Groß;g.gross@example.de;089 5550123\r\n")
        .toLatin1();
}

const QByteArray badRowsCsv = "First name,Last name,E-mail,Phone\n"
                              "Ada,Lovelace,ada@example.org,030 1234567\n"
                              "Bob,Brown,not an e-mail,030 7654321\n"
                              "Carla,Lovato,carla@example.org,call me maybe\n"
                              "Dora,Diaz,dora@example.org,040 5550199\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

// A shown main window on a fresh database with a signed-in user and `people` customers.
struct Desk
{
    explicit Desk(const QString &name)
        : settings(name)
    {
        // A manager: imports are not a service agent's to make.
        user = t.addUser(QStringLiteral("h.vermeulen"), Role::Manager);
        window.setErrorPresenter(
            [this](QWidget *, const QString &, const QString &message) { errors << message; });
        REQUIRE(window.openDatabase(t.path()));
        REQUIRE(window.workspace()->setCurrentUser(user).ok());
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    // File ▸ Import Customers…, the file chosen with the Choose File button.
    ImportWizard *openWizard(const QString &file)
    {
        QAction *action = window.action(QStringLiteral("importCustomersAction"));
        REQUIRE(action);
        REQUIRE(action->isEnabled());
        action->trigger();
        auto *wizard = window.findChild<ImportWizard *>();
        REQUIRE(wizard);
        // Keys go to the wizard once the application has made it the active window.
        REQUIRE(QTest::qWaitFor([wizard] { return QApplication::activeWindow() == wizard; }));
        wizard->setFileAsker(
            [this, file](QWidget *, ImportWizard::FileQuestion question, const QString &suggested) {
                asked << question;
                suggestions << suggested;
                return question == ImportWizard::FileQuestion::OpenFile ? file : answer;
            });
        CHECK(wizard->currentId() == ImportWizard::FilePageId);
        if (!file.isEmpty()) {
            // Alt+C: Choose File… (a mnemonic clicks after a moment).
            QTest::keyClick(wizard, Qt::Key_C, Qt::AltModifier);
            CHECK(QTest::qWaitFor([&] { return wizard->source() != nullptr; }, 2000));
            CHECK(asked.contains(ImportWizard::FileQuestion::OpenFile));
        }
        return wizard;
    }

    qint64 customers() { return test::rowCount(t.db(), "customers"); }
    QStringList names()
    {
        QSqlQuery q(t.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT name FROM customers ORDER BY name")));
        QStringList list;
        while (q.next())
            list << q.value(0).toString();
        return list;
    }

    test::IsolatedSettings settings;
    test::TempWorkspace t;
    MainWindow window;
    qint64 user = 0;
    QStringList errors;
    QList<ImportWizard::FileQuestion> asked;
    QStringList suggestions;
    QString answer; // what the file asker answers to the questions other than OpenFile
};

// Alt+`key`: a mnemonic clicks its button after a moment (QAbstractButton::animateClick).
void press(QWidget *window, Qt::Key key)
{
    QTest::keyClick(window, key, Qt::AltModifier);
    QTest::qWait(250);
}

// Alt+N (Next), Alt+I (Import on the check page): the page after `from` must come.
void next(ImportWizard *wizard, Qt::Key key = Qt::Key_N)
{
    const int from = wizard->currentId();
    QTest::keyClick(wizard, key, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() != from; }, 2000));
}

void waitForCheck(ImportWizard *wizard)
{
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->checkPage()->isChecking(); }, 30'000));
    QCoreApplication::processEvents();
}

void waitForImport(ImportWizard *wizard)
{
    REQUIRE(wizard->currentId() == ImportWizard::ImportPageId);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->runPage()->isImporting(); }, 30'000));
    QCoreApplication::processEvents();
}

QComboBox *targetOf(ImportWizard *wizard, const QString &header)
{
    const int column = int(wizard->source()->headers().indexOf(header));
    REQUIRE(column >= 0);
    QComboBox *box = wizard->mappingPage()->targetBox(column);
    REQUIRE(box);
    return box;
}

io::ImportTarget targetIn(QComboBox *box)
{
    return io::ImportTarget(box->currentData().toInt());
}

QStringList tableColumn(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("A Google Contacts export goes through every page by keyboard and creates its people",
          "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("google.csv"), googleCsv);
    Desk desk(QStringLiteral("wizard-google"));
    ImportWizard *wizard = desk.openWizard(file);

    // Page 1: detected as UTF-8 with commas and a header, previewed.
    ImportFilePage *filePage = wizard->filePage();
    CHECK(filePage->problemText().isEmpty());
    CHECK(filePage->delimiterBox()->currentData().toInt() == int(u','));
    CHECK(filePage->delimiterBox()->currentText().contains(QStringLiteral("detected")));
    CHECK(filePage->headerBox()->isChecked());
    QTableWidget *preview = filePage->preview();
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->horizontalHeaderItem(1)->text() == QStringLiteral("Given Name"));
    CHECK(preview->item(0, 1)->text() == QStringLiteral("Ada"));
    CHECK(preview->verticalHeaderItem(1)->text() == QStringLiteral("3"));

    // Page 2: Google's headers are recognised; empty columns are folded away.
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::MappingPageId);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Given Name"))) == io::ImportTarget::FirstName);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Family Name"))) == io::ImportTarget::LastName);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("E-mail 1 - Value"))) == io::ImportTarget::Email);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Phone 1 - Value"))) == io::ImportTarget::Phone);
    const int nickname = int(wizard->source()->headers().indexOf(QStringLiteral("Nickname")));
    CHECK_FALSE(wizard->mappingPage()->isColumnShown(nickname));
    wizard->mappingPage()->showEmptyBox()->setChecked(true);
    CHECK(wizard->mappingPage()->isColumnShown(nickname));

    // Page 3: create and update, matched on e-mail and external id, as suggested.
    next(wizard);
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    CHECK(wizard->optionsPage()->upsertButton()->isChecked());
    CHECK(wizard->optionsPage()->matchEmailBox()->isChecked());

    // Page 4: the dry run says two new customers, and has written nothing.
    const qint64 before = desk.customers();
    next(wizard);
    waitForCheck(wizard);
    ImportSummaryView *check = wizard->checkPage()->summary();
    CHECK(check->countText(RowOutcome::Created) == QStringLiteral("2"));
    CHECK(check->countText(RowOutcome::Rejected) == QStringLiteral("0"));
    CHECK(wizard->checkPage()->statusText().contains(QStringLiteral("Nothing has been written")));
    CHECK(desk.customers() == before);
    REQUIRE(wizard->button(QWizard::CommitButton)->isEnabled());

    // Page 5: Alt+I imports.
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    ImportRunPage *run = wizard->runPage();
    CHECK(run->statusText().contains(QStringLiteral("Done")));
    REQUIRE(run->summary()->result());
    CHECK(run->summary()->result()->batch > 0);
    CHECK(run->historyText().contains(QString::number(run->summary()->result()->batch)));
    // The two people, and the two organisations their rows name (linked as their employers).
    CHECK(desk.customers() == before + 4);
    const QStringList names = desk.names();
    CHECK(names.contains(QStringLiteral("Analytical Engines Ltd")));
    CHECK(names.contains(QStringLiteral("Ada Lovelace")));
    CHECK(names.contains(QStringLiteral("Grace Hopper")));

    // "Show the imported customers" narrows the list to them and closes the wizard.
    press(wizard, Qt::Key_S);
    REQUIRE(QTest::qWaitFor([&] { return !desk.window.findChild<ImportWizard *>(); }));
    CHECK(desk.window.currentPage() == MainWindow::Page::Customers);
    REQUIRE(desk.window.customerView()->selection());
    CHECK(desk.window.customerView()->selection()->size() == 2);
    CHECK(desk.errors.isEmpty());
}

TEST_CASE("A German Windows-1252 file shows its umlauts, is mapped from German headers and "
          "imported with them intact",
          "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("kunden.csv"), germanCsv());
    Desk desk(QStringLiteral("wizard-german"));
    ImportWizard *wizard = desk.openWizard(file);

    ImportFilePage *page = wizard->filePage();
    CHECK(page->encodingBox()->currentData().toInt() == int(io::TextEncoding::Windows1252));
    CHECK(page->delimiterBox()->currentData().toInt() == int(u';'));
    REQUIRE(page->preview()->rowCount() == 3);
    CHECK(page->preview()->item(0, 1)->text() == QStringLiteral("Müller"));
    CHECK(page->preview()->item(2, 2)->text() == QStringLiteral("Straßenbau Groß"));

    // Read as UTF-8 the accents break, in the preview, at once; back to Windows-1252 they mend.
    page->encodingBox()->setFocus();
    page->encodingBox()->setCurrentIndex(page->encodingBox()->findData(int(io::TextEncoding::Utf8)));
    CHECK(page->preview()->item(0, 1)->text() != QStringLiteral("Müller"));
    page->encodingBox()->setCurrentIndex(
        page->encodingBox()->findData(int(io::TextEncoding::Windows1252)));
    CHECK(page->preview()->item(0, 1)->text() == QStringLiteral("Müller"));

    next(wizard);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Vorname"))) == io::ImportTarget::FirstName);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Nachname"))) == io::ImportTarget::LastName);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Firma"))) == io::ImportTarget::Organisation);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("E-Mail"))) == io::ImportTarget::Email);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Telefon"))) == io::ImportTarget::Phone);
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Created) == QStringLiteral("3"));
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    const QStringList names = desk.names();
    CHECK(names.contains(QStringLiteral("Jürgen Müller")));
    CHECK(names.contains(QStringLiteral("Änne Schäfer")));
    CHECK(names.contains(QStringLiteral("Günther Groß")));

    // The same file again changes nothing: the check says so and Import stays off.
    QTest::keyClick(wizard, Qt::Key_F, Qt::AltModifier); // Finish
    REQUIRE(QTest::qWaitFor([&] { return !desk.window.findChild<ImportWizard *>(); }));
    const qint64 after = desk.customers();
    wizard = desk.openWizard(file);
    next(wizard);
    CHECK(wizard->mappingPage()->noteText().contains(QStringLiteral("last time")));
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Unchanged) == QStringLiteral("3"));
    CHECK(wizard->checkPage()->statusText().contains(QStringLiteral("change nothing")));
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->reject();
    CHECK(desk.customers() == after);
}

TEST_CASE("A vCard address book is shown as rows and imported", "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir,
                                   QStringLiteral("contacts.vcf"),
                                   QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                  "N:Müller;Hans;;;\r\nFN:Hans Müller\r\n"
                                                  "ORG:Müller & Söhne GmbH\r\n"
                                                  "EMAIL;TYPE=INTERNET,WORK:hans@example.de\r\n"
                                                  "TEL;TYPE=CELL:+49 171 7654321\r\n"
                                                  "END:VCARD\r\n"
                                                  "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                                                  "N:Curie;Marie;;;\r\nFN:Marie Curie\r\n"
                                                  "EMAIL:marie@example.fr\r\n"
                                                  "END:VCARD\r\n")
                                       .toUtf8());
    Desk desk(QStringLiteral("wizard-vcard"));
    ImportWizard *wizard = desk.openWizard(file);
    ImportFilePage *page = wizard->filePage();
    CHECK(page->problemText().isEmpty());
    // A vCard has no dialect to choose.
    CHECK_FALSE(page->encodingBox()->isEnabled());
    REQUIRE(page->preview()->rowCount() == 2);
    bool mueller = false;
    for (int c = 0; c < page->preview()->columnCount(); ++c) {
        if (QTableWidgetItem *item = page->preview()->item(0, c))
            mueller = mueller || item->text() == QStringLiteral("Müller");
    }
    CHECK(mueller);
    next(wizard);
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Created) == QStringLiteral("2"));
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    const QStringList names = desk.names();
    CHECK(names.contains(QStringLiteral("Hans Müller")));
    CHECK(names.contains(QStringLiteral("Marie Curie")));
}

TEST_CASE("Bad rows are listed with line, column and reason, and the good rows go in", "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("bad.csv"), badRowsCsv);
    Desk desk(QStringLiteral("wizard-bad"));
    desk.t.addPerson(QStringLiteral("Dora"), QStringLiteral("Diaz"), QStringLiteral("040 5550100"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    next(wizard);
    // Dora is known by her phone, but the import matches on e-mail: she is made anew.
    next(wizard);
    waitForCheck(wizard);
    ImportSummaryView *check = wizard->checkPage()->summary();
    CHECK(check->countText(RowOutcome::Rejected) == QStringLiteral("2"));
    const QAbstractItemModel *rejected = check->rejectedTable()->model();
    REQUIRE(rejected->rowCount() >= 2);
    const QStringList lines = tableColumn(rejected, ImportReportModel::LineColumn);
    CHECK(lines.contains(QStringLiteral("3")));
    CHECK(lines.contains(QStringLiteral("4")));
    const QStringList columns = tableColumn(rejected, ImportReportModel::SecondColumn);
    CHECK(columns.contains(QStringLiteral("E-mail")));
    CHECK(columns.contains(QStringLiteral("Phone")));
    for (const QString &reason : tableColumn(rejected, ImportReportModel::ReasonColumn))
        CHECK_FALSE(reason.isEmpty());
    CHECK(check->tabs()->currentIndex() == 0);

    // The report of the check, saved as CSV.
    desk.answer = dir.filePath(QStringLiteral("check.csv"));
    press(wizard, Qt::Key_R);
    REQUIRE(desk.asked.contains(ImportWizard::FileQuestion::SaveReport));
    CHECK(desk.suggestions.last().endsWith(QStringLiteral("bad - check.csv")));
    QFile report(desk.answer);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QByteArray csv = report.readAll();
    CHECK(csv.startsWith("Line,Column,Outcome,Reason"));
    CHECK(csv.contains("not an e-mail"));
    CHECK(check->saveMessage().contains(QStringLiteral("check.csv")));

    const qint64 before = desk.customers();
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    CHECK(desk.customers() == before + 2);
    CHECK(wizard->runPage()->summary()->countText(RowOutcome::Rejected) == QStringLiteral("2"));
    const QStringList names = desk.names();
    CHECK(names.contains(QStringLiteral("Ada Lovelace")));
    CHECK_FALSE(names.contains(QStringLiteral("Bob Brown")));
    CHECK_FALSE(names.contains(QStringLiteral("Carla Lovato")));
}

TEST_CASE("Updates are listed with the customer and what changes, and only done on Import",
          "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir,
                                   QStringLiteral("update.csv"),
                                   "First name,Last name,Phone,City\n"
                                   "Ada,Lovelace,030 1234567,Potsdam\n");
    Desk desk(QStringLiteral("wizard-update"));
    const qint64 ada = desk.t.addPerson(QStringLiteral("Ada"),
                                        QStringLiteral("Lovelace"),
                                        QStringLiteral("030 1234567"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    next(wizard);
    ImportOptionsPage *options = wizard->optionsPage();
    // Update only, matched on the phone.
    options->updateButton()->click();
    options->matchEmailBox()->setChecked(false);
    options->matchExternalIdBox()->setChecked(false);
    options->matchPhoneBox()->setChecked(true);
    next(wizard);
    waitForCheck(wizard);
    ImportSummaryView *check = wizard->checkPage()->summary();
    CHECK(check->countText(RowOutcome::Updated) == QStringLiteral("1"));
    CHECK(check->tabs()->currentIndex() == 1);
    const QAbstractItemModel *updates = check->updatesTable()->model();
    REQUIRE(updates->rowCount() == 1);
    CHECK(updates->index(0, ImportReportModel::SecondColumn).data().toString()
          == QStringLiteral("Ada Lovelace"));
    CHECK_FALSE(updates->index(0, ImportReportModel::ReasonColumn).data().toString().isEmpty());
    CHECK(updates->index(0, ImportReportModel::ChangeColumn)
              .data()
              .toString()
              .contains(QStringLiteral("Potsdam")));
    auto cities = [&] {
        QSqlQuery q(desk.t.db().connection());
        q.prepare(QStringLiteral("SELECT group_concat(city) FROM contact_points WHERE "
                                 "customer_id = ?"));
        q.addBindValue(ada);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK_FALSE(cities().contains(QStringLiteral("Potsdam")));
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    CHECK(cities().contains(QStringLiteral("Potsdam")));
}

TEST_CASE("Going back from the check to change the options checks again", "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("bad.csv"), badRowsCsv);
    Desk desk(QStringLiteral("wizard-back"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Created) == QStringLiteral("2"));
    // Alt+B: Back; update only now: no row is about a known customer, all are rejected.
    press(wizard, Qt::Key_B);
    REQUIRE(wizard->currentId() == ImportWizard::OptionsPageId);
    wizard->optionsPage()->updateButton()->click();
    next(wizard);
    waitForCheck(wizard);
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Created) == QStringLiteral("0"));
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Rejected) == QStringLiteral("4"));
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK(desk.customers() == 0);
}

TEST_CASE("A cancelled import writes nothing and says so", "[wizard]")
{
    QTemporaryDir dir;
    QByteArray many = "First name,Last name,E-mail\n";
    for (int i = 0; i < 3000; ++i)
        many += QStringLiteral("Person,Number %1,person%1@example.org\n").arg(i).toUtf8();
    const QString file = writeFile(dir, QStringLiteral("many.csv"), many);
    Desk desk(QStringLiteral("wizard-cancel"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    next(wizard);
    next(wizard);
    waitForCheck(wizard);
    CHECK(wizard->checkPage()->summary()->countText(RowOutcome::Created)
          == QLocale().toString(3000));
    // Import, and Cancel before the worker can have finished.
    wizard->button(QWizard::CommitButton)->click();
    REQUIRE(wizard->currentId() == ImportWizard::ImportPageId);
    ImportRunPage *run = wizard->runPage();
    REQUIRE(run->cancelButton()->isVisible());
    run->cancelButton()->click();
    waitForImport(wizard);
    CHECK(run->statusText().contains(QStringLiteral("Nothing was imported")));
    CHECK(desk.customers() == 0);
    // The wizard's own Cancel (Escape) closes it now.
    QTest::keyClick(wizard, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !desk.window.findChild<ImportWizard *>(); }));
    CHECK(desk.customers() == 0);
}

TEST_CASE("Closing the wizard during the check writes nothing", "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("kunden.csv"), germanCsv());
    Desk desk(QStringLiteral("wizard-close"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    next(wizard);
    next(wizard);
    QTest::keyClick(wizard, Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return !desk.window.findChild<ImportWizard *>(); }));
    CHECK(desk.customers() == 0);
}

TEST_CASE("A mapping saved to a file is loaded again, and remembered for the same headers",
          "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("kunden.csv"), germanCsv());
    Desk desk(QStringLiteral("wizard-mapping"));
    ImportWizard *wizard = desk.openWizard(file);
    next(wizard);
    ImportMappingPage *page = wizard->mappingPage();
    // "Firma" is ignored by the user's choice (keyboard: focus the box, Up to the top).
    QComboBox *firma = targetOf(wizard, QStringLiteral("Firma"));
    firma->setFocus();
    for (int i = 0; i < 30; ++i)
        QTest::keyClick(firma, Qt::Key_Up);
    REQUIRE(targetIn(firma) == io::ImportTarget::Ignore);
    CHECK(wizard->mapping().columns[2].target == io::ImportTarget::Ignore);

    desk.answer = dir.filePath(QStringLiteral("kunden.mapping.json"));
    press(wizard, Qt::Key_S);
    REQUIRE(desk.asked.contains(ImportWizard::FileQuestion::SaveMapping));
    CHECK(desk.suggestions.last().endsWith(QStringLiteral("kunden.mapping.json")));
    CHECK(QFile::exists(desk.answer));
    CHECK(page->noteText().contains(QStringLiteral("kunden.mapping.json")));

    // Changed back to the organisation, then the saved mapping loaded: ignored again.
    firma->setCurrentIndex(firma->findData(int(io::ImportTarget::Organisation)));
    Q_EMIT firma->activated(firma->currentIndex());
    CHECK(wizard->mapping().columns[2].target == io::ImportTarget::Organisation);
    press(wizard, Qt::Key_L);
    firma = targetOf(wizard, QStringLiteral("Firma"));
    CHECK(targetIn(firma) == io::ImportTarget::Ignore);
    CHECK(wizard->mapping().columns[2].target == io::ImportTarget::Ignore);
    CHECK(page->noteText().contains(QStringLiteral("loaded")));

    // Going on remembers it: the next file with these headers starts from it.
    next(wizard);
    wizard->reject();
    REQUIRE(QTest::qWaitFor([&] { return !desk.window.findChild<ImportWizard *>(); }));
    wizard = desk.openWizard(writeFile(dir, QStringLiteral("kunden2.csv"), germanCsv()));
    next(wizard);
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Firma"))) == io::ImportTarget::Ignore);
    CHECK(wizard->mappingPage()->noteText().contains(QStringLiteral("last time")));

    // A file that is no mapping is said on the page, and the mapping stays.
    desk.answer = writeFile(dir, QStringLiteral("nonsense.json"), "{ this is no json");
    press(wizard, Qt::Key_L);
    CHECK_FALSE(wizard->mappingPage()->noteText().isEmpty());
    CHECK(targetIn(targetOf(wizard, QStringLiteral("Vorname"))) == io::ImportTarget::FirstName);
}

TEST_CASE("Files that cannot be imported are said in one sentence on the first page", "[wizard]")
{
    QTemporaryDir dir;
    Desk desk(QStringLiteral("wizard-errors"));
    const QString files[] = {
        writeFile(dir, QStringLiteral("empty.csv"), QByteArray()),
        writeFile(dir, QStringLiteral("header.csv"), "First name,Last name,E-mail\r\n"),
        writeFile(dir,
                  QStringLiteral("binary.csv"),
                  QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 24)),
        dir.filePath(QStringLiteral("missing.csv")),
    };
    ImportWizard *wizard = desk.openWizard({});
    for (const QString &file : files) {
        INFO(file.toStdString());
        // Typed into the path field; Enter opens it (and does not go on).
        QLineEdit *path = wizard->filePage()->pathEdit();
        path->setFocus();
        path->clear();
        QTest::keyClicks(path, file);
        QTest::keyClick(path, Qt::Key_Return);
        CHECK(wizard->currentId() == ImportWizard::FilePageId);
        const QString problem = wizard->filePage()->problemText();
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem.count(QLatin1Char('.')) <= 3);
        CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
        CHECK(wizard->filePage()->preview()->rowCount() == 0);
    }
    // A good file after them clears the message.
    wizard->openFile(writeFile(dir, QStringLiteral("good.csv"), badRowsCsv));
    CHECK(wizard->filePage()->problemText().isEmpty());
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("A contacts file dropped on the main window opens the wizard on it", "[wizard]")
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("kunden.csv"), germanCsv());
    const QString other = writeFile(dir, QStringLiteral("picture.png"), "not a csv");
    Desk desk(QStringLiteral("wizard-drop"));
    CHECK(MainWindow::importableFile({QUrl::fromLocalFile(other)}).isEmpty());
    CHECK(MainWindow::importableFile({QUrl::fromLocalFile(other), QUrl::fromLocalFile(file)})
          == file);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = desk.window.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&desk.window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&desk.window, &drop);
    auto *wizard = desk.window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    REQUIRE(wizard->source());
    CHECK(wizard->filePage()->preview()->item(0, 1)->text() == QStringLiteral("Müller"));
}

TEST_CASE("The import report model passes the model tester", "[wizard]")
{
    auto result = std::make_shared<CustomerImportResult>();
    result->report = {{2, {}, RowOutcome::Created, {}, 10},
                      {3, QStringLiteral("E-mail"), RowOutcome::Rejected, QStringLiteral("bad"), 0},
                      {4, {}, RowOutcome::Updated, QStringLiteral("Changed: notes, tags."), 7},
                      {5, QStringLiteral("Phone"), RowOutcome::Rejected, QStringLiteral("bad"), 0}};
    result->changes.insert(4,
                           {{QStringLiteral("notes"),
                             QStringLiteral("old\nnote"),
                             QStringLiteral("new")},
                            {QStringLiteral("tags"), {}, QStringLiteral("VIP")}});
    ImportReportModel rejected(RowOutcome::Rejected);
    QAbstractItemModelTester tester(&rejected,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    rejected.setResult(result);
    REQUIRE(rejected.rowCount() == 2);
    CHECK(rejected.index(1, ImportReportModel::LineColumn).data().toString() == QStringLiteral("5"));
    CHECK(rejected.index(1, ImportReportModel::SecondColumn).data().toString()
          == QStringLiteral("Phone"));
    ImportReportModel updates(RowOutcome::Updated);
    QAbstractItemModelTester updatesTester(&updates,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    updates.setNameLookup([](qint64 id) { return id == 7 ? QStringLiteral("Ada") : QString(); });
    updates.setResult(result);
    REQUIRE(updates.rowCount() == 2);
    CHECK(updates.columnCount() == 4);
    CHECK(updates.index(0, ImportReportModel::SecondColumn).data().toString()
          == QStringLiteral("Ada"));
    CHECK(updates.index(0, ImportReportModel::ChangeColumn).data().toString()
          == QStringLiteral("old note → new"));
    CHECK(updates.index(1, ImportReportModel::ReasonColumn).data().toString()
          == QStringLiteral("tags"));
    CHECK(updates.index(1, ImportReportModel::ChangeColumn).data().toString()
          == QStringLiteral("added: VIP"));
    rejected.setResult(nullptr);
    CHECK(rejected.rowCount() == 0);
}

// Every page photographed at 1280x800's usual dialog size on a demo database, to look at
// (RAPPORT_WIZARD_SHOTS=folder saves them there).
TEST_CASE("The wizard's pages on a demo database, photographed", "[wizard][shots]")
{
    test::IsolatedSettings settings(QStringLiteral("wizard-shots"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QStringList emails;
    {
        auto db = Database::open(path, Database::Mode::Create);
        REQUIRE(db);
        DemoOptions options;
        options.customers = 300;
        options.asOf = QDate(2025, 6, 30);
        REQUIRE(DemoGenerator(**db, options).run());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM contact_points WHERE kind = 1 "
                                      "ORDER BY customer_id LIMIT 3")));
        while (q.next())
            emails << q.value(0).toString();
    }
    REQUIRE(emails.size() == 3);
    // A German export: three known customers (updated), new ones, and two bad rows.
    QString text = QStringLiteral("Vorname;Nachname;Firma;E-Mail;Telefon;Ort;Kundennummer;"
                                  "Notiz;Fax\r\n");
    const QStringList rows = {
        QStringLiteral("Jürgen;Müller;Bäckerei Müller GmbH;j.mueller@example.de;030 1234567;"
                       "Berlin;K-1001;Stammkunde seit 2019;"),
        QStringLiteral("Änne;Schäfer;;a.schaefer@example.de;0171 2345678;Hamburg;K-1002;;"),
        QStringLiteral("Günther;Groß;Straßenbau Groß;g.gross@example;089 5550123;München;"
                       "K-1003;;"),
        QStringLiteral("Zoë;Weiß;;z.weiss@example.de;nicht erreichbar;Köln;K-1004;;"),
        QStringLiteral("Ada;Lovelace;;%1;;Potsdam;;Aktualisiert;").arg(emails[0]),
        QStringLiteral("Bob;Brown;;%1;;Leipzig;;;").arg(emails[1]),
        QStringLiteral("Carla;Lovato;;%1;;Dresden;;;").arg(emails[2]),
    };
    text += rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    const QString file = writeFile(dir, QStringLiteral("Kunden 2026.csv"), text.toLatin1());

    MainWindow window;
    window.resize(1280, 800);
    REQUIRE(window.openDatabase(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ImportWizard *wizard = window.importCustomers(file);
    REQUIRE(wizard);
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    const QString folder = qEnvironmentVariable("RAPPORT_WIZARD_SHOTS");
    const auto shoot = [&](const char *name) {
        QTest::qWait(100);
        const QPixmap picture = wizard->grab();
        CHECK_FALSE(picture.isNull());
        if (!folder.isEmpty())
            CHECK(picture.save(QDir(folder).filePath(QLatin1String(name))));
    };
    shoot("import-1-file.png");
    next(wizard);
    shoot("import-2-mapping.png");
    next(wizard);
    shoot("import-3-options.png");
    next(wizard);
    waitForCheck(wizard);
    shoot("import-4-check.png");
    wizard->checkPage()->summary()->tabs()->setCurrentIndex(1);
    shoot("import-4-check-updates.png");
    next(wizard, Qt::Key_I);
    waitForImport(wizard);
    shoot("import-5-done.png");
}
