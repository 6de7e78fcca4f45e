// CustomerListModel's texts: what each cell and header shows and says in its tooltip.
#include "core/models/customerlistmodel.h"

#include "core/domain/money.h"
#include "core/util/displayformat.h"

#include <QDateTime>
#include <QLocale>

namespace rapport {
namespace {

QString lastContactText(qint64 at, QLocale::FormatType format)
{
    if (at <= 0)
        return {};
    // The list's day with a four-digit year, the tooltip's with the time (never seconds).
    const QDateTime when = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    return format == QLocale::ShortFormat ? display::date(when.toLocalTime().date())
                                          : display::dateTime(when);
}

bool rightAligned(int column)
{
    return column == CustomerListModel::Revenue || column == CustomerListModel::Figure;
}

} // namespace

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rowCount
        || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case IdRole: {
        const qint64 id = idAt(index.row());
        return id ? QVariant(id) : QVariant();
    }
    case CloseMatchRole:
        return m_closeIds.contains(idAt(index.row()));
    case Qt::TextAlignmentRole:
        return rightAligned(column) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                    : int(Qt::AlignLeft | Qt::AlignVCenter);
    case FigureRole: {
        const qint64 id = idAt(index.row());
        const std::optional<double> value = m_filter.selection && id
                                                ? m_filter.selection->valueOf(id)
                                                : std::nullopt;
        return value ? QVariant(*value) : QVariant();
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    CachedRow *cached = rowAt(index.row());
    if (!cached || cached->missing)
        return {};
    return role == Qt::DisplayRole ? QVariant(displayText(*cached, column))
                                   : toolTip(*cached, column);
}

QString CustomerListModel::displayText(CachedRow &cached, int column) const
{
    const CustomerListRow &row = cached.row;
    switch (column) {
    case Name:
        return row.name;
    case Kind:
        return customerKindName(row.kind);
    case Organisation:
        return row.organisation;
    case Stage:
        return lifecycleStageName(row.stage);
    case Owner:
        return row.owner;
    case Phone:
        // libphonenumber takes some 20 µs a number: format once per cached row, not per paint.
        if (!cached.phoneShown)
            cached.phoneShown = row.phone.isEmpty() ? QString()
                                                    : m_phones.formatInternational(row.phone);
        return *cached.phoneShown;
    case Email:
        return row.email;
    case City:
        return row.city;
    case LastContact:
        return lastContactText(row.lastContactAt, QLocale::ShortFormat);
    case Revenue:
        if (row.revenueCurrency.isEmpty())
            return {};
        if (row.revenueCurrency == QLatin1String("XXX"))
            return tr("Several currencies");
        return Money{row.revenueMinor, row.revenueCurrency}.format(QLocale());
    case Figure:
        return figureText(row.id);
    default:
        return {};
    }
}

QString CustomerListModel::figureText(qint64 id) const
{
    const CustomerSelection *selection = m_filter.selection.get();
    const std::optional<double> value = selection ? selection->valueOf(id) : std::nullopt;
    if (!value)
        return {};
    switch (selection->figure.kind) {
    case CustomerFigure::Kind::Money:
        if (Money::isCurrencyCode(selection->figure.currency))
            return Money{qRound64(*value), selection->figure.currency}.format(QLocale());
        return Money::formatMinor(qRound64(*value), 2);
    case CustomerFigure::Kind::Percent:
        return display::percent(*value);
    case CustomerFigure::Kind::Score:
        return display::decimal(*value, *value == double(qRound64(*value)) ? 0 : 1);
    case CustomerFigure::Kind::Count:
    case CustomerFigure::Kind::Days:
        return display::count(qRound64(*value));
    }
    return {};
}

QVariant CustomerListModel::toolTip(CachedRow &cached, int column) const
{
    const CustomerListRow &row = cached.row;
    switch (column) {
    case Name:
        return tr("%1\n%2, %3")
            .arg(row.name, customerKindName(row.kind), lifecycleStageName(row.stage));
    case LastContact:
        return row.lastContactAt > 0
                   ? QVariant(tr("Last contact: %1")
                                  .arg(lastContactText(row.lastContactAt, QLocale::LongFormat)))
                   : QVariant(tr("No contact recorded"));
    case Revenue:
        if (row.revenueCurrency == QLatin1String("XXX"))
            return tr("Orders in several currencies: they are not added up.");
        return row.revenueCurrency.isEmpty() ? QVariant(tr("No fulfilled orders in 12 months"))
                                             : QVariant(displayText(cached, column));
    default: {
        const QString text = displayText(cached, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return rightAligned(section) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                     : int(Qt::AlignLeft | Qt::AlignVCenter);
    // A first click on the figure sorts it largest first, as the drill-down opened.
    if (role == Qt::InitialSortOrderRole && section == Figure)
        return int(Qt::DescendingOrder);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Organisation:
            return tr("The organisation a person works at");
        case Phone:
            return tr("The primary phone number");
        case Email:
            return tr("The primary e-mail address");
        case City:
            return tr("The city of the primary address");
        case LastContact:
            return tr("The newest call, e-mail, meeting or other interaction");
        case Revenue:
            return tr("Fulfilled orders over the last 12 months");
        case Figure:
            return hasFigure() ? tr("What put each customer into “%1”: %2")
                                     .arg(m_filter.selection->label,
                                          m_filter.selection->figure.label)
                               : tr("The figure of a dashboard's drill-down");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Organisation:
        return tr("Organisation");
    case Stage:
        return tr("Stage");
    case Owner:
        return tr("Owner");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case City:
        return tr("City");
    case LastContact:
        return tr("Last contact");
    case Revenue:
        return tr("Revenue 12 mo.");
    case Figure:
        return hasFigure() ? m_filter.selection->figure.label : tr("Drill-down figure");
    default:
        return {};
    }
}

} // namespace rapport
