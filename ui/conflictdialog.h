#pragma once

#include "core/services/customerrecord.h"

#include <QDialog>
#include <QHash>

class QPushButton;
class QTableWidget;

namespace rapport {

// The names a comparison shows instead of ids: owners (users) and related customers.
struct RecordNames
{
    QHash<qint64, QString> users;
    QHash<qint64, QString> customers;
};

// ConflictDialog opens when a save finds that the customer changed since the editor read it
// (another window, another program on the same file). It shows both versions field by field,
// the user's and the stored one, with the fields that differ highlighted, and lets the user
// keep theirs (saving it over the stored version, knowingly), take the stored one, or go back to
// editing. Nothing has been written when it opens, and nothing is written by it.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { KeepMine, TakeStored, KeepEditing };
    Q_ENUM(Choice)

    ConflictDialog(const CustomerRecord &mine,
                   const CustomerRecord &stored,
                   const RecordNames &names,
                   QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *table() const { return m_table; }
    // The labels of the rows that differ ("Stage", "Phone numbers"...).
    QStringList differences() const;
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeStoredButton() const { return m_takeStored; }
    QPushButton *keepEditingButton() const { return m_keepEditing; }

    // The comparison as rows of (field, mine, stored), for the dialog and for tests.
    struct Row
    {
        QString field;
        QString mine;
        QString stored;
        bool differs() const { return mine != stored; }
    };
    static QList<Row> compare(const CustomerRecord &mine,
                              const CustomerRecord &stored,
                              const RecordNames &names);

private:
    void choose(Choice choice);

    QTableWidget *m_table;
    QPushButton *m_keepMine;
    QPushButton *m_takeStored;
    QPushButton *m_keepEditing;
    Choice m_choice = Choice::KeepEditing;
};

} // namespace rapport
