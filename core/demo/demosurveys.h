#pragma once

#include "core/demo/demohistory.h"

#include <cstddef>

namespace rapport {

struct BulkBatch;

// DemoSurveys makes the customers' answers to the "would you recommend us" survey (0..10) from
// a random stream of their own, so adding them left every other row as it was. About a third of
// the buyers and a few of the others answered one to three times. The score follows how the
// customer was treated: complaints before the answer pull it down (right after a case most),
// valuable customers score higher, those who left lower; the spread is the usual NPS shape, many
// 9s and 10s and a tail of detractors.
class DemoSurveys final
{
public:
    explicit DemoSurveys(const DemoPlan &plan);

    // The customer's orders and cases are the batch's rows from firstOrder and firstCase on (made
    // by DemoHistory::generate just before).
    void generate(qint64 index,
                  const DemoProfile &p,
                  std::size_t firstOrder,
                  std::size_t firstCase,
                  BulkBatch &batch) const;

private:
    const DemoPlan &m_plan;
};

} // namespace rapport
