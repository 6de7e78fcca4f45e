#pragma once

#include "core/services/customersearch.h"

#include <QAbstractListModel>
#include <QSet>

namespace rapport {

class Database;

// CustomerMatchModel is the short list of customers matching what a user types, for a
// search-as-you-type completer (picking the other customer of a relationship, for example). Each
// setQuery() runs CustomerSearch and resets the few rows; the display text carries enough to tell
// two namesakes apart (kind and city). It reads through `db`, which must outlive it.
class CustomerMatchModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, NameRole, KindRole };

    CustomerMatchModel(const Database &db, PhoneNormalizer phones, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Searches for `text`; an empty text empties the list.
    void setQuery(const QString &text);
    const QString &query() const { return m_query; }
    void setLimit(int limit) { m_limit = limit; }
    // Customers never offered (the customer being edited, say).
    void setExcluded(QSet<qint64> ids) { m_excluded = std::move(ids); }
    // Offers only customers the reader may see (AccessPolicy::scope(Permission::View)).
    void setScope(const CustomerScope &scope) { m_filter.scope = scope; }
    qint64 idAt(int row) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    CustomerSearch m_search;
    QList<SearchHit> m_hits;
    QString m_query;
    QSet<qint64> m_excluded;
    CustomerListFilter m_filter;
    int m_limit = 12;
};

} // namespace rapport
