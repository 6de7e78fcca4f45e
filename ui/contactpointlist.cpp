#include "ui/contactpointlist.h"

#include "core/services/customerrecord.h"
#include "ui/countrybox.h"
#include "ui/fieldmessage.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {
namespace {

QString placeholder(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return ContactPointList::tr("Phone number, e.g. 030 1234567");
    case ContactKind::Email:
        return ContactPointList::tr("E-mail address");
    case ContactKind::Web:
        return ContactPointList::tr("Web address");
    case ContactKind::Postal:
        break;
    }
    return {};
}

// What the remove button says, naming the kind.
QString removeText(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return ContactPointList::tr("Remove this phone number");
    case ContactKind::Email:
        return ContactPointList::tr("Remove this e-mail address");
    case ContactKind::Postal:
        return ContactPointList::tr("Remove this address");
    case ContactKind::Web:
        return ContactPointList::tr("Remove this web address");
    }
    return {};
}

} // namespace

ContactPointRow::ContactPointRow(const ContactPoint &point, ContactPointList *list)
    : QWidget(list)
    , m_list(list)
    , m_point(point)
{
    setObjectName(QStringLiteral("contactPointRow"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setSpacing(6);
    outer->addLayout(line);

    auto *kindLabel = new QLabel(contactKindName(point.kind), this);
    // As wide as the longest kind in the user's language, so that all rows line up.
    int kindWidth = 0;
    for (ContactKind k :
         {ContactKind::Phone, ContactKind::Email, ContactKind::Postal, ContactKind::Web})
        kindWidth = std::max(kindWidth, fontMetrics().horizontalAdvance(contactKindName(k)));
    kindLabel->setMinimumWidth(kindWidth + 8);
    line->addWidget(kindLabel);

    m_label = new QComboBox(this);
    m_label->setObjectName(QStringLiteral("label"));
    for (ContactLabel l :
         {ContactLabel::Work, ContactLabel::Home, ContactLabel::Mobile, ContactLabel::Other})
        m_label->addItem(contactLabelName(l), int(l));
    m_label->setCurrentIndex(m_label->findData(int(point.label)));
    m_label->setToolTip(tr("Label"));
    line->addWidget(m_label);

    // An address takes two lines (street; postcode, city, country) under the same indent, so
    // that its fields get room for their text in every language.
    buildValueFields(line, outer, kindLabel->minimumWidth() + m_label->sizeHint().width() + 12);

    m_primary = new QRadioButton(tr("Primary"), this);
    m_primary->setObjectName(QStringLiteral("primary"));
    m_primary->setChecked(point.primary);
    QSizePolicy keepRoom = m_primary->sizePolicy(); // rows stay aligned when the mark is hidden
    keepRoom.setRetainSizeWhenHidden(true);
    m_primary->setSizePolicy(keepRoom);
    m_primary->setToolTip(tr("Primary: shown first and used for calls and mail"));
    line->addWidget(m_primary);

    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("remove"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(removeText(point.kind));
    remove->setAccessibleName(removeText(point.kind));
    remove->setAutoRaise(true);
    line->addWidget(remove);

    QWidget *first = firstField();
    m_message = new FieldMessage(first, this);
    m_message->setContentsMargins(kindLabel->minimumWidth() + 6, 0, 0, 0);
    outer->addWidget(m_message);

    connect(m_label, &QComboBox::currentIndexChanged, this, &ContactPointRow::changed);
    connect(m_primary, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT primaryChosen();
        Q_EMIT changed();
    });
    connect(remove, &QToolButton::clicked, this, &ContactPointRow::removeRequested);
}

void ContactPointRow::buildValueFields(QHBoxLayout *line, QVBoxLayout *outer, int indent)
{
    QHBoxLayout *layout = line;
    const auto edit = [this, &layout](const QString &name, const QString &hint, int stretch) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(hint);
        e->setAccessibleName(hint);
        layout->addWidget(e, stretch);
        connect(e, &QLineEdit::textEdited, this, &ContactPointRow::onEdited);
        connect(e, &QLineEdit::editingFinished, this, [this] {
            // Checked when the row is left, not while the user is still typing into it.
            if (!m_checked && (isValueField(QApplication::focusWidget()) || !hasAnyText()))
                return;
            m_checked = true;
            validate();
        });
        return e;
    };
    if (m_point.kind != ContactKind::Postal) {
        m_value = edit(QStringLiteral("value"), placeholder(m_point.kind), 1);
        m_value->setText(m_point.kind == ContactKind::Phone && !m_point.value.isEmpty()
                             ? m_list->phoneNormalizer().formatInternational(m_point.value)
                             : m_point.value);
        return;
    }
    m_street = edit(QStringLiteral("street"), tr("Street"), 1);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    second->addSpacing(indent);
    outer->addLayout(second);
    layout = second;
    m_postalCode = edit(QStringLiteral("postalCode"), tr("Postcode"), 2);
    m_postalCode->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 16);
    m_city = edit(QStringLiteral("city"), tr("City"), 5);
    m_country = new CountryBox(this);
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setCode(m_point.address.country);
    layout->addWidget(m_country, 4);
    connect(m_country, &QComboBox::editTextChanged, this, &ContactPointRow::onEdited);
    connect(m_country, &QComboBox::activated, this, [this] {
        m_checked = true;
        validate();
        Q_EMIT changed();
    });
    connect(m_country->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_checked && (isValueField(QApplication::focusWidget()) || !hasAnyText()))
            return;
        m_checked = true;
        validate();
    });
    m_street->setText(m_point.address.street);
    m_postalCode->setText(m_point.address.postalCode);
    m_city->setText(m_point.address.city);
}

