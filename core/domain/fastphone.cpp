#include "core/domain/fastphone.h"

#include "core/domain/phonenumber.h"

#include <algorithm>
#include <array>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace i18n::phonenumbers {
// libphonenumber's own metadata, as compiled into the library (exported, not in its headers).
int metadata_size();
const void *metadata_get();
} // namespace i18n::phonenumbers

namespace rapport {
namespace {

namespace pn = i18n::phonenumbers;

// ---- Patterns -----------------------------------------------------------------------------
//
// libphonenumber's metadata patterns use a small regular language over digits: digits, \d,
// classes with ranges, (?:...) groups, |, ? and {n}, {n,m}. Full-match and "some prefix
// matches" (ICU's lookingAt) are set questions, so an automaton answers them exactly as
// libphonenumber's regular expressions do. A pattern with anything else is not compiled
// (the numbers it concerns go to libphonenumber).

struct Nfa
{
    struct State
    {
        quint16 digits = 0; // the digits this state moves on, to `next`
        int next = -1;
        std::vector<int> empty; // moves without a digit
    };
    std::vector<State> states;
    int start = 0;
    int accept = 0;
};

class PatternCompiler
{
public:
    explicit PatternCompiler(const std::string &pattern)
        : m_p(pattern)
    {}

    std::unique_ptr<Nfa> compile()
    {
        auto nfa = std::make_unique<Nfa>();
        m_nfa = nfa.get();
        const auto [s, e] = alternation();
        if (!m_ok || m_i != m_p.size())
            return nullptr;
        nfa->start = s;
        nfa->accept = e;
        return nfa;
    }

private:
    using Frag = std::pair<int, int>;
    struct Node
    {
        enum Kind { Digits, Seq, Alt, Repeat } kind = Digits;
        quint16 digits = 0;
        std::vector<Node> children;
        int min = 1, max = 1; // Repeat; max -1: unbounded
    };

    int state()
    {
        m_nfa->states.emplace_back();
        return int(m_nfa->states.size()) - 1;
    }

    Frag alternation()
    {
        Node n = parseAlt();
        if (!m_ok)
            return {0, 0};
        return build(n);
    }

    Node parseAlt()
    {
        Node alt;
        alt.kind = Node::Alt;
        alt.children.push_back(parseSeq());
        while (m_ok && m_i < m_p.size() && m_p[m_i] == '|') {
            ++m_i;
            alt.children.push_back(parseSeq());
        }
        return alt;
    }

    Node parseSeq()
    {
        Node seq;
        seq.kind = Node::Seq;
        while (m_ok && m_i < m_p.size() && m_p[m_i] != '|' && m_p[m_i] != ')') {
            Node atom = parseAtom();
            if (!m_ok)
                break;
            seq.children.push_back(quantified(std::move(atom)));
        }
        return seq;
    }

    Node quantified(Node atom)
    {
        while (m_ok && m_i < m_p.size() && (m_p[m_i] == '?' || m_p[m_i] == '{')) {
            Node r;
            r.kind = Node::Repeat;
            if (m_p[m_i] == '?') {
                ++m_i;
                r.min = 0;
                r.max = 1;
            } else {
                ++m_i;
                r.min = number();
                r.max = r.min;
                if (m_i < m_p.size() && m_p[m_i] == ',') {
                    ++m_i;
                    r.max = m_i < m_p.size() && m_p[m_i] == '}' ? -1 : number();
                }
                if (m_i >= m_p.size() || m_p[m_i] != '}' || r.min < 0
                    || (r.max >= 0 && r.max < r.min) || r.min > 40 || r.max > 40) {
                    m_ok = false;
                    break;
                }
                ++m_i;
            }
            r.children.push_back(std::move(atom));
            atom = std::move(r);
        }
        return atom;
    }

    int number()
    {
        int n = 0;
        bool any = false;
        while (m_i < m_p.size() && m_p[m_i] >= '0' && m_p[m_i] <= '9') {
            n = n * 10 + (m_p[m_i++] - '0');
            any = true;
        }
        if (!any)
            m_ok = false;
        return n;
    }

