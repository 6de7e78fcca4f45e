#include "ui/countrybox.h"

#include "core/domain/countries.h"

#include <QCompleter>
#include <QLineEdit>

namespace rapport {

CountryBox::CountryBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(16);
    addItem(QString(), QString()); // no country
    for (const Country &c : Countries::forUser().all())
        addItem(c.name, c.code);
    setCurrentIndex(0);
    // Room for most names; longer ones scroll in the line and show whole in the list.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Country"));
    setToolTip(tr("Country: choose from the list or type its name or code (DE, DEU)"));
    // What was typed is shown by its name once the field is left ("de" becomes "Germany").
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const Result<QString> c = code();
        if (!c || c->isEmpty())
            return;
        const int index = findData(*c);
        if (index > 0 && (currentIndex() != index || currentText() != itemText(index)))
            setCode(*c);
    });
}

Result<QString> CountryBox::code() const
{
    const QString text = currentText().simplified();
    if (text.isEmpty())
        return QString();
    // The name shown for a chosen item is read back as that item's code.
    const int index = findText(text, Qt::MatchFixedString);
    if (index > 0)
        return itemData(index).toString();
    return Countries::forUser().parse(text);
}

void CountryBox::setCode(const QString &code)
{
    const int index = code.isEmpty() ? 0 : findData(code.toUpper());
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1);
        setEditText(code);
    }
}

} // namespace rapport
