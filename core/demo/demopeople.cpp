#include "core/demo/demopeople.h"

#include "core/storage/bulkloader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace rapport {
namespace {

using namespace demo;

enum ContactKind { PhoneKind = 0, EmailKind, PostalKind, WebKind };
enum Label { Work = 0, Home, Mobile, Other };
enum RelationshipKind { WorksAt = 0, SubsidiaryOf, ReferredBy, PartnerOf, SupplierOf };

constexpr std::array<std::string_view, 3> EmailDomains{"example.com", "example.net", "example.org"};
constexpr std::array<std::string_view, 5> EmailRoles{"info", "office", "contact", "sales", "hello"};

const DemoWord Ampersand{"&", "&", ""};

std::string_view withoutHyphens(std::string_view ascii, std::string &buffer)
{
    buffer.assign(ascii);
    buffer.erase(std::remove(buffer.begin(), buffer.end(), '-'), buffer.end());
    return buffer;
}

// The digits of an E.164 number in reverse order: rapport::phoneKey().
std::string reversedDigits(std::string_view phone)
{
    std::string key;
    for (auto it = phone.rbegin(); it != phone.rend(); ++it) {
        if (*it >= '0' && *it <= '9')
            key += *it;
    }
    return key;
}

} // namespace

DemoPeople::DemoPeople(const DemoPlan &plan)
    : m_plan(plan)
{
    // last+industry, last & last, city+industry, brand+industry, brand
    m_organisationPattern = WeightedPicker({35, 10, 12, 25, 18});
    // first.last, f.last, firstlast, first_last, last.first, first.l, first
    m_emailFormat = WeightedPicker({40, 15, 15, 8, 10, 7, 5});
    m_emailDomain = WeightedPicker({45, 30, 25});
    m_emailRole = WeightedPicker({40, 20, 20, 10, 10});
    const auto &sources = plan.words->sources.words;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (sources[i].text == "referral")
            m_referralSource = int(i);
    }
}

void DemoPeople::identity(qint64 index, DemoIdentity &out) const
{
    const DemoWords &w = *m_plan.words;
    DemoRandom r(m_plan.options.seed, quint64(DemoStream::Identity), quint64(index));
    const DemoCountry &home = w.countries[std::size_t(m_plan.countryOf(index))];
    out.organisation = m_plan.isOrganisation(index);
    out.slug.clear();
    if (!out.organisation) {
        // One in ten carries a name from another country.
        const DemoCountry &names = r.chance(0.1) ? w.countries[w.countryPicker.pick(r)] : home;
        out.first = &names.first.pick(r);
        out.last = &names.last.pick(r);
        out.name.assign(out.first->text).append(" ").append(out.last->text);
        out.sortName.assign(out.last->folded).append(" ").append(out.first->folded);
        return;
    }
    out.first = out.last = nullptr;
    const DemoWord *parts[4] = {};
    int n = 0;
    const DemoWord &legal = home.legal.pick(r);
    const DemoWord &surname = home.last.pick(r);
    if (legal.text.starts_with('&')) {
        parts[n++] = &surname; // "Smith & Sons Ltd"
    } else {
        switch (m_organisationPattern.pick(r)) {
        case 0:
            parts[n++] = &surname;
            parts[n++] = &home.industry.pick(r);
            break;
        case 1:
            parts[n++] = &surname;
            parts[n++] = &Ampersand;
            parts[n++] = &home.last.pick(r);
            break;
        case 2:
            parts[n++] = &home.pickCity(r).name;
            parts[n++] = &home.industry.pick(r);
            break;
        case 3:
            parts[n++] = &w.brands.pick(r);
            parts[n++] = &home.industry.pick(r);
            break;
        default:
            parts[n++] = &w.brands.pick(r);
            break;
        }
    }
    out.name.clear();
    out.sortName.clear();
    for (int i = 0; i < n; ++i) {
        out.name.append(parts[i]->text).append(" ");
        out.sortName.append(parts[i]->folded).append(" ");
        if (!parts[i]->ascii.empty()) {
            if (!out.slug.empty())
                out.slug += '-';
            out.slug.append(parts[i]->ascii);
        }
    }
    out.name.append(legal.text);
    out.sortName.append(legal.folded);
    if (out.slug.empty())
        out.slug = "company";
}

