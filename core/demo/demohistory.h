#pragma once

#include "core/demo/demoplan.h"

namespace rapport {

struct BulkBatch;

// The latent facts of one customer that drive its history: when it came, how valuable and how
// troublesome it is, whether and when it started buying and when it left. Cheap to compute, so
// the whole customer base is profiled once to calibrate the rates before any rows are made.
struct DemoProfile
{
    bool organisation = false;
    int country = 0;
    int source = 0;        // index into DemoWords::sources
    qint64 owner = 0;      // the sales rep
    qint64 acquiredAt = 0; // UTC seconds
    double value = 1;      // heavy-tailed latent customer value
    double trouble = 1;    // how often contacts turn into complaints
    qint64 convertAt = 0;  // the first order; 0 when the customer has not bought by the end
    qint64 churnAt = 0;    // buyers: end of the relationship (may lie after the end)
    qint64 activeEnd = 0;  // buyers: min(churnAt, end)
    qint64 presaleEnd = 0; // end of the sales cycle: convertAt, or when the team gives up
    double phaseWeight[3] = {0, 0, 0}; // extra contacts before buying, while buying, after leaving
    double orderWeight = 0;            // value-weighted active days
    int fixedContacts = 0;             // the first contact, and the one that led to the first order

    double contactWeight() const { return phaseWeight[0] + phaseWeight[1] + phaseWeight[2]; }
};

// What the history says about the customer as of the plan's end.
struct DemoHistoryResult
{
    int stage = 0;           // lead, prospect, active, lapsed, lost
    qint64 lastActivity = 0; // the latest interaction or order
    qint64 lastContact = 0;  // the latest interaction; 0: none
    // Fulfilled orders placed from DemoPlan::listWindowStart on: their sum, how many, the oldest.
    qint64 revenueMinor = 0;
    int revenueOrders = 0;
    qint64 revenueOldest = 0;
};

// DemoHistory makes a customer's orders, interactions, cases and tasks in time order from its
// profile: contacts while it is being won, orders and service contacts while it is a customer,
// a few win-back attempts after it left. Rows get ids local to the batch (1, 2, ...); the caller
// shifts them to their final values.
class DemoHistory final
{
public:
    explicit DemoHistory(const DemoPlan &plan);

    static DemoProfile profile(const DemoPlan &plan, qint64 index);
    // Sets plan.orderRate and plan.contactRate so that the averages asked for come out. The sums
    // run over fixed blocks of customers, so the result does not depend on `threads`.
    static void calibrate(DemoPlan &plan, int threads);

    DemoHistoryResult generate(qint64 index, const DemoProfile &p, BulkBatch &batch) const;

private:
    enum Context {
        Initial,
        Presale,
        Conversion,
        Account,
        Service,
        Winback,
        CaseFollowUp,
        Contexts
    };
    struct ContextTable
    {
        double outbound = 0.5;
        WeightedPicker outChannels[2]; // person, organisation
        WeightedPicker inChannels;
        WeightedPicker outcomes;
        const DemoWordList *subjects = nullptr;
    };
    struct OpenCase
    {
        qint64 id = 0;
        qint64 until = 0; // resolved at (or "never" while unresolved)
        qint64 owner = 0;
        std::string_view subject;
    };

    void addOrders(qint64 customerId,
                   const DemoProfile &p,
                   DemoRandom &r,
                   BulkBatch &batch,
                   std::vector<qint64> &orderTimes,
                   qint64 &lastOrder) const;
    qint64 addCase(qint64 customerId,
                   bool complaint,
                   qint64 at,
                   qint64 owner,
                   DemoRandom &r,
                   BulkBatch &batch,
                   OpenCase &open) const;
    void addFollowUpTask(
        qint64 customerId, qint64 at, qint64 assignee, DemoRandom &r, BulkBatch &batch) const;
    // Notes the owner wrote on the customer, from a random stream of their own (so adding them
    // left every other row as it was).
    void addNotes(qint64 index, const DemoProfile &p, qint64 lastActivity, BulkBatch &batch) const;
    qint64 duration(int channel, int outcome, DemoRandom &r) const;

    const DemoPlan &m_plan;
    ContextTable m_contexts[Contexts];
    std::vector<std::pair<int, int>> m_initialBySource; // (channel, direction) per source
    WeightedPicker m_complaintPriority, m_requestPriority, m_taskPriority;
    WeightedPicker m_linesPerOrder[2]; // person, organisation
};

} // namespace rapport
