#pragma once

#include "core/util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport {

// Whether a customer agreed to be contacted through one channel (schema 12, table consents). No
// row means nobody asked; a row is an opt-in or an opt-out with the day it was given and where
// (a web form, a call, an import...). Exports honour it.
struct Consent
{
    enum class Channel { Email, Phone, Sms, Post };
    enum class Answer { OptIn, OptOut };

    qint64 id = 0;
    qint64 customerId = 0;
    Channel channel = Channel::Email;
    Answer status = Answer::OptIn;
    QDate givenOn;
    QString source;

    static constexpr qsizetype MaxSourceLength = 200;

    static const QList<Channel> &channels();
    // The stored keys: "email", "phone", "sms", "post" and "opt_in", "opt_out".
    static QString channelKey(Channel channel);
    static QString statusKey(Answer status);
    // Reads a key (also "opt-in"/"opt-out" and any case); false when it names none.
    static bool channelFromKey(const QString &key, Channel *channel);
    static bool statusFromKey(const QString &key, Answer *status);
    // "E-mail", "Phone", "SMS", "Post" in the user's language.
    static QString channelName(Channel channel);

    void tidy();
    // The first rule the consent breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
