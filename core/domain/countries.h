#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rapport {

// One ISO 3166-1 country: its codes and its name in a catalogue's language and in English.
struct Country
{
    QString code;   // alpha-2, what Rapport stores ("DE")
    QString alpha3; // "DEU"; empty when the list came from QLocale
    QString name;   // in the catalogue's language ("Deutschland")
    QString englishName;
};

// Countries is the list of ISO 3166-1 countries with their names in one language, and the reading
// of what a user types into a country field: a code (alpha-2 or alpha-3) or a name in that
// language or in English, case and accents ignored. A country is stored as its alpha-2 code and
// shown by its name; nothing is ever cut down to two letters.
//
// The list comes from Debian's iso-codes (the JSON list and its gettext translations) because
// they translate every country into every language; QLocale only knows English territory names
// (and each territory's own name in its own language). A missing translation file leaves the
// names in English; a missing list falls back on QLocale's territories (English names, no
// alpha-3 codes), so Rapport runs without iso-codes, only less well.
class Countries final
{
public:
    // The list in the user's language (QLocale()'s UI languages), loaded once per language list.
    static const Countries &forUser();
    // The list in English (for messages that must not depend on the user's language).
    static const Countries &english();

    // Loads the list with names in the first of `languages` that has a translation ("de_DE",
    // "de"; "en" and an empty list give English names).
    static Countries load(const QStringList &languages,
                          const QString &listPath = defaultListPath(),
                          const QString &localeDir = defaultLocaleDir());
    static QString defaultListPath();
    static QString defaultLocaleDir();

    // Every country, sorted by name in the catalogue's language.
    const QList<Country> &all() const { return m_countries; }
    // True when `code` is a known alpha-2 code (upper case, as stored).
    bool contains(const QString &code) const { return m_byCode.contains(code); }
    // The country's name in the catalogue's language; the code itself when it is unknown.
    QString name(const QString &code) const;
    // The alpha-2 code for what a user typed (a code or a name); an empty text is an empty code.
    // A Validation error naming `field` when the text names no country.
    Result<QString> parse(const QString &text,
                          const QString &field = QStringLiteral("country")) const;
    // The language the names are in ("de"), empty for English.
    const QString &language() const { return m_language; }
    // Where the list came from: iso-codes' JSON (true) or QLocale's territories.
    bool fromIsoCodes() const { return m_fromIsoCodes; }

private:
    void addKey(const QString &text, int index);
    void index();

    QList<Country> m_countries;
    QHash<QString, int> m_byCode; // alpha-2 -> index
    QHash<QString, int> m_byKey;  // folded name or code -> index
    QString m_language;
    bool m_fromIsoCodes = false;
};

// Reads a gettext .mo file into msgid -> msgstr (contexts and plural forms dropped); empty when
// the file is missing or is no .mo file.
QHash<QString, QString> readGettextCatalogue(const QString &path);

} // namespace rapport
