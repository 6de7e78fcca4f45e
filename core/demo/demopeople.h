#pragma once

#include "core/demo/demohistory.h"

#include <string>

namespace rapport {

struct BulkBatch;

// Who a customer is: the name parts and the derived display name, sort key and (organisations)
// the label of its web domain.
struct DemoIdentity
{
    bool organisation = false;
    const DemoWord *first = nullptr; // persons
    const DemoWord *last = nullptr;  // persons
    std::string name;                // "Anna Müller", "Müller Logistik GmbH"
    std::string sortName;            // foldText(last + ' ' + first), foldText(organisation)
    std::string slug;                // organisations: "mueller-logistik"
};

// DemoPeople makes the customer rows themselves: names from the customer's country (now and then
// from another one), tags, contact points (phones valid for their country, unique e-mail
// addresses, postal addresses), relationships to other customers and the customer's entry in the
// search index.
class DemoPeople final
{
public:
    explicit DemoPeople(const DemoPlan &plan);

    // Pure function of (seed, index), so a person's employer can be named without generating it.
    void identity(qint64 index, DemoIdentity &out) const;
    void generate(qint64 index,
                  const DemoProfile &p,
                  const DemoHistoryResult &history,
                  BulkBatch &batch) const;

private:
    // The nearest organisation to `start` (upwards, or downwards when `before`), not `self`;
    // -1 when there is none.
    qint64 findOrganisation(qint64 start, qint64 self, bool before) const;
    void addEmail(qint64 customerId,
                  const DemoIdentity &who,
                  const DemoIdentity *employer,
                  DemoRandom &r,
                  BulkBatch &batch,
                  std::string &scratch) const;

    const DemoPlan &m_plan;
    WeightedPicker m_organisationPattern, m_emailFormat, m_emailDomain, m_emailRole;
    int m_referralSource = -1;
};

} // namespace rapport
