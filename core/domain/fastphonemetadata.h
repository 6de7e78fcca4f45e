#pragma once

// libphonenumber's metadata as FastPhoneNormalizer (fastphone.h) reads it: each region's number
// lengths and patterns, compiled to automata (fastphonepattern.h) once and shared by all threads.

#include "core/domain/fastphonepattern.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace rapport::fastphone {

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

// The metadata of every region, read once from libphonenumber and shared by all threads.
struct Metadata
{
    std::unordered_map<std::string, Region> regions;         // by region code
    std::unordered_map<int, std::vector<std::string>> codes; // calling code -> regions, main first
};

// Read from libphonenumber on first use.
const Metadata &metadata();

} // namespace rapport::fastphone
