#include "core/domain/countries.h"

#include "core/domain/textfold.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <map>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct CountriesTexts
{
    Q_DECLARE_TR_FUNCTIONS(Countries)
};

// Names users write that are neither a code nor an ISO name.
constexpr std::array<std::pair<const char *, const char *>, 3> aliases{{
    {"UK", "GB"},
    {"England", "GB"},
    {"Holland", "NL"},
}};

QString key(const QString &text)
{
    return foldText(text);
}

quint32 word(const QByteArray &data, qsizetype at, bool swap)
{
    if (at < 0 || at + 4 > data.size())
        return 0;
    const quint32 w = qFromLittleEndian<quint32>(data.constData() + at);
    return swap ? qbswap(w) : w;
}

} // namespace

QHash<QString, QString> readGettextCatalogue(const QString &path)
{
    QHash<QString, QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QByteArray data = file.readAll();
    const quint32 magic = word(data, 0, false);
    bool swap = false;
    if (magic == 0xde120495U)
        swap = true;
    else if (magic != 0x950412deU)
        return out;
    const quint32 count = word(data, 8, swap);
    const quint32 originals = word(data, 12, swap);
    const quint32 translations = word(data, 16, swap);
    const auto string = [&data, swap](quint32 table, quint32 i) -> QByteArray {
        const quint32 length = word(data, qsizetype(table) + 8 * qsizetype(i), swap);
        const quint32 offset = word(data, qsizetype(table) + 8 * qsizetype(i) + 4, swap);
        if (qsizetype(offset) + qsizetype(length) > data.size())
            return {};
        return data.mid(offset, length);
    };
    for (quint32 i = 0; i < count; ++i) {
        QByteArray id = string(originals, i);
        if (id.isEmpty() || id.contains('\x04')) // the header, or an entry with a context
            continue;
        QByteArray text = string(translations, i);
        if (const qsizetype nul = id.indexOf('\0'); nul >= 0)
            id.truncate(nul);
        if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
            text.truncate(nul);
        if (!text.isEmpty())
            out.insert(QString::fromUtf8(id), QString::fromUtf8(text));
    }
    return out;
}

QString Countries::defaultListPath()
{
    return QStringLiteral("/usr/share/iso-codes/json/iso_3166-1.json");
}

QString Countries::defaultLocaleDir()
{
    return QStringLiteral("/usr/share/locale");
}

const Countries &Countries::forUser()
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const Countries>> loaded;
    const QStringList languages = QLocale().uiLanguages();
    const QString id = languages.join(QLatin1Char(','));
    const QMutexLocker lock(&mutex);
    auto &slot = loaded[id];
    if (!slot)
        slot = std::make_unique<const Countries>(load(languages));
    return *slot;
}

const Countries &Countries::english()
{
    static const Countries list = load({});
    return list;
}

Countries Countries::load(const QStringList &languages,
                          const QString &listPath,
                          const QString &localeDir)
{
    Countries out;
    QJsonArray entries;
    if (QFile file(listPath); file.open(QIODevice::ReadOnly))
        entries = QJsonDocument::fromJson(file.readAll())
                      .object()
                      .value(QStringLiteral("3166-1"))
                      .toArray();
    // The JSON's other names (official, former common) are accepted when typed.
    QHash<QString, QStringList> otherNames;
    for (const QJsonValue &v : std::as_const(entries)) {
        const QJsonObject o = v.toObject();
        Country c;
        c.code = o.value(QStringLiteral("alpha_2")).toString();
        c.alpha3 = o.value(QStringLiteral("alpha_3")).toString();
        const QString common = o.value(QStringLiteral("common_name")).toString();
        c.englishName = common.isEmpty() ? o.value(QStringLiteral("name")).toString() : common;
        if (c.code.size() != 2 || c.englishName.isEmpty())
            continue;
        for (const char *field : {"name", "official_name"}) {
            const QString n = o.value(QLatin1String(field)).toString();
            if (!n.isEmpty() && n != c.englishName)
                otherNames[c.code] << n;
        }
        out.m_countries << c;
    }
    out.m_fromIsoCodes = !out.m_countries.isEmpty();
    if (out.m_countries.isEmpty()) {
        // No iso-codes: QLocale's territories, in English.
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || code == QStringLiteral("ZZ"))
                continue;
            Country c;
            c.code = code;
            c.englishName = QLocale::territoryToString(territory);
            out.m_countries << c;
        }
    }

    // Names in the first language that has a translation; English is the source language.
    QHash<QString, QString> translated;
    for (QString language : languages) {
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (language == QStringLiteral("en") || language.startsWith(QStringLiteral("en_"))
            || language == QStringLiteral("C"))
            break;
        translated = readGettextCatalogue(
            localeDir + QStringLiteral("/%1/LC_MESSAGES/iso_3166-1.mo").arg(language));
        if (!translated.isEmpty()) {
            out.m_language = language;
            break;
        }
    }
    for (Country &c : out.m_countries)
        c.name = translated.value(c.englishName, c.englishName);

    QCollator collator(out.m_language.isEmpty() ? QLocale(QLocale::English)
                                                : QLocale(out.m_language));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.m_countries.begin(),
              out.m_countries.end(),
              [&collator](const Country &a, const Country &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    out.index();
    for (int i = 0; i < out.m_countries.size(); ++i) {
        for (const QString &n : otherNames.value(out.m_countries[i].code)) {
            out.addKey(n, i);
            out.addKey(translated.value(n), i);
        }
    }
    return out;
}

void Countries::addKey(const QString &text, int index)
{
    const QString k = key(text);
    if (!k.isEmpty() && !m_byKey.contains(k))
        m_byKey.insert(k, index);
}

void Countries::index()
{
    m_byCode.clear();
    m_byKey.clear();
    for (int i = 0; i < m_countries.size(); ++i)
        m_byCode.insert(m_countries[i].code, i);
    // Codes first: "GE" is Georgia whatever name starts with those letters.
    for (int i = 0; i < m_countries.size(); ++i) {
        addKey(m_countries[i].code, i);
        addKey(m_countries[i].alpha3, i);
    }
    for (int i = 0; i < m_countries.size(); ++i) {
        addKey(m_countries[i].name, i);
        addKey(m_countries[i].englishName, i);
    }
    for (const auto &[alias, code] : aliases) {
        if (const auto it = m_byCode.constFind(QLatin1String(code)); it != m_byCode.cend())
            addKey(QLatin1String(alias), *it);
    }
}

QString Countries::name(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? code : m_countries[*it].name;
}

Result<QString> Countries::parse(const QString &text, const QString &field) const
{
    const QString typed = text.simplified();
    if (typed.isEmpty())
        return QString();
    const auto it = m_byKey.constFind(key(typed));
    if (it != m_byKey.cend())
        return m_countries[*it].code;
    return Error(Error::Kind::Validation,
                 CountriesTexts::tr("\"%1\" is no country Rapport knows; choose one from the "
                                    "list or type its name or code, such as DE for Germany.")
                     .arg(typed),
                 field);
}

} // namespace rapport
