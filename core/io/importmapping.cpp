#include "core/io/importmapping.h"

#include "core/io/importheaders.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace rapport::io {
namespace {

using T = ImportTarget;

// The English headers of Rapport's own CSV export (customerexportfields.cpp writes exactly these).
constexpr std::array<const char *, importTargetCount>
    targetHeaders{"",      "First name", "Last name", "Name",        "Organisation",
                  "Kind",  "E-mail",     "Phone",     "Street",      "Postal code",
                  "City",  "Region",     "Country",   "Web",         "Tags",
                  "Notes", "Stage",      "Source",    "Acquired on", "External id",
                  "Label"};

constexpr std::array<const char *, importTargetCount> targetNames{
    QT_TRANSLATE_NOOP("ImportMapping", "Do not import"),
    QT_TRANSLATE_NOOP("ImportMapping", "First name"),
    QT_TRANSLATE_NOOP("ImportMapping", "Last name"),
    QT_TRANSLATE_NOOP("ImportMapping", "Full name"),
    QT_TRANSLATE_NOOP("ImportMapping", "Organisation"),
    QT_TRANSLATE_NOOP("ImportMapping", "Person or organisation"),
    QT_TRANSLATE_NOOP("ImportMapping", "E-mail"),
    QT_TRANSLATE_NOOP("ImportMapping", "Phone"),
    QT_TRANSLATE_NOOP("ImportMapping", "Street"),
    QT_TRANSLATE_NOOP("ImportMapping", "Postal code"),
    QT_TRANSLATE_NOOP("ImportMapping", "City"),
    QT_TRANSLATE_NOOP("ImportMapping", "Region"),
    QT_TRANSLATE_NOOP("ImportMapping", "Country"),
    QT_TRANSLATE_NOOP("ImportMapping", "Web site"),
    QT_TRANSLATE_NOOP("ImportMapping", "Tags"),
    QT_TRANSLATE_NOOP("ImportMapping", "Notes"),
    QT_TRANSLATE_NOOP("ImportMapping", "Stage"),
    QT_TRANSLATE_NOOP("ImportMapping", "Source"),
    QT_TRANSLATE_NOOP("ImportMapping", "Acquired on"),
    QT_TRANSLATE_NOOP("ImportMapping", "External id"),
    QT_TRANSLATE_NOOP("ImportMapping", "Label of another column"),
};

bool repeatable(T target)
{
    return isContactTarget(target) || isAddressTarget(target) || target == T::Label
           || target == T::Ignore;
}

} // namespace

QString importTargetHeader(ImportTarget target)
{
    return QString::fromLatin1(targetHeaders[std::size_t(target)]);
}

QString importTargetName(ImportTarget target)
{
    return ImportMapping::tr(targetNames[std::size_t(target)]);
}

ImportTarget importTargetFromKey(QStringView key)
{
    for (std::size_t i = 0; i < importTargetKeys.size(); ++i)
        if (key == QLatin1StringView(importTargetKeys[i]))
            return ImportTarget(i);
    return ImportTarget::Ignore;
}

bool isContactTarget(ImportTarget target)
{
    return target == T::Email || target == T::Phone || target == T::Website;
}

bool isAddressTarget(ImportTarget target)
{
    return target == T::Street || target == T::PostalCode || target == T::City
           || target == T::Region || target == T::Country;
}

QString foldHeader(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == u'ß') {
            out += QStringLiteral("ss");
        } else if (c.isLetterOrNumber()) {
            out += c.toLower();
        }
    }
    return out;
}

ContactLabel contactLabelFromCell(QStringView cell, ContactLabel fallback)
{
    QStringView first = cell;
    if (const qsizetype cut = cell.indexOf(u":::"); cut >= 0)
        first = cell.left(cut);
    const QString folded = foldHeader(first);
    if (folded.isEmpty())
        return fallback;
    struct Word
    {
        const char *word;
        ContactLabel label;
    };
    static const Word words[] = {
        {"mobil", ContactLabel::Mobile},
        {"cell", ContactLabel::Mobile},
        {"handy", ContactLabel::Mobile},
        {"portable", ContactLabel::Mobile},
        {"home", ContactLabel::Home},
        {"privat", ContactLabel::Home},
        {"domicile", ContactLabel::Home},
        {"personal", ContactLabel::Home},
        {"work", ContactLabel::Work},
        {"business", ContactLabel::Work},
        {"office", ContactLabel::Work},
        {"arbeit", ContactLabel::Work},
        {"geschaft", ContactLabel::Work},
        {"dienst", ContactLabel::Work},
        {"travail", ContactLabel::Work},
        {"bureau", ContactLabel::Work},
        {"professionnel", ContactLabel::Work},
        {"main", ContactLabel::Work},
    };
    for (const Word &w : words) {
        if (folded.contains(QLatin1StringView(w.word)))
            return w.label;
    }
    return ContactLabel::Other;
}

