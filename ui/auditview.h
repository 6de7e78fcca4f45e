#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace rapport {

class HistoryModel;
class Workspace;

// AuditView is the administrator's view of the whole database's history: every change, newest
// first, narrowed by who made it, a date range, the kind of record and the operation. It stays
// lazy at millions of entries (HistoryModel reads a page at a time as the table scrolls). An
// entry that belongs to a customer opens that customer with a double-click or Enter.
//
// Everyone may open it for now; when roles come, the main window asks the permission check
// before it shows this page (see MainWindow::createWorkspacePages()).
class AuditView final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditView(Workspace &workspace, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *operationFilter() const { return m_operation; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }

public Q_SLOTS:
    // Reads the users again (a new colleague) and the newest entries.
    void reload();

Q_SIGNALS:
    void customerActivated(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readUsers();
    void applyFilters();
    void updateCount();

    Workspace &m_workspace;
    HistoryModel *m_model;
    QComboBox *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_entity;
    QComboBox *m_operation;
    QLabel *m_count;
    QTableView *m_table;
};

} // namespace rapport
