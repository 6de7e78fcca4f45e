#include "core/demo/demohistory.h"

#include "core/storage/bulkloader.h"
#include "core/util/vectorstate.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

namespace rapport {
namespace {

using namespace demo;

constexpr qint64 Hour = 3600;
constexpr qint64 Never = std::numeric_limits<qint64>::max();

// The model's knobs. Values are per day unless said otherwise.
constexpr double Growth = 2.5;            // acquisitions per day at the end vs. at the start
constexpr double ValueSigma = 1.1;        // spread of the latent customer value (lognormal)
constexpr double OrganisationValue = 2.5; // organisations are worth more
constexpr double DifficultShare = 0.2;    // customers who cause most of the complaints
constexpr double MeanLifetimeDays = 950;  // about 3% of buyers leave each month
constexpr double MeanConversionDays = 24;
constexpr double TaskHorizonDays = 120; // follow-ups older than this have no task row

qint64 floorDay(qint64 t)
{
    return (t >= 0 ? t : t - (Day - 1)) / Day;
}

// A time on the same day within office hours (08:00–18:30); most weekend times move to Monday.
// The result stays within [lo, hi].
qint64 officeTime(qint64 t, qint64 lo, qint64 hi, DemoRandom &r)
{
    qint64 day = floorDay(t);
    const int weekday = int(((day + 3) % 7 + 7) % 7); // 0 = Monday; 1970-01-01 was a Thursday
    if (weekday >= 5 && r.chance(0.85))
        day += 7 - weekday;
    const qint64 at = day * Day + 8 * Hour + qint64(r.below(quint32(10.5 * Hour)));
    return std::clamp(at, lo, std::max(lo, hi));
}

WeightedPicker picker(std::initializer_list<double> weights)
{
    return WeightedPicker(std::vector<double>(weights));
}

} // namespace

DemoHistory::DemoHistory(const DemoPlan &plan)
    : m_plan(plan)
{
    const DemoWords &w = *plan.words;
    //                 channels: phone email meeting letter web-form chat sms visit
    //                 outcomes: completed no-answer left-message follow-up sale complaint not-interested
    auto &initial = m_contexts[Initial];
    initial.outcomes = picker({55, 0, 0, 45, 0, 0, 0});
    initial.subjects = &w.subjectInitial;

    auto &presale = m_contexts[Presale];
    presale.outbound = 0.8;
    presale.outChannels[0] = picker({48, 36, 3, 3, 0, 0, 8, 1});
    presale.outChannels[1] = picker({42, 34, 8, 3, 0, 0, 3, 8});
    presale.inChannels = picker({40, 40, 0, 0, 10, 10, 0, 0});
    presale.outcomes = picker({35, 14, 10, 30, 0, 0, 11});
    presale.subjects = &w.subjectPresale;

    auto &conversion = m_contexts[Conversion];
    conversion.outbound = 0.6;
    conversion.outChannels[0] = picker({50, 38, 6, 0, 0, 0, 0, 2});
    conversion.outChannels[1] = picker({36, 30, 16, 0, 0, 0, 0, 14});
    conversion.inChannels = picker({25, 20, 0, 0, 45, 10, 0, 0});
    conversion.outcomes = picker({0, 0, 0, 0, 1, 0, 0});
    conversion.subjects = &w.subjectSale;

    auto &account = m_contexts[Account];
    account.outbound = 0.85;
    account.outChannels[0] = picker({44, 36, 3, 5, 0, 0, 10, 2});
    account.outChannels[1] = picker({38, 32, 10, 4, 0, 0, 5, 11});
    account.inChannels = picker({50, 45, 0, 0, 0, 5, 0, 0});
    account.outcomes = picker({48, 10, 7, 16, 12, 0, 7});
    account.subjects = &w.subjectAccount;

    auto &service = m_contexts[Service];
    service.outbound = 0.1;
    service.outChannels[0] = picker({60, 40, 0, 0, 0, 0, 0, 0});
    service.outChannels[1] = picker({55, 35, 0, 0, 0, 0, 0, 10});
    service.inChannels = picker({36, 34, 0, 4, 10, 12, 4, 0});
    service.outcomes = picker({80, 0, 0, 20, 0, 0, 0});
    service.subjects = &w.subjectService;

    auto &winback = m_contexts[Winback];
    winback.outbound = 0.95;
    winback.outChannels[0] = picker({50, 30, 0, 12, 0, 0, 8, 0});
    winback.outChannels[1] = picker({50, 30, 5, 10, 0, 0, 0, 5});
    winback.inChannels = picker({50, 50, 0, 0, 0, 0, 0, 0});
    winback.outcomes = picker({12, 30, 20, 5, 0, 0, 33});
    winback.subjects = &w.subjectWinback;

    auto &followUp = m_contexts[CaseFollowUp];
    followUp.outbound = 0.5;
    followUp.outChannels[0] = picker({60, 40, 0, 0, 0, 0, 0, 0});
    followUp.outChannels[1] = picker({55, 35, 0, 0, 0, 0, 0, 10});
    followUp.inChannels = picker({45, 40, 0, 3, 0, 12, 0, 0});
    followUp.outcomes = picker({70, 0, 0, 30, 0, 0, 0});
    followUp.subjects = &w.subjectService;

    for (const DemoWord &source : w.sources.words) {
        const std::string_view s = source.text;
        if (s == "web" || s == "advertising")
            m_initialBySource.emplace_back(WebForm, 0);
        else if (s == "referral")
            m_initialBySource.emplace_back(Phone, 0);
        else if (s == "trade fair" || s == "event")
            m_initialBySource.emplace_back(Meeting, 0);
        else if (s == "cold call")
            m_initialBySource.emplace_back(Phone, 1);
        else if (s == "social media")
            m_initialBySource.emplace_back(Chat, 0);
        else
            m_initialBySource.emplace_back(Email, 0);
    }
    //                                 low normal high urgent
    m_complaintPriority = picker({10, 50, 30, 10});
    m_requestPriority = picker({30, 55, 13, 2});
    m_taskPriority = picker({10, 70, 17, 3});
    m_linesPerOrder[0] = picker({60, 28, 12});
    m_linesPerOrder[1] = picker({42, 34, 24});
}

DemoProfile DemoHistory::profile(const DemoPlan &plan, qint64 index)
{
    DemoProfile p;
    p.organisation = plan.isOrganisation(index);
    p.country = plan.countryOf(index);
    DemoRandom r(plan.options.seed, quint64(DemoStream::Profile), quint64(index));

    // Acquisitions grow exponentially over the three years; customer ids follow acquisition
    // order, so the index picks its quantile of the acquisition curve.
    const double n = double(std::max<qint64>(1, plan.options.customers));
    const double u = (double(index) + r.uniform()) / n;
    const double g = std::log(Growth);
    const double x = std::log1p(u * (Growth - 1)) / g; // fraction of the span, in [0, 1)
    const qint64 t = plan.begin + qint64(x * double(plan.end - plan.begin));
    const qint64 day = floorDay(t);
    const double ofDay = double(t - day * Day) / double(Day);
    p.acquiredAt = std::min(plan.end, day * Day + 8 * Hour + qint64(ofDay * 10.5 * double(Hour)));

    p.value = r.lognormal(0, ValueSigma) * (p.organisation ? OrganisationValue : 1.0);
    p.trouble = r.chance(DifficultShare) ? 4.0 : 0.25;
    p.source = int(plan.words->sources.picker.pick(r));
    p.owner = plan.pickRep(r);
    const bool buys = r.chance(p.organisation ? 0.8 : 0.7);
    const double conversionDays = 1 + r.exponential(MeanConversionDays);
    const double lifetimeDays = r.exponential(MeanLifetimeDays
                                              * std::clamp(std::pow(p.value, 0.15), 0.7, 1.6));
    const double nurtureDays = 20 + r.exponential(70);

    const qint64 convertAt = p.acquiredAt + qint64(conversionDays * double(Day));
    double activeDays = 0, afterDays = 0;
    if (buys && convertAt <= plan.end) {
        p.convertAt = convertAt;
        p.churnAt = convertAt + qint64(lifetimeDays * double(Day));
        p.activeEnd = std::min(p.churnAt, plan.end);
        p.presaleEnd = convertAt;
        activeDays = double(p.activeEnd - p.convertAt) / double(Day);
        if (p.churnAt < plan.end)
            afterDays = std::min(240.0, double(plan.end - p.churnAt) / double(Day));
    } else {
        // Still in the sales cycle (a future buyer), or given up on after a while.
        p.presaleEnd = buys ? plan.end
                            : std::min(plan.end, p.acquiredAt + qint64(nurtureDays * double(Day)));
    }
    const double presaleDays = double(p.presaleEnd - p.acquiredAt) / double(Day);
    p.phaseWeight[0] = presaleDays / 14;
    p.phaseWeight[1] = activeDays / 30 * std::pow(p.value, 0.3);
    p.phaseWeight[2] = afterDays / 100;
    p.orderWeight = p.convertAt ? std::pow(p.value, 0.65) * activeDays : 0;
    p.fixedContacts = p.convertAt ? 2 : 1;
    return p;
}

void DemoHistory::calibrate(DemoPlan &plan, int threads)
{
    struct Sums
    {
        double buyers = 0, orderWeight = 0, fixed = 0, contactWeight = 0;
    };
    constexpr qint64 BlockSize = 16384;
    const qint64 n = plan.options.customers;
    const qint64 blocks = (n + BlockSize - 1) / BlockSize;
    std::vector<Sums> partial(static_cast<std::size_t>(blocks));
    std::atomic<qint64> nextBlock{0};
    const auto work = [&] {
        cpu::clearUpperVectorState(); // on each thread, before its arithmetic (vectorstate.h)
        for (qint64 b; (b = nextBlock++) < blocks;) {
            Sums &s = partial[std::size_t(b)];
            for (qint64 i = b * BlockSize; i < std::min(n, (b + 1) * BlockSize); ++i) {
                const DemoProfile p = profile(plan, i);
                s.buyers += p.convertAt ? 1 : 0;
                s.orderWeight += p.orderWeight;
                s.fixed += p.fixedContacts;
                s.contactWeight += p.contactWeight();
            }
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min<qint64>(threads, blocks); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread &t : helpers)
        t.join();
    Sums sum;
    for (const Sums &s : partial) {
        sum.buyers += s.buyers;
        sum.orderWeight += s.orderWeight;
        sum.fixed += s.fixed;
        sum.contactWeight += s.contactWeight;
    }
    const double wantedOrders = plan.options.ordersPerCustomer * double(n);
    const double wantedContacts = plan.options.interactionsPerCustomer * double(n);
    plan.orderRate = sum.orderWeight > 0
                         ? std::max(0.0, (wantedOrders - sum.buyers) / sum.orderWeight)
                         : 0;
    plan.contactRate = sum.contactWeight > 0
                           ? std::max(0.0, (wantedContacts - sum.fixed) / sum.contactWeight)
                           : 0;
}

void DemoHistory::addOrders(qint64 customerId,
                            const DemoProfile &p,
                            DemoRandom &r,
                            BulkBatch &batch,
                            std::vector<qint64> &orderTimes,
                            qint64 &lastOrder) const
{
    orderTimes.clear();
    lastOrder = 0;
    if (!p.convertAt)
        return;
    // Given their number, the times of a Poisson process are uniform over the active period.
    const int n = 1 + r.poisson(m_plan.orderRate * p.orderWeight);
    orderTimes.push_back(p.convertAt);
    const double span = double(p.activeEnd - p.convertAt);
    for (int k = 1; k < n; ++k)
        orderTimes.push_back(std::min(p.activeEnd, p.convertAt + 1 + qint64(r.uniform() * span)));
    std::sort(orderTimes.begin() + 1, orderTimes.end());

    const std::vector<DemoProduct> &catalogue = m_plan.words->products;
    const WeightedPicker &products = p.organisation ? m_plan.organisationProducts
                                                    : m_plan.personProducts;
    const double quantityMedian = (p.organisation ? 1.6 : 0.8) * std::pow(p.value, 0.3);
    const int discount = !p.organisation ? 0 : p.value > 3 ? 10 : p.value > 1.5 ? 5 : 0;
    for (const qint64 t : orderTimes) {
        BulkBatch::Order order;
        order.id = qint64(batch.orders.size()) + 1;
        order.customerId = customerId;
        order.orderedAt = t;
        order.currency = "EUR";
        order.repId = r.chance(0.85) ? p.owner : m_plan.pickRep(r);
        if (m_plan.end - t < 7 * Day) {
            order.status = r.chance(0.7) ? Open : Fulfilled;
        } else {
            const double u = r.uniform();
            order.status = u < 0.03 ? Cancelled : u < 0.05 ? Refunded : Fulfilled;
        }
        const int lines = 1 + int(m_linesPerOrder[p.organisation ? 1 : 0].pick(r));
        std::size_t chosen[3] = {0, 0, 0};
        for (int l = 0; l < lines; ++l) {
            std::size_t product = products.pick(r);
            for (int retry = 0; retry < 4 && std::find(chosen, chosen + l, product) != chosen + l;
                 ++retry)
                product = products.pick(r);
            if (std::find(chosen, chosen + l, product) != chosen + l)
                continue; // the same product twice: one line fewer
            chosen[l] = product;
            BulkBatch::OrderLine line;
            line.id = qint64(batch.orderLines.size()) + 1;
            line.orderId = order.id;
            line.productId = m_plan.productIds[product];
            line.quantity = std::clamp<qint64>(qint64(std::llround(
                                                   r.lognormal(std::log(quantityMedian), 0.5))),
                                               1,
                                               500);
            line.unitPriceMinor = catalogue[product].priceMinor * (100 - discount) / 100;
            order.totalMinor += line.quantity * line.unitPriceMinor;
            batch.orderLines.push_back(line);
        }
        batch.orders.push_back(order);
        if (order.status != Cancelled)
            lastOrder = t;
    }
}

qint64 DemoHistory::addCase(qint64 customerId,
                            bool complaint,
                            qint64 at,
                            qint64 owner,
                            DemoRandom &r,
                            BulkBatch &batch,
                            OpenCase &open) const
{
    const DemoWords &w = *m_plan.words;
    const DemoTopic &topic = (complaint ? w.complaints : w.serviceRequests).pick(r);
    BulkBatch::Case c;
    c.id = qint64(batch.cases.size()) + 1;
    c.customerId = customerId;
    c.kind = complaint ? 0 : 1;
    c.subject = topic.subject;
    c.category = topic.category;
    c.priority = int((complaint ? m_complaintPriority : m_requestPriority).pick(r));
    c.ownerId = owner;
    c.openedAt = at;
    if (complaint && r.chance(0.3))
        c.description = w.caseDescriptions.pick(r).text;
    static constexpr double medianDays[4] = {10, 6, 3, 1}; // by priority
    // A few cases drag on far longer than the rest: the backlog every service team has.
    const double days = r.lognormal(std::log(medianDays[c.priority]), 0.9)
                        * (r.chance(0.04) ? 12 : 1);
    qint64 resolvedAt = at + qint64(days * double(Day));
    if (resolvedAt <= m_plan.end) {
        c.status = m_plan.end - resolvedAt > 14 * Day ? Closed : Resolved;
        c.resolvedAt = resolvedAt;
        c.resolution = (complaint ? w.complaintResolutions : w.requestResolutions).pick(r).text;
    } else {
        c.status = m_plan.end - at < 2 * Day ? New : r.chance(0.3) ? Waiting : CaseOpen;
        resolvedAt = Never;
    }
    batch.cases.push_back(c);

    // Open cases get a follow-up task (overdue or coming up); some resolved ones a finished one.
    const bool resolved = resolvedAt != Never;
    if (!resolved || r.chance(0.35)) {
        std::string title(w.taskCase.pick(r).text);
        title += ": ";
        title += topic.subject;
        BulkBatch::Task task;
        task.id = qint64(batch.tasks.size()) + 1;
        task.customerId = customerId;
        task.caseId = c.id;
        task.title = batch.text.add(title);
        task.assigneeId = owner;
        task.priority = c.priority;
        task.createdAt = at;
        task.dueAt = at + qint64((1 + r.exponential(4)) * double(Day));
        if (resolved)
            task.doneAt = std::max(at, std::min(resolvedAt, m_plan.end));
        batch.tasks.push_back(task);
    }
    open = {c.id, resolvedAt, owner, topic.subject};
    return c.id;
}

void DemoHistory::addFollowUpTask(
    qint64 customerId, qint64 at, qint64 assignee, DemoRandom &r, BulkBatch &batch) const
{
    BulkBatch::Task task;
    task.id = qint64(batch.tasks.size()) + 1;
    task.customerId = customerId;
    task.title = m_plan.words->taskFollowUp.pick(r).text;
    task.assigneeId = assignee;
    task.priority = int(m_taskPriority.pick(r));
    task.createdAt = at;
    task.dueAt = (floorDay(at) + 1 + r.below(14)) * Day + 17 * Hour;
    const qint64 end = m_plan.end;
    if (task.dueAt < end) {
        if (r.chance(0.75))
            task.doneAt = at
                          + qint64(r.uniform() * double(std::min(task.dueAt + 2 * Day, end) - at));
    } else if (r.chance(0.15)) {
        task.doneAt = at + qint64(r.uniform() * double(end - at));
    }
    batch.tasks.push_back(task);
}

void DemoHistory::addNotes(qint64 index,
                           const DemoProfile &p,
                           qint64 lastActivity,
                           BulkBatch &batch) const
{
    DemoRandom r(m_plan.options.seed, quint64(DemoStream::Notes), quint64(index));
    // About one customer in three has notes; valuable ones more often.
    const int count = r.poisson(0.2 + 0.04 * std::min(p.value, 10.0));
    if (count == 0)
        return;
    const qint64 lo = p.acquiredAt;
    const qint64 hi = std::max(lo, std::min(m_plan.end, lastActivity + 30 * Day));
    thread_local std::vector<qint64> times;
    times.clear();
    for (int k = 0; k < count; ++k)
        times.push_back(officeTime(lo + qint64(r.uniform() * double(hi - lo)), lo, hi, r));
    // In time order, as the index customer_notes (customer_id, created_at) grows.
    std::sort(times.begin(), times.end());
    thread_local std::string body;
    for (qint64 at : times) {
        BulkBatch::Note note;
        note.id = qint64(batch.notes.size()) + 1;
        note.customerId = m_plan.customerId(index);
        note.authorId = r.chance(0.8) ? p.owner : m_plan.pickRep(r);
        note.createdAt = at;
        body = m_plan.words->notes.pick(r).text;
        if (r.chance(0.3)) {
            body += ' ';
            body += m_plan.words->interactionNotes.pick(r).text;
        }
        note.body = batch.text.add(body);
        batch.notes.push_back(note);
    }
}

qint64 DemoHistory::duration(int channel, int outcome, DemoRandom &r) const
{
    switch (channel) {
    case Phone:
        if (outcome == NoAnswer)
            return 0;
        if (outcome == LeftMessage)
            return r.between(20, 90);
        return std::min<qint64>(3600, qint64(r.lognormal(std::log(240.0), 0.7)) + 15);
    case Meeting:
        return r.between(6, 18) * 300;
    case Visit:
        return r.between(9, 24) * 300;
    case Chat:
        return r.between(120, 1200);
    default:
        return 0;
    }
}

DemoHistoryResult DemoHistory::generate(qint64 index, const DemoProfile &p, BulkBatch &batch) const
{
    DemoRandom r(m_plan.options.seed, quint64(DemoStream::History), quint64(index));
    const qint64 customerId = m_plan.customerId(index);
    const qint64 end = m_plan.end;

    thread_local std::vector<qint64> orderTimes;
    qint64 lastOrder = 0;
    const std::size_t firstOrder = batch.orders.size();
    const std::size_t firstInteraction = batch.interactions.size();
    addOrders(customerId, p, r, batch, orderTimes, lastOrder);

    // The contacts: the first one, the one that led to the first order, and a Poisson number of
    // others spread over the phases in proportion to their weights.
    struct Event
    {
        qint64 at;
        int seq;
        Context context;
    };
    thread_local std::vector<Event> events;
    events.clear();
    events.push_back({p.acquiredAt, 0, Initial});
    if (p.convertAt)
        events.push_back(
            {std::max(p.acquiredAt, p.convertAt - r.between(600, 7200)), 1, Conversion});
    const int extra = r.poisson(m_plan.contactRate * p.contactWeight());
    const double w0 = p.phaseWeight[0], w1 = p.phaseWeight[1], total = p.contactWeight();
    for (int k = 0; k < extra; ++k) {
        const double x = r.uniform() * total;
        qint64 lo, hi;
        Context context;
        if (x < w0) {
            lo = p.acquiredAt, hi = p.presaleEnd, context = Presale;
        } else if (x < w0 + w1) {
            lo = p.convertAt, hi = p.activeEnd;
            context = r.chance(0.45) ? Account : Service;
        } else {
            lo = p.churnAt, hi = std::min(end, p.churnAt + 240 * Day);
            context = r.chance(0.85) ? Winback : Service;
        }
        const qint64 at = officeTime(lo + qint64(r.uniform() * double(hi - lo)), lo, hi, r);
        events.push_back({at, int(events.size()), context});
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        return a.at != b.at ? a.at < b.at : a.seq < b.seq;
    });

    const auto orderNear = [&](qint64 t) {
        const auto it = std::lower_bound(orderTimes.begin(), orderTimes.end(), t - 3 * Day);
        return it != orderTimes.end() && *it <= t + 3 * Day;
    };
    bool outboundContact = false;
    qint64 lastContact = 0;
    OpenCase open;
    for (const Event &e : events) {
        Context context = e.context;
        if (context == Service && open.id && e.at < open.until && r.chance(0.8))
            context = CaseFollowUp;
        const ContextTable &table = m_contexts[context];
        BulkBatch::Interaction row;
        row.id = qint64(batch.interactions.size()) + 1;
        row.customerId = customerId;
        row.occurredAt = e.at;
        if (context == Initial) {
            row.channel = m_initialBySource[std::size_t(p.source)].first;
            row.direction = m_initialBySource[std::size_t(p.source)].second;
        } else {
            row.direction = r.chance(table.outbound) ? 1 : 0;
            row.channel = int(row.direction ? table.outChannels[p.organisation ? 1 : 0].pick(r)
                                            : table.inChannels.pick(r));
        }
        int outcome = int(table.outcomes.pick(r));
        if (context == Service && r.chance(std::min(0.5, 0.045 * p.trouble)))
            outcome = Complaint;
        if ((outcome == NoAnswer || outcome == LeftMessage)
            && !(row.channel == Phone && row.direction == 1))
            outcome = Completed;
        if (outcome == Sale && context != Conversion && !orderNear(e.at))
            outcome = Completed;
        if (context == Service)
            row.agentId = m_plan.pickAgent(r);
        else if (context == CaseFollowUp)
            row.agentId = open.owner;
        else
            row.agentId = r.chance(0.85) ? p.owner : m_plan.pickRep(r);
        row.subject = table.subjects->pick(r).text;
        if (context == CaseFollowUp) {
            row.caseId = open.id;
            row.subject = open.subject;
        } else if (outcome == Complaint) {
            row.caseId = addCase(customerId, true, e.at, row.agentId, r, batch, open);
            row.subject = open.subject;
        } else if (context == Service && outcome == FollowUp && r.chance(0.5)) {
            row.caseId = addCase(customerId, false, e.at, row.agentId, r, batch, open);
            row.subject = open.subject;
        }
        row.outcome = outcome;
        row.durationS = duration(row.channel, outcome, r);
        // Notes stay rare (rows stay small); meetings and visits get them more often.
        if (r.chance(row.channel == Meeting || row.channel == Visit ? 0.25 : 0.02))
            row.notes = m_plan.words->interactionNotes.pick(r).text;
        batch.interactions.push_back(row);
        if (outcome == FollowUp && row.caseId == 0
            && e.at >= end - qint64(TaskHorizonDays * double(Day)))
            addFollowUpTask(customerId, e.at, row.agentId, r, batch);
        outboundContact = outboundContact || row.direction == 1;
        lastContact = std::max(lastContact, e.at);
    }

    DemoHistoryResult result;
    result.lastActivity = std::max(lastContact, orderTimes.empty() ? 0 : orderTimes.back());
    // What the customer list shows, read off the rows just made (customer_list_source).
    for (std::size_t i = firstInteraction; i < batch.interactions.size(); ++i)
        result.lastContact = std::max(result.lastContact, batch.interactions[i].occurredAt);
    for (std::size_t i = firstOrder; i < batch.orders.size(); ++i) {
        const BulkBatch::Order &order = batch.orders[i];
        if (order.status != Fulfilled || order.orderedAt < m_plan.listWindowStart)
            continue;
        result.revenueMinor += order.totalMinor;
        result.revenueOldest = result.revenueOrders == 0
                                   ? order.orderedAt
                                   : std::min(result.revenueOldest, order.orderedAt);
        ++result.revenueOrders;
    }
    addNotes(index, p, result.lastActivity, batch);
    if (lastOrder) {
        const qint64 age = end - lastOrder;
        result.stage = age <= 180 * Day ? Active : age <= 365 * Day ? Lapsed : Lost;
    } else {
        result.stage = end - lastContact > 365 * Day ? Lost : outboundContact ? Prospect : Lead;
    }
    return result;
}

} // namespace rapport
