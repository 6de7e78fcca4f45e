// The import wizard's first page: files that cannot be imported are said in one sentence, and a
// contacts file dropped on the main window opens the wizard on it.
#include "tests/ui/importwizardfixture.h"
#include "ui/importfilepage.h"

#include <QApplication>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace rapport;
using namespace rapport::test::importwizard;

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
