#include "core/demo/demowords.h"

#include "core/domain/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <charconv>
#include <functional>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct DemoWordsTexts
{
    Q_DECLARE_TR_FUNCTIONS(DemoWords)
};

constexpr auto ResourceFolder = ":/rapport/demo";

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> split(std::string_view s, char separator)
{
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = s.find(separator);
        parts.push_back(trimmed(s.substr(0, at)));
        if (at == std::string_view::npos)
            return parts;
        s.remove_prefix(at + 1);
    }
}

bool toNumber(std::string_view s, double &out)
{
    const auto result = std::from_chars(s.data(), s.data() + s.size(), out);
    return result.ec == std::errc() && result.ptr == s.data() + s.size();
}

bool toInt(std::string_view s, qint64 &out)
{
    const auto result = std::from_chars(s.data(), s.data() + s.size(), out);
    return result.ec == std::errc() && result.ptr == s.data() + s.size();
}

// Splits "text;weight" (the weight is optional).
std::pair<std::string_view, double> weighted(std::string_view line)
{
    const auto at = line.rfind(';');
    double weight = 1;
    if (at != std::string_view::npos && toNumber(trimmed(line.substr(at + 1)), weight))
        return {trimmed(line.substr(0, at)), weight};
    return {line, 1.0};
}

// Calls `section(name, line)` for every content line of a word file.
void forEachLine(const QByteArray &data,
                 const std::function<void(std::string_view, std::string_view)> &visit)
{
    std::string_view rest(data.constData(), std::size_t(data.size()));
    std::string_view section;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const std::string_view line = trimmed(rest.substr(0, end));
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        if (line.empty() || line.front() == '#')
            continue;
        if (line.front() == '[' && line.back() == ']') {
            section = line.substr(1, line.size() - 2);
            continue;
        }
        visit(section, line);
    }
}

// An ASCII rendering of a name for e-mail addresses and domains: lower case, German umlauts as
// digraphs where the name is German, other accents dropped, spaces as '-', anything else removed.
QByteArray asciiOf(std::string_view text, bool german)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size())).toLower();
    if (german) {
        s.replace(QChar(0xE4), QLatin1String("ae"));
        s.replace(QChar(0xF6), QLatin1String("oe"));
        s.replace(QChar(0xFC), QLatin1String("ue"));
    }
    static const std::pair<char16_t, const char *> special[] = {{0xDF, "ss"},
                                                                {0x142, "l"},
                                                                {0xF8, "o"},
                                                                {0xE6, "ae"},
                                                                {0x153, "oe"},
                                                                {0x111, "d"},
                                                                {0xFE, "th"},
                                                                {0x131, "i"},
                                                                {0xF0, "d"}};
    for (const auto &[from, to] : special)
        s.replace(QChar(from), QLatin1String(to));
    s = foldText(s);
    QByteArray out;
    for (QChar c : std::as_const(s)) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            out += char(c.unicode());
        else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && !out.endsWith('-'))
            out += '-';
    }
    while (out.endsWith('-'))
        out.chop(1);
    return out;
}

} // namespace

std::string_view DemoWords::keep(std::string_view text)
{
    m_storage.emplace_back(text);
    return m_storage.back();
}

DemoWord DemoWords::word(std::string_view text, bool german)
{
    DemoWord w;
    w.text = keep(text);
    const QByteArray folded
        = foldText(QString::fromUtf8(text.data(), qsizetype(text.size()))).toUtf8();
    w.folded = keep(std::string_view(folded.constData(), std::size_t(folded.size())));
    const QByteArray ascii = asciiOf(text, german);
    w.ascii = keep(std::string_view(ascii.constData(), std::size_t(ascii.size())));
    return w;
}

void DemoWords::expand(std::string_view pattern, DemoRandom &r, std::string &out)
{
    static constexpr std::string_view postcodeLetters = "ABDEFGHJLNPQRSTUWXYZ";
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '#') {
            out += char('0' + r.below(10));
        } else if (c == '@') {
            out += postcodeLetters[r.below(quint32(postcodeLetters.size()))];
        } else if (c == '[') {
            const auto end = pattern.find(']', i);
            if (end == std::string_view::npos)
                return;
            char choices[64];
            std::size_t n = 0;
            for (std::size_t k = i + 1; k < end && n < sizeof choices; ++k) {
                if (k + 2 < end && pattern[k + 1] == '-') {
                    for (char x = pattern[k]; x <= pattern[k + 2] && n < sizeof choices; ++x)
                        choices[n++] = x;
                    k += 2;
                } else {
                    choices[n++] = pattern[k];
                }
            }
            if (n > 0)
                out += choices[r.below(quint32(n))];
            i = end;
        } else {
            out += c;
        }
    }
}

