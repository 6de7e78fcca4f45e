#include "ui/importwizard.h"

#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"
#include "ui/filedialogs.h"
#include "ui/importcheckpage.h"
#include "ui/importfilepage.h"
#include "ui/importmappingpage.h"
#include "ui/importoptionspage.h"
#include "ui/importrunpage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>

namespace rapport {

ImportWizard::ImportWizard(Workspace &workspace, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_filePage(new ImportFilePage(this))
    , m_mappingPage(new ImportMappingPage(this))
    , m_optionsPage(new ImportOptionsPage(this))
    , m_checkPage(new ImportCheckPage(this))
    , m_runPage(new ImportRunPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Customers"));
    // One look everywhere (the pages are laid out for it), with the page titles in a banner.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    // The import page has a Cancel Import of its own while it runs, and nothing to cancel after.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, m_mappingPage);
    setPage(OptionsPageId, m_optionsPage);
    setPage(CheckPageId, m_checkPage);
    setPage(ImportPageId, m_runPage);
    setStartId(FilePageId);
    // Room for a preview of several columns and the mapping of a few dozen; fits 1280x800.
    resize(980, 680);
    setMinimumSize(720, 520);

    m_askFile = [](QWidget *owner, FileQuestion question, const QString &suggested) {
        switch (question) {
        case FileQuestion::OpenFile:
            return FileDialogs::openFileName(
                owner,
                tr("Import Customers"),
                suggested,
                tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;CSV files (*.csv *.tsv *.txt);;"
                   "vCard files (*.vcf *.vcard);;All files (*)"));
        case FileQuestion::LoadMapping:
            return FileDialogs::openFileName(owner,
                                             tr("Load Mapping"),
                                             suggested,
                                             tr("Mappings (*.json);;All files (*)"));
        case FileQuestion::SaveMapping:
            return FileDialogs::saveFileName(owner,
                                             tr("Save Mapping"),
                                             suggested,
                                             tr("Mappings (*.json);;All files (*)"));
        case FileQuestion::SaveReport:
            return FileDialogs::saveFileName(owner,
                                             tr("Save Report"),
                                             suggested,
                                             tr("CSV files (*.csv);;All files (*)"));
        }
        return QString();
    };
}

// The task waits for its worker; the pages it reports to go after it.
ImportWizard::~ImportWizard()
{
    delete m_task;
}

QString ImportWizard::askFile(FileQuestion question, const QString &suggested)
{
    return m_askFile ? m_askFile(this, question, suggested) : QString();
}

bool ImportWizard::openFile(const QString &path)
{
    return m_filePage->openFile(path);
}

void ImportWizard::setSource(std::optional<io::ImportSource> source)
{
    m_source = std::move(source);
}

QString ImportWizard::databasePhoneRegion() const
{
    return m_workspace.phones().defaultRegion();
}

QString ImportWizard::customerName(qint64 id) const
{
    const Result<Customer> customer = m_workspace.customers().get(id);
    return customer ? customer->displayName() : QString();
}

ImportTask *ImportWizard::startTask(ImportTask::Kind kind)
{
    delete m_task; // a dry run still going is stale now: cancelled, waited for
    if (!m_source)
        return nullptr;
    Actor actor;
    actor.machine = Actor::thisMachine();
    if (m_workspace.door())
        actor = m_workspace.door()->actor();
    CustomerImportOptions options = m_options;
    if (options.fileName.isEmpty())
        options.fileName = m_source->fileName();
    m_task = new ImportTask(kind, m_workspace.path(), actor, *m_source, m_mapping, options, this);
    ImportTask *task = m_task;
    connect(task, &ImportTask::finished, this, [this, task] { taskFinished(task); });
    task->start();
    return task;
}

void ImportWizard::taskFinished(ImportTask *task)
{
    if (task->kind() != ImportTask::Kind::Run || !task->result() || task->result()->batch == 0)
        return;
    // The worker wrote through its own connection: every list and view reads again.
    m_workspace.changes().publish(
        {ChangeNotice::Entity::Everything, ChangeNotice::Action::Reset, {}, {}});
    Q_EMIT imported(task->result()->batch);
}

void ImportWizard::reject()
{
    // While the import runs, Cancel (or Escape, or closing the window) cancels the import and
    // the page says that nothing was imported; once it has stopped, the wizard closes.
    if (m_task && m_task->isRunning() && m_task->kind() == ImportTask::Kind::Run) {
        m_task->cancel();
        return;
    }
    delete m_task;
    QWizard::reject();
}

} // namespace rapport
