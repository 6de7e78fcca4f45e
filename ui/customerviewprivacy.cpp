// CustomerView's data protection: consent per channel, exporting everything held about the
// customer, and erasing them (split from customerview.cpp, which shows the customer).
#include "core/models/customerprofile.h"
#include "core/services/consentservice.h"
#include "core/services/erasureservice.h"
#include "core/services/personexport.h"
#include "core/services/workspace.h"
#include "ui/consentdialog.h"
#include "ui/consentstrip.h"
#include "ui/customerview.h"
#include "ui/filedialogs.h"
#include "ui/undo/consentcommands.h"

#include <QAction>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

namespace rapport {

void CustomerView::refreshConsent()
{
    Result<QList<Consent>> consents = ConsentService(m_workspace).forCustomer(currentCustomerId());
    if (!consents) {
        m_consent->setConsents({});
        report(consents.error().message());
        return;
    }
    m_consent->setConsents(*consents);
    m_consent->setEnabled(m_workspace.door() != nullptr);
}

QDialog *CustomerView::editConsent(Consent::Channel channel)
{
    const qint64 customer = currentCustomerId();
    if (!customer || !m_workspace.door())
        return nullptr;
    auto *dialog = new ConsentDialog(channel,
                                     m_consent->consent(channel),
                                     m_workspace.now().toLocalTime().date(),
                                     this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<CustomerView> view(this);
    connect(dialog, &QDialog::accepted, this, [this, view, dialog, customer, channel] {
        if (!view)
            return;
        std::optional<Consent> after = dialog->consent();
        if (after == std::nullopt && !m_consent->consent(channel))
            return; // "not asked" stays "not asked"
        const Status saved = CustomerCommand::run(m_undo,
                                                  std::make_unique<SetConsentCommand>(m_workspace,
                                                                                      customer,
                                                                                      channel,
                                                                                      after));
        if (!saved)
            report(saved.error().message());
        refreshConsent();
    });
    dialog->open();
    return dialog;
}

Status CustomerView::exportPersonalData(const QString &path)
{
    Result<QJsonObject> doc = PersonExport::build(m_workspace.database(),
                                                  currentCustomerId(),
                                                  m_workspace.now(),
                                                  m_workspace.access());
    if (!doc)
        return doc.error();
    const QByteArray bytes = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(Error::Kind::Io, tr("%1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

void CustomerView::askExportPersonalData()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              + QStringLiteral("/customer-%1.json").arg(currentCustomerId());
    const QString path = FileDialogs::saveFileName(this,
                                                   tr("Export Personal Data"),
                                                   suggested,
                                                   tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPersonalData(path); !s)
        report(s.error().message());
}

Status CustomerView::erasePersonalData()
{
    Door *door = m_workspace.door();
    if (!door)
        return Error(Error::Kind::Io,
                     tr("The database is open read-only, so nothing can be erased."));
    Result<ErasureReport> erased = ErasureService(*door).erase(currentCustomerId());
    if (!erased)
        return erased.error();
    // The steps on the stack hold the erased values: undoing one would write them back.
    if (m_undo)
        m_undo->clear();
    showCustomer(currentCustomerId());
    return {};
}

void CustomerView::askErasePersonalData()
{
    const QString name = m_profile->overview().name;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Erase Personal Data"),
                                tr("Erase all personal data of %1?").arg(name),
                                QMessageBox::Cancel,
                                this);
    box->setObjectName(QStringLiteral("eraseConfirmation"));
    box->setInformativeText(
        tr("Their name, contact details, notes, the texts of their calls, cases and tasks, "
           "their relationships, tags and consent are removed everywhere, the history "
           "included. Their orders stay, anonymized, so the figures stay true. This cannot be "
           "undone."));
    QPushButton *erase = box->addButton(tr("Erase %1").arg(name), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<CustomerView> view(this);
    connect(box, &QMessageBox::buttonClicked, this, [view, erase](QAbstractButton *clicked) {
        if (!view || clicked != erase)
            return;
        if (Status s = view->erasePersonalData(); !s)
            view->report(s.error().message());
    });
    box->open();
}

} // namespace rapport
