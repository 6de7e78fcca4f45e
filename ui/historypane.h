#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace rapport {

class HistoryModel;

// HistoryPane is the History tab of the 360° view: the shown customer's history, newest first
// (who changed what and when, old → new), with a choice of one field to follow ("Stage", "Owner").
// The field choices are the fields the customer's history holds; they are read again when another
// customer is shown and when new entries arrive. The model reads more as the table is scrolled.
class HistoryPane final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPane(HistoryModel *model, QWidget *parent = nullptr);

    QComboBox *fieldFilter() const { return m_fields; }
    QTableView *table() const { return m_table; }

    // The table settings the History tab and the audit view share: rows, no grid, lazy scroll,
    // the change column taking the room left.
    static void setUpTable(QTableView *table);
    // Fits the columns before old → new (when, who, what, field) to what the rows read hold;
    // `narrow` (the 360° view's side panel) gives them less room.
    static void fitColumns(QTableView *table, bool narrow = false);

private:
    void readFields();
    void applyField();

    HistoryModel *m_model;
    QComboBox *m_fields;
    QTableView *m_table;
    qint64 m_fieldsOf = -1; // the customer whose fields the choices are
};

} // namespace rapport
