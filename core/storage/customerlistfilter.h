#pragma once

#include "core/domain/customer.h"
#include "core/domain/customerselection.h"
#include "core/domain/permission.h"

#include <QString>

#include <optional>

class QSqlQuery;

namespace rapport {

// What the customer list is narrowed to: stages, kind, owner, a tag, a selection of customers
// (a dashboard's drill-down) and the reader's scope (the owners whose customers the signed-in
// user may see: AccessPolicy::scope), all of which must hold. An empty filter lets every live customer
// through. It is a value the list model, the list repository and the search share; the SQL that
// applies it lives in one place (sqlCondition()). The selection's ids are in the connection's
// temp.list_selection, which the repositories fill (CustomerSelectionTable) before they run a
// statement with a filter that has one.
struct CustomerListFilter
{
    quint8 stages = 0;                // bits 1 << int(LifecycleStage); 0: every stage
    std::optional<CustomerKind> kind; // empty: persons and organisations
    std::optional<qint64> ownerId;    // empty: anyone's; 0: customers nobody owns
    qint64 tagId = 0;                 // 0: with or without tags
    CustomerSelectionPtr selection;   // empty: any customer; compared by identity
    // Whose customers the reader may see; not a choice of the user but of their role, so the
    // list model keeps it across setFilter() (CustomerListModel::setScope).
    CustomerScope scope;

    bool operator==(const CustomerListFilter &) const = default;
    bool isEmpty() const { return *this == CustomerListFilter{}; }
    // What the user chose (stages, kind, owner, tag, selection), without the reader's scope: the
    // list's wording and its Clear Filters ask this, since a rep's scope is no filter they set
    // or can clear. Readers of rows keep asking isEmpty(): the scope narrows them.
    CustomerListFilter chosen() const
    {
        CustomerListFilter mine = *this;
        mine.scope = {};
        return mine;
    }
    // The same filter without its selection (stage, kind, owner and tag alone).
    CustomerListFilter withoutSelection() const
    {
        CustomerListFilter rest = *this;
        rest.selection.reset();
        return rest;
    }

    static constexpr quint8 stageBit(LifecycleStage stage) { return quint8(1u << int(stage)); }
    CustomerListFilter &withStage(LifecycleStage stage)
    {
        stages |= stageBit(stage);
        return *this;
    }

    // Tags with ids up to this are bits of customer_list.tag_bits; others are looked up in
    // customer_tags (right, but without the index's help).
    static constexpr qint64 MaxTagBit = 62;
    static constexpr int Placeholders = 12;
    // " AND ..." over the customer_list row `alias` (e.g. "a"), with Placeholders positional
    // placeholders that bind() fills from `first` on. The text is the same for every filter (an
    // empty one binds values that let everything through), so one prepared statement serves all.
    static QString sqlCondition(const QString &alias);
    void bind(QSqlQuery &query, int first) const;
    // The first seven of those values (stages, kind, owner, tag bits) and the scope's two, for
    // customer_list_counts, whose columns carry the same names (countCondition(), no alias).
    static constexpr int CountPlaceholders = 9;
    static QString countCondition();
    void bindCounted(QSqlQuery &query, int first) const;
    // The scope's test alone (" AND ..." on `ownerColumn`, two placeholders), for readers that
    // filter other tables by the owner of their customers, and its values.
    static QString scopeCondition(const QString &ownerColumn);
    static void bindScope(const CustomerScope &scope, QSqlQuery &query, int first);
};

} // namespace rapport
