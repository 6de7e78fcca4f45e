// The customer list's columns: which show, their widths (text decides them; the spare width
// goes to names and e-mails), the drill-down's figure column, the column menu and the header's
// saved state. Split from customerlistview.cpp, which holds the search, filters and notes.
#include "ui/customerlistview.h"

#include "core/models/customerlistmodel.h"
#include "core/util/displayformat.h"
#include "ui/customertable.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableView>

namespace rapport {

namespace {

// saveState()'s format: a marker and version, then the header's own state and the sort order.
constexpr quint32 StateMagic = 0x52434c56; // "RCLV"
constexpr quint32 StateVersion = 1;

} // namespace

// The Figure column shows while the selection carries a figure, right after the name.
void CustomerListView::showFigureColumn()
{
    QHeaderView *columns = m_table->horizontalHeader();
    const bool shown = m_model && m_model->hasFigure();
    if (columns->count() <= CustomerListModel::Figure)
        return;
    if (shown && columns->visualIndex(CustomerListModel::Figure) == CustomerListModel::Figure) {
        const int nameAt = columns->visualIndex(CustomerListModel::Name);
        columns->moveSection(CustomerListModel::Figure, nameAt + 1);
    }
    columns->setSectionHidden(CustomerListModel::Figure, !shown);
    if (shown) {
        const QFontMetrics metrics = fontMetrics();
        const int wanted = std::max(metrics.horizontalAdvance(
                                        m_model->headerData(CustomerListModel::Figure,
                                                            Qt::Horizontal)
                                            .toString()),
                                    metrics.horizontalAdvance(QStringLiteral("88,888.88 EUR")))
                           + 2 * metrics.averageCharWidth() + 24;
        columns->resizeSection(CustomerListModel::Figure,
                               std::max(columns->sectionSize(CustomerListModel::Figure), wanted));
    }
    shareSpareWidth(); // the figure takes its room from the growing columns, and gives it back
}

void CustomerListView::showModelOrder()
{
    QHeaderView *columns = m_table->horizontalHeader();
    const QSignalBlocker blocker(columns);
    if (!m_model)
        columns->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
    else
        columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    columns->viewport()->update();
}

// Widths in average characters of the view's font, so they follow the user's font size; the
// columns of known text (kind, stage, dates, the revenue heading) are as wide as that text. All
// ten fit a 1280-pixel window beside the sidebar.
void CustomerListView::applyDefaultWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const int ch = metrics.averageCharWidth();
    constexpr int Padding = 16;
    const auto chars = [ch](int count) { return count * ch + Padding; };
    const auto text = [&metrics](const QString &sample, int extra = 0) {
        return metrics.horizontalAdvance(sample) + Padding + extra;
    };
    QHeaderView *columns = m_table->horizontalHeader();
    using M = CustomerListModel;
    const auto heading = [this](int column) {
        return m_table->model() ? m_table->model()->headerData(column, Qt::Horizontal).toString()
                                : QString();
    };
    const int sortArrow = 2 * ch + 8;
    // Kinds and stages as wide as their longest name in the user's language ("Interessent").
    int kindWidth = 0;
    for (CustomerKind kind : {CustomerKind::Person, CustomerKind::Organisation})
        kindWidth = std::max(kindWidth, text(customerKindName(kind)));
    int stageWidth = 0;
    for (int stage = 0; stage < int(lifecycleStageKeys.size()); ++stage)
        stageWidth = std::max(stageWidth, text(lifecycleStageName(LifecycleStage(stage))));
    const std::pair<int, int> widths[] = {
        {M::Name, chars(21)},
        {M::Kind, kindWidth},
        {M::Organisation, chars(16)},
        {M::Stage, stageWidth},
        {M::Owner, chars(13)},
        {M::Phone, text(QStringLiteral("+49 30 12345678"))},
        {M::Email, chars(21)},
        {M::City, chars(10)},
        {M::LastContact, text(display::date(QDate(2026, 12, 30)))},
        {M::Revenue,
         std::max(text(heading(M::Revenue), sortArrow), text(QStringLiteral("88,888.88 EUR")))},
    };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, std::max(width, text(heading(column), sortArrow)));
    shareSpareWidth();
}

