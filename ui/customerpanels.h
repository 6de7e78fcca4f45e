#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTabWidget;
class QTableView;

namespace rapport {

class CustomerProfile;
class HistoryPane;

// CustomerPanels is the column beside the timeline: the relationships on top (the people at an
// organisation, a person's organisation, parents, partners, suppliers, referrals), and tabs for
// the products bought with their trend, the cases, the tasks and the customer's history (who
// changed what, see HistoryPane). A related customer opens with
// one click on its name (or Enter); cases and tasks announce themselves when activated (Enter,
// a double click, F2 on a task), for the lead to open them; Space on a task asks to tick it off
// (or open it again).
class CustomerPanels final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Products, Cases, Tasks, History };
    Q_ENUM(Tab)

    explicit CustomerPanels(CustomerProfile &profile, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *relationshipsView() const { return m_related; }
    QTableView *productsView() const { return m_products; }
    QTableView *casesView() const { return m_cases; }
    QTableView *tasksView() const { return m_tasks; }
    HistoryPane *historyPane() const { return m_history; }
    // Makes the task the current row of the tasks tab when it is listed.
    void selectTask(qint64 taskId);

Q_SIGNALS:
    void customerActivated(qint64 id);
    void caseActivated(qint64 id);
    void taskActivated(qint64 id);
    void taskDoneToggled(qint64 id);

private:
    QTableView *makeTable(QAbstractItemModel *model, const QString &name);
    void updateTitles();
    void fitColumns();

    CustomerProfile &m_profile;
    QLabel *m_relatedTitle;
    QLabel *m_noRelated;
    QTabWidget *m_tabs;
    QTableView *m_related;
    QTableView *m_products;
    QTableView *m_cases;
    QTableView *m_tasks;
    HistoryPane *m_history;
};

} // namespace rapport
