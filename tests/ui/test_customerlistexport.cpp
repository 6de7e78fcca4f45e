// File ▸ Export List… writes what the customer list shows (its columns in their order, its
// search), can be cancelled, says in one sentence when it fails; and the dashboards open on a
// period that has orders when the last 12 months have none.
#include "core/demo/demogenerator.h"
#include "core/models/customerlistmodel.h"
#include "core/services/accountservice.h"
#include "core/services/customeraccess.h"
#include "core/services/customerservice.h"
#include "core/services/dashboardservice.h"
#include "core/services/workspace.h"
#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customerlistexport.h"
#include "ui/customerlistview.h"
#include "ui/dashboards/dashboardfilterbar.h"
#include "ui/dashboards/dashboardview.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

QString makeDatabase(const QString &file, int people)
{
    Result<std::unique_ptr<Database>> db = Database::open(file, Database::Mode::Create);
    REQUIRE(db.ok());
    CustomerRepository repo(**db);
    WriteTransaction tx(**db);
    REQUIRE(tx.begun().ok());
    const QStringList names{QStringLiteral("Zeller"),
                            QStringLiteral("Abel"),
                            QStringLiteral("=Formula"),
                            QStringLiteral("Müller")};
    for (int i = 0; i < people; ++i) {
        Customer c;
        c.firstName = i < names.size()
                          ? names.at(i)
                          : QStringLiteral("Person %1").arg(i, 5, 10, QLatin1Char('0'));
        c.lastName = QStringLiteral("Test");
        c.stage = i % 2 ? LifecycleStage::Lead : LifecycleStage::Active;
        REQUIRE(repo.insert(c, test::wallClock()).ok());
    }
    REQUIRE(tx.commit().ok());
    return file;
}

QList<QByteArray> lines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    bytes.remove(0, 3);
    QList<QByteArray> out = bytes.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    for (QByteArray &line : out)
        line = line.trimmed();
    return out;
}

struct Window
{
    test::IsolatedSettings settings{QStringLiteral("export")};
    QTemporaryDir dir;
    MainWindow window;
    CustomerListExporter *exporter = nullptr;
    QString target;
    ExportFormat format = ExportFormat::Csv;

    explicit Window(int people)
    {
        const QString db = makeDatabase(dir.filePath(QStringLiteral("shop.db")), people);
        window.resize(1280, 800);
        window.show();
        REQUIRE(window.openDatabase(db));
        exporter = window.findChild<CustomerListExporter *>();
        REQUIRE(exporter);
        target = dir.filePath(QStringLiteral("list.csv"));
        exporter->setFileAsker([this](QWidget *, const QString &suggested) {
            CHECK(suggested.endsWith(QStringLiteral(".csv")));
            return std::optional<CustomerListExporter::Target>({target, format});
        });
    }

    QAction *action() const
    {
        return window.findChild<QAction *>(QStringLiteral("exportListAction"));
    }
};

} // namespace

