#pragma once

#include <QString>

class QWidget;

namespace rapport {

// DatabaseChooser asks for a database file to open or to create, starting in the folder used
// last (kept in QSettings). An empty string means the user cancelled.
class DatabaseChooser final
{
public:
    static QString existingFile(QWidget *parent);
    // Refuses a name that exists already: a new database never replaces a file.
    static QString newFile(QWidget *parent);

private:
    static QString startFolder();
    static void remember(const QString &file);
};

} // namespace rapport
