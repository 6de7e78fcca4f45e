#include "core/services/noteservice.h"

#include "core/services/changebus.h"
#include "core/storage/transaction.h"

namespace rapport {

NoteService::NoteService(const Database &db, ChangeBus &bus)
    : m_db(db)
    , m_bus(bus)
    , m_repo(db)
{}

Result<qint64> NoteService::add(CustomerNote &note)
{
    note.tidy();
    CustomerNote draft = note;
    {
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        if (Result<qint64> id = m_repo.insert(draft); !id)
            return id.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    note = draft;
    m_bus.publish(
        {ChangeNotice::Entity::Note, ChangeNotice::Action::Created, {note.id}, {note.customerId}});
    return note.id;
}

Status NoteService::update(CustomerNote &note)
{
    note.tidy();
    CustomerNote draft = note;
    {
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        if (Status s = m_repo.update(draft); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    note = draft;
    m_bus.publish(
        {ChangeNotice::Entity::Note, ChangeNotice::Action::Updated, {note.id}, {note.customerId}});
    return {};
}

Result<CustomerNote> NoteService::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    Result<CustomerNote> note = m_repo.get(id);
    if (!note)
        return note.error();
    if (Status s = m_repo.remove(id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_bus.publish(
        {ChangeNotice::Entity::Note, ChangeNotice::Action::Deleted, {id}, {note->customerId}});
    return note;
}

} // namespace rapport