qint64 DemoPeople::findOrganisation(qint64 start, qint64 self, bool before) const
{
    const qint64 n = m_plan.options.customers;
    for (qint64 step = 0; step < std::min<qint64>(n, 500); ++step) {
        qint64 j = before ? start - step : (start + step) % n;
        if (j < 0)
            return -1;
        if (j != self && m_plan.isOrganisation(j))
            return j;
    }
    return -1;
}

void DemoPeople::addEmail(qint64 customerId,
                          const DemoIdentity &who,
                          const DemoIdentity *employer,
                          DemoRandom &r,
                          BulkBatch &batch,
                          std::string &scratch) const
{
    // The local part ends with the customer id, so every address is unique by construction.
    scratch.clear();
    BulkBatch::ContactPoint cp;
    cp.kind = EmailKind;
    cp.primary = true;
    if (who.organisation) {
        scratch.append(EmailRoles[m_emailRole.pick(r)]);
    } else {
        std::string a, b;
        std::string_view first = withoutHyphens(who.first->ascii, a);
        std::string_view last = withoutHyphens(who.last->ascii, b);
        if (first.empty())
            first = "customer";
        if (last.empty())
            last = "customer";
        switch (m_emailFormat.pick(r)) {
        case 0:
            scratch.append(first).append(".").append(last);
            break;
        case 1:
            scratch.append(first.substr(0, 1)).append(".").append(last);
            break;
        case 2:
            scratch.append(first).append(last);
            break;
        case 3:
            scratch.append(first).append("_").append(last);
            break;
        case 4:
            scratch.append(last).append(".").append(first);
            break;
        case 5:
            scratch.append(first).append(".").append(last.substr(0, 1));
            break;
        default:
            scratch.append(first);
            break;
        }
    }
    scratch.append(std::to_string(customerId)).append("@");
    if (who.organisation) {
        scratch.append(who.slug).append(".example");
        cp.label = Work;
    } else if (employer && r.chance(0.6)) {
        scratch.append(employer->slug).append(".example");
        cp.label = Work;
    } else {
        scratch.append(EmailDomains[m_emailDomain.pick(r)]);
        cp.label = Home;
    }
    cp.id = qint64(batch.contactPoints.size()) + 1;
    cp.customerId = customerId;
    cp.value = batch.text.add(scratch);
    batch.contactPoints.push_back(cp);
}