bool ContactPointRow::isValueField(const QWidget *w) const
{
    return w
           && (w == m_value || w == m_street || w == m_postalCode || w == m_city
               || (m_country && (w == m_country || m_country->isAncestorOf(w))));
}

bool ContactPointRow::hasAnyText() const
{
    for (const QLineEdit *e : {m_value, m_street, m_postalCode, m_city}) {
        if (e && !e->text().trimmed().isEmpty())
            return true;
    }
    return m_country && !m_country->currentText().trimmed().isEmpty();
}

void ContactPointRow::onEdited()
{
    if (m_checked)
        validate();
    Q_EMIT changed();
}

bool ContactPointRow::isPrimary() const
{
    return m_primary->isChecked();
}

void ContactPointRow::setPrimaryChoice(bool shown)
{
    // With one point of a kind there is nothing to choose: it is the primary one.
    m_primary->setVisible(shown);
}

void ContactPointRow::setPrimary(bool primary)
{
    const QSignalBlocker block(m_primary);
    m_primary->setChecked(primary);
}

QWidget *ContactPointRow::firstField() const
{
    return m_value ? static_cast<QWidget *>(m_value) : m_street;
}

QList<QWidget *> ContactPointRow::tabChain() const
{
    QList<QWidget *> chain{m_label};
    for (QWidget *w : {static_cast<QWidget *>(m_value),
                       static_cast<QWidget *>(m_street),
                       static_cast<QWidget *>(m_postalCode),
                       static_cast<QWidget *>(m_city),
                       static_cast<QWidget *>(m_country)}) {
        if (w)
            chain << w;
    }
    chain << m_primary << findChild<QWidget *>(QStringLiteral("remove"));
    return chain;
}

Result<ContactPoint> ContactPointRow::point() const
{
    const auto label = ContactLabel(m_label->currentData().toInt());
    Result<ContactPoint> built = Error(Error::Kind::Validation, QString());
    switch (m_point.kind) {
    case ContactKind::Phone:
        built = ContactPoint::phone(m_value->text(), label, m_list->customerPhones());
        break;
    case ContactKind::Email:
        built = ContactPoint::email(m_value->text(), label);
        break;
    case ContactKind::Web:
        if (m_value->text().trimmed().isEmpty())
            return Error(Error::Kind::Validation,
                         tr("The web address is empty."),
                         QStringLiteral("web"));
        built = ContactPoint::web(m_value->text(), label);
        break;
    case ContactKind::Postal: {
        const Result<QString> country = m_country->code();
        if (!country)
            return country.error();
        built = ContactPoint::postal({m_street->text(),
                                      m_postalCode->text(),
                                      m_city->text(),
                                      QString(),
                                      *country},
                                     label);
        break;
    }
    }
    if (!built)
        return built;
    ContactPoint p = *built;
    p.id = m_point.id;
    p.customerId = m_point.customerId;
    p.version = m_point.version;
    p.primary = isPrimary();
    // A stored point keeps its region (the editor has no field for it).
    p.address.region = m_point.kind == ContactKind::Postal ? m_point.address.region : QString();
    if (m_point.kind == ContactKind::Postal)
        p.value = p.address.oneLine();
    return p;
}

bool ContactPointRow::validate()
{
    const Result<ContactPoint> p = point();
    if (p) {
        m_message->clearMessage();
        return true;
    }
    m_checked = true;
    m_message->showMessage(p.error().message());
    return false;
}

bool ContactPointRow::hasMessage() const
{
    return m_message->hasMessage();
}

QWidget *ContactPointRow::fieldInError() const
{
    // A wrong country is corrected in the country box, anything else from the row's start.
    if (m_country) {
        const Result<ContactPoint> p = point();
        if (!p && p.error().field() == QStringLiteral("country"))
            return m_country;
    }
    return firstField();
}

void ContactPointRow::recheck()
{
    if (m_checked)
        validate();
}

QString ContactPointRow::countryCode() const
{
    if (!m_country)
        return {};
    const Result<QString> code = m_country->code();
    return code ? *code : QString();
}