Status DemoWords::parseCountry(const QString &fileName, const QByteArray &data)
{
    DemoCountry country;
    bool german = false;
    std::vector<double> cityWeights;
    std::vector<double> weights[5];
    DemoWordList *lists[5]
        = {&country.first, &country.last, &country.streets, &country.industry, &country.legal};
    static constexpr std::string_view listNames[5]
        = {"first", "last", "streets", "industry", "legal"};
    QString problem;
    forEachLine(data, [&](std::string_view section, std::string_view line) {
        if (section == "country") {
            const auto parts = split(line, '=');
            if (parts.size() != 2)
                return;
            const std::string_view key = parts[0], value = parts[1];
            if (key == "code") {
                country.code = keep(value);
            } else if (key == "weight") {
                toNumber(value, country.weight);
            } else if (key == "german") {
                german = value == "1";
            } else if (key == "street") {
                // "s n", "n s" or "s, n": the order of street and house number
                country.numberFirst = value.starts_with('n');
                country.streetSeparator = value == "s, n" ? ", " : " ";
            } else if (key == "house") {
                const auto range = split(value, '-');
                qint64 lo = 1, hi = 100;
                if (range.size() == 2 && toInt(range[0], lo) && toInt(range[1], hi)) {
                    country.houseMin = int(lo);
                    country.houseMax = int(hi);
                }
            }
            return;
        }
        const auto [text, weight] = weighted(line);
        if (section == "cities") {
            const auto parts = split(text, '|');
            if (parts.size() != 4) {
                problem = QString::fromUtf8(line.data(), qsizetype(line.size()));
                return;
            }
            DemoCity city;
            city.name = word(parts[0], german);
            city.region = parts[1].empty() ? std::string_view() : keep(parts[1]);
            for (std::string_view p : split(parts[2], ','))
                city.postalPatterns.push_back(keep(p));
            city.phonePattern = keep(parts[3]);
            country.cities.push_back(std::move(city));
            cityWeights.push_back(weight);
        } else if (section == "mobile") {
            country.mobilePatterns.push_back(keep(text));
        } else {
            for (int i = 0; i < 5; ++i) {
                if (section == listNames[i]) {
                    lists[i]->words.push_back(word(text, german));
                    weights[i].push_back(weight);
                }
            }
        }
    });
    for (int i = 0; i < 5; ++i)
        lists[i]->picker = WeightedPicker(weights[i]);
    country.cityPicker = WeightedPicker(cityWeights);
    if (!problem.isEmpty() || country.code.size() != 2 || country.first.isEmpty()
        || country.last.isEmpty() || country.streets.isEmpty() || country.industry.isEmpty()
        || country.legal.isEmpty() || country.cities.empty() || country.mobilePatterns.empty())
        return Error(Error::Kind::Io,
                     DemoWordsTexts::tr("The demo word list %1 is incomplete or malformed%2.")
                         .arg(fileName,
                              problem.isEmpty() ? QString()
                                                : QStringLiteral(" (") + problem + u')'));
    countries.push_back(std::move(country));
    return {};
}

