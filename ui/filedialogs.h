#pragma once

#include <QFileDialog>

class QAbstractFileIconProvider;

namespace rapport {

// Every file dialog of the desktop, in place of QFileDialog's static functions (same arguments).
//
// Why: SQLite's locks on a database file are POSIX advisory locks, and POSIX drops every lock a
// process holds on a file when the process closes *any* descriptor of that file. Qt's file
// dialog reads the first bytes of each file it lists to name its type and icon (MIME sniffing):
// listing the folder of the open database opened and closed rapport.db, so the window lost its
// locks, and the next `sqlite3` or `rapport-cli` to close the database deleted the -wal file the
// window was still writing into (seen in the user trial of issue 13; SQLite's "How To Corrupt"
// §2.2). These dialogs name types by the file name alone, and on Unix they are Qt's own
// dialog, whose icon provider we control (a native dialog in the process, GTK's, sniffs too).
class FileDialogs final
{
public:
    static QString openFileName(QWidget *parent,
                                const QString &caption,
                                const QString &dir = {},
                                const QString &filter = {},
                                QString *selectedFilter = nullptr,
                                QFileDialog::Options options = {});
    static QString saveFileName(QWidget *parent,
                                const QString &caption,
                                const QString &dir = {},
                                const QString &filter = {},
                                QString *selectedFilter = nullptr,
                                QFileDialog::Options options = {});

    // Makes `dialog` one that never reads the files it lists (the helpers above use it; tests
    // show such a dialog without running it modally).
    static void prepare(QFileDialog &dialog);
    // Types and icons from the file name alone, never from the file's content.
    static QAbstractFileIconProvider *iconProvider();
};

} // namespace rapport
