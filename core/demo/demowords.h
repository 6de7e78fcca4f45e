#pragma once

#include "core/demo/demorandom.h"
#include "core/util/result.h"

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rapport {

// One entry of a word list: the text as shown, its folded form (rapport::foldText, for sort keys)
// and a plain ASCII form for e-mail addresses and domain names ("Müller" -> "mueller").
struct DemoWord
{
    std::string_view text;
    std::string_view folded;
    std::string_view ascii;
};

struct DemoWordList
{
    std::vector<DemoWord> words;
    WeightedPicker picker;

    const DemoWord &pick(DemoRandom &r) const { return words[picker.pick(r)]; }
    bool isEmpty() const { return words.empty(); }
};

// A subject with the category it belongs to (complaints and service requests).
struct DemoTopic
{
    std::string_view category;
    std::string_view subject;
};

struct DemoTopicList
{
    std::vector<DemoTopic> topics;
    WeightedPicker picker;

    const DemoTopic &pick(DemoRandom &r) const { return topics[picker.pick(r)]; }
};

struct DemoCity
{
    DemoWord name;
    std::string_view region;
    std::vector<std::string_view> postalPatterns;
    std::string_view phonePattern; // a fixed-line number of the city's area
};

struct DemoCountry
{
    std::string_view code; // ISO 3166-1 alpha-2
    double weight = 1;
    bool numberFirst = false;               // "12 High Street" rather than "Hauptstraße 12"
    std::string_view streetSeparator = " "; // between street and number ("Via Roma, 12")
    int houseMin = 1;
    int houseMax = 100;
    DemoWordList first, last, streets, industry, legal;
    std::vector<DemoCity> cities;
    WeightedPicker cityPicker;
    std::vector<std::string_view> mobilePatterns;

    const DemoCity &pickCity(DemoRandom &r) const { return cities[cityPicker.pick(r)]; }
};

struct DemoProduct
{
    std::string_view sku, name, category;
    bool service = false;
    qint64 priceMinor = 0;
    qint64 costMinor = 0;
    double popularity = 1;
};

// DemoWords holds the word lists the demo generator draws from: names, cities, streets and phone
// patterns per country, company name parts, subjects, notes and the product catalogue. They are
// plain UTF-8 text files embedded as resources under :/rapport/demo; every view into them stays
// valid for the object's lifetime.
class DemoWords final
{
public:
    static Result<std::shared_ptr<const DemoWords>> load();

    // Appends `pattern` expanded to `out`: '#' a digit, '@' a postcode letter, "[a-c]" one
    // character of the class; anything else is copied.
    static void expand(std::string_view pattern, DemoRandom &r, std::string &out);

    std::vector<DemoCountry> countries;
    WeightedPicker countryPicker;
    DemoWordList sources, tags, brands, jobs, notes, staff;
    DemoWordList complaintResolutions, requestResolutions, interactionNotes, caseDescriptions;
    DemoWordList surveyComments[3]; // by NPS group: detractors, passives, promoters
    DemoWordList subjectInitial, subjectPresale, subjectSale, subjectAccount, subjectService,
        subjectWinback, taskFollowUp, taskCase;
    DemoTopicList complaints, serviceRequests;
    std::vector<DemoProduct> products;

private:
    DemoWords() = default;
    Status parseCountry(const QString &fileName, const QByteArray &data);
    Status parseCommon(const QByteArray &data);
    Status parseProducts(const QByteArray &data);
    std::string_view keep(std::string_view text);
    DemoWord word(std::string_view text, bool german);

    std::deque<std::string> m_storage; // owns the text every view points into
};

} // namespace rapport
