#include "core/domain/contactpoint.h"

#include "core/domain/countries.h"
#include "core/domain/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct ContactPointTexts
{
    Q_DECLARE_TR_FUNCTIONS(ContactPoint)
};

} // namespace

QString contactKindName(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return ContactPointTexts::tr("Phone");
    case ContactKind::Email:
        return ContactPointTexts::tr("E-mail");
    case ContactKind::Postal:
        return ContactPointTexts::tr("Address");
    case ContactKind::Web:
        return ContactPointTexts::tr("Web");
    }
    return {};
}

QString contactKindNoun(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return ContactPointTexts::tr("phone number");
    case ContactKind::Email:
        return ContactPointTexts::tr("e-mail address");
    case ContactKind::Postal:
        return ContactPointTexts::tr("postal address");
    case ContactKind::Web:
        return ContactPointTexts::tr("web address");
    }
    return {};
}

QString contactLabelName(ContactLabel label)
{
    switch (label) {
    case ContactLabel::Work:
        return ContactPointTexts::tr("Work");
    case ContactLabel::Home:
        return ContactPointTexts::tr("Home");
    case ContactLabel::Mobile:
        return ContactPointTexts::tr("Mobile");
    case ContactLabel::Other:
        return ContactPointTexts::tr("Other");
    }
    return {};
}

QString PostalAddress::oneLine() const
{
    QStringList parts;
    if (!street.isEmpty())
        parts << street;
    const QString place = QString(postalCode + QLatin1Char(' ') + city).trimmed();
    if (!place.isEmpty())
        parts << place;
    if (!region.isEmpty())
        parts << region;
    if (!country.isEmpty())
        parts << country;
    return parts.join(QStringLiteral(", "));
}

QString PostalAddress::oneLine(const Countries &names) const
{
    PostalAddress shown = *this;
    shown.country = country.isEmpty() ? QString() : names.name(country);
    return shown.oneLine();
}

Result<QString> normalizeEmail(const QString &text, const QString &field)
{
    // Deliberately simple: one @, no spaces, a dotted domain of letters, digits and hyphens.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[^@\s]+@[A-Za-z0-9\x{00C0}-\x{FFFF}](?:[A-Za-z0-9\x{00C0}-\x{FFFF}-]*[A-Za-z0-9\x{00C0}-\x{FFFF}])?(?:\.[A-Za-z0-9\x{00C0}-\x{FFFF}](?:[A-Za-z0-9\x{00C0}-\x{FFFF}-]*[A-Za-z0-9\x{00C0}-\x{FFFF}])?)+$)"));
    const QString email = text.trimmed().toLower();
    if (email.isEmpty())
        return Error(Error::Kind::Validation,
                     ContactPointTexts::tr("The e-mail address is empty."),
                     field);
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return Error(Error::Kind::Validation,
                     ContactPointTexts::tr("\"%1\" is not an e-mail address.").arg(text.trimmed()),
                     field);
    return email;
}

Result<ContactPoint> ContactPoint::phone(const QString &text,
                                         ContactLabel label,
                                         const PhoneNormalizer &normalizer)
{
    Result<QString> e164 = normalizer.toE164(text, QStringLiteral("phone"));
    if (!e164)
        return e164.error();
    ContactPoint p;
    p.kind = ContactKind::Phone;
    p.label = label;
    p.value = *e164;
    return p;
}

Result<ContactPoint> ContactPoint::email(const QString &text, ContactLabel label)
{
    Result<QString> email = normalizeEmail(text);
    if (!email)
        return email.error();
    ContactPoint p;
    p.kind = ContactKind::Email;
    p.label = label;
    p.value = *email;
    return p;
}

Result<ContactPoint> ContactPoint::web(const QString &text, ContactLabel label)
{
    QString t = text.trimmed();
    if (!t.isEmpty() && !t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    const QUrl url(t, QUrl::StrictMode);
    if (t.isEmpty() || !url.isValid() || url.host().isEmpty()
        || !url.host().contains(QLatin1Char('.'))
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error(Error::Kind::Validation,
                     ContactPointTexts::tr("\"%1\" is not a web address.").arg(text.trimmed()),
                     QStringLiteral("web"));
    ContactPoint p;
    p.kind = ContactKind::Web;
    p.label = label;
    p.value = url.toString();
    return p;
}

Result<ContactPoint> ContactPoint::postal(PostalAddress address, ContactLabel label)
{
    return postal(std::move(address), label, Countries::forUser());
}

Result<ContactPoint> ContactPoint::postal(PostalAddress address,
                                          ContactLabel label,
                                          const Countries &countries)
{
    address.street = address.street.simplified();
    address.postalCode = address.postalCode.simplified();
    address.city = address.city.simplified();
    address.region = address.region.simplified();
    // A name or a code as typed ("Germany", "Deutschland", "deu", "DE"), stored as alpha-2.
    Result<QString> country = countries.parse(address.country);
    if (!country)
        return country.error();
    address.country = *country;
    ContactPoint p;
    p.kind = ContactKind::Postal;
    p.label = label;
    p.address = address;
    p.value = address.oneLine();
    if (Status s = p.validate(); !s)
        return s.error();
    return p;
}

QString ContactPoint::phoneKey() const
{
    return kind == ContactKind::Phone ? rapport::phoneKey(value) : QString();
}

Status ContactPoint::validate() const
{
    using K = Error::Kind;
    switch (kind) {
    case ContactKind::Phone:
        if (!value.startsWith(QLatin1Char('+')) || digitsOf(value).size() != value.size() - 1
            || value.size() < 8 || value.size() > 16)
            return Error(K::Validation,
                         ContactPointTexts::tr("The phone number is not in E.164 form."),
                         QStringLiteral("phone"));
        break;
    case ContactKind::Email:
        if (Result<QString> e = normalizeEmail(value); !e)
            return e.error();
        break;
    case ContactKind::Web:
        if (value.trimmed().isEmpty())
            return Error(K::Validation,
                         ContactPointTexts::tr("The web address is empty."),
                         QStringLiteral("web"));
        break;
    case ContactKind::Postal:
        if (address.city.isEmpty() && address.street.isEmpty())
            return Error(K::Validation,
                         ContactPointTexts::tr("An address needs at least a street or a city."),
                         QStringLiteral("city"));
        if (!address.country.isEmpty() && !Countries::english().contains(address.country))
            return Error(K::Validation,
                         ContactPointTexts::tr("\"%1\" is not an ISO 3166 country code such as "
                                               "DE for Germany.")
                             .arg(address.country),
                         QStringLiteral("country"));
        break;
    }
    if (customerId < 0)
        return Error(K::Validation,
                     ContactPointTexts::tr("The contact point belongs to no customer."),
                     QStringLiteral("customer"));
    return {};
}

} // namespace rapport
