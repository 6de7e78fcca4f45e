#include "core/services/passwordhash.h"

#include <QRegularExpression>

#include <sodium.h>

namespace rapport {
namespace {

constexpr qsizetype MinPasswordLength = 8;
constexpr qsizetype MaxPasswordLength = 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::Cost PasswordHasher::defaultCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::minimumCost()
{
    return {2, std::size_t(19) * 1024 * 1024};
}

Status PasswordHasher::acceptable(const QString &password)
{
    // Counted in characters as people see them (a surrogate pair is one).
    const qsizetype length = password.toUcs4().size();
    if (length < MinPasswordLength)
        return Error(Error::Kind::Validation,
                     tr("A password needs at least %1 characters.").arg(MinPasswordLength),
                     QStringLiteral("password"));
    if (length > MaxPasswordLength)
        return Error(Error::Kind::Validation,
                     tr("A password may have at most %1 characters.").arg(MaxPasswordLength),
                     QStringLiteral("password"));
    return {};
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return Error(Error::Kind::Io, tr("The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out,
                              utf8.constData(),
                              quint64(utf8.size()),
                              m_cost.opsLimit,
                              m_cost.memLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error(Error::Kind::Io,
                     tr("There is not enough memory to protect the password; close other "
                        "programs and try again."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (hash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
           == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (crypto_pwhash_str_needs_rehash(stored.constData(), m_cost.opsLimit, m_cost.memLimit) == 0)
        return false;
    // Other parameters: rehash when they are lower than ours (or unreadable), never down to
    // ours when a newer Rapport made the hash stronger ("$argon2id$v=19$m=65536,t=2,p=1$...").
    static const QRegularExpression params(
        QStringLiteral("^\\$argon2id\\$v=\\d+\\$m=(\\d+),t=(\\d+),"));
    const QRegularExpressionMatch m = params.match(hash);
    if (!m.hasMatch())
        return true;
    const quint64 memKiB = m.captured(1).toULongLong();
    const quint64 ops = m.captured(2).toULongLong();
    return memKiB * 1024 < m_cost.memLimit || ops < m_cost.opsLimit;
}

} // namespace rapport
