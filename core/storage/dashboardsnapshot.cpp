#include "core/storage/dashboardsnapshot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>
#include <type_traits>

namespace rapport {
namespace {

using analytics::DashboardClv;
using analytics::DashboardColumns;

constexpr char Magic[4] = {'R', 'D', 'S', 'N'};
// Refuses counts no real database reaches before reading them (a damaged size field).
constexpr quint64 MaxElements = quint64(1) << 33;

// A 64-bit checksum over the payload, four lanes of multiply-rotate over 8-byte words (several GB
// per second: the 141 MB of a million customers cost ~30 ms). It finds a damaged or truncated
// file; it is no defence against someone forging one (the file is the user's own cache).
class Checksum
{
public:
    void add(const char *p, std::size_t n)
    {
        constexpr quint64 P1 = 0x9E3779B185EBCA87ULL, P2 = 0xC2B2AE3D27D4EB4FULL;
        quint64 lane[4] = {m_h ^ P1, m_h ^ P2, m_h + n, ~m_h};
        std::size_t i = 0;
        for (; i + 32 <= n; i += 32) {
            for (int k = 0; k < 4; ++k) {
                quint64 w;
                std::memcpy(&w, p + i + 8 * k, 8);
                lane[k] = rotl(lane[k] ^ (w * P2), 31) * P1;
            }
        }
        for (; i < n; ++i)
            lane[0] = rotl(lane[0] ^ (quint64(quint8(p[i])) * P2), 11) * P1;
        quint64 h = lane[0] ^ rotl(lane[1], 7) ^ rotl(lane[2], 12) ^ rotl(lane[3], 18);
        h ^= h >> 33;
        h *= P2;
        h ^= h >> 29;
        m_h = h;
    }
    quint64 value() const { return m_h; }

private:
    static quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }
    quint64 m_h = 0x27D4EB2F165667C5ULL;
};

// Every column of DashboardColumns, in the file's order, through `io` (a writer, a sizer or a
// reader: the same walk so that the three cannot disagree). A new column means a new
// FormatVersion.
template<typename Io, typename Columns>
bool walk(Io &io, Columns &c)
{
    return io.text(c.currency) && io.value(c.otherCurrencyOrders)
           && io.hash(c.otherCurrencyByCustomer) && io.vec(c.ids) && io.vec(c.owners)
           && io.vec(c.kinds) && io.vec(c.stages) && io.vec(c.orderStart) && io.vec(c.orderDays)
           && io.vec(c.orderAmounts) && io.vec(c.caseCustomers) && io.vec(c.caseKinds)
           && io.vec(c.caseOwners) && io.vec(c.caseOpened) && io.vec(c.caseResolved)
           && io.vec(c.activityAgents) && io.vec(c.activityChannels) && io.vec(c.activityWeeks)
           && io.vec(c.activityKinds) && io.vec(c.activityCounts) && io.value(c.activityMaxId)
           && io.vec(c.surveyCustomers) && io.vec(c.surveyDays) && io.vec(c.surveyScores)
           && io.vec(c.userIds) && io.texts(c.userNames) && io.vec(c.teamIds)
           && io.texts(c.teamNames) && io.vec(c.teamMemberStart) && io.vec(c.teamMembers);
}

// One day's lifetime values through `io`, as walk() does the columns.
// `inputs` is DashboardClv::inputs in hexadecimal.
template<typename Io, typename Clv>
bool walkClv(Io &io, Clv &clv, qint64 &day, quint8 &hasFit, analytics::BgNbdFit &fit, QString &inputs)
{
    return io.value(day) && io.value(hasFit) && io.value(fit.params.r) && io.value(fit.params.alpha)
           && io.value(fit.params.a) && io.value(fit.params.b) && io.value(fit.logLikelihood)
           && io.value(fit.iterations) && io.value(fit.evaluations) && io.value(fit.converged)
           && io.text(clv.message) && io.vec(clv.probabilityAlive) && io.vec(clv.lifetimeValue)
           && io.vec(clv.bought) && io.text(inputs);
}

// Writes (or, without a device, only counts and sums) the payload.
class Writer
{
public:
    explicit Writer(QIODevice *out)
        : m_out(out)
    {}
    bool bytes(const void *p, std::size_t n)
    {
        m_size += n;
        m_sum.add(static_cast<const char *>(p), n);
        return !m_out || m_out->write(static_cast<const char *>(p), qint64(n)) == qint64(n);
    }
    template<typename T>
    bool value(const T &v)
    {
        return bytes(&v, sizeof v);
    }
    template<typename T>
    bool vec(const std::vector<T> &v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        return value(quint64(v.size())) && bytes(v.data(), v.size() * sizeof(T));
    }
    bool text(const QString &s)
    {
        return value(quint64(s.size())) && bytes(s.constData(), std::size_t(s.size()) * 2);
    }
    bool texts(const std::vector<QString> &v)
    {
        if (!value(quint64(v.size())))
            return false;
        for (const QString &s : v) {
            if (!text(s))
                return false;
        }
        return true;
    }
    bool hash(const QHash<qint64, qint64> &h)
    {
        if (!value(quint64(h.size())))
            return false;
        for (auto it = h.cbegin(); it != h.cend(); ++it) {
            if (!value(it.key()) || !value(it.value()))
                return false;
        }
        return true;
    }
    quint64 size() const { return m_size; }
    quint64 sum() const { return m_sum.value(); }

private:
    QIODevice *m_out;
    quint64 m_size = 0;
    Checksum m_sum;
};

class Reader
{
public:
    Reader(QIODevice &in, quint64 size)
        : m_in(in)
        , m_left(size)
    {}
    bool bytes(void *p, std::size_t n)
    {
        if (n > m_left || m_in.read(static_cast<char *>(p), qint64(n)) != qint64(n))
            return false;
        m_left -= n;
        m_sum.add(static_cast<const char *>(p), n);
        return true;
    }
    template<typename T>
    bool value(T &v)
    {
        return bytes(&v, sizeof v);
    }
    bool count(quint64 &n, std::size_t elementSize)
    {
        return value(n) && n <= MaxElements && n * elementSize <= m_left;
    }
    template<typename T>
    bool vec(std::vector<T> &v)
    {
        quint64 n = 0;
        if (!count(n, sizeof(T)))
            return false;
        v.resize(std::size_t(n));
        return bytes(v.data(), v.size() * sizeof(T));
    }
    bool text(QString &s)
    {
        quint64 n = 0;
        if (!count(n, 2))
            return false;
        s.resize(qsizetype(n));
        return bytes(s.data(), std::size_t(n) * 2);
    }
    bool texts(std::vector<QString> &v)
    {
        quint64 n = 0;
        if (!count(n, 8))
            return false;
        v.resize(std::size_t(n));
        for (QString &s : v) {
            if (!text(s))
                return false;
        }
        return true;
    }
    bool hash(QHash<qint64, qint64> &h)
    {
        quint64 n = 0;
        if (!count(n, 16))
            return false;
        h.reserve(qsizetype(n));
        for (quint64 i = 0; i < n; ++i) {
            qint64 key = 0, value = 0;
            if (!this->value(key) || !this->value(value))
                return false;
            h.insert(key, value);
        }
        return true;
    }
    quint64 left() const { return m_left; }
    quint64 sum() const { return m_sum.value(); }

private:
    QIODevice &m_in;
    quint64 m_left;
    Checksum m_sum;
};

struct Header
{
    char magic[4];
    quint32 format;
    qint32 schema;
    quint32 hashSize;
    qint64 mark;
    qint64 readAt;
    char hash[64]; // hex SHA-256, as the history keeps it
    quint64 payloadSize;
    quint64 payloadSum;
    char build[20]; // buildKey(), SHA-1
};
static_assert(std::is_trivially_copyable_v<Header>);

// Do the columns hold together (what compute() indexes by)? A file that passed the checksum
// but was written by a faulty build must not crash the dashboards.
bool consistent(const DashboardColumns &c)
{
    const std::size_t n = c.ids.size();
    if (c.owners.size() != n || c.kinds.size() != n || c.stages.size() != n
        || c.orderStart.size() != n + 1 || c.orderStart.front() != 0
        || c.orderStart.back() != c.orderDays.size() || c.orderAmounts.size() != c.orderDays.size()
        || !std::is_sorted(c.ids.begin(), c.ids.end())
        || !std::is_sorted(c.orderStart.begin(), c.orderStart.end()))
        return false;
    const std::size_t cases = c.caseCustomers.size();
    if (c.caseKinds.size() != cases || c.caseOwners.size() != cases || c.caseOpened.size() != cases
        || c.caseResolved.size() != cases)
        return false;
    const std::size_t groups = c.activityAgents.size();
    if (c.activityChannels.size() != groups || c.activityWeeks.size() != groups
        || c.activityKinds.size() != groups || c.activityCounts.size() != groups)
        return false;
    const std::size_t answers = c.surveyCustomers.size();
    if (c.surveyDays.size() != answers || c.surveyScores.size() != answers)
        return false;
    const auto inRange = [n](const std::vector<qint32> &v) {
        return std::all_of(v.begin(), v.end(), [n](qint32 i) {
            return i >= 0 && std::size_t(i) < n;
        });
    };
    if (!inRange(c.caseCustomers) || !inRange(c.surveyCustomers))
        return false;
    return c.userNames.size() == c.userIds.size() && c.teamNames.size() == c.teamIds.size()
           && c.teamMemberStart.size() == c.teamIds.size() + 1 && c.teamMemberStart.front() == 0
           && c.teamMemberStart.back() == c.teamMembers.size()
           && std::is_sorted(c.teamMemberStart.begin(), c.teamMemberStart.end());
}

} // namespace