    Node parseAtom()
    {
        Node n;
        const char c = m_p[m_i];
        if (c >= '0' && c <= '9') {
            ++m_i;
            n.digits = quint16(1u << (c - '0'));
        } else if (c == '\\' && m_i + 1 < m_p.size() && m_p[m_i + 1] == 'd') {
            m_i += 2;
            n.digits = 0x3FF;
        } else if (c == '[') {
            ++m_i;
            while (m_i < m_p.size() && m_p[m_i] != ']') {
                const char a = m_p[m_i];
                if (a == '\\' && m_i + 1 < m_p.size() && m_p[m_i + 1] == 'd') {
                    n.digits |= 0x3FF;
                    m_i += 2;
                    continue;
                }
                if (a < '0' || a > '9') {
                    m_ok = false;
                    return n;
                }
                char b = a;
                if (m_i + 2 < m_p.size() && m_p[m_i + 1] == '-' && m_p[m_i + 2] != ']') {
                    b = m_p[m_i + 2];
                    m_i += 3;
                } else {
                    ++m_i;
                }
                if (b < a || b > '9') {
                    m_ok = false;
                    return n;
                }
                for (char d = a; d <= b; ++d)
                    n.digits |= quint16(1u << (d - '0'));
            }
            if (m_i >= m_p.size()) {
                m_ok = false;
                return n;
            }
            ++m_i;
        } else if (c == '(') {
            ++m_i;
            if (m_p.compare(m_i, 2, "?:") != 0) {
                m_ok = false; // a capturing group: libphonenumber may use what it captures
                return n;
            }
            m_i += 2;
            n = parseAlt();
            if (m_i >= m_p.size() || m_p[m_i] != ')') {
                m_ok = false;
                return n;
            }
            ++m_i;
        } else {
            m_ok = false;
        }
        return n;
    }

    Frag build(const Node &n)
    {
        switch (n.kind) {
        case Node::Digits: {
            const int s = state(), e = state();
            m_nfa->states[std::size_t(s)].digits = n.digits;
            m_nfa->states[std::size_t(s)].next = e;
            return {s, e};
        }
        case Node::Seq: {
            const int s = state();
            int end = s;
            for (const Node &child : n.children) {
                const Frag f = build(child);
                m_nfa->states[std::size_t(end)].empty.push_back(f.first);
                end = f.second;
            }
            return {s, end};
        }
        case Node::Alt: {
            const int s = state(), e = state();
            for (const Node &child : n.children) {
                const Frag f = build(child);
                m_nfa->states[std::size_t(s)].empty.push_back(f.first);
                m_nfa->states[std::size_t(f.second)].empty.push_back(e);
            }
            return {s, e};
        }
        case Node::Repeat: {
            const int s = state();
            int end = s;
            for (int i = 0; i < n.min; ++i) {
                const Frag f = build(n.children.front());
                m_nfa->states[std::size_t(end)].empty.push_back(f.first);
                end = f.second;
            }
            const int e = state();
            m_nfa->states[std::size_t(end)].empty.push_back(e);
            if (n.max < 0) {
                const Frag f = build(n.children.front());
                m_nfa->states[std::size_t(end)].empty.push_back(f.first);
                m_nfa->states[std::size_t(f.second)].empty.push_back(f.first);
                m_nfa->states[std::size_t(f.second)].empty.push_back(e);
            } else {
                for (int i = n.min; i < n.max; ++i) {
                    const Frag f = build(n.children.front());
                    m_nfa->states[std::size_t(end)].empty.push_back(f.first);
                    m_nfa->states[std::size_t(f.second)].empty.push_back(e);
                    end = f.second;
                }
            }
            return {s, e};
        }
        }
        return {0, 0};
    }

