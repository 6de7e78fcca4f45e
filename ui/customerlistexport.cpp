#include "ui/customerlistexport.h"

#include "core/models/customerlistmodel.h"
#include "core/services/customeraccess.h"
#include "core/storage/database.h"
#include "ui/customerlistview.h"
#include "ui/filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>

namespace rapport {

namespace {

// The export's columns for a column of the list.
std::vector<ExportField> fieldsOf(int column)
{
    using M = CustomerListModel;
    switch (column) {
    case M::Name:
        return {ExportField::Name};
    case M::Kind:
        return {ExportField::Kind};
    case M::Organisation:
        return {ExportField::Organisation};
    case M::Stage:
        return {ExportField::Stage};
    case M::Owner:
        return {ExportField::Owner};
    case M::Phone:
        return {ExportField::Phone, ExportField::Mobile};
    case M::Email:
        return {ExportField::Email};
    case M::City:
        return {ExportField::City};
    case M::LastContact:
        return {ExportField::LastContact};
    case M::Revenue:
        return {ExportField::Revenue};
    case M::Figure:
        return {ExportField::Figure};
    }
    return {};
}

QString outcomeSentence(const CustomerExportResult &r, const QString &path)
{
    QString text = CustomerListExporter::tr("Exported %Ln customer(s) to %1.",
                                            nullptr,
                                            int(r.customers))
                       .arg(QDir::toNativeSeparators(path));
    if (r.withheldTotal() > 0)
        text += QLatin1Char(' ')
                + CustomerListExporter::tr("Contact details of %Ln customer(s) were left out: "
                                           "they opted out of that channel.",
                                           nullptr,
                                           int(r.withheldTotal()));
    return text;
}

} // namespace

CustomerExportRequest exportRequestFor(CustomerListView &view)
{
    CustomerExportRequest request;
    CustomerListModel *model = view.customerModel();
    if (!model)
        return request;
    const QHeaderView *header = view.table()->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        if (column == CustomerListModel::Figure && !model->hasFigure())
            continue;
        for (ExportField field : fieldsOf(column))
            request.fields.push_back(field);
    }
    request.filter = model->filter();
    request.searchText = model->searchText();
    // A list sorted as browsing sorts it reads the same ids on the worker, however long it is;
    // any other order (a search, by a drill-down's figure) hands over the ids it shows.
    if (model->isComplete() || model->isSearching() || model->figureOrder()) {
        model->loadAll();
        std::vector<qint64> ids;
        ids.reserve(std::size_t(model->rowCount()));
        for (int row = 0; row < model->rowCount(); ++row)
            ids.push_back(model->idAt(row));
        request.ids = std::move(ids);
    } else {
        request.order = model->browseOrder();
    }
    return request;
}

CustomerListExporter::CustomerListExporter(QWidget *parent)
    : QObject(parent)
    , m_parentWidget(parent)
{
    setObjectName(QStringLiteral("customerListExporter"));
}

CustomerListExporter::~CustomerListExporter()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
    delete m_dialog;
}

QProgressDialog *CustomerListExporter::progressDialog() const
{
    return m_dialog;
}

bool CustomerListExporter::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CustomerListExporter::exportList(const QString &databasePath, CustomerListView &view)
{
    if (m_thread)
        return;
    if (Status allowed = m_access.check(Permission::Export); !allowed) {
        Q_EMIT finished(Outcome::Failed, allowed.error().message());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("customers") + QStringLiteral(".csv"));
    std::optional<Target> target;
    if (m_ask) {
        target = m_ask(m_parentWidget, suggested);
    } else {
        const QString csv = tr("CSV for spreadsheets (*.csv)");
        const QString vcf = tr("vCard for address books (*.vcf)");
        QString chosen;
        const QString path = FileDialogs::saveFileName(m_parentWidget,
                                                       tr("Export List"),
                                                       suggested,
                                                       csv + QStringLiteral(";;") + vcf,
                                                       &chosen);
        if (!path.isEmpty()) {
            const bool vcard = chosen == vcf
                               || QFileInfo(path).suffix().compare(QLatin1String("vcf"),
                                                                   Qt::CaseInsensitive)
                                      == 0;
            target = Target{path, vcard ? ExportFormat::VCard : ExportFormat::Csv};
        }
    }
    if (!target || target->path.isEmpty())
        return;
    const CustomerListModel *model = view.customerModel();
    const qint64 listed = model && !model->isSearchCapped() ? model->rowCount() : -1;
    start(databasePath, exportRequestFor(view), *target);
    m_listed = listed;
}

void CustomerListExporter::start(const QString &databasePath,
                                 CustomerExportRequest request,
                                 Target target)
{
    if (m_thread)
        return;
    m_databasePath = databasePath;
    m_request = std::move(request);
    m_request.format = target.format;
    m_listed = -1;
    m_target = std::move(target);
    m_cancel = false;
    m_outcome = Outcome::Failed;
    m_message.clear();
    m_dialog = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, 0, m_parentWidget);
    m_dialog->setObjectName(QStringLiteral("exportProgress"));
    m_dialog->setWindowTitle(tr("Export List"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(500); // a small list is written before it would show
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancel = true; });

    m_thread = QThread::create([this] { work(); });
    m_thread->setObjectName(QStringLiteral("list export"));
    connect(m_thread, &QThread::finished, this, &CustomerListExporter::threadFinished);
    m_thread->start(QThread::LowPriority);
}

// Runs on the worker thread, on a read-only connection of its own.
void CustomerListExporter::work()
{
    Result<std::unique_ptr<Database>> db = Database::open(m_databasePath, Database::Mode::ReadOnly);
    if (!db) {
        m_message = db.error().message();
        return;
    }
    CustomerExport exporter(**db);
    exporter.setAccess(m_access);
    const Result<CustomerExportResult> result
        = exporter.writeFile(m_request, m_target.path, [this](qint64 done, qint64 total) {
              QMetaObject::invokeMethod(
                  this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
              return !m_cancel.load();
          });
    if (result) {
        m_outcome = Outcome::Done;
        m_result = *result;
        m_message = outcomeSentence(*result, m_target.path);
    } else if (result.error().kind() == Error::Kind::Cancelled || m_cancel.load()) {
        m_outcome = Outcome::Cancelled;
        m_message = tr("The export was cancelled; no file was written.");
    } else {
        m_message = result.error().message();
    }
}

void CustomerListExporter::showProgress(qint64 done, qint64 total)
{
    if (!m_dialog || m_dialog->wasCanceled())
        return;
    if (total > 0 && total != m_dialog->maximum())
        m_dialog->setMaximum(int(std::min<qint64>(total, 1'000'000'000)));
    m_dialog->setValue(int(std::min<qint64>(done, m_dialog->maximum())));
}

void CustomerListExporter::threadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog)
        m_dialog->deleteLater();
    // Fewer written than the list showed, because the role exports less than it sees (a rep who
    // sees the team's customers and exports their own): say so, or the file looks wrong.
    if (m_outcome == Outcome::Done && m_listed > m_result.customers
        && m_access.scope(Permission::Export) != m_access.scope(Permission::View))
        m_message += QLatin1Char(' ')
                     + tr("%Ln customer(s) of the list were left out.",
                          nullptr,
                          int(m_listed - m_result.customers))
                     + QLatin1Char(' ') + CustomerAccess::outOfReach(m_access, Permission::Export);
    Q_EMIT finished(m_outcome, m_message);
}

} // namespace rapport