void CustomerListView::shareSpareWidth()
{
    QHeaderView *columns = m_table->horizontalHeader();
    if (!m_table->model() || columns->count() == 0)
        return;
    using M = CustomerListModel;
    const int ch = fontMetrics().averageCharWidth();
    const int spare = m_table->viewport()->width() - columns->length();
    // Each with its default width (applyDefaultWidths()), the least it gives back.
    QList<std::pair<int, int>> growing;
    for (const auto &[column, chars] : {std::pair{int(M::Name), 21},
                                        std::pair{int(M::Organisation), 16},
                                        std::pair{int(M::Email), 21}}) {
        if (!columns->isSectionHidden(column))
            growing.append({column, chars * ch + 16});
    }
    if (spare == 0 || growing.isEmpty())
        return;
    // Grow into the spare room; give it back when the window narrows, down to the default.
    int left = spare;
    for (qsizetype i = 0; i < growing.size(); ++i) {
        const auto [column, base] = growing.at(i);
        const int share = left / int(growing.size() - i);
        const int size = columns->sectionSize(column);
        const int wanted = std::max(size + share, std::min(size, base));
        columns->resizeSection(column, wanted);
        left -= wanted - size;
    }
}

bool CustomerListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        shareSpareWidth();
    return QWidget::eventFilter(watched, event);
}

void CustomerListView::showColumnMenu(const QPoint &at)
{
    QHeaderView *columns = m_table->horizontalHeader();
    if (!m_table->model())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int section = 0; section < columns->count(); ++section) {
        if (section == CustomerListModel::Figure && !(m_model && m_model->hasFigure()))
            continue; // only a drill-down with a figure has one
        const QString title = m_table->model()->headerData(section, Qt::Horizontal).toString();
        QAction *action = menu.addAction(title);
        action->setCheckable(true);
        action->setChecked(!columns->isSectionHidden(section));
        // The name stays: a row without it means nothing.
        action->setEnabled(section != CustomerListModel::Name);
        connect(action, &QAction::toggled, this, [columns, section](bool shown) {
            columns->setSectionHidden(section, !shown);
        });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset Columns")), &QAction::triggered, this, [this, columns] {
        for (int section = 0; section < columns->count(); ++section) {
            columns->setSectionHidden(section, false);
            columns->moveSection(columns->visualIndex(section), section);
        }
        applyDefaultWidths();
        showFigureColumn();
    });
    menu.exec(columns->viewport()->mapToGlobal(at));
}

QByteArray CustomerListView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    // While searching the model shows matches; the order kept is the one of browsing.
    std::pair<int, Qt::SortOrder> sort = m_keptSort.value_or(
        std::make_pair(int(CustomerListModel::Name), Qt::AscendingOrder));
    if (m_model)
        sort = {int(m_model->browseOrder().key), m_model->browseOrder().direction};
    const QByteArray header = m_table->model() ? m_table->horizontalHeader()->saveState()
                                               : m_keptHeader;
    out << StateMagic << StateVersion << header << qint32(sort.first) << qint32(sort.second);
    return state;
}

bool CustomerListView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    QByteArray header;
    qint32 column = 0, order = 0;
    in >> magic >> version >> header >> column >> order;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion
        || !CustomerListModel::isSortable(column))
        return false;
    m_keptHeader = header;
    m_keptSort = std::make_pair(int(column),
                                order == Qt::DescendingOrder ? Qt::DescendingOrder
                                                             : Qt::AscendingOrder);
    if (m_model)
        applyKeptState();
    return true;
}

// The kept widths, order, visibility and sort, on the model shown now.
void CustomerListView::applyKeptState()
{
    QHeaderView *columns = m_table->horizontalHeader();
    if (m_keptHeader.isEmpty() || !columns->restoreState(m_keptHeader))
        applyDefaultWidths();
    columns->setStretchLastSection(false); // a state saved before kept it on
    shareSpareWidth();
    if (m_keptSort && m_model && !m_model->isSearching() && !m_model->figureOrder())
        m_model->sort(m_keptSort->first, m_keptSort->second);
    showFigureColumn();
    showModelOrder();
}

void CustomerListView::saveSettings(QSettings &settings) const
{
    settings.setValue(QLatin1String(SettingsKey), saveState());
}

void CustomerListView::restoreSettings(const QSettings &settings)
{
    restoreState(settings.value(QLatin1String(SettingsKey)).toByteArray());
}

} // namespace rapport