TEST_CASE("File > Export List writes the columns the list shows, in their order, for its search",
          "[export][mainwindow]")
{
    Window w(4);
    CustomerListView *view = w.window.customerView();
    QHeaderView *header = view->table()->horizontalHeader();
    // As the list first shows: the columns `rapport-cli export customers` writes by default.
    CHECK(exportRequestFor(*view).fields == listExportFields());
    // Only Name, Stage and Phone shown, Stage first.
    for (int c = 0; c < header->count(); ++c)
        header->setSectionHidden(c,
                                 c != CustomerListModel::Name && c != CustomerListModel::Stage
                                     && c != CustomerListModel::Phone);
    header->moveSection(header->visualIndex(CustomerListModel::Stage), 0);

    QSignalSpy done(w.exporter, &CustomerListExporter::finished);
    REQUIRE(w.action());
    REQUIRE(w.action()->isEnabled());
    w.action()->trigger();
    REQUIRE(done.wait(30'000));
    CHECK(done.at(0).at(0).value<CustomerListExporter::Outcome>()
          == CustomerListExporter::Outcome::Done);
    CHECK(w.window.statusBar()->currentMessage().startsWith(QStringLiteral("Exported 4 customer")));
    // By name, as the list shows them; a formula neutralized.
    CHECK(lines(w.target)
          == QList<QByteArray>{"Stage,Name,Phone,Mobile",
                               "active,'=Formula Test,,",
                               "lead,Abel Test,,",
                               "lead,Müller Test,,",
                               "active,Zeller Test,,"});

    // A search narrows the list: exactly its matches are written.
    view->setSearchDelay(0);
    QTest::keyClicks(view->searchField(), QStringLiteral("mull"));
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }, 5'000));
    done.clear();
    w.action()->trigger();
    REQUIRE(done.wait(30'000));
    CHECK(lines(w.target) == QList<QByteArray>{"Stage,Name,Phone,Mobile", "lead,Müller Test,,"});

    QPixmap menu = w.window.grab();
    menu.save(QDir::temp().filePath(QStringLiteral("rapport-export-window.png")));
}

TEST_CASE("A rep who sees the team's customers but exports only their own is told who was left "
          "out",
          "[export][mainwindow]")
{
    Window w(4);
    Workspace *workspace = w.window.workspace();
    REQUIRE(workspace);
    AccountService &accounts = workspace->accounts();
    const auto rep = [&](const char *login) {
        NewUser u;
        u.login = QString::fromLatin1(login);
        u.displayName = u.login;
        u.role = Role::SalesRep;
        u.teams = {QStringLiteral("North")};
        const Result<qint64> id = accounts.addUser(u);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 rita = rep("rita");
    const qint64 sam = rep("sam");
    REQUIRE(accounts.setLevel(Role::SalesRep, Permission::Export, AccessLevel::Own).ok());
    // Zeller and Abel are Rita's, the other two Sam's (the customers' ids go 1 to 4).
    for (qint64 id = 1; id <= 4; ++id) {
        Result<Customer> c = workspace->customers().get(id);
        REQUIRE(c.ok());
        c->ownerId = c->firstName == QStringLiteral("Zeller")
                             || c->firstName == QStringLiteral("Abel")
                         ? rita
                         : sam;
        REQUIRE(workspace->customers().update(*c).ok());
    }
    REQUIRE(workspace->setCurrentUser(rita).ok());
    REQUIRE(QTest::qWaitFor([&] { return w.window.customerModel()->rowCount() == 4; }, 5'000));

    QSignalSpy done(w.exporter, &CustomerListExporter::finished);
    w.action()->trigger();
    REQUIRE(done.wait(30'000));
    CHECK(lines(w.target).size() == 3); // the header and Rita's two
    const QString message = done.at(0).at(1).toString();
    // (Plurals come from the English translation, not loaded here: "2 customer(s)".)
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Exported 2 customer")));
    CHECK(message.contains(QStringLiteral(" of the list were left out.")));
    CHECK(message.contains(CustomerAccess::outOfReach(workspace->access(), Permission::Export)));
}

TEST_CASE("An export can be cancelled, and a failure is one sentence", "[export][mainwindow]")
{
    Window w(3000);
    QSignalSpy done(w.exporter, &CustomerListExporter::finished);
    w.action()->trigger();
    REQUIRE(w.exporter->progressDialog());
    // The dialog's Cancel button, as the user presses it.
    QPushButton *cancel = w.exporter->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(done.wait(30'000));
    CHECK(done.at(0).at(0).value<CustomerListExporter::Outcome>()
          == CustomerListExporter::Outcome::Cancelled);
    CHECK_FALSE(QFile::exists(w.target));
    CHECK(QDir(w.dir.path()).entryList({QStringLiteral("list*")}, QDir::Files).isEmpty());

    QString error;
    w.window.setErrorPresenter(
        [&](QWidget *, const QString &, const QString &message) { error = message; });
    w.target = w.dir.filePath(QStringLiteral("no/such/folder/list.csv"));
    done.clear();
    w.action()->trigger();
    REQUIRE(done.wait(30'000));
    CHECK(done.at(0).at(0).value<CustomerListExporter::Outcome>()
          == CustomerListExporter::Outcome::Failed);
    CHECK(error.contains(QStringLiteral("no/such/folder/list.csv")));
    CHECK(error.count(QLatin1Char('.')) >= 1);
    CHECK_FALSE(error.contains(QLatin1Char('\n')));

    // The progress dialog as the user sees it on a big list.
    w.target = w.dir.filePath(QStringLiteral("big.csv"));
    done.clear();
    w.action()->trigger();
    QProgressDialog *dialog = w.exporter->progressDialog();
    REQUIRE(dialog);
    dialog->show();
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("rapport-export-progress.png")));
    REQUIRE(done.wait(30'000));
    CHECK(lines(w.target).size() == 3001);
}

TEST_CASE("The dashboards open on the last 12 months with orders, and say so",
          "[period][dashboardview]")
{
    test::TempDatabase t;
    DemoOptions o;
    o.customers = 300;
    o.seed = 3;
    o.asOf = QDate(2023, 6, 30);
    REQUIRE(DemoGenerator(t.db(), o).run().ok());

    DashboardView view(t.path(), nullptr);
    view.resize(1280, 760);
    view.show();
    (void) QTest::qWaitFor(
        [&] {
            return !view.service()->isBusy() && view.result()
                   && view.result()->filters.to.year() < 2025;
        },
        60'000);
    REQUIRE(view.result());
    CAPTURE(view.result()->filters.from.toString(Qt::ISODate).toStdString(),
            view.result()->filters.to.toString(Qt::ISODate).toStdString(),
            view.periodNote()->text().toStdString(),
            view.statusLabel()->text().toStdString());
    REQUIRE(view.result()->filters.to.year() < 2025);
    const analytics::DashboardFilters shown = view.result()->filters;
    CHECK(shown.to <= QDate(2023, 6, 30));
    CHECK(shown.to >= QDate(2023, 5, 1));
    CHECK(shown.from == shown.to.addYears(-1).addDays(1));
    REQUIRE(view.result()->pareto.result.has_value());
    CHECK(view.result()->pareto.result->customers > 0);
    CHECK(view.periodNote()->isVisible());
    CHECK(view.periodNote()->text().contains(QStringLiteral("no orders")));
    CHECK(view.filterBar()->periodBox()->currentText() == QStringLiteral("Last 12 months"));
    view.grab().save(QDir::temp().filePath(QStringLiteral("rapport-dashboard-period.png")));

    // A period the user chooses takes the note away.
    view.filterBar()->periodBox()->setCurrentIndex(0);
    REQUIRE(QTest::qWaitFor([&] { return !view.periodNote()->isVisible(); }, 5'000));
}
