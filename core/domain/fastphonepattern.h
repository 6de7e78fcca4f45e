#pragma once

// The automata behind FastPhoneNormalizer (fastphone.h): libphonenumber's metadata patterns
// compiled to nondeterministic automata once, and matched digit by digit through deterministic
// ones that each thread builds as its numbers need them.
//
// libphonenumber's metadata patterns use a small regular language over digits: digits, \d,
// classes with ranges, (?:...) groups, |, ? and {n}, {n,m}. Full-match and "some prefix
// matches" (ICU's lookingAt) are set questions, so an automaton answers them exactly as
// libphonenumber's regular expressions do. A pattern with anything else is not compiled
// (the numbers it concerns go to libphonenumber).

#include <QtGlobal>

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rapport::fastphone {

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

// The automaton of `pattern`; null when the pattern uses what the automaton cannot do.
std::unique_ptr<Nfa> compilePattern(const std::string &pattern);

// `pattern` with its capturing groups made non-capturing. Whether a pattern matches does not
// depend on what it captures; what a national prefix for parsing captures is used only once it
// matched, and such numbers go to libphonenumber.
std::string withoutCaptures(const std::string &pattern);

// Each thread's deterministic automata, built from the shared patterns as numbers need them.
class PatternMatcher final
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

    static void close(const Nfa &nfa, std::vector<int> &set);
    int idOf(const Nfa &nfa, Dfa &dfa, std::vector<int> set);
    int step(const Nfa &nfa, Dfa &dfa, int from, int digit);
    bool run(const Nfa &nfa, std::string_view digits, bool prefix);

    std::unordered_map<const Nfa *, Dfa> m_dfas;
};

} // namespace rapport::fastphone
