#include "core/demo/demoplan.h"

#include "core/domain/textfold.h"
#include "core/storage/bulkloader.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace rapport {

void demoDate(qint64 secs, char *out)
{
    // Howard Hinnant's civil_from_days.
    qint64 z = (secs >= 0 ? secs : secs - (demo::Day - 1)) / demo::Day + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    std::snprintf(out, 11, "%04d-%02d-%02d", int(y), int(m), int(d));
}

bool DemoPlan::isOrganisation(qint64 index) const
{
    DemoRandom r(options.seed, quint64(DemoStream::Kind), quint64(index));
    return r.uniform() < 0.2;
}

int DemoPlan::countryOf(qint64 index) const
{
    DemoRandom r(options.seed, quint64(DemoStream::Kind), quint64(index));
    r.next();
    return int(words->countryPicker.pick(r));
}

void DemoPlan::makeStaffAndCatalogue(qint64 firstUserId, qint64 firstProductId, BulkBatch &batch)
{
    const QDate asOf = options.asOf;
    end = QDateTime(asOf, QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
    begin = QDateTime(asOf.addDays(-3 * 365 + 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

    const qint64 n = options.customers;
    const int repCount = int(std::clamp<qint64>(n / 5000, 4, 60));
    const int agentCount = int(std::clamp<qint64>(n / 8000, 3, 40));

    // Staff names: the first three from the word list, the others drawn from the countries'
    // name lists; logins are unique first.last (a number is added on a clash).
    DemoRandom r(options.seed, quint64(DemoStream::Staff), 0);
    const qint64 createdAt = begin - 90 * demo::Day;
    std::vector<std::string> logins;
    qint64 id = firstUserId;
    staffFirstId = firstUserId;
    staffNames.clear();
    staffKeys.clear();
    const auto addUser = [&](int role) {
        std::string display, login;
        const std::size_t k = std::size_t(id - firstUserId);
        if (k < words->staff.words.size()) {
            const DemoWord &w = words->staff.words[k];
            display = w.text;
            const auto space = w.ascii.find('-');
            login = std::string(w.ascii.substr(0, 1)) + '.'
                    + std::string(space == std::string_view::npos ? w.ascii
                                                                  : w.ascii.substr(space + 1));
        } else {
            const DemoCountry &c = words->countries[words->countryPicker.pick(r)];
            const DemoWord &first = c.first.pick(r);
            const DemoWord &last = c.last.pick(r);
            display = std::string(first.text) + ' ' + std::string(last.text);
            std::string lastAscii(last.ascii);
            lastAscii.erase(std::remove(lastAscii.begin(), lastAscii.end(), '-'), lastAscii.end());
            login = std::string(first.ascii.substr(0, 1)) + '.' + lastAscii;
        }
        const std::string base = login;
        for (int suffix = 2; std::find(logins.begin(), logins.end(), login) != logins.end();
             ++suffix)
            login = base + std::to_string(suffix);
        logins.push_back(login);
        staffNames.push_back(display);
        staffKeys.push_back(foldText(QString::fromStdString(display)).toStdString());
        BulkBatch::User u;
        u.id = id++;
        u.login = batch.text.add(login);
        u.displayName = batch.text.add(display);
        u.email = batch.text.add(login + "@nordlicht-office.example");
        u.role = role;
        u.createdAt = createdAt;
        batch.users.push_back(u);
        return u.id;
    };
    administrator = addUser(demo::Administrator);
    managers = {addUser(demo::Manager), addUser(demo::Manager)};
    std::vector<double> repWeights, agentWeights;
    reps.clear();
    agents.clear();
    for (int i = 0; i < repCount; ++i) {
        reps.push_back(addUser(demo::SalesRep));
        repWeights.push_back(r.lognormal(0, 0.35)); // some reps have bigger books than others
    }
    for (int i = 0; i < agentCount; ++i) {
        agents.push_back(addUser(demo::ServiceAgent));
        agentWeights.push_back(r.lognormal(0, 0.3));
    }
    repPicker = WeightedPicker(repWeights);
    agentPicker = WeightedPicker(agentWeights);

    productIds.clear();
    std::vector<double> personWeights, organisationWeights;
    qint64 productId = firstProductId;
    for (const DemoProduct &p : words->products) {
        BulkBatch::Product row;
        row.id = productId++;
        row.sku = p.sku;
        row.name = p.name;
        row.category = p.category;
        row.service = p.service;
        row.unitPriceMinor = p.priceMinor;
        row.unitCostMinor = p.costMinor;
        row.currency = "EUR";
        batch.products.push_back(row);
        productIds.push_back(row.id);
        // Organisations buy services and the bigger items more often than people do.
        personWeights.push_back(p.popularity * (p.service ? 0.4 : 1.0));
        organisationWeights.push_back(p.popularity * (p.service ? 2.0 : 1.0)
                                      * (p.priceMinor > 50000 ? 1.8 : 1.0));
    }
    personProducts = WeightedPicker(personWeights);
    organisationProducts = WeightedPicker(organisationWeights);
}

} // namespace rapport