    const std::string &m_p;
    std::size_t m_i = 0;
    bool m_ok = true;
    Nfa *m_nfa = nullptr;
};

// One desc (general, fixed line, mobile...): its possible lengths and its pattern.
struct Desc
{
    std::vector<int> lengths;
    std::unique_ptr<Nfa> pattern; // null: no pattern (matches nothing) or not compiled
    bool compiled = true;         // false: the pattern uses what the automaton cannot do
};

struct Region
{
    int countryCode = 0;
    Desc general;
    std::vector<Desc> types; // premium rate ... mobile: a number of any of them is valid
    std::vector<int> localOnlyLengths;
    std::unique_ptr<Nfa> leadingDigits;
    bool hasLeadingDigits = false;
    std::string nationalPrefix; // national_prefix_for_parsing when it is plain digits
    // Otherwise, when it compiles, with its groups made non-capturing: it is only asked whether
    // it matches the start of a number (and then libphonenumber decides).
    std::unique_ptr<Nfa> nationalPrefixPattern;
    bool hasNationalPrefix = false;
    std::unique_ptr<Nfa> internationalPrefix;
    bool usable = true; // every pattern compiled
};

// `pattern` with its capturing groups made non-capturing. Whether a pattern matches does not
// depend on what it captures; what a national prefix for parsing captures is used only once it
// matched, and such numbers go to libphonenumber.
std::string withoutCaptures(const std::string &pattern)
{
    std::string out;
    out.reserve(pattern.size() + 8);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        out.push_back(pattern[i]);
        if (pattern[i] == '\\' && i + 1 < pattern.size())
            out.push_back(pattern[++i]);
        else if (pattern[i] == '(' && (i + 1 >= pattern.size() || pattern[i + 1] != '?'))
            out += "?:";
    }
    return out;
}

Desc descOf(const pn::PhoneNumberDesc &d, bool &usable)
{
    Desc out;
    for (int i = 0; i < d.possible_length_size(); ++i)
        out.lengths.push_back(d.possible_length(i));
    if (!d.national_number_pattern().empty()) {
        out.pattern = PatternCompiler(d.national_number_pattern()).compile();
        if (!out.pattern) {
            out.compiled = false;
            usable = false;
        }
    }
    return out;
}

// The metadata of every region, read once from libphonenumber and shared by all threads.
struct Metadata
{
    std::unordered_map<std::string, Region> regions;         // by region code
    std::unordered_map<int, std::vector<std::string>> codes; // calling code -> regions, main first
};

const Metadata &metadata()
{
    static const Metadata m = [] {
        Metadata out;
        pn::PhoneMetadataCollection collection;
        if (!collection.ParseFromArray(pn::metadata_get(), pn::metadata_size()))
            return out;
        const pn::PhoneNumberUtil *util = pn::PhoneNumberUtil::GetInstance();
        for (int i = 0; i < collection.metadata_size(); ++i) {
            const pn::PhoneMetadata &md = collection.metadata(i);
            Region r;
            r.countryCode = md.country_code();
            r.general = descOf(md.general_desc(), r.usable);
            for (const pn::PhoneNumberDesc *d : {&md.premium_rate(),
                                                 &md.toll_free(),
                                                 &md.shared_cost(),
                                                 &md.voip(),
                                                 &md.personal_number(),
                                                 &md.pager(),
                                                 &md.uan(),
                                                 &md.voicemail(),
                                                 &md.fixed_line(),
                                                 &md.mobile()})
                r.types.push_back(descOf(*d, r.usable));
            for (int k = 0; k < md.general_desc().possible_length_local_only_size(); ++k)
                r.localOnlyLengths.push_back(md.general_desc().possible_length_local_only(k));
            if (md.has_leading_digits() && !md.leading_digits().empty()) {
                r.hasLeadingDigits = true;
                r.leadingDigits = PatternCompiler(md.leading_digits()).compile();
                r.usable = r.usable && r.leadingDigits;
            }
            const std::string &npfp = md.national_prefix_for_parsing();
            if (!npfp.empty()) {
                r.hasNationalPrefix = true;
                if (npfp.find_first_not_of("0123456789") == std::string::npos
                    && md.national_prefix_transform_rule().empty())
                    r.nationalPrefix = npfp;
                else
                    r.nationalPrefixPattern = PatternCompiler(withoutCaptures(npfp)).compile();
            }
            if (!md.international_prefix().empty())
                r.internationalPrefix = PatternCompiler(md.international_prefix()).compile();
            out.regions.emplace(md.id(), std::move(r));
        }
        for (const auto &[id, region] : out.regions) {
            if (out.codes.count(region.countryCode))
                continue;
            std::list<std::string> list;
            util->GetRegionCodesForCountryCallingCode(region.countryCode, &list);
            out.codes[region.countryCode] = std::vector<std::string>(list.begin(), list.end());
        }
        return out;
    }();
    return m;
}

} // namespace

