#include "core/models/customermatchmodel.h"

namespace rapport {

CustomerMatchModel::CustomerMatchModel(const Database &db, PhoneNormalizer phones, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(db, std::move(phones))
{}

int CustomerMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant CustomerMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchCandidate &c = m_hits.at(index.row()).customer;
    switch (role) {
    case Qt::DisplayRole: {
        // "Ada Lovelace · Person · London": a completer row must tell namesakes apart.
        QStringList parts{c.name, customerKindName(c.kind)};
        if (!c.cities.isEmpty())
            parts << c.cities.first();
        return parts.join(QStringLiteral(" · "));
    }
    case Qt::EditRole:
    case NameRole:
        return c.name;
    case IdRole:
        return c.id;
    case KindRole:
        return int(c.kind);
    default:
        return {};
    }
}

void CustomerMatchModel::setQuery(const QString &text)
{
    m_query = text;
    QList<SearchHit> hits;
    if (!text.trimmed().isEmpty()) {
        Result<QList<SearchHit>> found = m_search.find(text,
                                                       m_limit + int(m_excluded.size()),
                                                       m_filter);
        if (found) {
            for (const SearchHit &h : std::as_const(*found)) {
                if (!m_excluded.contains(h.customer.id) && hits.size() < m_limit)
                    hits << h;
            }
        } else {
            Q_EMIT errorOccurred(found.error().message());
        }
    }
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

qint64 CustomerMatchModel::idAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).customer.id : 0;
}

} // namespace rapport
