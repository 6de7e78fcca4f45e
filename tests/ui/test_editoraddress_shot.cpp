// Pictures of the customer editor's address rows and of the 360° view with addresses and several
// numbers, in English and German, at 1280x800 and 1600x1000, to look at (issue 10, item 17).
// Hidden from the normal run:
//   RAPPORT_SHOT_DIR=/tmp/shots RAPPORT_QM_DIR=build-ci/translations
//   QT_QPA_PLATFORM=offscreen build-ci/tests/ui/ui_tests '[.shot]'
// (both lines are one command: the environment, then the test binary).
#include "core/services/customerservice.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/customereditor.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

qint64 addRichOrganisation(test::TempWorkspace &t)
{
    const PhoneNormalizer de(QStringLiteral("DE"));
    CustomerRecord r;
    r.customer.kind = CustomerKind::Organisation;
    r.customer.organisation = QStringLiteral("Hafenkontor Großhandelsgesellschaft mbH & Co. KG");
    r.customer.stage = LifecycleStage::Prospect;
    r.customer.tags = {QStringLiteral("wholesale"), QStringLiteral("north")};
    r.contactPoints << *ContactPoint::phone(QStringLiteral("040 30 12 45 67"),
                                            ContactLabel::Work,
                                            de)
                    << *ContactPoint::phone(QStringLiteral("0171 2345678"), ContactLabel::Mobile, de)
                    << *ContactPoint::phone(QStringLiteral("040 30 12 45 99"),
                                            ContactLabel::Other,
                                            de)
                    << *ContactPoint::email(QStringLiteral("einkauf@hafenkontor.example"),
                                            ContactLabel::Work)
                    << *ContactPoint::email(QStringLiteral("buchhaltung@hafenkontor.example"),
                                            ContactLabel::Other);
    PostalAddress office;
    office.street = QStringLiteral("Große Elbstraße 145b");
    office.postalCode = QStringLiteral("22767");
    office.city = QStringLiteral("Hamburg");
    office.country = QStringLiteral("DE");
    PostalAddress store = office;
    store.street = QStringLiteral("Industriestraße 12");
    store.postalCode = QStringLiteral("1110");
    store.city = QStringLiteral("Wien");
    store.country = QStringLiteral("AT");
    r.contactPoints << *ContactPoint::postal(office, ContactLabel::Work)
                    << *ContactPoint::postal(store, ContactLabel::Other);
    for (ContactPoint &p : r.contactPoints)
        p.primary = false;
    CustomerService &service = t->customers();
    Result<qint64> id = service.create(r);
    REQUIRE(id.ok());
    return *id;
}

void save(QWidget &w, const QString &name)
{
    const QString folder = qEnvironmentVariable("RAPPORT_SHOT_DIR", QStringLiteral("/tmp"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QTest::qWait(150);
    const QString file = QDir(folder).filePath(name);
    REQUIRE(w.grab().save(file));
    WARN("saved " << file.toStdString());
}

} // namespace

TEST_CASE("Pictures of the editor's addresses and the 360° view, English and German", "[.shot]")
{
    for (const char *language : {"en", "de"}) {
        DYNAMIC_SECTION(language)
        {
            const bool german = QLatin1String(language) == QLatin1String("de");
            QLocale::setDefault(german ? QLocale(QLocale::German, QLocale::Germany)
                                       : QLocale(QLocale::English, QLocale::UnitedStates));
            QTranslator translator;
            if (german) {
                const QString qm = qEnvironmentVariable("RAPPORT_QM_DIR");
                if (translator.load(QStringLiteral("rapport_de"), qm))
                    QCoreApplication::installTranslator(&translator);
                else
                    WARN("no rapport_de.qm in RAPPORT_QM_DIR: German names, English texts");
            }
            test::IsolatedSettings settings(QStringLiteral("shot"));
            test::TempWorkspace t;
            const qint64 agent = t.addUser(QStringLiteral("h.vermeulen"));
            const qint64 id = addRichOrganisation(t);

            QUndoStack stack;
            CustomerEditor editor(t.workspace(), &stack);
            REQUIRE(editor.editCustomer(id).ok());
            save(editor, QStringLiteral("editor-%1.png").arg(QLatin1String(language)));
            editor.hide();

            MainWindow window;
            REQUIRE(window.openDatabase(t.path()));
            REQUIRE(window.workspace()->setCurrentUser(agent).ok());
            window.openCustomer(id);
            for (const QSize size : {QSize(1280, 800), QSize(1600, 1000)}) {
                window.resize(size);
                save(window,
                     QStringLiteral("customer360-%1-%2x%3.png")
                         .arg(QLatin1String(language))
                         .arg(size.width())
                         .arg(size.height()));
            }
            window.close();
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale::system());
        }
    }
}