// Each thread's deterministic automata, built from the shared patterns as numbers need them.
class FastPhoneNormalizer::Matcher
{
public:
    bool fullMatch(const Nfa &nfa, std::string_view digits) { return run(nfa, digits, false); }
    bool somePrefixMatches(const Nfa &nfa, std::string_view digits)
    {
        return run(nfa, digits, true);
    }

private:
    struct Dfa
    {
        std::map<std::vector<int>, int> ids;
        std::vector<std::vector<int>> sets;    // by id
        std::vector<std::array<int, 10>> next; // -2: not built yet; -1: dead
        std::vector<bool> accepting;
    };

    static void close(const Nfa &nfa, std::vector<int> &set)
    {
        std::vector<char> seen(nfa.states.size(), 0);
        std::vector<int> stack = set;
        for (int s : set)
            seen[std::size_t(s)] = 1;
        while (!stack.empty()) {
            const int s = stack.back();
            stack.pop_back();
            for (int t : nfa.states[std::size_t(s)].empty) {
                if (!seen[std::size_t(t)]) {
                    seen[std::size_t(t)] = 1;
                    set.push_back(t);
                    stack.push_back(t);
                }
            }
        }
        std::sort(set.begin(), set.end());
    }

    int idOf(const Nfa &nfa, Dfa &dfa, std::vector<int> set)
    {
        if (set.empty())
            return -1;
        auto it = dfa.ids.find(set);
        if (it != dfa.ids.end())
            return it->second;
        const int id = int(dfa.next.size());
        std::array<int, 10> none;
        none.fill(-2);
        dfa.next.push_back(none);
        dfa.accepting.push_back(std::binary_search(set.begin(), set.end(), nfa.accept));
        dfa.sets.push_back(set);
        dfa.ids.emplace(std::move(set), id);
        return id;
    }

    int step(const Nfa &nfa, Dfa &dfa, int from, int digit)
    {
        if (const int known = dfa.next[std::size_t(from)][std::size_t(digit)]; known != -2)
            return known;
        std::vector<int> set;
        for (int s : dfa.sets[std::size_t(from)]) {
            const Nfa::State &st = nfa.states[std::size_t(s)];
            if (st.next >= 0 && (st.digits >> digit) & 1u)
                set.push_back(st.next);
        }
        std::sort(set.begin(), set.end());
        set.erase(std::unique(set.begin(), set.end()), set.end());
        if (!set.empty())
            close(nfa, set);
        const int id = idOf(nfa, dfa, std::move(set));
        dfa.next[std::size_t(from)][std::size_t(digit)] = id;
        return id;
    }

    bool run(const Nfa &nfa, std::string_view digits, bool prefix)
    {
        Dfa &dfa = m_dfas[&nfa];
        if (dfa.next.empty()) {
            std::vector<int> start{nfa.start};
            close(nfa, start);
            idOf(nfa, dfa, std::move(start));
        }
        int s = 0;
        if (prefix && dfa.accepting[0])
            return true;
        for (char c : digits) {
            s = step(nfa, dfa, s, c - '0');
            if (s < 0)
                return false;
            if (prefix && dfa.accepting[std::size_t(s)])
                return true;
        }
        return !prefix && dfa.accepting[std::size_t(s)];
    }

    std::unordered_map<const Nfa *, Dfa> m_dfas;
};

FastPhoneNormalizer::FastPhoneNormalizer()
    : m_matcher(std::make_unique<Matcher>())
{}

