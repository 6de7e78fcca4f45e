#pragma once

#include "core/services/batchrevert.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace rapport {

class BatchListModel;
class PermissionGate;
class Workspace;

// BatchHistoryView is the desktop's import history (File ▸ Import History…): the imports,
// merges and other batches of the history, newest first, with when, who, the file, the counts
// and whether each still stands. Revert… shows what reverting the selected batch undoes and,
// when something changed since, lets the user choose per change or for all (RevertDialog); the
// revert itself is one batch through the door (BatchRevert), listed here in turn. Revert… asks
// what the door will ask (BatchSummary::revertPermission(): Import for an import, Merge for a
// merge against its survivor's owner) and, refused, stays disabled with the reason as tooltip.
class BatchHistoryView final : public QWidget
{
    Q_OBJECT
public:
    // Asks the user about a plan: the choices to revert with, nullopt to cancel. Tests replace it.
    using Asker = std::function<std::optional<RevertChoices>(QWidget *, const RevertPlan &)>;
    // Shows a failure or a refusal (one sentence); tests replace it.
    using ErrorPresenter = std::function<void(QWidget *parent, const QString &message)>;

    explicit BatchHistoryView(Workspace &workspace, QWidget *parent = nullptr);
    ~BatchHistoryView() override;

    BatchListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *revertButton() const { return m_revertButton; }
    QLabel *detail() const { return m_detail; }
    PermissionGate *permissionGate() const { return m_gate; }
    // The selected batch's id, 0 when none.
    qint64 currentBatch() const;
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    void setErrorPresenter(ErrorPresenter presenter) { m_presentError = std::move(presenter); }

public Q_SLOTS:
    // Plans a revert of the selected batch, asks, and reverts.
    void revertSelected();

Q_SIGNALS:
    // A batch was reverted by the batch `revert`.
    void reverted(qint64 batch, qint64 revert);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDetail();
    // The selected batch, when one is selected.
    const BatchSummary *selectedBatch() const;

    Workspace &m_workspace;
    BatchListModel *m_model;
    QTableView *m_table;
    QLabel *m_detail;
    QPushButton *m_revertButton;
    PermissionGate *m_gate; // Revert… as the signed-in user's role allows for the batch
    Asker m_ask;
    ErrorPresenter m_presentError;
};

} // namespace rapport
