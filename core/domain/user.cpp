#include "core/domain/user.h"

#include "core/domain/contactpoint.h"
#include "core/domain/enumkeys.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct UserTexts
{
    Q_DECLARE_TR_FUNCTIONS(User)
};

constexpr qsizetype MaxLoginLength = 64;
constexpr qsizetype MaxNameLength = 200;

// A login is typed at a prompt and shown in audit lines, so it stays one plain word.
bool isLoginCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_')
           || c == QLatin1Char('-') || c == QLatin1Char('@');
}

} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Administrator:
        return UserTexts::tr("Administrator");
    case Role::Manager:
        return UserTexts::tr("Manager");
    case Role::SalesRep:
        return UserTexts::tr("Sales representative");
    case Role::ServiceAgent:
        return UserTexts::tr("Service agent");
    }
    return {};
}

void User::tidy()
{
    login = login.trimmed();
    displayName = displayName.simplified();
    email = email.trimmed().toLower();
}

Status User::validate() const
{
    using K = Error::Kind;
    if (login.trimmed().isEmpty())
        return Error(K::Validation, UserTexts::tr("A user needs a login."), QStringLiteral("login"));
    if (login.size() > MaxLoginLength)
        return Error(K::Validation,
                     UserTexts::tr("The login is longer than %1 characters.").arg(MaxLoginLength),
                     QStringLiteral("login"));
    if (!std::all_of(login.cbegin(), login.cend(), isLoginCharacter))
        return Error(K::Validation,
                     UserTexts::tr(
                         "A login may only hold letters, digits and the characters . _ - @."),
                     QStringLiteral("login"));
    if (displayName.trimmed().isEmpty())
        return Error(K::Validation,
                     UserTexts::tr("A user needs a name."),
                     QStringLiteral("displayName"));
    if (displayName.size() > MaxNameLength)
        return Error(K::Validation,
                     UserTexts::tr("The name is longer than %1 characters.").arg(MaxNameLength),
                     QStringLiteral("displayName"));
    if (!email.isEmpty()) {
        if (Result<QString> e = normalizeEmail(email, QStringLiteral("email")); !e)
            return e.error();
    }
    if (!enumFromInt<Role>(int(role), roleKeys))
        return Error(K::Validation,
                     UserTexts::tr("The role is not one Rapport knows."),
                     QStringLiteral("role"));
    return {};
}

} // namespace rapport
