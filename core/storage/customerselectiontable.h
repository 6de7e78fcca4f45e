#pragma once

#include "core/domain/customerselection.h"
#include "core/storage/nativestatement.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

namespace rapport {

class Database;

// CustomerSelectionTable puts a CustomerSelection where the list's SQL can see it: the rowid
// table temp.list_selection of the connection (CustomerListFilter::sqlCondition() looks ids up
// in it; CustomerListRepository reads a selection's rows from it). Each connection holds one
// selection at a time, named by its serial in temp.list_selection_state, so repositories on the
// same connection share it, and one that needs another selection loads it again: hold() is a
// one-row read when the selection is already there. It belongs to the thread of its Database.
class CustomerSelectionTable final
{
public:
    explicit CustomerSelectionTable(const Database &db);

    // Makes temp.list_selection hold `selection`'s ids (nothing to do for none, or when it holds
    // them already). 200,000 ids take some tens of milliseconds.
    Status hold(const CustomerSelection *selection);

    // Creates the two temporary tables on a new connection (Database::open()); statements that
    // name them are prepared later, so they must be there before any.
    static Status create(const Database &db);

private:
    const Database &m_db;
    Statement m_held;
    NativeStatement m_clear;
    NativeStatement m_insert;
    NativeStatement m_insertMany;
    NativeStatement m_setHeld;
};

} // namespace rapport
