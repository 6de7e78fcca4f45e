#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace rapport {

// DemoRandom is the demo generator's random source: xoshiro256** seeded through splitmix64 from
// (seed, stream, index), so every customer has streams of its own and any thread can generate any
// customer with the same result. The transforms (uniform, exponential, normal, Poisson...) are
// written out here because the std:: distributions give different numbers on different standard
// libraries.
class DemoRandom final
{
public:
    DemoRandom(quint64 seed, quint64 stream, quint64 index)
    {
        quint64 x = seed * 0x9E3779B97F4A7C15ull ^ (stream + 1) * 0xD1B54A32D192ED03ull
                    ^ (index + 1) * 0x8CB92BA72F3D8DD7ull;
        for (quint64 &s : m_s)
            s = splitmix64(x);
    }

    static quint64 splitmix64(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n); n > 0.
    quint32 below(quint32 n) { return quint32(((next() >> 32) * quint64(n)) >> 32); }
    // Uniform integer in [lo, hi].
    qint64 between(qint64 lo, qint64 hi)
    {
        return hi <= lo ? lo : lo + qint64(uniform() * double(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    // Standard normal by the Box–Muller transform (one value per call; the pair is not kept so the
    // stream position never depends on earlier calls).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double lognormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }
    // Poisson: Knuth's product method for small means, a rounded normal for large ones.
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 40) {
            const double v = std::round(mean + std::sqrt(mean) * normal());
            return v < 0 ? 0 : int(v);
        }
        const double limit = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }
    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[below(quint32(items.size()))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

// WeightedPicker chooses an index with probability proportional to its weight.
class WeightedPicker final
{
public:
    WeightedPicker() = default;
    explicit WeightedPicker(const std::vector<double> &weights)
    {
        double sum = 0;
        m_cumulative.reserve(weights.size());
        for (double w : weights) {
            sum += std::max(0.0, w);
            m_cumulative.push_back(sum);
        }
    }
    bool isEmpty() const { return m_cumulative.empty() || m_cumulative.back() <= 0; }
    std::size_t size() const { return m_cumulative.size(); }
    std::size_t pick(DemoRandom &r) const
    {
        const double x = r.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return std::min(std::size_t(it - m_cumulative.begin()), m_cumulative.size() - 1);
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace rapport