QStringList splitCellValues(QStringView cell, bool comma)
{
    QStringList out;
    const auto take = [&out](QStringView part) {
        const QStringView t = part.trimmed();
        if (!t.isEmpty())
            out.append(t.toString());
    };
    if (cell.contains(u" ::: ")) {
        for (QStringView part : cell.tokenize(u" ::: "))
            take(part);
        return out;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || cell[i] == u';' || (comma && cell[i] == u',')) {
            take(cell.mid(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

ImportMapping suggestMapping(const QStringList &headers)
{
    ImportMapping mapping;
    mapping.headers = headers;
    mapping.columns.resize(std::size_t(headers.size()));
    QHash<QString, int> seenHeader;
    // Per target (and group for the repeatable ones) the column that has it.
    QHash<QPair<int, int>, int> taken;
    // Label columns waiting for the column they label: (value target, group) -> label column.
    QHash<QPair<int, int>, int> labels;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        ColumnMapping &c = mapping.columns[std::size_t(i)];
        const QString folded = foldHeader(headers[i]);
        if (folded.isEmpty() || seenHeader.contains(folded))
            continue; // a header repeated: only its first column
        seenHeader.insert(folded, int(i));
        headers::Known k;
        double confidence = 0;
        bool isLabel = false;
        T labelled = T::Ignore;
        if (auto n = headers::numbered(folded)) {
            k = n->first;
            isLabel = n->second;
            confidence = k.target == T::Ignore ? 0 : 1;
            if (isLabel) {
                const QString kind = folded.left(
                    folded.indexOf(QRegularExpression(QStringLiteral("\\d"))));
                labelled = kind == u"email"     ? T::Email
                           : kind == u"phone"   ? T::Phone
                           : kind == u"website" ? T::Website
                                                : T::Street;
            }
        } else if (const std::optional<headers::Known> it = headers::known(folded)) {
            k = *it;
            confidence = 1;
        } else {
            k = headers::guess(folded);
            confidence = k.target == T::Ignore ? 0 : 0.5;
        }
        if (k.target == T::Ignore)
            continue;
        if (isLabel) {
            labels.insert({int(labelled), k.group}, int(i));
            c.target = T::Label;
            c.group = k.group;
            c.confidence = confidence;
            continue;
        }
        const QPair<int, int> key{int(k.target), repeatable(k.target) ? k.group : 0};
        if (taken.contains(key) && !(isContactTarget(k.target)))
            continue; // the first column for a field wins
        // Several e-mail or phone columns without numbers: give each its own group.
        if (isContactTarget(k.target) && taken.contains(key)) {
            int g = k.group + 1;
            while (taken.contains({int(k.target), g}))
                ++g;
            k.group = g;
        }
        taken.insert({int(k.target), k.group}, int(i));
        c.target = k.target;
        c.label = k.label;
        c.group = k.group;
        c.confidence = confidence;
    }
    // Link each label column to the column it labels (Google: same kind, same number).
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        ColumnMapping &label = mapping.columns[std::size_t(it.value())];
        const T target = T(it.key().first);
        const int group = it.key().second;
        for (std::size_t i = 0; i < mapping.columns.size(); ++i) {
            const ColumnMapping &c = mapping.columns[i];
            const bool fits = target == T::Street ? isAddressTarget(c.target) : c.target == target;
            if (fits && c.group == group) {
                label.labelFor = int(i);
                break;
            }
        }
        if (label.labelFor < 0) {
            label.target = T::Ignore;
            label.confidence = 0;
        }
    }
    return mapping;
}

int ImportMapping::columnOf(ImportTarget target) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].target == target)
            return int(i);
    return -1;
}

Status ImportMapping::check(bool updateOnly) const
{
    return check(!updateOnly, updateOnly);
}

Status ImportMapping::check(bool mayCreate, bool mayUpdate) const
{
    const bool named = columnOf(T::FirstName) >= 0 || columnOf(T::LastName) >= 0
                       || columnOf(T::FullName) >= 0 || columnOf(T::Organisation) >= 0;
    const bool keyed = columnOf(T::ExternalId) >= 0 || columnOf(T::Email) >= 0
                       || columnOf(T::Phone) >= 0;
    if (mayUpdate && !mayCreate && !keyed)
        return Error(Error::Kind::Validation,
                     tr("No column is mapped to an external id, an e-mail or a phone, so no row "
                        "can be matched to a customer to update."));
    if (mayCreate && !named && !(mayUpdate && keyed))
        return Error(Error::Kind::Validation,
                     tr("No column is mapped to a name or an organisation, so no customer can be "
                        "made from a row."));
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ColumnMapping &c = columns[i];
        if (c.target == T::Label
            && (c.labelFor < 0 || std::size_t(c.labelFor) >= columns.size()
                || !(isContactTarget(columns[std::size_t(c.labelFor)].target)
                     || isAddressTarget(columns[std::size_t(c.labelFor)].target))))
            return Error(Error::Kind::Validation,
                         tr("The column \"%1\" gives the label of no e-mail, phone, web or "
                            "address column.")
                             .arg(i < std::size_t(headers.size()) ? headers[qsizetype(i)]
                                                                  : QString()));
    }
    return {};
}