Status DemoWords::parseCommon(const QByteArray &data)
{
    struct Target
    {
        std::string_view name;
        DemoWordList *list;
        std::vector<double> weights;
    };
    std::vector<Target> targets{{"sources", &sources, {}},
                                {"tags", &tags, {}},
                                {"brands", &brands, {}},
                                {"jobs", &jobs, {}},
                                {"notes", &notes, {}},
                                {"resolutions.complaint", &complaintResolutions, {}},
                                {"resolutions.service", &requestResolutions, {}},
                                {"interaction.notes", &interactionNotes, {}},
                                {"survey.promoter", &surveyComments[2], {}},
                                {"survey.passive", &surveyComments[1], {}},
                                {"survey.detractor", &surveyComments[0], {}},
                                {"case.descriptions", &caseDescriptions, {}},
                                {"staff", &staff, {}},
                                {"subject.initial", &subjectInitial, {}},
                                {"subject.presale", &subjectPresale, {}},
                                {"subject.sale", &subjectSale, {}},
                                {"subject.account", &subjectAccount, {}},
                                {"subject.service", &subjectService, {}},
                                {"subject.winback", &subjectWinback, {}},
                                {"tasks.followup", &taskFollowUp, {}},
                                {"tasks.case", &taskCase, {}}};
    std::vector<double> complaintWeights, serviceWeights;
    forEachLine(data, [&](std::string_view section, std::string_view line) {
        const auto [text, weight] = weighted(line);
        if (section == "complaint" || section == "service") {
            const auto parts = split(text, '|');
            if (parts.size() != 2)
                return;
            DemoTopicList &list = section == "complaint" ? complaints : serviceRequests;
            list.topics.push_back({keep(parts[0]), keep(parts[1])});
            (section == "complaint" ? complaintWeights : serviceWeights).push_back(weight);
            return;
        }
        for (Target &t : targets) {
            if (t.name == section) {
                t.list->words.push_back(word(text, false));
                t.weights.push_back(weight);
            }
        }
    });
    for (Target &t : targets) {
        t.list->picker = WeightedPicker(t.weights);
        if (t.list->isEmpty())
            return Error(Error::Kind::Io,
                         DemoWordsTexts::tr("The demo word list common.txt has no section [%1].")
                             .arg(QString::fromLatin1(t.name.data(), qsizetype(t.name.size()))));
    }
    complaints.picker = WeightedPicker(complaintWeights);
    serviceRequests.picker = WeightedPicker(serviceWeights);
    if (complaints.topics.empty() || serviceRequests.topics.empty())
        return Error(Error::Kind::Io,
                     DemoWordsTexts::tr("The demo word list common.txt has no case subjects."));
    if (tags.words.size() < 8)
        return Error(Error::Kind::Io,
                     DemoWordsTexts::tr("The demo word list common.txt needs eight tags."));
    return {};
}

Status DemoWords::parseProducts(const QByteArray &data)
{
    QString problem;
    forEachLine(data, [&](std::string_view, std::string_view line) {
        const auto parts = split(line, '|');
        DemoProduct p;
        qint64 service = 0;
        if (parts.size() != 7 || !toInt(parts[3], service) || !toInt(parts[4], p.priceMinor)
            || !toInt(parts[5], p.costMinor) || !toNumber(parts[6], p.popularity)) {
            problem = QString::fromUtf8(line.data(), qsizetype(line.size()));
            return;
        }
        p.sku = keep(parts[0]);
        p.name = keep(parts[1]);
        p.category = keep(parts[2]);
        p.service = service != 0;
        products.push_back(p);
    });
    if (!problem.isEmpty() || products.empty())
        return Error(Error::Kind::Io,
                     DemoWordsTexts::tr("The demo product list is malformed near \"%1\".")
                         .arg(problem));
    return {};
}

Result<std::shared_ptr<const DemoWords>> DemoWords::load()
{
    std::shared_ptr<DemoWords> words(new DemoWords);
    const auto read = [](const QString &path) -> Result<QByteArray> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Error::Kind::Io,
                         DemoWordsTexts::tr("The demo word list %1 is missing from this build.")
                             .arg(path));
        return file.readAll();
    };
    const QString folder = QLatin1String(ResourceFolder);
    const QStringList countryFiles = QDir(folder).entryList({QStringLiteral("country_*.txt")},
                                                            QDir::Files,
                                                            QDir::Name);
    if (countryFiles.isEmpty())
        return Error(Error::Kind::Io,
                     DemoWordsTexts::tr("The demo word lists are missing from this build."));
    for (const QString &name : countryFiles) {
        Result<QByteArray> data = read(folder + u'/' + name);
        if (!data)
            return data.error();
        if (Status s = words->parseCountry(name, *data); !s)
            return s.error();
    }
    std::vector<double> weights;
    for (const DemoCountry &c : words->countries)
        weights.push_back(c.weight);
    words->countryPicker = WeightedPicker(weights);

    Result<QByteArray> common = read(folder + QStringLiteral("/common.txt"));
    if (!common)
        return common.error();
    if (Status s = words->parseCommon(*common); !s)
        return s.error();
    Result<QByteArray> products = read(folder + QStringLiteral("/products.txt"));
    if (!products)
        return products.error();
    if (Status s = words->parseProducts(*products); !s)
        return s.error();
    return std::shared_ptr<const DemoWords>(std::move(words));
}

} // namespace rapport
