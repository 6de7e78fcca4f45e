#include "core/domain/consent.h"
#include "core/models/customerprofile.h"
#include "core/services/consentservice.h"
#include "core/services/workspace.h"
#include "core/storage/consentrepository.h"
#include "tests/support/tempworkspace.h"
#include "tests/ui/isolatedsettings.h"
#include "ui/consentdialog.h"
#include "ui/consentstrip.h"
#include "ui/customerview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace rapport;

namespace {

struct Fixture
{
    test::IsolatedSettings settings{QStringLiteral("consentstrip")};
    test::TempWorkspace tw{QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC)};
    qint64 anna = tw.addPerson(QStringLiteral("Anna"),
                               QStringLiteral("Weber"),
                               QStringLiteral("030 1234567"));
    QUndoStack undo;
    CustomerView view{tw.workspace()};

    Fixture()
    {
        Consent mail;
        mail.customerId = anna;
        mail.channel = Consent::Channel::Email;
        mail.status = Consent::Answer::OptIn;
        mail.givenOn = QDate(2026, 3, 1);
        mail.source = QStringLiteral("web form");
        REQUIRE(ConsentService(tw.workspace()).set(mail).ok());
        Consent sms = mail;
        sms.channel = Consent::Channel::Sms;
        sms.status = Consent::Answer::OptOut;
        sms.source.clear();
        REQUIRE(ConsentService(tw.workspace()).set(sms).ok());
        view.setUndoStack(&undo);
        view.resize(1280, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.showCustomer(anna);
    }

    std::optional<Consent> stored(Consent::Channel channel)
    {
        auto c = ConsentRepository(tw.db()).get(anna, channel);
        REQUIRE(c.ok());
        return *c;
    }
};

template<typename T>
T *waitForChild(QWidget &parent, const QString &name)
{
    T *found = nullptr;
    (void) QTest::qWaitFor([&] { return (found = parent.findChild<T *>(name)) != nullptr; }, 2000);
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The 360° view shows consent per channel with day and source", "[consent][ui]")
{
    Fixture f;
    ConsentStrip *strip = f.view.consentStrip();
    REQUIRE(strip->isVisible());
    const QString mail = strip->channelButton(Consent::Channel::Email)->text();
    CHECK(mail.contains(QStringLiteral("opted in")));
    CHECK(mail.contains(QStringLiteral("web form")));
    CHECK(mail.contains(QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat)));
    CHECK(strip->channelButton(Consent::Channel::Sms)->text().contains(QStringLiteral("opted out")));
    CHECK(
        strip->channelButton(Consent::Channel::Phone)->text().contains(QStringLiteral("not asked")));
    CHECK(
        strip->channelButton(Consent::Channel::Post)->text().contains(QStringLiteral("not asked")));
    // The tooltip names the channel it is about.
    CHECK(strip->channelButton(Consent::Channel::Email)
              ->toolTip()
              .startsWith(QStringLiteral("E-mail: opted in on 2026-03-01 (web form)")));
    CHECK(strip->channelButton(Consent::Channel::Sms)
              ->toolTip()
              .startsWith(QStringLiteral("SMS: opted out on 2026-03-01")));
    CHECK(
        strip->channelButton(Consent::Channel::Post)->toolTip().startsWith(QStringLiteral("Post:")));

    // A change made elsewhere (another window, the CLI through the bus) shows at once.
    Consent post;
    post.customerId = f.anna;
    post.channel = Consent::Channel::Post;
    post.status = Consent::Answer::OptIn;
    post.givenOn = QDate(2026, 6, 1);
    REQUIRE(ConsentService(f.tw.workspace()).set(post).ok());
    (void) QTest::qWaitFor(
        [&] {
            return strip->channelButton(Consent::Channel::Post)
                ->text()
                .contains(QStringLiteral("opted in"));
        },
        2000);
    CHECK(strip->channelButton(Consent::Channel::Post)->text().contains(QStringLiteral("opted in")));
}

TEST_CASE("Consent is changed from the 360° view and the change is undone", "[consent][ui]")
{
    Fixture f;
    ConsentStrip *strip = f.view.consentStrip();
    QTest::mouseClick(strip->channelButton(Consent::Channel::Email), Qt::LeftButton);
    auto *dialog = waitForChild<ConsentDialog>(f.view, QStringLiteral("consentDialog"));
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("consentStatus"));
    REQUIRE(status);
    // The dialog says which channel it changes, and its answer now.
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("consentSummary"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("E-mail: opted in on 2026-03-01 (web form)"));
    if (const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !dir.isEmpty())
        CHECK(dialog->grab().save(dir + QStringLiteral("/consent-dialog.png")));
    CHECK(status->currentText() == QStringLiteral("Opted in"));
    status->setCurrentIndex(1); // opted out
    auto *source = dialog->findChild<QLineEdit *>(QStringLiteral("consentSource"));
    source->clear();
    QTest::keyClicks(source, QStringLiteral("unsubscribe link"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTest::qWait(10);

    auto after = f.stored(Consent::Channel::Email);
    REQUIRE(after.has_value());
    CHECK(after->status == Consent::Answer::OptOut);
    CHECK(after->source == QStringLiteral("unsubscribe link"));
    CHECK(
        strip->channelButton(Consent::Channel::Email)->text().contains(QStringLiteral("opted out")));
    REQUIRE(f.undo.count() == 1);
    CHECK(f.undo.undoText() == QStringLiteral("E-mail Opt-Out"));

    f.undo.undo();
    auto back = f.stored(Consent::Channel::Email);
    REQUIRE(back.has_value());
    CHECK(back->status == Consent::Answer::OptIn);
    CHECK(back->source == QStringLiteral("web form"));
    (void) QTest::qWaitFor(
        [&] {
            return strip->channelButton(Consent::Channel::Email)
                ->text()
                .contains(QStringLiteral("opted in"));
        },
        2000);
    CHECK(
        strip->channelButton(Consent::Channel::Email)->text().contains(QStringLiteral("opted in")));
    f.undo.redo();
    CHECK(f.stored(Consent::Channel::Email)->status == Consent::Answer::OptOut);

    // "Not asked" forgets the answer.
    QTest::mouseClick(strip->channelButton(Consent::Channel::Sms), Qt::LeftButton);
    dialog = waitForChild<ConsentDialog>(f.view, QStringLiteral("consentDialog"));
    dialog->findChild<QComboBox *>(QStringLiteral("consentStatus"))->setCurrentIndex(2);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTest::qWait(10);
    CHECK_FALSE(f.stored(Consent::Channel::Sms).has_value());
}

TEST_CASE("Personal data is exported and erased from the 360° view", "[privacy][ui]")
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anna.json"));
    REQUIRE(f.view.exportPersonalData(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(
        doc.value(QStringLiteral("person")).toObject().value(QStringLiteral("last_name")).toString()
        == QStringLiteral("Weber"));

    f.undo.push(new QUndoCommand(QStringLiteral("an earlier edit")));
    f.view.erasePersonalDataAction()->trigger();
    auto *box = waitForChild<QMessageBox>(f.view, QStringLiteral("eraseConfirmation"));
    CHECK(box->text().contains(QStringLiteral("Anna Weber")));
    // Cancel erases nothing.
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(10);
    CHECK(f.view.title() == QStringLiteral("Anna Weber"));

    f.view.erasePersonalDataAction()->trigger();
    box = waitForChild<QMessageBox>(f.view, QStringLiteral("eraseConfirmation"));
    auto *erase = box->findChild<QPushButton *>(QStringLiteral("eraseButton"));
    REQUIRE(erase);
    CHECK(erase->text().contains(QStringLiteral("Anna Weber")));
    erase->click();
    (void)
        QTest::qWaitFor([&] { return f.view.title().startsWith(QStringLiteral("Erased customer")); },
                        2000);
    CHECK(f.view.title() == QStringLiteral("Erased customer #%1").arg(f.anna));
    CHECK(f.undo.count() == 0);
    for (Consent::Channel c : Consent::channels())
        CHECK(
            f.view.consentStrip()->channelButton(c)->text().contains(QStringLiteral("not asked")));
}

TEST_CASE("The Data Protection menu shows the reason of a disabled action as its tooltip",
          "[consent][ui]")
{
    ConsentStrip strip;
    auto *button = strip.findChild<QToolButton *>(QStringLiteral("dataProtectionButton"));
    REQUIRE(button);
    REQUIRE(button->menu());
    // An agent's greyed Export / Erase Personal Data… name the role's refusal (the gate sets
    // the tooltip); a menu shows tooltips only when told to.
    CHECK(button->menu()->toolTipsVisible());
}
