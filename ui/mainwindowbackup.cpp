// Backups in the main window: File ▸ Back Up…, File ▸ Restore From Backup…, the checks a database
// gets when it opens (a quick check and the automatic daily backup), and the way forward when a
// file SQLite calls damaged is opened. The work is core's (BackupService, BackupJob); this only
// shows it.
#include "ui/mainwindow.h"

#include "core/services/backupjob.h"
#include "core/services/backupservice.h"
#include "core/services/workspace.h"
#include "core/util/displayformat.h"
#include "ui/filedialogs.h"
#include "ui/restoredialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

namespace rapport {

void MainWindow::createBackupActions(QMenu *file)
{
    QAction *backUpAction = file->addAction(tr("&Back Up…"), this, &MainWindow::backUp);
    backUpAction->setObjectName(QStringLiteral("backUpAction"));
    m_workspaceActions.append(backUpAction);
    QAction *restoreAction = file->addAction(tr("Res&tore From Backup…"), this, [this] {
        restoreFromBackup();
    });
    restoreAction->setObjectName(QStringLiteral("restoreFromBackupAction"));
    m_workspaceActions.append(restoreAction);

    m_backupProgress = new QProgressBar(this);
    m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
    m_backupProgress->setMaximumWidth(160);
    m_backupProgress->setTextVisible(false);
    m_backupProgress->hide();
    statusBar()->addPermanentWidget(m_backupProgress);
}

void MainWindow::backUp()
{
    if (!m_workspace)
        return;
    const QFileInfo db(m_workspace->path());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder.isEmpty() ? db.absolutePath() : folder)
                                  .filePath(tr("%1 backup %2.db")
                                                .arg(db.completeBaseName(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    const QString target = m_askBackupPath
                               ? m_askBackupPath(this, suggested)
                               : FileDialogs::saveFileName(this,
                                                           tr("Back Up Database"),
                                                           suggested,
                                                           tr("Rapport databases (*.db)"));
    if (!target.isEmpty())
        backUpTo(target);
}

bool MainWindow::backUpTo(const QString &target)
{
    if (!m_workspace)
        return false;
    if (m_backupJob) {
        statusBar()->showMessage(tr("A backup is already being written."), 5'000);
        return false;
    }
    m_backupJob = BackupJob::backUp(m_workspace->path(), target, this);
    m_backupJob->setBackupsRoot(m_backupsRoot);
    connect(m_backupJob, &BackupJob::progress, this, &MainWindow::showBackupProgress);
    connect(m_backupJob, &BackupJob::finished, this, [this](const BackupJob::Outcome &outcome) {
        m_backupJob->deleteLater();
        backupDone(outcome.ok,
                   outcome.ok
                       ? tr("Backed up to %1.").arg(QDir::toNativeSeparators(outcome.written))
                       : outcome.message);
        if (!outcome.ok && !outcome.cancelled)
            showError(tr("Back Up"), outcome.message);
    });
    statusBar()->showMessage(tr("Backing up… you can go on working."));
    m_backupProgress->setRange(0, 0);
    m_backupProgress->show();
    m_backupJob->start();
    return true;
}

void MainWindow::showBackupProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_backupProgress->setRange(0, 1000);
    m_backupProgress->setValue(int(done * 1000 / total));
    m_backupProgress->show();
}

void MainWindow::backupDone(bool ok, const QString &message)
{
    m_backupProgress->hide();
    statusBar()->showMessage(message, ok ? 10'000 : 20'000);
    Q_EMIT backupFinished(ok, message);
}

void MainWindow::startOpenChecks()
{
    if (!m_workspace)
        return;
    delete m_checkJob;
    const bool mayBackUp = !m_workspace->database().isReadOnly();
    m_checkJob = BackupJob::openChecks(m_workspace->path(), mayBackUp, this);
    m_checkJob->setBackupsRoot(m_backupsRoot);
    connect(m_checkJob, &BackupJob::progress, this, &MainWindow::showBackupProgress);
    const QString name = QFileInfo(m_workspace->path()).fileName();
    connect(m_checkJob, &BackupJob::finished, this, [this, name](const BackupJob::Outcome &outcome) {
        m_checkJob->deleteLater();
        if (!outcome.problems.isEmpty()) {
            m_backupProgress->hide();
            showError(tr("Database Problems"),
                      tr("%1 failed its quick check (%2). Restore it from a backup with File ▸ "
                         "Restore From Backup….")
                          .arg(name, outcome.problems.constFirst()));
            Q_EMIT backupFinished(false, outcome.problems.constFirst());
        } else if (!outcome.written.isEmpty()) {
            backupDone(true, tr("Today's automatic backup of %1 is written.").arg(name));
        } else if (!outcome.ok && !outcome.cancelled) {
            backupDone(false, tr("The automatic backup failed: %1").arg(outcome.message));
        } else {
            m_backupProgress->hide();
        }
    });
    m_checkJob->start();
}

RestoreDialog *MainWindow::restoreFromBackup()
{
    if (!m_workspace)
        return nullptr;
    // The dialog reads the service while it is open: both live as long as the dialog.
    auto *service = new BackupService(m_workspace->path(), m_backupsRoot);
    auto *dialog = new RestoreDialog(*service, this);
    connect(dialog, &QObject::destroyed, this, [service] { delete service; });
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString backup = dialog->chosen().path;
        // After the dialog has gone: restoring closes the pages it sits over.
        QMetaObject::invokeMethod(
            this, [this, backup] { restoreDatabase(backup); }, Qt::QueuedConnection);
    });
    showDialog(dialog);
    return dialog;
}

bool MainWindow::restoreDatabase(const QString &backupPath)
{
    if (!m_workspace)
        return false;
    const QString path = m_workspace->path();
    // Our own connections would count as another client: the database closes first.
    delete m_backupJob;
    delete m_checkJob;
    replaceWorkspace(nullptr);
    const BackupJob::Outcome outcome
        = runWithProgress(BackupJob::restore(path, backupPath, nullptr),
                          tr("Restore From Backup"),
                          tr("Restoring %1…").arg(QFileInfo(path).fileName()));
    if (!outcome.ok) {
        showError(tr("Restore From Backup"), outcome.message);
        openDatabase(path);
        return false;
    }
    if (!openDatabase(path))
        return false;
    const QString kept = outcome.restored.savedCurrentAs;
    statusBar()->showMessage(kept.isEmpty()
                                 ? tr("Restored from the backup.")
                                 : tr("Restored from the backup; the database as it was is kept "
                                      "as %1.")
                                       .arg(QDir::toNativeSeparators(kept)),
                             20'000);
    return true;
}

// Runs `job` (owned here) to its end behind a window-modal progress dialog, the window painted
// meanwhile; Cancel stops the jobs that can stop.
BackupJob::Outcome MainWindow::runWithProgress(BackupJob *job,
                                               const QString &title,
                                               const QString &label)
{
    std::unique_ptr<BackupJob> owned(job);
    owned->setBackupsRoot(m_backupsRoot);
    BackupJob::Outcome outcome;
    QProgressDialog progress(label, tr("Cancel"), 0, 0, this);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    connect(owned.get(), &BackupJob::progress, &progress, [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(std::min<qint64>(total, INT_MAX)));
        progress.setValue(int(std::min<qint64>(done, INT_MAX)));
    });
    connect(&progress, &QProgressDialog::canceled, owned.get(), &BackupJob::cancel);
    connect(owned.get(), &BackupJob::finished, &loop, [&](const BackupJob::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    owned->start();
    loop.exec();
    return outcome;
}

void MainWindow::setDamagedFilePresenter(DamagedFilePresenter presenter)
{
    m_presentDamaged = std::move(presenter);
}

bool MainWindow::recoverDamagedFile(const QString &path, const QString &message)
{
    DamagedFileChoice choice = DamagedFileChoice::Cancel;
    if (m_presentDamaged) {
        choice = m_presentDamaged(this, message);
    } else {
        QMessageBox box(QMessageBox::Warning,
                        tr("Damaged Database"),
                        tr("%1 is damaged: Rapport cannot read it.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Cancel,
                        this);
        box.setDetailedText(message);
        box.setInformativeText(tr("Rapport can open the latest backup of this file (the damaged "
                                  "file is kept beside it), or save what can still be read into "
                                  "a new file."));
        QPushButton *latest = box.addButton(tr("Open &Latest Backup"), QMessageBox::AcceptRole);
        QPushButton *salvage = box.addButton(tr("&Salvage Into a New File…"),
                                             QMessageBox::ActionRole);
        box.setDefaultButton(latest);
        box.exec();
        if (box.clickedButton() == latest)
            choice = DamagedFileChoice::OpenLatestBackup;
        else if (box.clickedButton() == salvage)
            choice = DamagedFileChoice::Salvage;
    }
    const BackupService service(path, m_backupsRoot);
    const QString name = QFileInfo(path).fileName();

    if (choice == DamagedFileChoice::OpenLatestBackup) {
        for (const BackupEntry &entry : service.list(false)) {
            if (!BackupService::inspect(entry.path))
                continue; // a damaged backup is passed over for the one before it
            const BackupJob::Outcome restored
                = runWithProgress(BackupJob::restore(path, entry.path, nullptr),
                                  tr("Open Latest Backup"),
                                  tr("Restoring the backup of %1…").arg(name));
            if (!restored.ok) {
                showError(tr("Open Latest Backup"), restored.message);
                return false;
            }
            if (!openDatabase(path))
                return false;
            statusBar()->showMessage(tr("Opened the backup of %1; the damaged file is kept as %2.")
                                         .arg(display::dateTime(entry.created),
                                              QDir::toNativeSeparators(
                                                  restored.restored.savedCurrentAs)),
                                     30'000);
            return true;
        }
        showError(tr("Open Latest Backup"),
                  tr("There is no backup of %1 that can be opened.").arg(name));
        return false;
    }
    if (choice == DamagedFileChoice::Salvage) {
        const QFileInfo info(path);
        const QString suggested = info.dir().filePath(
            tr("%1 salvaged.db").arg(info.completeBaseName()));
        const QString target = m_askSalvagePath
                                   ? m_askSalvagePath(this, suggested)
                                   : FileDialogs::saveFileName(this,
                                                               tr("Salvage Into a New File"),
                                                               suggested,
                                                               tr("Rapport databases (*.db)"));
        if (target.isEmpty())
            return false;
        // A worker reads the damaged file (minutes for a big one); the window stays painted.
        const BackupJob::Outcome outcome = runWithProgress(BackupJob::salvage(path, target, nullptr),
                                                           tr("Salvage Into a New File"),
                                                           tr("Salvaging %1…").arg(name));
        if (!outcome.ok) {
            if (!outcome.cancelled)
                showError(tr("Salvage Into a New File"), outcome.message);
            return false;
        }
        if (!openDatabase(target))
            return false;
        const SalvageReport *report = &outcome.salvage;
        const int saved = int(std::min<qint64>(report->saved(), INT_MAX));
        statusBar()->showMessage(report->complete()
                                     ? tr("Salvaged %Ln row(s) from %1; nothing unreadable was "
                                          "found.",
                                          nullptr,
                                          saved)
                                           .arg(name)
                                     : tr("Salvaged %Ln row(s) from %1; some rows could not be "
                                          "read and are missing.",
                                          nullptr,
                                          saved)
                                           .arg(name),
                                 30'000);
        return true;
    }
    return false;
}

} // namespace rapport
