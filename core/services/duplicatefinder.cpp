#include "core/services/duplicatefinder.h"

#include "core/domain/jarowinkler.h"
#include "core/services/door.h"
#include "core/storage/database.h"

#include <QHash>

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace rapport {

namespace {

// Salts that keep the kinds of keys apart: an e-mail never meets a name.
enum KeySalt : size_t {
    SaltWords = 0x9e3779b97f4a7c15ull,
    SaltLastInitial = 0xc2b2ae3d27d4eb4full,
    SaltFirstLastStart = 0x165667b19e3779f9ull,
    SaltOrgWord = 0xd6e8feb86659fd93ull,
    SaltOrgRest = 0x2545f4914f6cdd1dull,
    SaltPhone = 0xff51afd7ed558ccdull,
    SaltEmail = 0xc4ceb9fe1a85ec53ull,
};

size_t mix(size_t h, size_t v)
{
    return (h ^ v) * 0x100000001b3ull + (h >> 29);
}

// The name's words after the first `skip` ones ("weber anna", 1 -> "anna"), and the ones before.
std::pair<QStringView, QStringView> splitWords(QStringView name, int skip)
{
    qsizetype at = 0;
    for (int w = 0; w < skip; ++w) {
        const qsizetype space = name.indexOf(u' ', at);
        if (space < 0)
            return {name, {}};
        at = space + 1;
    }
    return {at > 0 ? name.left(at - 1) : QStringView(), name.mid(at)};
}

// Everything the scan holds per customer, in columns indexed 0..n-1 (ids ascending): about 80
// bytes a customer with the names, so a million fit in well under 100 MB.
struct Columns
{
    std::vector<qint64> ids;
    std::vector<quint8> kinds;
    std::vector<quint8> lastWords;
    QString names;  // the folded names one after another
    QString sorted; // the same names with their words sorted (same lengths)
    std::vector<quint32> starts{0};
    std::vector<size_t> org;  // hash of the organisation's key; 0: none
    std::vector<size_t> city; // hash of the city's key; 0: none
    // Each customer's contact keys (hash | kind in the lowest bit), customer by customer.
    std::vector<quint32> contactStarts;
    std::vector<size_t> contacts;

    qsizetype size() const { return qsizetype(ids.size()); }
    QStringView name(quint32 i) const
    {
        return QStringView(names).mid(starts[i], starts[i + 1] - starts[i]);
    }
    QStringView sortedName(quint32 i) const
    {
        return QStringView(sorted).mid(starts[i], starts[i + 1] - starts[i]);
    }
    // How alike two names are. Persons compare last name with last name and first with first
    // (or crosswise, for names entered the other way round), each part counting half: over the
    // whole "last first" text a shared last name alone would make Daniel and Francisco Iglesias
    // 0.89 alike. Organisations, and persons with one part only, compare the whole folded name
    // (its words as they are or sorted, the better).
    double nameSimilarity(quint32 i, quint32 j) const
    {
        if (kinds[i] == 0 && kinds[j] == 0) {
            const auto [lastI, firstI] = splitWords(name(i), std::max<int>(1, lastWords[i]));
            const auto [lastJ, firstJ] = splitWords(name(j), std::max<int>(1, lastWords[j]));
            if (!lastI.isEmpty() && !firstI.isEmpty() && !lastJ.isEmpty() && !firstJ.isEmpty()) {
                const double straight = (jaroWinkler(lastI, lastJ) + jaroWinkler(firstI, firstJ))
                                        / 2;
                if (straight >= 1.0)
                    return straight;
                const double crossed = (jaroWinkler(lastI, firstJ) + jaroWinkler(firstI, lastJ))
                                       / 2;
                return std::max(straight, crossed);
            }
        }
        const double direct = jaroWinkler(name(i), name(j));
        return direct >= 1.0 ? direct : std::max(direct, jaroWinkler(sortedName(i), sortedName(j)));
    }
    std::optional<quint32> index(qint64 id) const
    {
        const auto it = std::lower_bound(ids.begin(), ids.end(), id);
        if (it == ids.end() || *it != id)
            return std::nullopt;
        return quint32(it - ids.begin());
    }
    bool shareContact(quint32 i, quint32 j, size_t kind) const
    {
        for (quint32 a = contactStarts[i]; a < contactStarts[i + 1]; ++a) {
            if ((contacts[a] & 1) != kind)
                continue;
            for (quint32 b = contactStarts[j]; b < contactStarts[j + 1]; ++b) {
                if (contacts[a] == contacts[b])
                    return true;
            }
        }
        return false;
    }
};

struct Entry
{
    size_t key;
    quint32 index;
    bool operator<(const Entry &o) const { return key != o.key ? key < o.key : index < o.index; }
    bool operator==(const Entry &o) const { return key == o.key && index == o.index; }
};

void addNameKeys(const Columns &c, quint32 i, std::vector<Entry> &out)
{
    const QStringView name = c.name(i);
    if (name.isEmpty())
        return;
    out.push_back({size_t(qHash(c.sortedName(i), SaltWords)), i});
    if (c.kinds[i] == 0) {
        const auto [last, first] = splitWords(name, std::max<int>(1, c.lastWords[i]));
        if (last.isEmpty() || first.isEmpty())
            return;
        // Typos in the first name: the same last name and initial.
        out.push_back({mix(qHash(last, SaltLastInitial), first.front().unicode()), i});
        // Typos in the last name: the same first name and the same start of the last.
        out.push_back({mix(qHash(first, SaltFirstLastStart), qHash(last.left(3))), i});
    } else {
        const qsizetype space = name.indexOf(u' ');
        const QStringView word = space < 0 ? name : name.left(space);
        if (word.size() >= 3 && space >= 0) {
            // A slip in the first word or in a later one: each leaves the other part equal.
            out.push_back({size_t(qHash(word, SaltOrgWord)), i});
            out.push_back({size_t(qHash(name.mid(space + 1), SaltOrgRest)), i});
        }
    }
}

struct Candidate
{
    double score;
    double name;
    quint32 a, b;
    DuplicateFinder::Shared shared;
};

} // namespace

QString DuplicateEvidence::key() const
{
    switch (kind) {
    case Kind::Name:
        return QStringLiteral("name");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Organisation:
        return QStringLiteral("organisation");
    case Kind::City:
        return QStringLiteral("city");
    case Kind::OtherCity:
        return QStringLiteral("other_city");
    }
    return {};
}

QString DuplicateEvidence::text() const
{
    switch (kind) {
    case Kind::Name:
        return DuplicateFinder::tr("names %1% alike").arg(qRound(similarity * 100));
    case Kind::Email:
        return DuplicateFinder::tr("same e-mail %1").arg(detail);
    case Kind::Phone:
        return DuplicateFinder::tr("same phone %1").arg(detail);
    case Kind::Organisation:
        return DuplicateFinder::tr("both at %1").arg(detail);
    case Kind::City:
        return DuplicateFinder::tr("same city %1").arg(detail);
    case Kind::OtherCity:
        return DuplicateFinder::tr("different cities (%1)").arg(detail);
    }
    return {};
}

DuplicateFinder::DuplicateFinder(const Database &db)
    : m_repo(db)
{}

double DuplicateFinder::score(double nameSimilarity, const Shared &shared)
{
    double s = 0.7 * nameSimilarity;
    if (shared.email)
        s += 0.25;
    if (shared.phone)
        s += 0.2;
    if (shared.organisation)
        s += 0.12;
    if (shared.city)
        s += 0.05;
    if (shared.otherCity)
        s -= 0.1;
    return std::clamp(s, 0.0, 1.0);
}

Result<QList<DuplicatePair>> DuplicateFinder::find(const Options &options)
{
    m_stats = {};
    const auto cancelled = [&](int percent) {
        return options.progress && !options.progress(percent);
    };
    const auto stopped = [] {
        return Error(Error::Kind::Cancelled, tr("The search for duplicates was cancelled."));
    };

    // 1. The customers and their contact keys, in columns.
    Columns c;
    Status read = m_repo.scanCustomers([&](const DuplicateScanRow &r) {
        // Out of the scope: never compared, so no pair shows it (its contacts are left out
        // below, not being in the columns).
        if (!options.scope.allows(r.ownerId))
            return;
        c.ids.push_back(r.id);
        c.kinds.push_back(quint8(r.kind));
        c.lastWords.push_back(quint8(std::min(r.lastWords, 255)));
        c.names += r.nameKey;
        c.sorted += r.nameKey.contains(u' ') ? sortedTokens(r.nameKey) : r.nameKey;
        c.starts.push_back(quint32(c.names.size()));
        c.org.push_back(r.orgKey.isEmpty() ? 0 : size_t(qHash(r.orgKey, 1)) | 1);
        c.city.push_back(r.cityKey.isEmpty() ? 0 : size_t(qHash(r.cityKey, 2)) | 1);
    });
    if (!read)
        return read.error();
    m_stats.customers = c.size();
    if (cancelled(10))
        return stopped();

    std::vector<std::pair<quint32, size_t>> contacts;
    read = m_repo.scanContacts([&](qint64 customerId, int kind, const QString &key) {
        if (const auto i = c.index(customerId)) {
            const size_t h = size_t(qHash(key, kind == 0 ? SaltPhone : SaltEmail));
            contacts.emplace_back(*i, (h & ~size_t(1)) | size_t(kind & 1));
        }
    });
    if (!read)
        return read.error();
    m_stats.contacts = qint64(contacts.size());
    std::sort(contacts.begin(), contacts.end());
    contacts.erase(std::unique(contacts.begin(), contacts.end()), contacts.end());
    c.contactStarts.assign(std::size_t(c.size()) + 1, 0);
    c.contacts.reserve(contacts.size());
    for (const auto &[i, key] : contacts) {
        ++c.contactStarts[i + 1];
        c.contacts.push_back(key);
    }
    for (std::size_t i = 1; i < c.contactStarts.size(); ++i)
        c.contactStarts[i] += c.contactStarts[i - 1];
    if (cancelled(25))
        return stopped();

    // 2. The blocks: every key with the customers holding it, sorted so a block is one run.
    std::vector<Entry> entries;
    entries.reserve(std::size_t(c.size()) * 3 + contacts.size());
    for (quint32 i = 0; i < quint32(c.size()); ++i)
        addNameKeys(c, i, entries);
    for (const auto &[i, key] : contacts)
        entries.push_back({key, i});
    contacts = {};
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    if (cancelled(40))
        return stopped();

    // 3. The pairs within each block (by window in a large one), each pair once.
    std::vector<quint64> pairs;
    const auto consider = [&](quint32 i, quint32 j) {
        if (c.kinds[i] != c.kinds[j])
            return;
        pairs.push_back(i < j ? (quint64(i) << 32) | j : (quint64(j) << 32) | i);
    };
    std::vector<quint32> members;
    for (std::size_t s = 0; s < entries.size();) {
        std::size_t e = s + 1;
        while (e < entries.size() && entries[e].key == entries[s].key)
            ++e;
        const std::size_t k = e - s;
        if (k >= 2) {
            ++m_stats.blocks;
            if (k <= std::size_t(MaxBlock)) {
                for (std::size_t a = s; a < e; ++a)
                    for (std::size_t b = a + 1; b < e; ++b)
                        consider(entries[a].index, entries[b].index);
            } else {
                ++m_stats.largeBlocks;
                members.clear();
                for (std::size_t a = s; a < e; ++a)
                    members.push_back(entries[a].index);
                std::sort(members.begin(), members.end(), [&](quint32 x, quint32 y) {
                    const int order = c.sortedName(x).compare(c.sortedName(y));
                    return order != 0 ? order < 0 : x < y;
                });
                for (std::size_t a = 0; a < k; ++a)
                    for (std::size_t b = a + 1; b < std::min(k, a + 1 + std::size_t(Window)); ++b)
                        consider(members[a], members[b]);
            }
        }
        s = e;
    }
    entries = {};
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    m_stats.comparisons = qint64(pairs.size());

    Result<QList<std::pair<qint64, qint64>>> dismissedIds = m_repo.dismissed();
    if (!dismissedIds)
        return dismissedIds.error();
    std::unordered_set<quint64> dismissed;
    for (const auto &[low, high] : std::as_const(*dismissedIds)) {
        const auto i = c.index(low), j = c.index(high);
        if (i && j)
            dismissed.insert((quint64(*i) << 32) | *j);
    }
    if (cancelled(50))
        return stopped();

    // 4. The score of each pair.
    std::vector<Candidate> found;
    const std::size_t step = std::max<std::size_t>(1, pairs.size() / 40);
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        if (p % step == 0 && cancelled(50 + int(p * 45 / std::max<std::size_t>(1, pairs.size()))))
            return stopped();
        const quint64 key = pairs[p];
        if (!dismissed.empty() && dismissed.count(key))
            continue;
        const auto i = quint32(key >> 32), j = quint32(key & 0xffffffffu);
        const double name = c.nameSimilarity(i, j);
        // The best the evidence could lift it to: skip the contact look-ups when even that fails.
        if (score(name, {true, true, c.kinds[i] == 0, true, false}) < options.minScore)
            continue;
        Shared shared;
        shared.email = c.shareContact(i, j, 1);
        shared.phone = c.shareContact(i, j, 0);
        shared.organisation = c.kinds[i] == 0 && c.org[i] != 0 && c.org[i] == c.org[j];
        shared.city = c.city[i] != 0 && c.city[i] == c.city[j];
        shared.otherCity = c.city[i] != 0 && c.city[j] != 0 && c.city[i] != c.city[j];
        const double s = score(name, shared);
        if (s >= options.minScore)
            found.push_back({s, name, i, j, shared});
    }
    m_stats.found = qint64(found.size());
    const auto better = [](const Candidate &x, const Candidate &y) {
        if (x.score != y.score)
            return x.score > y.score;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    };
    std::size_t keep = found.size();
    if (options.limit > 0 && std::size_t(options.limit) < keep) {
        keep = std::size_t(options.limit);
        std::partial_sort(found.begin(), found.begin() + qsizetype(keep), found.end(), better);
    } else {
        std::sort(found.begin(), found.end(), better);
    }

    // 5. The facts and evidence of the pairs kept.
    QList<DuplicatePair> result;
    result.reserve(qsizetype(keep));
    for (std::size_t p = 0; p < keep; ++p) {
        const Candidate &f = found[p];
        DuplicatePair pair;
        Result<DuplicateFacts> a = m_repo.facts(c.ids[f.a]);
        if (!a)
            return a.error();
        Result<DuplicateFacts> b = m_repo.facts(c.ids[f.b]);
        if (!b)
            return b.error();
        pair.a = std::move(*a);
        pair.b = std::move(*b);
        pair.score = f.score;
        if (Status s = describe(pair, f.shared, f.name); !s)
            return s.error();
        result.append(std::move(pair));
    }
    if (options.progress)
        options.progress(100);
    return result;
}

