#pragma once

#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/demo/demowords.h"

#include <array>
#include <memory>

namespace rapport {

struct BulkBatch;

// Random streams: every customer index has one of each, so any part of a customer can be
// generated again (another customer's employer name, say) without generating the rest.
enum class DemoStream : quint64 {
    Kind = 1,
    Identity,
    Profile,
    Contacts,
    History,
    Staff,
    Notes,
    Surveys
};

// Codes of the schema's enumerations (see core/storage/migrations/0001_schema.sql).
namespace demo {
enum Role { Administrator = 0, Manager = 1, SalesRep = 2, ServiceAgent = 3 };
enum Channel { Phone = 0, Email, Meeting, Letter, WebForm, Chat, Sms, Visit };
enum Outcome { Completed = 0, NoAnswer, LeftMessage, FollowUp, Sale, Complaint, NotInterested };
enum OrderStatus { Open = 0, Fulfilled, Cancelled, Refunded };
enum CaseStatus { New = 0, CaseOpen, Waiting, Resolved, Closed };
enum Stage { Lead = 0, Prospect, Active, Lapsed, Lost };
enum Tag { Vip = 0, Newsletter, KeyAccount, Reseller, Events, DoNotCall, PrefersEmail, BetaTester };
constexpr qint64 Day = 86400;
} // namespace demo

// DemoPlan is everything about a demo run that is fixed before the first customer is made: the
// options, the time frame, the staff and catalogue with their ids, and the rates calibrated so
// that the averages the options ask for come out over the whole customer base.
struct DemoPlan
{
    DemoOptions options;
    std::shared_ptr<const DemoWords> words;
    qint64 begin = 0; // first second of the three years of history (UTC)
    qint64 end = 0;   // last second of options.asOf (UTC)
    qint64 firstCustomerId = 1;

    std::vector<qint64> reps, agents, managers;
    // Every user's display name and its folded sort key, by id - staffFirstId.
    qint64 staffFirstId = 1;
    std::vector<std::string> staffNames, staffKeys;
    qint64 administrator = 0;
    WeightedPicker repPicker, agentPicker;
    std::vector<qint64> productIds;
    WeightedPicker personProducts, organisationProducts;
    std::array<qint64, 8> tagIds{};

    // Calibration (see DemoHistory::calibrate): expected orders after the first per unit of
    // DemoProfile::orderWeight, and expected extra interactions per unit of contactWeight.
    double orderRate = 0;
    double contactRate = 0;
    // Fulfilled orders placed from here on count toward the customer list's revenue (the bulk
    // loader's window, BulkLoader::listWindowStart()).
    qint64 listWindowStart = 0;

    qint64 customerId(qint64 index) const { return firstCustomerId + index; }
    // Whether customer `index` is an organisation, and the index of its country in words->countries;
    // cheap, so that any customer can ask it about any other.
    bool isOrganisation(qint64 index) const;
    int countryOf(qint64 index) const;
    qint64 pickRep(DemoRandom &r) const { return reps[repPicker.pick(r)]; }
    qint64 pickAgent(DemoRandom &r) const { return agents[agentPicker.pick(r)]; }

    // Sets the time frame and the staff and product ids (users and products start at the given
    // ids) and appends the users and products to `batch`.
    void makeStaffAndCatalogue(qint64 firstUserId, qint64 firstProductId, BulkBatch &batch);
};

// Writes "YYYY-MM-DD" for a Unix time (UTC) into `out` (11 bytes: the date and a NUL).
void demoDate(qint64 secs, char *out);

} // namespace rapport
