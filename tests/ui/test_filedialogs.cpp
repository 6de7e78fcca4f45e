// The desktop's file dialogs never open the files they list: a read and close of the open
// database by the window's process drops SQLite's POSIX locks, and another program closing the
// database then deletes the -wal file the window is writing into (the user trial of issue 13).
// Linux's inotify tells every open of a file in the folder shown.
#include "ui/filedialogs.h"

#include <QAbstractFileIconProvider>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>

#include <array>
#include <cerrno>

using namespace rapport;

namespace {

// The names of the files in `dir` opened since the watch began (the folder itself not counted).
class OpenWatch final
{
public:
    explicit OpenWatch(const QString &dir)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        REQUIRE(m_fd >= 0);
        REQUIRE(inotify_add_watch(m_fd, QFile::encodeName(dir).constData(), IN_OPEN) >= 0);
    }
    ~OpenWatch() { ::close(m_fd); }
    OpenWatch(const OpenWatch &) = delete;
    OpenWatch &operator=(const OpenWatch &) = delete;

    QStringList opened()
    {
        QStringList names;
        alignas(inotify_event) std::array<char, 16384> buffer{};
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer.data(), buffer.size());
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer.data() + at);
                if (event->len > 0)
                    names << QString::fromLocal8Bit(event->name);
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        return names;
    }

private:
    int m_fd;
};

// A folder as the trial had it: a database with its -wal and -shm files beside a CSV.
void fill(const QTemporaryDir &dir)
{
    const QByteArray header = QByteArrayLiteral("SQLite format 3") + '\0' + QByteArray(200, 'x');
    for (const char *name : {"shop.db", "shop.db-wal", "shop.db-shm", "list.csv"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(header);
    }
}

} // namespace

TEST_CASE("The file dialogs' icon provider names types and icons without reading the files",
          "[ui][filedialogs]")
{
    QTemporaryDir dir;
    fill(dir);
    OpenWatch watch(dir.path());
    QAbstractFileIconProvider *provider = FileDialogs::iconProvider();
    for (const char *name : {"shop.db", "shop.db-wal", "shop.db-shm", "list.csv"}) {
        const QFileInfo info(dir.filePath(QString::fromLatin1(name)));
        (void) provider->type(info);
        (void) provider->icon(info);
    }
    CHECK(watch.opened().isEmpty());

    // What it replaces does read them (so this test can fail): Qt's own provider sniffs.
    QAbstractFileIconProvider plain;
    (void) plain.type(QFileInfo(dir.filePath(QStringLiteral("shop.db-wal"))));
    CHECK(watch.opened().contains(QStringLiteral("shop.db-wal")));
}

TEST_CASE("A file dialog shown on the database's folder opens none of its files",
          "[ui][filedialogs]")
{
    QTemporaryDir dir;
    fill(dir);
    OpenWatch watch(dir.path());
    QFileDialog dialog(nullptr,
                       QStringLiteral("Export List"),
                       dir.path(),
                       QStringLiteral("CSV for spreadsheets (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    FileDialogs::prepare(dialog);
    CHECK(dialog.testOption(QFileDialog::DontUseNativeDialog));
    dialog.setViewMode(QFileDialog::Detail); // the Type column asks for every file's type
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::qWait(600); // the folder is read in a thread; its rows are painted with their types
    dialog.close();
    CHECK(watch.opened().isEmpty());
}

#endif
