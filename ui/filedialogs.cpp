#include "ui/filedialogs.h"

#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>

namespace rapport {
namespace {

// QFileIconProvider names a file's type and picks its icon from its MIME type, which
// QMimeDatabase guesses by reading the file when the name alone is not conclusive. Here the name
// decides (a "data" file of unknown kind is named as such), so no listed file is ever opened.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::icon(info); // folders and drives are not read
        const QMimeType mime = mimeOf(info);
        return QIcon::fromTheme(mime.iconName(),
                                QIcon::fromTheme(mime.genericIconName(),
                                                 QFileIconProvider::icon(File)));
    }
    QString type(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::type(info);
        return mimeOf(info).comment();
    }

private:
    // A database per call: the provider is asked from the dialog's gatherer thread too.
    static QMimeType mimeOf(const QFileInfo &info)
    {
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    }
};

QString run(QWidget *parent,
            QFileDialog::AcceptMode mode,
            const QString &caption,
            const QString &dir,
            const QString &filter,
            QString *selectedFilter,
            QFileDialog::Options options)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                       : QFileDialog::AnyFile);
    dialog.setOptions(options);
    FileDialogs::prepare(dialog);
    // As the static functions take it: a folder, or a file to propose in its folder.
    const QFileInfo start(dir);
    if (!dir.isEmpty() && !start.isDir()) {
        dialog.setDirectory(start.absolutePath());
        dialog.selectFile(start.fileName());
    } else if (!dir.isEmpty()) {
        dialog.setDirectory(dir);
    }
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}

} // namespace

QAbstractFileIconProvider *FileDialogs::iconProvider()
{
    static NameOnlyIconProvider provider;
    return &provider;
}

void FileDialogs::prepare(QFileDialog &dialog)
{
#ifdef Q_OS_UNIX
    // A native dialog in this process (GTK's) guesses types from the content too: Qt's own.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog.setIconProvider(iconProvider());
}

QString FileDialogs::openFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &dir,
                                  const QString &filter,
                                  QString *selectedFilter,
                                  QFileDialog::Options options)
{
    return run(parent, QFileDialog::AcceptOpen, caption, dir, filter, selectedFilter, options);
}

QString FileDialogs::saveFileName(QWidget *parent,
                                  const QString &caption,
                                  const QString &dir,
                                  const QString &filter,
                                  QString *selectedFilter,
                                  QFileDialog::Options options)
{
    return run(parent, QFileDialog::AcceptSave, caption, dir, filter, selectedFilter, options);
}

} // namespace rapport