ContactPointList::ContactPointList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void ContactPointList::setPoints(const QList<ContactPoint> &points)
{
    for (ContactPointRow *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    QList<ContactPoint> sorted = points;
    normalizePrimaries(sorted);
    for (const ContactPoint &p : std::as_const(sorted)) {
        auto *row = new ContactPointRow(p, this);
        m_layout->addWidget(row);
        m_rows << row;
        connectRow(row);
    }
    updatePrimaryChoices();
    Q_EMIT rowsChanged();
}

ContactPointRow *ContactPointList::addRow(ContactKind kind)
{
    ContactPoint p;
    p.kind = kind;
    p.label = ContactLabel::Work;
    p.primary = std::none_of(m_rows.cbegin(), m_rows.cend(), [kind](const ContactPointRow *r) {
        return r->kind() == kind;
    });
    // Kept together with the other points of its kind.
    int at = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (int(m_rows[i]->kind()) <= int(kind))
            at = i + 1;
    }
    auto *row = new ContactPointRow(p, this);
    m_layout->insertWidget(at, row);
    m_rows.insert(at, row);
    connectRow(row);
    row->show();
    updatePrimaryChoices();
    Q_EMIT rowsChanged();
    row->firstField()->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
    return row;
}

void ContactPointList::connectRow(ContactPointRow *row)
{
    connect(row, &ContactPointRow::changed, this, &ContactPointList::changed);
    connect(row, &ContactPointRow::primaryChosen, this, [this, row] { makePrimary(row); });
    connect(row, &ContactPointRow::removeRequested, this, [this, row] { removeRow(row); });
    if (row->kind() == ContactKind::Postal)
        connect(row, &ContactPointRow::changed, this, &ContactPointList::addressChanged);
}

void ContactPointList::addressChanged()
{
    // The phone numbers are read in the address's country: a new country reads them anew.
    for (ContactPointRow *r : std::as_const(m_rows)) {
        if (r->kind() == ContactKind::Phone)
            r->recheck();
    }
}

PhoneNormalizer ContactPointList::customerPhones() const
{
    QString country;
    for (const ContactPointRow *r : m_rows) {
        if (r->kind() != ContactKind::Postal)
            continue;
        const QString code = r->countryCode();
        if (!code.isEmpty() && (country.isEmpty() || r->isPrimary())) {
            country = code;
            if (r->isPrimary())
                break;
        }
    }
    return m_phones.forCountry(country);
}

void ContactPointList::removeRow(ContactPointRow *row)
{
    const qsizetype i = m_rows.indexOf(row);
    if (i < 0)
        return;
    const ContactKind kind = row->kind();
    const bool hadFocus = row->isAncestorOf(QApplication::focusWidget());
    m_rows.removeAt(i);
    row->hide();
    row->deleteLater();
    ensurePrimary(kind);
    updatePrimaryChoices();
    if (kind == ContactKind::Postal)
        addressChanged();
    Q_EMIT rowsChanged();
    if (hadFocus) {
        // The cursor stays in the list: on the row that took this one's place, or the last.
        if (!m_rows.isEmpty())
            m_rows[std::min<qsizetype>(i, m_rows.size() - 1)]->firstField()->setFocus();
        else
            focusNextChild();
    }
    Q_EMIT changed();
}

void ContactPointList::updatePrimaryChoices()
{
    QHash<int, int> perKind;
    for (const ContactPointRow *r : std::as_const(m_rows))
        ++perKind[int(r->kind())];
    for (ContactPointRow *r : std::as_const(m_rows))
        r->setPrimaryChoice(perKind.value(int(r->kind())) > 1);
}

void ContactPointList::makePrimary(ContactPointRow *row)
{
    for (ContactPointRow *other : std::as_const(m_rows)) {
        if (other != row && other->kind() == row->kind())
            other->setPrimary(false);
    }
}

void ContactPointList::ensurePrimary(ContactKind kind)
{
    ContactPointRow *first = nullptr;
    for (ContactPointRow *r : std::as_const(m_rows)) {
        if (r->kind() != kind)
            continue;
        if (r->isPrimary())
            return;
        if (!first)
            first = r;
    }
    if (first)
        first->setPrimary(true);
}

bool ContactPointList::validate()
{
    bool ok = true;
    for (ContactPointRow *r : std::as_const(m_rows))
        ok = r->validate() && ok;
    return ok;
}

QList<ContactPoint> ContactPointList::points() const
{
    QList<ContactPoint> out;
    for (const ContactPointRow *r : m_rows) {
        if (Result<ContactPoint> p = r->point(); p)
            out << *p;
    }
    normalizePrimaries(out);
    return out;
}

QList<QWidget *> ContactPointList::tabChain() const
{
    QList<QWidget *> chain;
    for (const ContactPointRow *r : m_rows)
        chain << r->tabChain();
    return chain;
}

QWidget *ContactPointList::firstInvalidField() const
{
    for (const ContactPointRow *r : m_rows) {
        if (r->hasMessage())
            return r->fieldInError();
    }
    return nullptr;
}

} // namespace rapport
