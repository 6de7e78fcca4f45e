#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace rapport {

// RecentFiles is the list of databases opened lately, newest first and at most MaxFiles long,
// kept in QSettings. Files that no longer exist drop out whenever the list is read. It also
// fills the File ▸ Open Recent menu.
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    // The files, newest first; reading prunes the ones that are gone.
    QStringList files();
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    // Refills `menu` with the files and a "Clear Menu" entry, and disables it when empty.
    void fillMenu(QMenu *menu);

Q_SIGNALS:
    void fileChosen(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace rapport
