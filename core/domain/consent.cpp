#include "core/domain/consent.h"

#include <QCoreApplication>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct ConsentTexts
{
    Q_DECLARE_TR_FUNCTIONS(Consent)
};

} // namespace

const QList<Consent::Channel> &Consent::channels()
{
    static const QList<Channel> all{Channel::Email, Channel::Phone, Channel::Sms, Channel::Post};
    return all;
}

QString Consent::channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Sms:
        return QStringLiteral("sms");
    case Channel::Post:
        return QStringLiteral("post");
    }
    return {};
}

QString Consent::statusKey(Answer status)
{
    return status == Answer::OptIn ? QStringLiteral("opt_in") : QStringLiteral("opt_out");
}

bool Consent::channelFromKey(const QString &key, Channel *channel)
{
    QString k = key.trimmed().toLower();
    k.remove(QLatin1Char('-'));
    for (Channel c : channels()) {
        if (k == channelKey(c)) {
            *channel = c;
            return true;
        }
    }
    return false;
}

bool Consent::statusFromKey(const QString &key, Answer *status)
{
    QString k = key.trimmed().toLower();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (k == QLatin1String("opt_in") || k == QLatin1String("optin")) {
        *status = Answer::OptIn;
        return true;
    }
    if (k == QLatin1String("opt_out") || k == QLatin1String("optout")) {
        *status = Answer::OptOut;
        return true;
    }
    return false;
}

QString Consent::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return ConsentTexts::tr("E-mail");
    case Channel::Phone:
        return ConsentTexts::tr("Phone");
    case Channel::Sms:
        return ConsentTexts::tr("SMS");
    case Channel::Post:
        return ConsentTexts::tr("Post");
    }
    return {};
}

void Consent::tidy()
{
    source = source.simplified();
}

Status Consent::validate() const
{
    using K = Error::Kind;
    if (customerId <= 0)
        return Error(K::Validation,
                     ConsentTexts::tr("The consent belongs to no customer."),
                     QStringLiteral("customerId"));
    if (!givenOn.isValid())
        return Error(K::Validation,
                     ConsentTexts::tr("The consent needs the day it was given."),
                     QStringLiteral("givenOn"));
    if (source.size() > MaxSourceLength)
        return Error(K::Validation,
                     ConsentTexts::tr("The consent's source is longer than %1 characters.")
                         .arg(MaxSourceLength),
                     QStringLiteral("source"));
    return {};
}

} // namespace rapport