QJsonObject ImportMapping::toJson() const
{
    QJsonArray cols;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ColumnMapping &c = columns[i];
        QJsonObject o{{QStringLiteral("header"), headers.value(qsizetype(i))},
                      {QStringLiteral("target"),
                       QLatin1StringView(importTargetKeys[std::size_t(c.target)])}};
        if (isContactTarget(c.target) || isAddressTarget(c.target)) {
            o.insert(QStringLiteral("label"),
                     QLatin1StringView(contactLabelKeys[std::size_t(c.label)]));
            o.insert(QStringLiteral("group"), c.group);
        }
        if (c.target == T::Label && c.labelFor >= 0)
            o.insert(QStringLiteral("label_for"), headers.value(c.labelFor));
        cols.append(o);
    }
    return QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("columns"), cols}};
}

QByteArray ImportMapping::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json)
{
    const QJsonValue cols = json.value(QStringLiteral("columns"));
    if (json.value(QStringLiteral("version")).toInt() != 1 || !cols.isArray())
        return Error(Error::Kind::Validation,
                     tr("The mapping is not a Rapport import mapping (version 1)."));
    ImportMapping m;
    QStringList labelFor;
    for (const QJsonValue &v : cols.toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QStringLiteral("target")).toString();
        ColumnMapping c;
        c.target = importTargetFromKey(key);
        if (c.target == T::Ignore && key != QLatin1StringView(importTargetKeys[0]))
            return Error(Error::Kind::Validation,
                         tr("The mapping names an unknown target \"%1\".").arg(key));
        const QString label = o.value(QStringLiteral("label")).toString();
        for (std::size_t i = 0; i < contactLabelKeys.size(); ++i)
            if (label == QLatin1StringView(contactLabelKeys[i]))
                c.label = ContactLabel(i);
        c.group = o.value(QStringLiteral("group")).toInt();
        c.confidence = 1;
        m.headers.append(o.value(QStringLiteral("header")).toString());
        labelFor.append(o.value(QStringLiteral("label_for")).toString());
        m.columns.push_back(c);
    }
    for (qsizetype i = 0; i < labelFor.size(); ++i)
        if (!labelFor[i].isEmpty())
            m.columns[std::size_t(i)].labelFor = int(m.headers.indexOf(labelFor[i]));
    return m;
}

Result<ImportMapping> ImportMapping::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return Error(Error::Kind::Validation,
                     tr("The mapping is not valid JSON: %1.").arg(error.errorString()));
    return fromJson(doc.object());
}

Result<ImportMapping> ImportMapping::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Io,
                     tr("The mapping %1 cannot be read: %2.").arg(path, file.errorString()));
    return fromJsonBytes(file.readAll());
}

Status ImportMapping::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJsonBytes()) < 0 || !file.commit())
        return Error(Error::Kind::Io,
                     tr("The mapping cannot be saved to %1: %2.").arg(path, file.errorString()));
    return {};
}

ImportMapping ImportMapping::appliedTo(const QStringList &fileHeaders, QStringList *unmatched) const
{
    ImportMapping out = suggestMapping(fileHeaders);
    QHash<QString, int> fileColumn;
    for (qsizetype i = 0; i < fileHeaders.size(); ++i)
        fileColumn.insert(foldHeader(fileHeaders[i]), int(i));
    std::vector<int> to(columns.size(), -1);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto it = fileColumn.constFind(foldHeader(headers.value(qsizetype(i))));
        if (it == fileColumn.constEnd()) {
            if (unmatched && columns[i].target != T::Ignore)
                unmatched->append(headers.value(qsizetype(i)));
            continue;
        }
        to[i] = *it;
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (to[i] < 0)
            continue;
        ColumnMapping c = columns[i];
        c.confidence = 1;
        if (c.labelFor >= 0)
            c.labelFor = std::size_t(c.labelFor) < to.size() ? to[std::size_t(c.labelFor)] : -1;
        out.columns[std::size_t(to[i])] = c;
    }
    return out;
}

} // namespace rapport::io