FastPhoneNormalizer::~FastPhoneNormalizer() = default;

Result<QString> FastPhoneNormalizer::toE164(const QString &text,
                                            const QString &region,
                                            const QString &field,
                                            PhoneNormalizer::Check check)
{
    if (std::optional<QString> fast = fastE164(text, region, check)) {
        ++m_fast;
        return *fast;
    }
    const QString key = (check == PhoneNormalizer::Check::Possible ? QStringLiteral("?") : QString())
                        + region + QLatin1Char('|') + text;
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd()) {
        ++m_cached;
        return *it;
    }
    ++m_slow;
    Result<QString> e164 = PhoneNormalizer(region).toE164(text, field, check);
    if (e164 && m_cache.size() < 100'000)
        m_cache.insert(key, *e164);
    return e164;
}

std::optional<QString> FastPhoneNormalizer::fastE164(const QString &text,
                                                     const QString &regionCode,
                                                     PhoneNormalizer::Check check)
{
    const Metadata &md = metadata();
    // Only digits and the separators people write between them; a '+' only in front.
    std::string digits;
    digits.reserve(std::size_t(text.size()));
    bool plus = false;
    for (QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9')
            digits.push_back(char(c));
        else if (c == u'+' && digits.empty() && !plus)
            plus = true;
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'/' && c != u'(' && c != u')')
            return std::nullopt;
    }
    if (digits.size() < 3 || digits.size() > 20)
        return std::nullopt;
    const auto isValid = [&](const Region &r, std::string_view nsn) {
        const auto matches = [&](const Desc &d) {
            if (!d.lengths.empty()
                && std::find(d.lengths.begin(), d.lengths.end(), int(nsn.size())) == d.lengths.end())
                return false;
            return d.pattern && m_matcher->fullMatch(*d.pattern, nsn);
        };
        if (!matches(r.general))
            return false;
        for (const Desc &t : r.types)
            if (matches(t))
                return true;
        return false;
    };
    int countryCode = 0;
    std::string nsn;
    if (plus) {
        // No calling code starts with 0: libphonenumber refuses those.
        if (digits.front() == '0')
            return std::nullopt;
        std::size_t len = 1;
        for (; len <= 3 && len < digits.size(); ++len) {
            countryCode = std::stoi(digits.substr(0, len));
            if (md.codes.count(countryCode))
                break;
        }
        if (len > 3 || !md.codes.count(countryCode))
            return std::nullopt;
        nsn = digits.substr(len);
        const auto main = md.regions.find(md.codes.at(countryCode).front());
        if (main == md.regions.end() || !main->second.usable)
            return std::nullopt;
        const Region &m = main->second;
        // A national prefix after the calling code ("+44 020...", "+1 1..."): libphonenumber
        // strips it (MaybeStripNationalPrefixAndCarrierCode) unless the number was a number of
        // the region and would stop being one, and keeps the stripped number only when its
        // length is possible or too long (TestNumberLength). Prefixes that are patterns or have
        // a transform rule are left to it.
        if (m.hasNationalPrefix) {
            if (!m.nationalPrefix.empty()) {
                if (nsn.compare(0, m.nationalPrefix.size(), m.nationalPrefix) == 0) {
                    if (!m.general.pattern || m.general.lengths.empty()
                        || m.general.lengths.front() < 0)
                        return std::nullopt;
                    const std::string stripped = nsn.substr(m.nationalPrefix.size());
                    const bool viable = m_matcher->fullMatch(*m.general.pattern, nsn);
                    bool strip = !viable || m_matcher->fullMatch(*m.general.pattern, stripped);
                    if (strip) {
                        const std::vector<int> &lengths = m.general.lengths;
                        const int n = int(stripped.size());
                        const bool localOnly = std::find(m.localOnlyLengths.begin(),
                                                         m.localOnlyLengths.end(),
                                                         n)
                                               != m.localOnlyLengths.end();
                        const bool possible = std::find(lengths.begin(), lengths.end(), n)
                                              != lengths.end();
                        const bool tooLong = n > lengths.back();
                        strip = !localOnly && (possible || tooLong) && n >= lengths.front();
                    }
                    if (strip)
                        nsn = stripped;
                }
            } else if (!m.nationalPrefixPattern
                       || m_matcher->somePrefixMatches(*m.nationalPrefixPattern, nsn)) {
                return std::nullopt;
            }
        }
    } else {
        const auto it = md.regions.find(regionCode.toUpper().toStdString());
        if (it == md.regions.end() || !it->second.usable)
            return std::nullopt;
        const Region &r = it->second;
        // An international call prefix (00, 011...) or the country code written without '+':
        // libphonenumber decides those.
        if (!r.internationalPrefix || m_matcher->somePrefixMatches(*r.internationalPrefix, digits))
            return std::nullopt;
        const std::string code = std::to_string(r.countryCode);
        if (digits.compare(0, code.size(), code) == 0)
            return std::nullopt;
        countryCode = r.countryCode;
        nsn = digits;
        if (r.hasNationalPrefix) {
            if (r.nationalPrefix.empty()) {
                if (!r.nationalPrefixPattern
                    || m_matcher->somePrefixMatches(*r.nationalPrefixPattern, digits))
                    return std::nullopt;
            } else if (digits.compare(0, r.nationalPrefix.size(), r.nationalPrefix) == 0) {
                // The national prefix comes off when the number without it has a possible
                // length and the number with it is not already a number of the region.
                const std::string stripped = digits.substr(r.nationalPrefix.size());
                if (r.general.pattern && m_matcher->fullMatch(*r.general.pattern, digits))
                    return std::nullopt;
                const int n = int(stripped.size());
                const std::vector<int> &lengths = r.general.lengths;
                if (lengths.empty()
                    || std::find(r.localOnlyLengths.begin(), r.localOnlyLengths.end(), n)
                           != r.localOnlyLengths.end())
                    return std::nullopt;
                const bool tooLong = n > lengths.back();
                const bool possible = n == lengths.front()
                                      || std::find(lengths.begin(), lengths.end(), n)
                                             != lengths.end();
                if (!(possible || tooLong) || n < lengths.front())
                    return std::nullopt;
                nsn = stripped;
            }
        }
    }
    if (nsn.size() < 2 || nsn.size() > 17)
        return std::nullopt;
    // The region of the number as libphonenumber finds it among those of its calling code.
    const Region *chosen = nullptr;
    for (const std::string &id : md.codes.at(countryCode)) {
        const auto it = md.regions.find(id);
        if (it == md.regions.end() || !it->second.usable)
            return std::nullopt;
        const Region &r = it->second;
        if (r.hasLeadingDigits) {
            if (m_matcher->somePrefixMatches(*r.leadingDigits, nsn)) {
                chosen = &r;
                break;
            }
        } else if (isValid(r, nsn)) {
            chosen = &r;
            break;
        }
    }
    if (!chosen || !isValid(*chosen, nsn)) {
        // Invalid. With Check::Possible a number written with its country code still passes
        // when its length is one the country's numbers can have (libphonenumber's
        // IsPossibleNumberWithReason() == IS_POSSIBLE: the main region of the calling code;
        // a local-only length is not enough, as it lacks the area code).
        // National forms are left to libphonenumber, whose prefix stripping differs for them.
        if (check != PhoneNormalizer::Check::Possible || !plus)
            return std::nullopt; // libphonenumber words the refusal
        const auto main = md.regions.find(md.codes.at(countryCode).front());
        if (main == md.regions.end() || !main->second.usable || main->second.general.lengths.empty())
            return std::nullopt;
        const auto has = [n = int(nsn.size())](const std::vector<int> &lengths) {
            return std::find(lengths.begin(), lengths.end(), n) != lengths.end();
        };
        if (!has(main->second.general.lengths) || has(main->second.localOnlyLengths))
            return std::nullopt;
    }
    return QLatin1Char('+') + QString::number(countryCode)
           + QString::fromLatin1(nsn.data(), qsizetype(nsn.size()));
}

} // namespace rapport
