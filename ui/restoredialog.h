#pragma once

#include "core/services/backupservice.h"

#include <QDialog>

#include <atomic>
#include <functional>

class QLabel;
class QPushButton;
class QThread;
class QTreeWidget;

namespace rapport {

// RestoreDialog lets the user pick a backup to put in the place of the open database: the
// automatic backups of that database, newest first, with their date, customers and size, or any
// file chosen with "Choose File…" (the customer counts arrive from a worker that opens each
// backup). Restore checks (on a worker: integrity_check reads the whole file) the chosen backup first (a file that is not a
// Rapport backup, or a damaged one, is refused with its sentence inside the dialog), asks once
// for confirmation, and accepts; the caller then closes, restores and reopens the database.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    // Asks for a backup file (tests answer without a file dialog).
    using FileChooser = std::function<QString(QWidget *parent)>;
    // Asks the user to confirm `question` (tests answer without a message box).
    using Confirmer = std::function<bool(QWidget *parent, const QString &question)>;

    RestoreDialog(const BackupService &service, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    // The checked backup to restore, once accepted.
    const BackupEntry &chosen() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }
    QString problemText() const;
    // Are the customer counts still being read (a worker opens each backup)?
    bool isCounting() const;

private:
    void fill();
    void countCustomers(const QStringList &paths);
    void chooseFile();
    void restore();
    bool tryRestore(const QString &path);
    void showProblem(const QString &text);

    const BackupService &m_service;
    QTreeWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_restore;
    FileChooser m_chooseFile;
    Confirmer m_confirm;
    BackupEntry m_chosen;
    QThread *m_counter = nullptr;
    std::atomic<bool> m_stopCounting{false};
};

} // namespace rapport
