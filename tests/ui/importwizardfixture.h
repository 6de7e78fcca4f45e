#pragma once

// What the import wizard's tests share (test_importwizard.cpp and the files beside it): the files
// they import, a shown main window with a signed-in manager that opens the wizard, and the keys
// and waits that drive its pages.

#include "core/services/workspace.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/importcheckpage.h"
#include "ui/importmappingpage.h"
#include "ui/importrunpage.h"
#include "ui/importwizard.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

namespace rapport::test::importwizard {

inline const QByteArray googleCsv
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
inline QByteArray germanCsv()
{
    return QStringLiteral("Vorname;Nachname;Firma;E-Mail;Telefon\r\n"
                          "Jürgen;Müller;Bäckerei Müller GmbH;j.mueller@example.de;030 1234567\r\n"
                          "Änne;Schäfer;;a.schaefer@example.de;0171 2345678\r\n"
                          "Günther;Groß;Straßenbau Groß;g.gross@example.de;089 5550123\r\n")
        .toLatin1();
}

inline const QByteArray badRowsCsv = "First name,Last name,E-mail,Phone\n"
                                     "Ada,Lovelace,ada@example.org,030 1234567\n"
                                     "Bob,Brown,not an e-mail,030 7654321\n"
                                     "Carla,Lovato,carla@example.org,call me maybe\n"
                                     "Dora,Diaz,dora@example.org,040 5550199\n";

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
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
inline void press(QWidget *window, Qt::Key key)
{
    QTest::keyClick(window, key, Qt::AltModifier);
    QTest::qWait(250);
}

// Alt+N (Next), Alt+I (Import on the check page): the page after `from` must come.
inline void next(ImportWizard *wizard, Qt::Key key = Qt::Key_N)
{
    const int from = wizard->currentId();
    QTest::keyClick(wizard, key, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() != from; }, 2000));
}

inline void waitForCheck(ImportWizard *wizard)
{
    REQUIRE(wizard->currentId() == ImportWizard::CheckPageId);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->checkPage()->isChecking(); }, 30'000));
    QCoreApplication::processEvents();
}

inline void waitForImport(ImportWizard *wizard)
{
    REQUIRE(wizard->currentId() == ImportWizard::ImportPageId);
    REQUIRE(QTest::qWaitFor([&] { return !wizard->runPage()->isImporting(); }, 30'000));
    QCoreApplication::processEvents();
}

inline QComboBox *targetOf(ImportWizard *wizard, const QString &header)
{
    const int column = int(wizard->source()->headers().indexOf(header));
    REQUIRE(column >= 0);
    QComboBox *box = wizard->mappingPage()->targetBox(column);
    REQUIRE(box);
    return box;
}

inline io::ImportTarget targetIn(QComboBox *box)
{
    return io::ImportTarget(box->currentData().toInt());
}

inline QStringList tableColumn(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace rapport::test::importwizard
