#include "ui/restoredialog.h"

#include "core/storage/database.h"
#include "core/util/displayformat.h"
#include "ui/filedialogs.h"

#include <QApplication>
#include <QEventLoop>
#include <QThread>

#include <memory>
#include <optional>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

enum Column { DateColumn, CustomersColumn, SizeColumn, NoteColumn };

} // namespace

RestoreDialog::RestoreDialog(const BackupService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_list(new QTreeWidget(this))
    , m_problem(new QLabel(this))
    , m_restore(nullptr)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore From Backup"));
    auto *intro = new QLabel(
        tr("Choose the backup to put in the place of %1. The database as it is now is kept as a "
           "backup first, so a restore can itself be undone.")
            .arg(QFileInfo(service.databasePath()).fileName()),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Backed up"), tr("Customers"), tr("Size"), tr("Note")});
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumSize(560, 220);

    m_problem->setObjectName(QStringLiteral("restoreProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    auto *choose = new QPushButton(tr("Choose &File…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupFileButton"));
    choose->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Restore checks before it accepts: the box's accepted() is not connected.
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::restore);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_restore->setEnabled(m_list->currentItem() != nullptr);
        m_problem->hide();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    auto *row = new QHBoxLayout;
    row->addWidget(choose);
    row->addStretch();
    row->addWidget(buttons);
    layout->addLayout(row);

    m_chooseFile = [](QWidget *owner) {
        return FileDialogs::openFileName(owner,
                                         tr("Choose a Backup"),
                                         QString(),
                                         tr("Rapport databases (*.db);;All files (*)"));
    };
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner,
                                     tr("Restore From Backup"),
                                     question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
               == QMessageBox::Yes;
    };
    fill();
}

RestoreDialog::~RestoreDialog()
{
    if (m_counter) {
        m_stopCounting = true;
        m_counter->wait();
        delete m_counter;
    }
}

bool RestoreDialog::isCounting() const
{
    return m_counter && m_counter->isRunning();
}

// Opens each backup on a worker to count its customers; the rows are filled in as they come.
void RestoreDialog::countCustomers(const QStringList &paths)
{
    m_counter = QThread::create([this, paths] {
        for (const QString &path : paths) {
            if (m_stopCounting)
                return;
            qint64 customers = -1;
            if (auto db = Database::open(path, Database::Mode::ReadOnly)) {
                if (auto count = countLiveCustomers(**db))
                    customers = *count;
            }
            QMetaObject::invokeMethod(
                this,
                [this, path, customers] {
                    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
                        QTreeWidgetItem *item = m_list->topLevelItem(i);
                        if (item->data(DateColumn, Qt::UserRole).toString() == path)
                            item->setText(CustomersColumn,
                                          customers < 0 ? tr("unreadable")
                                                        : display::count(customers));
                    }
                    m_list->resizeColumnToContents(CustomersColumn);
                },
                Qt::QueuedConnection);
        }
    });
    m_counter->setObjectName(QStringLiteral("backup counts"));
    m_counter->start(QThread::LowPriority);
}

void RestoreDialog::fill()
{
    m_list->clear();
    const QList<BackupEntry> entries = m_service.list(false);
    QStringList paths;
    for (const BackupEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, display::dateTime(e.created));
        item->setText(CustomersColumn, QStringLiteral("…"));
        paths << e.path;
        item->setTextAlignment(CustomersColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SizeColumn, QLocale().formattedDataSize(e.bytes, 1));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NoteColumn, e.beforeRestore ? tr("Saved before a restore") : QString());
        item->setData(DateColumn, Qt::UserRole, e.path);
        item->setToolTip(DateColumn, QDir::toNativeSeparators(e.path));
    }
    for (int c = DateColumn; c < NoteColumn; ++c)
        m_list->resizeColumnToContents(c);
    if (entries.isEmpty()) {
        showProblem(tr("There are no automatic backups of this database yet; choose a backup "
                       "file."));
        m_restore->setEnabled(false);
    } else {
        m_list->setCurrentItem(m_list->topLevelItem(0));
        countCustomers(paths);
    }
    m_list->setFocus();
}

QString RestoreDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void RestoreDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void RestoreDialog::chooseFile()
{
    const QString file = m_chooseFile(this);
    if (!file.isEmpty())
        tryRestore(file);
}

void RestoreDialog::restore()
{
    if (const QTreeWidgetItem *item = m_list->currentItem())
        tryRestore(item->data(DateColumn, Qt::UserRole).toString());
}

bool RestoreDialog::tryRestore(const QString &path)
{
    // integrity_check reads the whole backup: a worker does it while the dialog waits.
    std::optional<Result<BackupEntry>> result;
    {
        setEnabled(false);
        showProblem(tr("Checking the backup…"));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        QEventLoop loop;
        std::unique_ptr<QThread> checker(
            QThread::create([&result, path] { result = BackupService::inspect(path); }));
        connect(checker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        checker->start();
        loop.exec();
        checker->wait();
        QApplication::restoreOverrideCursor();
        m_problem->hide();
        setEnabled(true);
    }
    const Result<BackupEntry> &checked = *result;
    if (!checked) {
        showProblem(checked.error().message());
        return false;
    }
    const QString customers = checked->customers < 0
                                  ? tr("an unknown number of customers")
                                  : tr("%Ln customer(s)",
                                       nullptr,
                                       int(std::min<qint64>(checked->customers, INT_MAX)));
    const QString question
        = tr("Replace %1 with the backup of %2 (%3)? Everything changed since then is replaced; "
             "the database as it is now is kept as a backup.")
              .arg(QFileInfo(m_service.databasePath()).fileName(),
                   display::dateTime(checked->created),
                   customers);
    if (!m_confirm(this, question))
        return false;
    m_chosen = *checked;
    accept();
    return true;
}

} // namespace rapport