QByteArray DashboardSnapshot::buildKey()
{
    if (!QCoreApplication::instance())
        return {};
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QString key = program.absoluteFilePath() + QLatin1Char('|')
                        + QString::number(program.size()) + QLatin1Char('|')
                        + QString::number(program.lastModified().toMSecsSinceEpoch());
    return QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
}

QString DashboardSnapshot::defaultFile(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    const QByteArray key = QCryptographicHash::hash((canonical.isEmpty() ? info.absoluteFilePath()
                                                                         : canonical)
                                                        .toUtf8(),
                                                    QCryptographicHash::Sha1)
                               .toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/dashboards/") + QString::fromLatin1(key)
           + QStringLiteral(".snapshot");
}

Status DashboardSnapshot::write(const QString &file,
                                const DashboardColumns &columns,
                                const DashboardStamp &stamp,
                                const std::vector<const DashboardClv *> &clv)
{
    const QString what = tr("The dashboards' snapshot %1 could not be saved.").arg(file);
    if (stamp.hash.size() > qsizetype(sizeof(Header::hash)))
        return Error(Error::Kind::Io, what);
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return Error(Error::Kind::Io, what);
    std::vector<const DashboardClv *> kept;
    for (const DashboardClv *c : clv) {
        const std::size_t n = columns.customers();
        if (c && c->asOf.isValid() && c->probabilityAlive.size() == n
            && c->lifetimeValue.size() == n && c->bought.size() == n)
            kept.push_back(c);
    }
    const auto payload = [&](Writer &w) {
        if (!walk(w, columns) || !w.value(quint64(kept.size())))
            return false;
        for (const DashboardClv *c : kept) {
            qint64 day = c->asOf.toJulianDay();
            quint8 hasFit = c->fit.has_value();
            analytics::BgNbdFit fit = c->fit.value_or(analytics::BgNbdFit{});
            QString inputs = QString::fromLatin1(c->inputs.toHex());
            if (!walkClv(w, *c, day, hasFit, fit, inputs))
                return false;
        }
        return true;
    };
    Writer sizer(nullptr);
    payload(sizer);
    Header h{};
    std::memcpy(h.magic, Magic, sizeof Magic);
    h.format = FormatVersion;
    h.schema = stamp.schema;
    h.hashSize = quint32(stamp.hash.size());
    h.mark = stamp.mark;
    h.readAt = stamp.readAt;
    std::memcpy(h.hash, stamp.hash.constData(), std::size_t(stamp.hash.size()));
    h.payloadSize = sizer.size();
    h.payloadSum = sizer.sum();
    const QByteArray build = buildKey();
    std::memcpy(h.build, build.constData(), std::min(sizeof h.build, std::size_t(build.size())));

    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Io, what);
    Writer writer(&out);
    if (out.write(reinterpret_cast<const char *>(&h), sizeof h) != qint64(sizeof h)
        || !payload(writer) || !out.commit())
        return Error(Error::Kind::Io, what);
    return {};
}

