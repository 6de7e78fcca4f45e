#pragma once

// Dashboard results for the chart widgets' tests and pictures, computed by the real analytics
// functions over synthetic customers (a fixed seed, so every run draws the same).
#include "core/analytics/dashboard.h"

#include <QDateTime>

#include <memory>
#include <random>

namespace rapport::test {

inline std::shared_ptr<analytics::DashboardResult> syntheticDashboard(int customers,
                                                                      unsigned seed = 7)
{
    using namespace analytics;
    auto result = std::make_shared<DashboardResult>();
    const QDate asOf(2026, 6, 30);
    result->filters.from = asOf.addYears(-1).addDays(1);
    result->filters.to = asOf;
    result->currency = QStringLiteral("EUR");
    result->population = customers;
    std::mt19937 rng(seed);
    std::lognormal_distribution<double> spend(9.5, 1.1); // minor units: ~130 EUR median
    std::geometric_distribution<int> repeat(0.35);
    std::uniform_int_distribution<int> firstDay(0, 729);
    std::exponential_distribution<double> gap(1.0 / 60.0);
    std::vector<qint64> ids, totals, lastDay, freq, pc, pt;
    const qint64 asOfJd = asOf.toJulianDay();
    for (int c = 1; c <= customers; ++c) {
        const qint64 id = 1000 + c;
        qint64 day = asOfJd - 730 + firstDay(rng);
        const int orders = 1 + repeat(rng);
        qint64 total = 0, last = day, n = 0;
        for (int o = 0; o < orders && day <= asOfJd; ++o) {
            qint64 amount = qint64(spend(rng));
            if (o > 0 && rng() % 25 == 0)
                amount = -amount / 2; // a refund
            total += amount;
            last = day;
            ++n;
            pc.push_back(id);
            pt.push_back(QDate::fromJulianDay(day).startOfDay(Qt::UTC).toSecsSinceEpoch());
            day += 1 + qint64(gap(rng));
        }
        ids.push_back(id);
        totals.push_back(total);
        lastDay.push_back(last);
        freq.push_back(n);
    }
    if (auto p = pareto(ids, totals))
        result->pareto.result = std::move(p).value();
    if (auto r = rfm(ids, lastDay, freq, totals, asOf))
        result->rfm.result = std::move(r).value();
    if (auto r = retention(pc, pt, {}, {}, asOf))
        result->cohorts.result = std::move(r).value();

    // Team activity: five agents over 13 weeks.
    std::vector<qint64> ag, ch, wk, cnt, opened, resolved;
    const int lastWeek = weekOf(asOf), firstWeek = lastWeek - 12;
    for (int a = 1; a <= 5; ++a)
        for (int w = firstWeek; w <= lastWeek; ++w)
            for (int k = 0; k < TeamActivity::Channels; ++k) {
                const int base = std::array{30, 22, 6, 1, 4, 9, 3, 2}[std::size_t(k)];
                ag.push_back(a);
                ch.push_back(k);
                wk.push_back(w);
                cnt.push_back(qint64(base * (0.6 + 0.15 * a) + rng() % 5));
            }
    const qint64 start = weekMonday(firstWeek).startOfDay(Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < 180; ++i) {
        const qint64 o = start + qint64(rng() % (13 * 7 * 86400));
        opened.push_back(o);
        resolved.push_back(rng() % 5 == 0 ? 0 : o + 3600 * qint64(2 + rng() % 90));
    }
    result->activity.activity = teamActivity(ag, ch, wk, cnt, opened, resolved, firstWeek, lastWeek);
    result->activity.agentNames = {QStringLiteral("Anna Berger"),
                                   QStringLiteral("Bruno Costa"),
                                   QStringLiteral("Chloé Martin"),
                                   QStringLiteral("David Okafor"),
                                   QStringLiteral("Eva Lindqvist")};

    // CLV: the CDNOW parameters; a log-spaced histogram; the slipping customers.
    result->clv.fit = BgNbdFit{{0.243, 4.414, 0.793, 2.426}, -9582.4, 23, true};
    result->clv.customers = customers;
    double edge = 1000;
    std::lognormal_distribution<double> clv(10.0, 1.0);
    std::vector<double> values;
    for (int c = 0; c < customers; ++c)
        values.push_back(clv(rng));
    for (int i = 0; i <= 14; ++i, edge *= 2)
        result->clv.edges.push_back(edge);
    result->clv.counts.assign(14, 0);
    double sum = 0;
    for (double v : values) {
        sum += v;
        for (std::size_t b = 0; b + 1 < result->clv.edges.size(); ++b)
            if (v >= result->clv.edges[b] && v < result->clv.edges[b + 1])
                ++result->clv.counts[b];
    }
    result->clv.average = sum / customers;
    result->clv.total = sum;
    for (int i = 0; i < 40; ++i) {
        ClvPanel::Slipping slipping;
        slipping.id = 1000 + 1 + i * 7;
        slipping.pastValue = qint64(900000 - i * 15000);
        slipping.probabilityAlive = 0.45 - 0.01 * i;
        slipping.lifetimeValue = double(400000 - i * 8000);
        result->clv.slipping.push_back(slipping);
    }

    // Satisfaction: the quadrants.
    SatisfactionPanel &s = result->satisfaction;
    s.answered = 0;
    for (int q = 0; q < 4; ++q) {
        for (int i = 0; i < std::array{120, 35, 260, 45}[std::size_t(q)]; ++i)
            s.customers[std::size_t(q)].push_back(2000 + q * 1000 + i);
        s.value[std::size_t(q)]
            = std::array{48'000'000, 11'000'000, 9'500'000, 800'000}[std::size_t(q)];
        s.answered += qint64(s.customers[std::size_t(q)].size());
    }
    s.nps = 23.5;

    auto kpi = [&](Kpi k, std::optional<double> now, std::optional<double> before) {
        KpiValue value;
        value.current = now;
        value.previous = before;
        result->kpis[std::size_t(k)] = value;
    };
    kpi(Kpi::ActiveCustomers, customers * 0.42, customers * 0.40);
    kpi(Kpi::NewCustomers, customers * 0.12, customers * 0.13);
    kpi(Kpi::LostCustomers, customers * 0.08, customers * 0.09);
    kpi(Kpi::RetentionRate, 0.612, 0.588);
    kpi(Kpi::Revenue, 123'456'789.0, 110'000'000.0);
    kpi(Kpi::AverageClv, result->clv.average, std::nullopt);
    kpi(Kpi::OpenComplaints, 37, 29);
    return result;
}

} // namespace rapport::test
