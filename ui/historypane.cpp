#include "ui/historypane.h"

#include "core/models/historymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

HistoryPane::HistoryPane(HistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_fields(new QComboBox(this))
    , m_table(new QTableView(this))
{
    m_fields->setObjectName(QStringLiteral("historyFieldFilter"));
    m_fields->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_table->setObjectName(QStringLiteral("historyView"));
    m_table->setModel(model);
    setUpTable(m_table);
    // Beside the timeline there is room for when, who and the change; what and the field go
    // into the change ("Stage: Active → Lapsed").
    model->setCompact(true);
    m_table->setColumnHidden(HistoryModel::What, true);
    m_table->setColumnHidden(HistoryModel::Field, true);

    auto *label = new QLabel(tr("&Field:"), this);
    label->setBuddy(m_fields);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 6);
    bar->addWidget(label);
    bar->addWidget(m_fields);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_fields, &QComboBox::currentIndexChanged, this, &HistoryPane::applyField);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->filter().customerId != m_fieldsOf)
            readFields();
        fitColumns(m_table, true);
    });
    // New entries may have changed a field the choices do not have yet.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0) {
            readFields();
            fitColumns(m_table, true);
        }
    });
    readFields();
    fitColumns(m_table, true);
}

void HistoryPane::setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->setCornerButtonEnabled(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
}

void HistoryPane::fitColumns(QTableView *table, bool narrow)
{
    // Contents of the rows read so far (a page): cheap, and the first page is what one sees.
    // Beside the timeline the tab is narrow: who, what and the field give way (elided, whole in
    // their tooltips), so that old → new keeps room to be read.
    const int ch = table->fontMetrics().averageCharWidth();
    // What gets the room to name whom an account change was about ("Changed permission: Export
    // for Sales representative", "Took Andrea Steiner out of a team").
    const int wide[] = {20, 26, 44, 18};
    const int slim[] = {20, 14, 15, 10};
    const int *widest = narrow ? slim : wide;
    for (int column : {int(HistoryModel::When),
                       int(HistoryModel::Who),
                       int(HistoryModel::What),
                       int(HistoryModel::Field)}) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column,
                              std::min(table->columnWidth(column), widest[column] * ch + 12));
    }
}

void HistoryPane::readFields()
{
    m_fieldsOf = m_model->filter().customerId;
    const QString current = m_model->filter().field; // the model's filter is the truth
    QList<std::pair<QString, QString>> choices;      // name, key
    for (const QString &field : m_model->fields())
        choices.append({HistoryModel::fieldName(QStringLiteral("customer"), field), field});
    std::sort(choices.begin(), choices.end());
    const QSignalBlocker block(m_fields);
    m_fields->clear();
    m_fields->addItem(tr("All fields"), QString());
    for (const auto &[name, key] : std::as_const(choices)) {
        // Two tables may name one column alike ("Notes"): one choice follows it in both.
        if (m_fields->findText(name) < 0)
            m_fields->addItem(name, key);
    }
    const int keep = m_fields->findData(current);
    m_fields->setCurrentIndex(keep < 0 ? 0 : keep);
}

void HistoryPane::applyField()
{
    HistoryFilter filter = m_model->filter();
    const QString field = m_fields->currentData().toString();
    if (filter.field == field)
        return;
    filter.field = field;
    m_model->setFilter(filter);
}

} // namespace rapport
