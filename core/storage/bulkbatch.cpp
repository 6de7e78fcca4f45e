#include "core/storage/bulkbatch.h"

#include <cstring>

namespace rapport {

BulkText BulkTextArena::add(std::string_view text)
{
    if (text.size() > BlockSize) {
        // Rare: a value larger than a block gets a block of its own.
        m_large.push_back(std::make_unique<char[]>(text.size()));
        std::memcpy(m_large.back().get(), text.data(), text.size());
        return {m_large.back().get(), text.size()};
    }
    if (m_blocks.empty() || m_used + text.size() > BlockSize) {
        if (!m_blocks.empty())
            ++m_block;
        if (m_block >= m_blocks.size())
            m_blocks.push_back(std::make_unique<char[]>(BlockSize));
        m_used = 0;
    }
    char *data = m_blocks[m_block].get() + m_used;
    if (!text.empty())
        std::memcpy(data, text.data(), text.size());
    m_used += text.size();
    return {data, text.size()};
}

void BulkTextArena::clear()
{
    m_block = 0;
    m_used = 0;
    m_large.clear();
}

void BulkBatch::clear()
{
    users.clear();
    products.clear();
    customers.clear();
    customerTags.clear();
    contactPoints.clear();
    relationships.clear();
    orders.clear();
    orderLines.clear();
    cases.clear();
    interactions.clear();
    tasks.clear();
    notes.clear();
    surveys.clear();
    search.clear();
    list.clear();
    text.clear();
}

qint64 BulkBatch::rowCount() const
{
    return qint64(users.size() + products.size() + customers.size() + customerTags.size()
                  + contactPoints.size() + relationships.size() + orders.size() + orderLines.size()
                  + cases.size() + interactions.size() + tasks.size() + notes.size()
                  + surveys.size() + search.size() + list.size());
}

} // namespace rapport
