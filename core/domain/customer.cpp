#include "core/domain/customer.h"

#include "core/domain/textfold.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct CustomerTexts
{
    Q_DECLARE_TR_FUNCTIONS(Customer)
};

constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxTagLength = 50;

} // namespace

QString customerKindName(CustomerKind kind)
{
    switch (kind) {
    case CustomerKind::Person:
        return CustomerTexts::tr("Person");
    case CustomerKind::Organisation:
        return CustomerTexts::tr("Organisation");
    }
    return {};
}

QString lifecycleStageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Lead:
        return CustomerTexts::tr("Lead");
    case LifecycleStage::Prospect:
        return CustomerTexts::tr("Prospect");
    case LifecycleStage::Active:
        return CustomerTexts::tr("Active");
    case LifecycleStage::Lapsed:
        return CustomerTexts::tr("Lapsed");
    case LifecycleStage::Lost:
        return CustomerTexts::tr("Lost");
    }
    return {};
}

QString Customer::displayName() const
{
    if (kind == CustomerKind::Organisation)
        return organisation;
    if (firstName.isEmpty())
        return lastName;
    if (lastName.isEmpty())
        return firstName;
    return firstName + QLatin1Char(' ') + lastName;
}

QString Customer::sortName() const
{
    if (kind == CustomerKind::Organisation)
        return foldText(organisation);
    return foldText(QString(lastName + QLatin1Char(' ') + firstName));
}

void Customer::tidy()
{
    firstName = firstName.simplified();
    lastName = lastName.simplified();
    organisation = organisation.simplified();
    source = source.simplified();
    notes = notes.trimmed();
    QStringList clean;
    for (const QString &tag : std::as_const(tags)) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !clean.contains(t, Qt::CaseInsensitive))
            clean << t;
    }
    tags = clean;
}

Status Customer::validate() const
{
    const QList<Error> all = problems();
    if (!all.isEmpty())
        return all.first();
    return {};
}

QList<Error> Customer::problems() const
{
    using K = Error::Kind;
    QList<Error> out;
    if (kind == CustomerKind::Person) {
        if (lastName.trimmed().isEmpty() && firstName.trimmed().isEmpty())
            out << Error(K::Validation,
                         CustomerTexts::tr("A person needs a first or a last name."),
                         QStringLiteral("lastName"));
        if (firstName.size() > MaxNameLength)
            out << Error(K::Validation,
                         CustomerTexts::tr("The first name is longer than %1 characters.")
                             .arg(MaxNameLength),
                         QStringLiteral("firstName"));
        if (lastName.size() > MaxNameLength)
            out << Error(K::Validation,
                         CustomerTexts::tr("The last name is longer than %1 characters.")
                             .arg(MaxNameLength),
                         QStringLiteral("lastName"));
    } else {
        if (organisation.trimmed().isEmpty())
            out << Error(K::Validation,
                         CustomerTexts::tr("An organisation needs a name."),
                         QStringLiteral("organisation"));
        if (organisation.size() > MaxNameLength)
            out << Error(K::Validation,
                         CustomerTexts::tr("The organisation's name is longer than %1 characters.")
                             .arg(MaxNameLength),
                         QStringLiteral("organisation"));
    }
    // Today from the epoch clock (UTC): cheap enough for a bulk insert, and the one day of slack
    // covers every time zone.
    constexpr qint64 unixEpochJulianDay = 2440588;
    const qint64 today = unixEpochJulianDay + QDateTime::currentSecsSinceEpoch() / 86400;
    if (acquiredOn.isValid() && acquiredOn.toJulianDay() > today + 1)
        out << Error(K::Validation,
                     CustomerTexts::tr("The acquisition date lies in the future."),
                     QStringLiteral("acquiredOn"));
    if (ownerId && *ownerId <= 0)
        out << Error(K::Validation,
                     CustomerTexts::tr("The owner is not a valid user."),
                     QStringLiteral("owner"));
    for (const QString &tag : tags) {
        if (tag.trimmed().isEmpty()) {
            out << Error(K::Validation,
                         CustomerTexts::tr("A tag is empty."),
                         QStringLiteral("tags"));
            break;
        }
        if (tag.size() > MaxTagLength) {
            out << Error(K::Validation,
                         CustomerTexts::tr("The tag \"%1\" is longer than %2 characters.")
                             .arg(tag.left(20))
                             .arg(MaxTagLength),
                         QStringLiteral("tags"));
            break;
        }
    }
    return out;
}

} // namespace rapport