Status DuplicateFinder::describe(DuplicatePair &pair, const Shared &shared, double nameSimilarity)
{
    DuplicateEvidence name;
    name.kind = DuplicateEvidence::Kind::Name;
    name.similarity = nameSimilarity;
    pair.evidence.append(name);
    const auto add = [&](DuplicateEvidence::Kind kind, const QString &detail) {
        DuplicateEvidence e;
        e.kind = kind;
        e.detail = detail;
        pair.evidence.append(e);
    };
    if (shared.email) {
        for (const QString &email : std::as_const(pair.a.emails)) {
            if (pair.b.emails.contains(email, Qt::CaseInsensitive)) {
                add(DuplicateEvidence::Kind::Email, email);
                break;
            }
        }
    }
    if (shared.phone) {
        const auto tail = [](const QString &phone) {
            QString digits;
            for (QChar ch : phone) {
                if (ch.isDigit())
                    digits += ch;
            }
            return digits.right(9);
        };
        QString common;
        for (const QString &x : std::as_const(pair.a.phones)) {
            for (const QString &y : std::as_const(pair.b.phones)) {
                if (common.isEmpty() && tail(x) == tail(y))
                    common = x;
            }
        }
        add(DuplicateEvidence::Kind::Phone, common);
    }
    if (shared.organisation)
        add(DuplicateEvidence::Kind::Organisation, pair.a.organisation);
    if (shared.city)
        add(DuplicateEvidence::Kind::City, pair.a.city);
    if (shared.otherCity)
        add(DuplicateEvidence::Kind::OtherCity, tr("%1, %2").arg(pair.a.city, pair.b.city));
    return {};
}

Status DuplicateFinder::dismiss(Door &door, qint64 a, qint64 b)
{
    return door.write(WriteRequest(WriteAction::Merge, a), [&](WriteScope &w) {
        DuplicateRepository repo(door.database());
        return repo.dismiss(a, b, w.now(), w.actor().userId);
    });
}

Status DuplicateFinder::undismiss(Door &door, qint64 a, qint64 b)
{
    return door.write(WriteRequest(WriteAction::Merge, a), [&](WriteScope &) {
        DuplicateRepository repo(door.database());
        return repo.undismiss(a, b);
    });
}

} // namespace rapport
