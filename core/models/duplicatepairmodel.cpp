#include "core/models/duplicatepairmodel.h"

#include <QLocale>

namespace rapport {

DuplicatePairModel::DuplicatePairModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int DuplicatePairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int DuplicatePairModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString who(const DuplicateFacts &f)
{
    QString text = f.name;
    if (!f.city.isEmpty())
        text += QStringLiteral(", ") + f.city;
    return text;
}

} // namespace

QVariant DuplicatePairModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicatePair &p = m_pairs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Score:
            return QString(QLocale().toString(qRound(p.score * 100)) + QStringLiteral(" %"));
        case First:
            return who(p.a);
        case Second:
            return who(p.b);
        case Evidence: {
            QStringList parts;
            for (const DuplicateEvidence &e : p.evidence)
                parts << e.text();
            return parts.join(QStringLiteral(" · "));
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == First || index.column() == Second) {
            const DuplicateFacts &f = index.column() == First ? p.a : p.b;
            QStringList lines{f.name};
            lines << f.emails << f.phones;
            if (!f.organisation.isEmpty())
                lines << f.organisation;
            if (!f.city.isEmpty())
                lines << f.city;
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ScoreRole:
        return p.score;
    case FirstIdRole:
        return p.a.id;
    case SecondIdRole:
        return p.b.id;
    }
    return {};
}

QVariant DuplicatePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Score:
        return tr("Score");
    case First:
        return tr("Customer");
    case Second:
        return tr("Possible duplicate");
    case Evidence:
        return tr("Why");
    }
    return {};
}

void DuplicatePairModel::setPairs(QList<DuplicatePair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

int DuplicatePairModel::rowOf(qint64 a, qint64 b) const
{
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair &p = m_pairs.at(row);
        if ((p.a.id == a && p.b.id == b) || (p.a.id == b && p.b.id == a))
            return row;
    }
    return -1;
}

void DuplicatePairModel::removePair(int row)
{
    if (row < 0 || row >= m_pairs.size())
        return;
    beginRemoveRows({}, row, row);
    m_pairs.removeAt(row);
    endRemoveRows();
}

void DuplicatePairModel::removeCustomer(qint64 id)
{
    for (int row = int(m_pairs.size()) - 1; row >= 0; --row) {
        if (m_pairs.at(row).a.id == id || m_pairs.at(row).b.id == id)
            removePair(row);
    }
}

} // namespace rapport