Result<DashboardSnapshot::Loaded> DashboardSnapshot::read(const QString &file)
{
    const auto refused = [&file] {
        return Error(Error::Kind::Damaged,
                     tr("The dashboards' snapshot %1 is damaged or from another version.").arg(file));
    };
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error(Error::Kind::NotFound, tr("There is no dashboards' snapshot %1.").arg(file));
    Header h{};
    if (in.read(reinterpret_cast<char *>(&h), sizeof h) != qint64(sizeof h)
        || std::memcmp(h.magic, Magic, sizeof Magic) != 0 || h.format != FormatVersion
        || h.hashSize > sizeof h.hash || quint64(in.size()) != sizeof h + h.payloadSize)
        return refused();
    Loaded loaded;
    loaded.stamp.schema = h.schema;
    loaded.stamp.mark = h.mark;
    loaded.stamp.readAt = h.readAt;
    loaded.stamp.hash = QByteArray(h.hash, qsizetype(h.hashSize));
    Reader reader(in, h.payloadSize);
    quint64 days = 0;
    if (!walk(reader, loaded.columns) || !reader.count(days, 32))
        return refused();
    for (quint64 i = 0; i < days; ++i) {
        DashboardClv clv;
        qint64 day = 0;
        quint8 hasFit = 0;
        analytics::BgNbdFit fit;
        QString inputs;
        if (!walkClv(reader, clv, day, hasFit, fit, inputs))
            return refused();
        clv.inputs = QByteArray::fromHex(inputs.toLatin1());
        clv.asOf = QDate::fromJulianDay(day);
        if (hasFit)
            clv.fit = fit;
        loaded.clv.push_back(std::move(clv));
    }
    if (reader.left() != 0 || reader.sum() != h.payloadSum || !consistent(loaded.columns))
        return refused();
    const std::size_t n = loaded.columns.customers();
    const QByteArray build = buildKey();
    const bool sameBuild = !build.isEmpty()
                           && std::memcmp(h.build, build.constData(), sizeof h.build) == 0;
    if (!sameBuild || !std::all_of(loaded.clv.begin(), loaded.clv.end(), [n](const DashboardClv &c) {
            return c.asOf.isValid() && c.probabilityAlive.size() == n && c.lifetimeValue.size() == n
                   && c.bought.size() == n;
        }))
        loaded.clv.clear();
    return loaded;
}

} // namespace rapport