void DemoPeople::generate(qint64 index,
                          const DemoProfile &p,
                          const DemoHistoryResult &history,
                          BulkBatch &batch) const
{
    const DemoWords &w = *m_plan.words;
    const DemoCountry &home = w.countries[std::size_t(p.country)];
    thread_local DemoIdentity who, employer;
    thread_local std::string scratch;
    identity(index, who);
    DemoRandom r(m_plan.options.seed, quint64(DemoStream::Contacts), quint64(index));
    const qint64 id = m_plan.customerId(index);
    const qint64 n = m_plan.options.customers;
    char date[11];

    BulkBatch::Customer c;
    c.id = id;
    c.kind = who.organisation ? 1 : 0;
    if (!who.organisation) {
        c.firstName = who.first->text;
        c.lastName = who.last->text;
    }
    c.name = batch.text.add(who.name);
    c.sortName = batch.text.add(who.sortName);
    c.stage = history.stage;
    c.ownerId = p.owner;
    c.source = w.sources.words[std::size_t(p.source)].text;
    demoDate(p.acquiredAt, date);
    c.acquiredOn = batch.text.add(date);
    if (r.chance(0.08))
        c.notes = w.notes.pick(r).text;
    c.createdAt = p.acquiredAt;
    char key[24]; // the customer number another system would know them by
    std::snprintf(key, sizeof key, "C%09lld", static_cast<long long>(id));
    c.externalKey = batch.text.add(key);
    c.updatedAt = p.acquiredAt
                  + qint64(r.uniform()
                           * double(std::max(p.acquiredAt, history.lastActivity) - p.acquiredAt));
    batch.customers.push_back(c);

    // Tags, in ascending tag id order.
    bool has[8];
    has[Vip] = p.value > 8;
    has[Newsletter] = r.chance(0.38);
    has[KeyAccount] = who.organisation && p.value > 5;
    has[Reseller] = who.organisation && r.chance(0.1);
    has[Events] = r.chance(0.08);
    has[DoNotCall] = r.chance(0.025);
    has[PrefersEmail] = r.chance(0.1);
    has[BetaTester] = r.chance(0.02);
    qint64 tags[8];
    int tagCount = 0;
    for (int t = 0; t < 8; ++t) {
        if (has[t])
            tags[tagCount++] = m_plan.tagIds[std::size_t(t)];
    }
    for (int a = 1; a < tagCount; ++a) // insertion sort: tag ids are usually ascending already
        for (int b = a; b > 0 && tags[b - 1] > tags[b]; --b)
            std::swap(tags[b - 1], tags[b]);
    for (int t = 0; t < tagCount; ++t)
        batch.customerTags.push_back({id, tags[t]});

    // Relationships are decided first: a person's employer gives the work e-mail domain.
    qint64 worksAt = -1, parent = -1, referrer = -1, partner = -1, supplier = -1;
    if (!who.organisation && r.chance(0.3))
        worksAt = findOrganisation(r.between(0, n - 1), index, false);
    if (who.organisation && index > 0 && r.chance(0.06))
        parent = findOrganisation(r.between(0, index - 1), index, true);
    if (p.source == m_referralSource && index > 0)
        referrer = r.between(0, index - 1);
    if (who.organisation && r.chance(0.04))
        partner = findOrganisation(r.between(0, n - 1), index, false);
    if (who.organisation && r.chance(0.05))
        supplier = findOrganisation(r.between(0, n - 1), index, false);
    if (worksAt >= 0)
        identity(worksAt, employer);

    // Contact points in kind order (phones, e-mail, postal address, web) so that the
    // (customer_id, kind) index is appended in order.
    const DemoCity &city = home.pickCity(r);
    const std::size_t firstContact = batch.contactPoints.size();
    const auto addPhone = [&](int label, std::string_view pattern, bool primary) {
        scratch.clear();
        DemoWords::expand(pattern, r, scratch);
        BulkBatch::ContactPoint cp;
        cp.id = qint64(batch.contactPoints.size()) + 1;
        cp.customerId = id;
        cp.kind = PhoneKind;
        cp.label = label;
        cp.value = batch.text.add(scratch);
        cp.phoneKey = batch.text.add(reversedDigits(scratch));
        cp.primary = primary;
        batch.contactPoints.push_back(cp);
    };
    const auto mobile = [&] {
        return home.mobilePatterns[r.below(quint32(home.mobilePatterns.size()))];
    };
    if (who.organisation) {
        addPhone(Work, city.phonePattern, true);
        if (r.chance(0.35)) {
            if (r.chance(0.5))
                addPhone(Work, city.phonePattern, false);
            else
                addPhone(Mobile, mobile(), false);
        }
    } else {
        const bool mobileFirst = r.chance(0.7);
        if (mobileFirst)
            addPhone(Mobile, mobile(), true);
        else
            addPhone(Home, city.phonePattern, true);
        if (r.chance(0.45)) {
            if (mobileFirst)
                addPhone(r.chance(0.5) ? Home : Work, city.phonePattern, false);
            else
                addPhone(Mobile, mobile(), false);
        }
    }
    const std::size_t firstEmail = batch.contactPoints.size();
    addEmail(id, who, worksAt >= 0 ? &employer : nullptr, r, batch, scratch);

    // The postal address, and its one-line form as PostalAddress::oneLine() writes it.
    BulkBatch::ContactPoint postal;
    postal.id = qint64(batch.contactPoints.size()) + 1;
    postal.customerId = id;
    postal.kind = PostalKind;
    postal.label = who.organisation ? Work : Home;
    postal.primary = true;
    std::string house = std::to_string(r.between(home.houseMin, home.houseMax));
    if (home.code == "DE" && r.chance(0.06))
        house += char('a' + r.below(3));
    const std::string_view street = home.streets.pick(r).text;
    scratch.clear();
    if (home.numberFirst)
        scratch.append(house).append(" ").append(street);
    else
        scratch.append(street).append(home.streetSeparator).append(house);
    postal.street = batch.text.add(scratch);
    scratch.clear();
    DemoWords::expand(city.postalPatterns[r.below(quint32(city.postalPatterns.size()))], r, scratch);
    postal.postalCode = batch.text.add(scratch);
    postal.city = city.name.text;
    postal.region = city.region;
    postal.country = home.code;
    scratch.assign(postal.street).append(", ").append(postal.postalCode).append(" ");
    scratch.append(postal.city);
    if (!postal.region.empty())
        scratch.append(", ").append(postal.region);
    scratch.append(", ").append(postal.country);
    postal.value = batch.text.add(scratch);
    batch.contactPoints.push_back(postal);

    if (who.organisation) {
        BulkBatch::ContactPoint web;
        web.id = qint64(batch.contactPoints.size()) + 1;
        web.customerId = id;
        web.kind = WebKind;
        web.label = Work;
        web.primary = true;
        scratch.assign("https://www.").append(who.slug).append(".example");
        web.value = batch.text.add(scratch);
        batch.contactPoints.push_back(web);
    }

    // What customer_search_source gives for this customer: phones without their '+', in id order.
    BulkBatch::SearchEntry entry;
    entry.customerId = id;
    entry.name = who.organisation ? BulkText("") : c.name;
    // A person is found by the organisation they work at, as customer_search_source says.
    entry.organisation = who.organisation ? c.name
                         : worksAt >= 0   ? batch.text.add(employer.name)
                                          : BulkText("");
    entry.email = batch.contactPoints[firstEmail].value;
    scratch.clear();
    for (std::size_t k = firstContact; k < firstEmail; ++k) {
        if (k > firstContact)
            scratch += ' ';
        scratch.append(batch.contactPoints[k].value.substr(1));
    }
    entry.phone = batch.text.add(scratch);
    entry.city = postal.city;
    batch.search.push_back(entry);

    // The customer list's row, as customer_list_source makes it of the rows above.
    BulkBatch::ListEntry row;
    row.customerId = id;
    row.kind = c.kind;
    row.stage = c.stage;
    row.ownerId = c.ownerId;
    for (int t = 0; t < tagCount; ++t) {
        if (tags[t] >= 1 && tags[t] <= 62)
            row.tagBits |= qint64(1) << (tags[t] - 1);
    }
    row.name = c.name;
    row.nameKey = c.sortName;
    if (worksAt >= 0) {
        row.organisationId = m_plan.customerId(worksAt);
        row.organisation = entry.organisation;
        row.organisationKey = batch.text.add(employer.sortName);
    }
    if (const std::size_t staff = std::size_t(c.ownerId - m_plan.staffFirstId);
        c.ownerId > 0 && staff < m_plan.staffNames.size()) {
        row.owner = m_plan.staffNames[staff];
        row.ownerKey = m_plan.staffKeys[staff];
    }
    row.phone = batch.contactPoints[firstContact].value;
    row.email = entry.email;
    row.city = postal.city;
    row.cityKey = city.name.folded;
    row.lastContactAt = history.lastContact;
    if (history.revenueOrders > 0) {
        row.revenueMinor = history.revenueMinor;
        row.revenueCurrency = "EUR";
        row.revenueOldestAt = history.revenueOldest;
    }
    batch.list.push_back(row);

    // Relationships in kind order; each kind at most once, so (from, kind, to) is unique.
    const auto relate = [&](qint64 other, int kind, BulkText role, qint64 sinceAt) {
        if (other < 0 || other == index)
            return;
        BulkBatch::Relationship rel;
        rel.id = qint64(batch.relationships.size()) + 1;
        rel.fromId = id;
        rel.toId = m_plan.customerId(other);
        rel.kind = kind;
        rel.role = role;
        demoDate(std::min(sinceAt, m_plan.end), date);
        rel.since = batch.text.add(date);
        batch.relationships.push_back(rel);
    };
    if (worksAt >= 0) {
        const qint64 years = qint64(r.exponential(4 * 365.0) * double(Day));
        relate(worksAt, WorksAt, w.jobs.pick(r).text, p.acquiredAt - years);
    }
    relate(parent, SubsidiaryOf, {}, p.acquiredAt - qint64(r.between(30, 3000)) * Day);
    relate(referrer, ReferredBy, {}, p.acquiredAt);
    relate(partner, PartnerOf, {}, p.acquiredAt + qint64(r.between(0, 200)) * Day);
    relate(supplier, SupplierOf, {}, p.acquiredAt - qint64(r.between(0, 2000)) * Day);
}

} // namespace rapport
