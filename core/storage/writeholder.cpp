#include "core/storage/writeholder.h"

#include "core/util/displayformat.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace rapport {
namespace {

// A holder file this old is a leftover whatever it says (a long import takes minutes).
constexpr qint64 StaleAfterSecs = 24 * 3600;

} // namespace

QString WriteHolder::activity(const QString &kind)
{
    if (kind == QLatin1String("import"))
        return tr("importing purchases");
    if (kind == QLatin1String("demo"))
        return tr("loading demo data");
    if (kind == QLatin1String("merge"))
        return tr("merging customers");
    if (kind == QLatin1String("erase"))
        return tr("erasing customers");
    if (kind == QLatin1String("restore"))
        return tr("restoring a backup");
    return tr("saving a large change");
}

QString WriteHolder::describe(const QDateTime &now) const
{
    const QString who = user.isEmpty() ? tr("someone") : user;
    const QString where = machine.isEmpty() ? who : tr("%1 on %2").arg(who, machine);
    if (!since.isValid())
        return tr("%1, who is %2").arg(where, activity(what));
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date() ? display::time(local.time())
                                                                  : display::dateTime(local);
    return tr("%1, who is %2 (since %3)").arg(where, activity(what), when);
}

QString WriteHolder::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-writer");
}

Status WriteHolder::write(const QString &databasePath) const
{
    const QJsonObject o{{QStringLiteral("user"), user},
                        {QStringLiteral("machine"), machine},
                        {QStringLiteral("pid"), pid},
                        {QStringLiteral("what"), what},
                        {QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)}};
    // Written whole and renamed into place, so a reader never sees half of it.
    QSaveFile file(pathFor(databasePath));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return Error(Error::Kind::Io,
                     tr("%1 could not be written: %2.")
                         .arg(QDir::toNativeSeparators(pathFor(databasePath)), file.errorString()));
    return {};
}

std::optional<WriteHolder> WriteHolder::read(const QString &databasePath, const QDateTime &now)
{
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    if (o.isEmpty())
        return std::nullopt;
    WriteHolder h;
    h.user = o.value(QLatin1String("user")).toString();
    h.machine = o.value(QLatin1String("machine")).toString();
    h.pid = o.value(QLatin1String("pid")).toInteger();
    h.what = o.value(QLatin1String("what")).toString();
    h.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
    if (!h.since.isValid() || h.since.secsTo(now) > StaleAfterSecs || h.isGone())
        return std::nullopt;
    return h;
}

void WriteHolder::remove(const QString &databasePath, const QString &machine, qint64 pid)
{
    const QString path = pathFor(databasePath);
    if (!QFile::exists(path))
        return;
    if (pid != 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
        if (o.value(QLatin1String("pid")).toInteger() != pid
            || o.value(QLatin1String("machine")).toString() != machine)
            return;
    }
    QFile::remove(path);
}

bool WriteHolder::isGone() const
{
    if (pid <= 0 || machine != QSysInfo::machineHostName())
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#elif defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_INVALID_PARAMETER;
    const bool gone = WaitForSingleObject(process, 0) == WAIT_OBJECT_0;
    CloseHandle(process);
    return gone;
#else
    return false;
#endif
}

qint64 WriteHolder::thisProcess()
{
    return QCoreApplication::applicationPid();
}

} // namespace rapport
