#pragma once

#include "core/domain/contactpoint.h"
#include "core/domain/phonenumber.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QHBoxLayout;
class QVBoxLayout;

namespace rapport {

class ContactPointRow;
class CountryBox;
class FieldMessage;

// ContactPointList edits a customer's contact points in place: one row per point (label, the
// value, primary, remove), added by kind, each row checked as it is left and its message shown
// under it. Exactly one point of each kind is primary: choosing another one takes the mark from
// the old one, and removing the primary passes it to the next of its kind.
class ContactPointList final : public QWidget
{
    Q_OBJECT
public:
    explicit ContactPointList(QWidget *parent = nullptr);

    // The database's phone region, for numbers of a customer with no address country.
    void setPhoneNormalizer(PhoneNormalizer phones) { m_phones = std::move(phones); }
    const PhoneNormalizer &phoneNormalizer() const { return m_phones; }
    // How the phone rows read numbers: in the country of the customer's address as the rows say
    // now (the primary address first), else in the database's region.
    PhoneNormalizer customerPhones() const;
    void setPoints(const QList<ContactPoint> &points);
    // Adds an empty row of `kind` and puts the cursor in it.
    ContactPointRow *addRow(ContactKind kind);
    void removeRow(ContactPointRow *row);
    QList<ContactPointRow *> rows() const { return m_rows; }

    // Checks every row and shows the messages; true when all are valid.
    bool validate();
    // The points as the rows say, normalised (valid only after validate() returned true).
    QList<ContactPoint> points() const;
    // The first row field with a message, for the focus after a refused save.
    QWidget *firstInvalidField() const;
    // Every input of every row, in reading order, for the editor's tab order.
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    void changed();
    // Rows were added or removed (the tab order needs them put in place).
    void rowsChanged();

private:
    void makePrimary(ContactPointRow *row);
    void ensurePrimary(ContactKind kind);
    void updatePrimaryChoices();
    void connectRow(ContactPointRow *row);
    void addressChanged();

    PhoneNormalizer m_phones;
    QVBoxLayout *m_layout;
    QList<ContactPointRow *> m_rows;
};

// One contact point being edited. Its kind is fixed; the id and version of the stored point it
// edits (0 for a new one) go along unchanged.
class ContactPointRow final : public QWidget
{
    Q_OBJECT
public:
    ContactPointRow(const ContactPoint &point, ContactPointList *list);

    ContactKind kind() const { return m_point.kind; }
    bool isPrimary() const;
    void setPrimary(bool primary);
    // Shows the primary mark only when there is a choice (two or more of the kind).
    void setPrimaryChoice(bool shown);
    // The point as typed, normalised, or the error naming what is wrong.
    Result<ContactPoint> point() const;
    // Shows the message of point(), or clears it; true when valid.
    bool validate();
    bool hasMessage() const;
    // Checks again when the row was checked before (its reading depends on another row).
    void recheck();
    // The country the row's address is in (alpha-2), empty when none or not a country.
    QString countryCode() const;
    // The input the cursor goes to (the value, or the street).
    QWidget *firstField() const;
    // The input the cursor goes to after a refused save: the one the message is about.
    QWidget *fieldInError() const;
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    void changed();
    void primaryChosen();
    void removeRequested();

private:
    void buildValueFields(QHBoxLayout *line, QVBoxLayout *outer, int indent);
    void onEdited();
    bool hasAnyText() const;
    bool isValueField(const QWidget *widget) const;

    ContactPointList *m_list;
    ContactPoint m_point; // id, version, kind: what this row edits
    QComboBox *m_label = nullptr;
    QLineEdit *m_value = nullptr;  // phone, e-mail, web
    QLineEdit *m_street = nullptr; // postal
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    CountryBox *m_country = nullptr;
    QRadioButton *m_primary = nullptr;
    FieldMessage *m_message = nullptr;
    bool m_checked = false; // validated once: check again on every keystroke from then on
};

} // namespace rapport
