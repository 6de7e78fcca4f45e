#include "ui/revertdialog.h"

#include "core/models/batchlistmodel.h"
#include "core/models/historywording.h"
#include "core/util/displayformat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

enum ConflictColumn { Customer, Field, Now, BatchWrote, Restores, ChangedBy, Choice, Columns };

} // namespace

QString RevertDialog::valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Object:
        return tr("(the row)");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return tr("(none)");
    }
}

RevertDialog::RevertDialog(const RevertPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("RevertDialog"));
    const BatchSummary &b = plan.batch;
    setWindowTitle(tr("Revert %1").arg(BatchListModel::kindName(b.kind)));
    auto *layout = new QVBoxLayout(this);
    QString what = tr("<b>%1 of %2</b> by %3")
                       .arg(BatchListModel::kindName(b.kind).toHtmlEscaped(),
                            display::dateTime(b.at).toHtmlEscaped(),
                            b.actor.toHtmlEscaped());
    if (!b.file().isEmpty())
        what += QStringLiteral(" — ") + b.file().toHtmlEscaped();
    auto *heading = new QLabel(what, this);
    layout->addWidget(heading);
    auto *summary = new QLabel(tr("Undone by a revert: %1").arg(plan.summaryText()), this);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    for (const QString &note : plan.notes) {
        auto *label = new QLabel(note, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }

    if (plan.hasConflicts()) {
        auto *explain = new QLabel(
            tr("%n change(s) were made since the batch. Choose for each whether it stays as it "
               "is now or gets the value from before the batch back.",
               nullptr,
               int(plan.conflicts.size())),
            this);
        explain->setWordWrap(true);
        layout->addWidget(explain);
        m_table = new QTableWidget(int(plan.conflicts.size()), Columns, this);
        m_table->setObjectName(QStringLiteral("conflicts"));
        m_table->setHorizontalHeaderLabels({tr("Customer"),
                                            tr("Field"),
                                            tr("Now"),
                                            tr("The batch wrote"),
                                            tr("Revert restores"),
                                            tr("Changed by"),
                                            tr("Choice")});
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setSelectionMode(QAbstractItemView::NoSelection);
        m_table->horizontalHeader()->setStretchLastSection(true);
        for (int row = 0; row < plan.conflicts.size(); ++row) {
            const RevertConflict &c = plan.conflicts.at(row);
            QString who = c.customerName.isEmpty() ? tr("%1 %2").arg(c.entity).arg(c.entityId)
                                                   : c.customerName;
            const HistoryWording wording;
            const auto shown = [&](const QJsonValue &v) {
                return v.isObject() ? valueText(v)
                                    : wording.value(c.entity, c.field, v, QJsonObject(), 0);
            };
            QString field = HistoryWording::fieldName(c.entity, c.field);
            QString now = shown(c.current);
            if (c.kind == RevertConflict::Kind::Dependants) {
                field = tr("(whole customer)");
                now = tr("has since: %1").arg(c.detail);
            } else if (c.kind == RevertConflict::Kind::RowChanged) {
                field = tr("(whole row)");
                now = c.detail.isEmpty() ? tr("changed since") : c.detail;
            }
            QString by = c.changedBy;
            if (c.changedAt.isValid())
                by += QStringLiteral(", ") + display::dateTime(c.changedAt);
            const QStringList cells{who,
                                    field,
                                    now,
                                    c.kind == RevertConflict::Kind::FieldChanged
                                        ? shown(c.batchValue)
                                        : QString(),
                                    c.kind == RevertConflict::Kind::FieldChanged
                                        ? shown(c.restoreValue)
                                        : tr("(deleted)"),
                                    by};
            for (int col = 0; col < cells.size(); ++col)
                m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
            auto *box = new QComboBox(m_table);
            box->addItems({tr("Choose…"), tr("Keep current"), tr("Restore old")});
            if (c.kind == RevertConflict::Kind::Dependants)
                box->setItemText(2, tr("Delete anyway"));
            connect(box, &QComboBox::currentIndexChanged, this, &RevertDialog::updateButtons);
            m_table->setCellWidget(row, Choice, box);
            m_boxes.append(box);
        }
        m_table->resizeColumnsToContents();
        layout->addWidget(m_table, 1);
        auto *all = new QHBoxLayout;
        m_keepAll = new QPushButton(tr("&Keep All Changes"), this);
        m_keepAll->setObjectName(QStringLiteral("keepAll"));
        m_overwriteAll = new QPushButton(tr("&Overwrite All"), this);
        m_overwriteAll->setObjectName(QStringLiteral("overwriteAll"));
        connect(m_keepAll, &QPushButton::clicked, this, [this] {
            setAll(ConflictChoice::KeepCurrent);
        });
        connect(m_overwriteAll, &QPushButton::clicked, this, [this] {
            setAll(ConflictChoice::RestoreOld);
        });
        all->addWidget(m_keepAll);
        all->addWidget(m_overwriteAll);
        all->addStretch(1);
        layout->addLayout(all);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::AcceptRole);
    m_revert->setObjectName(QStringLiteral("revert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
    resize(plan.hasConflicts() ? QSize(900, 420) : QSize(520, 200));
}

QComboBox *RevertDialog::choiceBox(int row) const
{
    return m_boxes.value(row);
}

void RevertDialog::setAll(ConflictChoice choice)
{
    for (QComboBox *box : std::as_const(m_boxes))
        box->setCurrentIndex(choice == ConflictChoice::KeepCurrent ? 1 : 2);
}

void RevertDialog::updateButtons()
{
    bool decided = true;
    for (const QComboBox *box : std::as_const(m_boxes))
        decided = decided && box->currentIndex() > 0;
    m_revert->setEnabled(decided);
}

RevertChoices RevertDialog::choices() const
{
    RevertChoices out;
    for (int row = 0; row < m_boxes.size(); ++row) {
        const int index = m_boxes.at(row)->currentIndex();
        out.byKey.insert(m_plan.conflicts.at(row).key(),
                         index == 1   ? ConflictChoice::KeepCurrent
                         : index == 2 ? ConflictChoice::RestoreOld
                                      : ConflictChoice::Ask);
    }
    return out;
}

} // namespace rapport
