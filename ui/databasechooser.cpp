#include "ui/databasechooser.h"

#include "ui/filedialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace rapport {
namespace {

const QString folderKey = QStringLiteral("lastDatabaseFolder");

// The context lupdate files this file's texts under (a free tr() would get another one).
struct DatabaseChooserTexts
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseChooser)
};

QString filters()
{
    return DatabaseChooserTexts::tr("Rapport databases (*.db *.rapport *.sqlite)")
           + QStringLiteral(";;") + DatabaseChooserTexts::tr("All files (*)");
}

} // namespace

QString DatabaseChooser::startFolder()
{
    const QString last = QSettings().value(folderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DatabaseChooser::remember(const QString &file)
{
    QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
}

QString DatabaseChooser::existingFile(QWidget *parent)
{
    const QString file = FileDialogs::openFileName(parent,
                                                   DatabaseChooserTexts::tr("Open Database"),
                                                   startFolder(),
                                                   filters());
    if (!file.isEmpty())
        remember(file);
    return file;
}

QString DatabaseChooser::newFile(QWidget *parent)
{
    QString file = FileDialogs::saveFileName(parent,
                                             DatabaseChooserTexts::tr("New Database"),
                                             QDir(startFolder())
                                                 .filePath(
                                                     DatabaseChooserTexts::tr("customers.db")),
                                             filters(),
                                             nullptr,
                                             QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return {};
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".db");
    remember(file);
    if (QFileInfo::exists(file)) {
        QMessageBox::information(parent,
                                 DatabaseChooserTexts::tr("New Database"),
                                 DatabaseChooserTexts::tr(
                                     "%1 exists already. Choose another name, or open it with "
                                     "File ▸ Open Database.")
                                     .arg(QDir::toNativeSeparators(file)));
        return {};
    }
    return file;
}

} // namespace rapport
