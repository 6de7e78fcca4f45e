#pragma once

#include <QtGlobal>

#include <memory>
#include <string_view>
#include <vector>

namespace rapport {

// BulkText is a UTF-8 value of a bulk row. A view with a null data() pointer is SQL NULL; an empty
// view with a data() pointer is the empty string. The text must stay alive until the batch holding
// it has been inserted (it is bound without copying).
using BulkText = std::string_view;

// BulkTextArena keeps the strings of one batch in a few large blocks that never move, so views into
// it stay valid while the batch grows. clear() keeps the blocks for the next batch.
class BulkTextArena final
{
public:
    BulkText add(std::string_view text);
    void clear();

private:
    static constexpr std::size_t BlockSize = 256 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    std::vector<std::unique_ptr<char[]>> m_large;
    std::size_t m_block = 0; // index of the block being filled
    std::size_t m_used = 0;  // bytes used in that block
};

// BulkBatch is a set of rows for the tables a bulk load fills, with their ids already assigned.
// Columns follow the schema (core/storage/migrations); in reference and time columns 0 stands for
// NULL (ids start at 1, and no Rapport time is the Unix epoch). Omitted columns take their defaults.
struct BulkBatch
{
    struct User
    {
        qint64 id = 0;
        BulkText login, displayName, email;
        int role = 0;
        qint64 createdAt = 0;
    };
    struct Product
    {
        qint64 id = 0;
        BulkText sku, name, category;
        bool service = false;
        qint64 unitPriceMinor = 0;
        qint64 unitCostMinor = -1; // -1: unknown (NULL)
        BulkText currency;
    };
    struct Customer
    {
        qint64 id = 0;
        int kind = 0;
        BulkText firstName, lastName, name, sortName;
        int stage = 0;
        qint64 ownerId = 0;
        BulkText source, acquiredOn, notes;
        qint64 createdAt = 0, updatedAt = 0;
        BulkText externalKey; // the key in another system (unique where set)
    };
    struct CustomerTag
    {
        qint64 customerId = 0, tagId = 0;
    };
    struct ContactPoint
    {
        qint64 id = 0, customerId = 0;
        int kind = 0, label = 0;
        BulkText value, street, postalCode, city, region, country, phoneKey;
        bool primary = false;
    };
    struct Relationship
    {
        qint64 id = 0, fromId = 0, toId = 0;
        int kind = 0;
        BulkText role, since, note;
    };
    struct Order
    {
        qint64 id = 0, customerId = 0, orderedAt = 0;
        int status = 1;
        BulkText currency;
        qint64 totalMinor = 0, repId = 0;
    };
    struct OrderLine
    {
        qint64 id = 0, orderId = 0, productId = 0, quantity = 0, unitPriceMinor = 0;
    };
    struct Case
    {
        qint64 id = 0, customerId = 0;
        int kind = 0;
        BulkText subject, description, category;
        int status = 0, priority = 1;
        qint64 ownerId = 0, openedAt = 0, resolvedAt = 0;
        BulkText resolution;
    };
    struct Interaction
    {
        qint64 id = 0, customerId = 0;
        int channel = 0, direction = 0;
        qint64 occurredAt = 0, durationS = 0, agentId = 0;
        BulkText subject, notes;
        int outcome = 0;
        qint64 caseId = 0;
    };
    struct Task
    {
        qint64 id = 0, customerId = 0, caseId = 0;
        BulkText title, notes;
        qint64 dueAt = 0, doneAt = 0, assigneeId = 0;
        int priority = 1;
        qint64 createdAt = 0;
    };
    struct Note
    {
        qint64 id = 0, customerId = 0;
        BulkText body;
        qint64 authorId = 0, createdAt = 0;
    };
    struct Survey
    {
        qint64 id = 0, customerId = 0, answeredAt = 0;
        int score = 0, kind = 0;
        BulkText comment; // null: none
    };
    // One row of the customer_search index (rowid = customer id); it must hold what the
    // customer_search_source view gives for that customer.
    struct SearchEntry
    {
        qint64 customerId = 0;
        BulkText name, organisation, email, phone, city;
    };
    // One row of the customer list's read model (customer_list); it must hold what the
    // customer_list_source view gives for that customer, with the revenue window the loader
    // names (BulkLoader::listWindowStart()). A load into an empty database that brings one for
    // every customer skips the set-based rebuild at its end. Texts left null are stored empty.
    struct ListEntry
    {
        qint64 customerId = 0;
        int kind = 0, stage = 0;
        qint64 ownerId = 0, tagBits = 0, organisationId = 0; // 0: NULL (ids)
        BulkText name, nameKey, organisation, organisationKey, owner, ownerKey;
        BulkText phone, email, city, cityKey;
        qint64 lastContactAt = 0, revenueMinor = 0;
        BulkText revenueCurrency;   // null: no fulfilled orders in the window
        qint64 revenueOldestAt = 0; // 0: NULL
    };

    std::vector<User> users;
    std::vector<Product> products;
    std::vector<Customer> customers;
    std::vector<CustomerTag> customerTags;
    std::vector<ContactPoint> contactPoints;
    std::vector<Relationship> relationships;
    std::vector<Order> orders;
    std::vector<OrderLine> orderLines;
    std::vector<Case> cases;
    std::vector<Interaction> interactions;
    std::vector<Task> tasks;
    std::vector<Note> notes;
    std::vector<Survey> surveys;
    std::vector<SearchEntry> search;
    std::vector<ListEntry> list;
    BulkTextArena text;

    void clear();
    qint64 rowCount() const;
};

} // namespace rapport
