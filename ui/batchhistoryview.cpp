#include "ui/batchhistoryview.h"

#include "core/models/batchlistmodel.h"
#include "core/services/workspace.h"
#include "ui/permissiongate.h"
#include "ui/revertdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

BatchHistoryView::BatchHistoryView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new BatchListModel(*workspace.door(),
                                 &workspace.changes(),
                                 BatchListModel::defaultKinds(),
                                 this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
    , m_revertButton(new QPushButton(tr("&Revert…"), this))
    , m_gate(new PermissionGate(this))
    , m_ask([](QWidget *owner, const RevertPlan &plan) -> std::optional<RevertChoices> {
        RevertDialog dialog(plan, owner);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.choices();
    })
    , m_presentError([](QWidget *owner, const QString &message) {
        QMessageBox::warning(owner, tr("Import History"), message);
    })
{
    setObjectName(QStringLiteral("BatchHistoryView"));
    setWindowTitle(tr("Import History"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>Import history</b>"), this);
    layout->addWidget(heading);
    auto *hint = new QLabel(tr("Every import and merge is one step in the history. Reverting one "
                               "undoes it as a whole, its updates included; where something was "
                               "changed since, you choose what stays."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->resizeSection(BatchListModel::When, 140);
    header->resizeSection(BatchListModel::Kind, 150);
    header->resizeSection(BatchListModel::Who, 170);
    header->resizeSection(BatchListModel::File, 140);
    header->resizeSection(BatchListModel::Counts, 190);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setWordWrap(true);
    bottom->addWidget(m_detail, 1);
    m_revertButton->setObjectName(QStringLiteral("revert"));
    m_revertButton->setToolTip(tr("Undo the selected batch in one step"));
    bottom->addWidget(m_revertButton);
    layout->addLayout(bottom);

    // Reverting an import needs Import, a merge Merge on its survivor (the door's own question);
    // a batch reverted already or an erase is disabled for that reason, with the normal tip.
    m_gate->setObjectName(QStringLiteral("revertGate"));
    m_gate->setWorkspace(&m_workspace);
    m_gate->setCurrentCustomer([this] {
        const BatchSummary *b = selectedBatch();
        return b ? b->revertCustomer() : 0;
    });
    m_gate->bind(
        m_revertButton,
        [this] {
            const BatchSummary *b = selectedBatch();
            return b ? b->revertPermission() : Permission::Import;
        },
        PermissionGate::Reach::CurrentCustomer,
        [this] {
            const BatchSummary *b = selectedBatch();
            return b && !b->isReverted() && b->kind != QLatin1String("erase");
        });

    connect(m_revertButton, &QPushButton::clicked, this, &BatchHistoryView::revertSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_revertButton->isEnabled())
            revertSelected();
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &BatchHistoryView::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BatchHistoryView::updateDetail);
    connect(&m_workspace, &Workspace::currentUserChanged, this, &BatchHistoryView::updateDetail);
    connect(m_model, &BatchListModel::errorOccurred, this, [this](const QString &message) {
        m_presentError(this, message);
    });
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateDetail();
    resize(1000, 460);
}

BatchHistoryView::~BatchHistoryView() = default;

qint64 BatchHistoryView::currentBatch() const
{
    const BatchSummary *b = selectedBatch();
    return b ? b->id : 0;
}

const BatchSummary *BatchHistoryView::selectedBatch() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? &m_model->batch(current.row())
                                                                    : nullptr;
}

void BatchHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const qint64 selected = currentBatch();
    m_model->reload(); // edits made while it was hidden do not announce themselves here
    const int row = m_model->rowOf(selected);
    if (row >= 0 || m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
}

void BatchHistoryView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setText(m_model->rowCount() == 0 ? tr("Nothing has been imported or merged yet.")
                                                   : QString());
        m_gate->update();
        return;
    }
    const BatchSummary &b = m_model->batch(current.row());
    if (b.isReverted())
        m_detail->setText(tr("Batch %1 was reverted by batch %2.").arg(b.id).arg(b.revertedBy));
    else if (b.kind == QLatin1String("erase"))
        m_detail->setText(tr("An erase keeps none of the erased values: it cannot be reverted."));
    else
        m_detail->setText(tr("Batch %1: %2.").arg(b.id).arg(b.countsText()));
    m_gate->update(); // reverted, an erase, or refused to the role: disabled
    // Why Revert… is grey is said here too, not only when the pointer rests on it.
    if (const QString refusal = m_gate->refusal(m_revertButton); !refusal.isEmpty())
        m_detail->setText(m_detail->text() + QLatin1Char(' ') + refusal);
}

void BatchHistoryView::revertSelected()
{
    const qint64 id = currentBatch();
    if (!id)
        return;
    // Said before the plan is shown: a role that may not revert it is not asked to choose.
    m_gate->update();
    if (const QString refusal = m_gate->refusal(m_revertButton); !refusal.isEmpty()) {
        m_presentError(this, refusal);
        return;
    }
    BatchRevert revert(*m_workspace.door());
    Result<RevertPlan> plan = revert.plan(id);
    if (!plan) {
        m_presentError(this, plan.error().message());
        return;
    }
    const std::optional<RevertChoices> choices = m_ask(this, *plan);
    if (!choices)
        return;
    Result<qint64> done = revert.revert(*plan, *choices);
    if (!done) {
        m_presentError(this, done.error().message());
        return;
    }
    m_model->reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    Q_EMIT reverted(id, *done);
}

} // namespace rapport
