#pragma once

#include "core/util/result.h"

#include <QComboBox>

namespace rapport {

// CountryBox is the country of an address: a combo box with every ISO 3166 country by its name
// in the user's language, sorted, and a line to type into with completion on any part of the
// name. What is typed is read by Countries (a name in the user's language or in English, an
// alpha-2 or alpha-3 code), so "Germany", "Deutschland", "DEU" and "DE" all give DE; nothing is
// cut down to two letters, and a text that names no country is refused with a message.
class CountryBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit CountryBox(QWidget *parent = nullptr);

    // The alpha-2 code of what the box says (empty when it is empty), or why it is no country.
    Result<QString> code() const;
    // Shows the country of `code` by its name; an unknown code is shown as it is (and refused by
    // code()), so a stored value is never lost on the way through the editor.
    void setCode(const QString &code);
};

} // namespace rapport
