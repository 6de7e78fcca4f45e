#include "core/domain/fastphonepattern.h"

#include <algorithm>

namespace rapport::fastphone {
namespace {

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

} // namespace

std::unique_ptr<Nfa> compilePattern(const std::string &pattern)
{
    return PatternCompiler(pattern).compile();
}

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

void PatternMatcher::close(const Nfa &nfa, std::vector<int> &set)
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

int PatternMatcher::idOf(const Nfa &nfa, Dfa &dfa, std::vector<int> set)
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

int PatternMatcher::step(const Nfa &nfa, Dfa &dfa, int from, int digit)
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

bool PatternMatcher::run(const Nfa &nfa, std::string_view digits, bool prefix)
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

} // namespace rapport::fastphone
