#pragma once

#include <QTableView>

namespace rapport {

class CustomerListModel;

// CustomerListView is the table of customers: fixed row heights (so a million rows cost nothing
// to lay out), alternating rows, no word wrap, columns sized for what they hold, and sorting by a
// click on a sortable header. Activating a row announces the customer's id.
class CustomerListView final : public QTableView
{
    Q_OBJECT
public:
    explicit CustomerListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    CustomerListModel *customerModel() const;
    // The id of the current row's customer; 0 when there is none.
    qint64 currentCustomerId() const;
    // The columns' order and widths, kept across models and sessions.
    QByteArray headerState() const;
    void setHeaderState(const QByteArray &state);

Q_SIGNALS:
    void customerActivated(qint64 id);

private:
    void applyColumnWidths();
    void keepSortIndicatorOnSortableColumn(int column, Qt::SortOrder order);
    void showModelOrder();

    QByteArray m_headerState;
    QMetaObject::Connection m_layoutConnection;
};

} // namespace rapport
