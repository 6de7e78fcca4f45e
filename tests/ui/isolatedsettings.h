#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace rapport::test {

// Gives one test its own settings and data folders: QStandardPaths' test mode (never the user's
// folders) and an application name of its own with the process id in it, since CTest runs test
// cases in parallel processes that would otherwise share one settings file and one default
// database. Both are removed again at the end.
class IsolatedSettings final
{
public:
    explicit IsolatedSettings(const QString &name)
        : m_previousName(QCoreApplication::applicationName())
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(
            QStringLiteral("rapport-%1-%2").arg(name).arg(QCoreApplication::applicationPid()));
        cleanUp();
    }
    ~IsolatedSettings()
    {
        cleanUp();
        QCoreApplication::setApplicationName(m_previousName);
    }
    IsolatedSettings(const IsolatedSettings &) = delete;
    IsolatedSettings &operator=(const IsolatedSettings &) = delete;

private:
    static void cleanUp()
    {
        QFile::remove(QSettings().fileName());
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        if (data.contains(QLatin1String(".qttest")))
            QDir(data).removeRecursively();
    }

    QString m_previousName;
};

} // namespace rapport::test
