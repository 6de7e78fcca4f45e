#pragma once

#include "core/models/worklistmodel.h"
#include "core/storage/caserepository.h"

#include <QDateTime>

#include <optional>

namespace rapport {

class Workspace;
struct ChangeNotice;

// MyCasesModel is "my open cases": the signed-in user's cases that are new, open or waiting,
// with customer, subject, priority, status and age (whole days since the case was opened, by the
// workspace's clock). Most urgent first and, within a priority, oldest first. It follows the
// change bus (cases opened, moved, reassigned, resolved; customers renamed) row by row and the
// workspace's signed-in user as a whole. Only cases about a customer in the user's View scope
// (AccessPolicy::scope) are listed, chosen in SQL; a customer leaving or entering the scope
// takes its cases along.
class MyCasesModel final : public WorkListModel<CaseListItem>
{
    Q_OBJECT
public:
    enum Column { Customer, Subject, Priority, Status, Age, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole, // the case's id
        CustomerIdRole,
        SortRole,     // a value to sort the column by (priority code, age in days, text)
        PriorityRole, // the Priority code
        StatusRole,   // the CaseStatus code
        AgeDaysRole,
    };

    explicit MyCasesModel(Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 caseIdAt(int row) const;
    qint64 customerIdAt(int row) const;
    // Whole local days from `opened` to `now`.
    static int ageInDays(const QDateTime &opened, const QDateTime &now);

public Q_SLOTS:
    void reload();
    // Repaints the ages (call it now and then: a case gets older without any change).
    void refreshAges();

Q_SIGNALS:
    void errorOccurred(const QString &message);

protected:
    qint64 idOf(const CaseListItem &item) const override { return item.supportCase.id; }
    bool before(const CaseListItem &a, const CaseListItem &b) const override;

private:
    void onChange(const ChangeNotice &notice);
    void refetch(qint64 caseId);
    Result<QList<CaseListItem>> read();
    bool belongs(const CaseListItem &item) const;

    Workspace &m_workspace;
    CaseRepository m_repo;
    CustomerScope m_scope; // the signed-in user's View scope at the last reload
};

} // namespace rapport
