#include "ui/recentfiles.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace rapport {
namespace {

const QString settingsKey = QStringLiteral("recentDatabases");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files()
{
    const QStringList stored = QSettings().value(settingsKey).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path) && !existing.contains(path))
            existing << path;
    }
    if (existing.size() > MaxFiles)
        existing.resize(MaxFiles);
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    if (list.size() > MaxFiles)
        list.resize(MaxFiles);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(canonical(path)) > 0)
        store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &list)
{
    QSettings settings;
    if (list.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, list);
    Q_EMIT changed();
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        // "&1 customers.db" gives each entry a mnemonic; a literal & in a name is doubled.
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = menu->addAction(tr("&%1 %2").arg(number).arg(name));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT fileChosen(path); });
    }
    if (!list.isEmpty()) {
        menu->addSeparator();
        QAction *clearAction = menu->addAction(tr("&Clear Menu"));
        connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    }
    menu->setEnabled(!list.isEmpty());
    menu->setToolTipsVisible(true);
}

} // namespace rapport
