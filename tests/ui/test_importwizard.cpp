// The customer import wizard driven like a user: files written by Google Contacts, a German
// spreadsheet in Windows-1252 and a file with bad rows go through every page by keyboard; the
// database is checked afterwards. A dry run and a cancelled import write nothing. The mapping
// page, the file page, the report model and the pages' pictures have files of their own
// (test_importmappingpage, test_importfilepage, test_importreportmodel,
// test_importwizard_shots).
#include "core/services/workspace.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/importwizardfixture.h"
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
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
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
using namespace rapport::test::importwizard;

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
