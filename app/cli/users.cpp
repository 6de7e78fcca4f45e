// rapport-cli users: list, add, set-role, set-teams, disable, enable, passwd. Every change goes
// through AccountService (the door checks ManageUsers; the history records it). The first
// `users add` on a database where no administrator has a password runs without --user: it is
// how the first administrator is set up.
#include "cli.h"

#include "core/domain/enumkeys.h"
#include "core/services/accesspolicy.h"
#include "core/services/accountservice.h"
#include "core/services/workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <variant>

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

std::optional<Role> roleFromText(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("rep"))
        return Role::SalesRep;
    if (key == QLatin1String("agent"))
        return Role::ServiceAgent;
    return enumFromKey<Role>(key, roleKeys);
}

QString roleWord(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::SalesRep:
        return QStringLiteral("rep");
    case Role::ServiceAgent:
        return QStringLiteral("agent");
    }
    return {};
}

QStringList teamList(const QString &text)
{
    QStringList teams;
    for (const QString &t : text.split(QLatin1Char(','))) {
        if (!t.simplified().isEmpty())
            teams << t.simplified();
    }
    return teams;
}

// A new password: RAPPORT_NEW_PASSWORD, else typed twice at a prompt without echo.
Result<QString> newPassword(const QString &login)
{
    if (qEnvironmentVariableIsSet("RAPPORT_NEW_PASSWORD"))
        return qEnvironmentVariable("RAPPORT_NEW_PASSWORD");
    const std::optional<QString> first = readSecret(
        RapportCliTexts::tr("New password for %1: ").arg(login));
    if (!first)
        return Error(Error::Kind::Validation,
                     RapportCliTexts::tr("The new password comes from RAPPORT_NEW_PASSWORD or a "
                                         "prompt in a terminal; neither is there."));
    const std::optional<QString> again = readSecret(RapportCliTexts::tr("The same again: "));
    if (!again || *again != *first)
        return Error(Error::Kind::Validation,
                     RapportCliTexts::tr("The two passwords differ; nothing was changed."));
    return *first;
}

struct Opened
{
    std::unique_ptr<Workspace> workspace;
    AccountService *accounts = nullptr;
};

// Opens the database and signs in; a usage error or a refusal is returned as an exit code.
std::variant<Opened, int> open(const QCommandLineParser &parser)
{
    auto workspace = openForWriting(databasePath(parser), false);
    if (!workspace)
        return fail(workspace.error());
    Opened o;
    o.workspace = std::move(workspace).value();
    o.accounts = &o.workspace->accounts();
    return o;
}

Result<User> userByLogin(AccountService &accounts, const QString &login)
{
    return accounts.findByLogin(login);
}

int listUsers(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Lists the users, their roles and teams."));
    parser.addOption(jsonOption);
    if (auto stop = parse(parser, QStringLiteral("users list"), args))
        return *stop;
    auto opened = open(parser);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    Opened &o = std::get<Opened>(opened);
    Result<QList<UserAccount>> users = o.accounts->users(true);
    if (!users)
        return fail(users.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const UserAccount &a : std::as_const(*users)) {
            list.append(QJsonObject{{QStringLiteral("id"), a.user.id},
                                    {QStringLiteral("login"), a.user.login},
                                    {QStringLiteral("name"), a.user.displayName},
                                    {QStringLiteral("email"), a.user.email},
                                    {QStringLiteral("role"), roleWord(a.user.role)},
                                    {QStringLiteral("teams"), QJsonArray::fromStringList(a.teams)},
                                    {QStringLiteral("active"), a.user.active},
                                    {QStringLiteral("has_password"), a.hasPassword},
                                    {QStringLiteral("failed_signins"), a.failedSignins}});
        }
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }
    for (const UserAccount &a : std::as_const(*users)) {
        QString flags;
        if (!a.user.active)
            flags += RapportCliTexts::tr(" (deactivated)");
        if (!a.hasPassword)
            flags += RapportCliTexts::tr(" (no password)");
        out(QStringLiteral("%1  %2  %3  %4%5")
                .arg(a.user.login, -16)
                .arg(a.user.displayName, -24)
                .arg(roleWord(a.user.role), -13)
                .arg(a.teams.join(QLatin1Char(',')))
                .arg(flags));
    }
    return Success;
}

int addUser(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr("Adds a user."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("The user's name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("administrator, manager, rep or agent."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption teams(QStringLiteral("teams"),
                                   QStringLiteral("Teams, separated by commas (made when "
                                                  "missing)."),
                                   QStringLiteral("T1,T2"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   QStringLiteral("E-mail address."),
                                   QStringLiteral("E"));
    const QCommandLineOption noPassword(QStringLiteral("no-password"),
                                        QStringLiteral("Add the user without a password (they "
                                                       "can sign in only while no "
                                                       "administrator has one)."));
    parser.addOptions({name, role, teams, email, noPassword});
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The new login."));
    if (auto stop = parse(parser, QStringLiteral("users add"), args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(RapportCliTexts::tr("users add needs one LOGIN."), UsageError);
    if (!parser.isSet(name) || !parser.isSet(role))
        return fail(RapportCliTexts::tr("users add needs --name and --role."), UsageError);
    const std::optional<Role> r = roleFromText(parser.value(role));
    if (!r)
        return fail(RapportCliTexts::tr("--role must be administrator, manager, rep or agent."),
                    UsageError);
    NewUser user;
    user.login = parser.positionalArguments().constFirst();
    user.displayName = parser.value(name);
    user.email = parser.value(email);
    user.role = *r;
    user.teams = teamList(parser.value(teams));
    auto opened = open(parser);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    Opened &o = std::get<Opened>(opened);
    // Refused before a password is asked for when the signed-in user may not add anyone.
    if (Status s = access().check(Permission::ManageUsers); !s)
        return fail(s.error());
    if (!parser.isSet(noPassword)) {
        Result<QString> password = newPassword(user.login);
        if (!password)
            return fail(password.error());
        user.password = *password;
    }
    Result<qint64> id = o.accounts->addUser(user);
    if (!id)
        return fail(id.error());
    out(RapportCliTexts::tr("Added %1 (%2) as user %3.")
            .arg(user.login, roleName(user.role))
            .arg(*id));
    return Success;
}

// users set-role / set-teams / disable / enable: LOGIN and, for some, one value.
int changeUser(const QString &verb, const QStringList &args)
{
    const bool withValue = verb == QLatin1String("set-role") || verb == QLatin1String("set-teams");
    QCommandLineParser parser;
    parser.setApplicationDescription(RapportCliTexts::tr("Changes a user."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The user."));
    if (withValue)
        parser.addPositionalArgument(QStringLiteral("VALUE"),
                                     verb == QLatin1String("set-role")
                                         ? QStringLiteral("administrator, manager, rep or agent.")
                                         : QStringLiteral("Teams, separated by commas."));
    if (auto stop = parse(parser, QStringLiteral("users ") + verb, args))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (withValue ? 2 : 1))
        return fail(withValue ? RapportCliTexts::tr("users %1 needs LOGIN and a value.").arg(verb)
                              : RapportCliTexts::tr("users %1 needs one LOGIN.").arg(verb),
                    UsageError);
    std::optional<Role> role;
    if (verb == QLatin1String("set-role")) {
        role = roleFromText(positional.at(1));
        if (!role)
            return fail(RapportCliTexts::tr("The role must be administrator, manager, rep or "
                                            "agent."),
                        UsageError);
    }
    auto opened = open(parser);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    Opened &o = std::get<Opened>(opened);
    Result<User> user = userByLogin(*o.accounts, positional.at(0));
    if (!user)
        return fail(user.error());
    Status s;
    QString done;
    if (role) {
        s = o.accounts->setRole(user->id, *role);
        done = RapportCliTexts::tr("%1 is now %2.").arg(user->login, roleName(*role));
    } else if (verb == QLatin1String("set-teams")) {
        const QStringList teams = teamList(positional.at(1));
        s = o.accounts->setTeams(user->id, teams);
        done = teams.isEmpty() ? RapportCliTexts::tr("%1 is in no team now.").arg(user->login)
                               : RapportCliTexts::tr("%1 is in %2 now.")
                                     .arg(user->login, teams.join(QStringLiteral(", ")));
    } else {
        const bool active = verb == QLatin1String("enable");
        s = o.accounts->setActive(user->id, active);
        done = active ? RapportCliTexts::tr("%1 can sign in again.").arg(user->login)
                      : RapportCliTexts::tr("%1 is deactivated; their history and customers "
                                            "stay.")
                            .arg(user->login);
    }
    if (!s)
        return fail(s.error());
    out(done);
    return Success;
}

int passwd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RapportCliTexts::tr("Changes your own password, or (administrator) sets another "
                            "user's."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The user."));
    if (auto stop = parse(parser, QStringLiteral("users passwd"), args))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(RapportCliTexts::tr("users passwd needs one LOGIN."), UsageError);
    auto opened = open(parser);
    if (auto *code = std::get_if<int>(&opened))
        return *code;
    Opened &o = std::get<Opened>(opened);
    Result<User> user = userByLogin(*o.accounts, parser.positionalArguments().constFirst());
    if (!user)
        return fail(user.error());
    const bool own = signedInUser() && signedInUser()->id == user->id;
    if (!own) {
        if (Status s = access().check(Permission::ManageUsers); !s)
            return fail(s.error());
    }
    Result<QString> password = newPassword(user->login);
    if (!password)
        return fail(password.error());
    const Status s = own ? o.accounts->changeOwnPassword(signInPassword().value_or(QString()),
                                                         *password)
                         : o.accounts->resetPassword(user->id, *password);
    if (!s)
        return fail(s.error());
    out(own ? RapportCliTexts::tr("Your password is changed.")
            : RapportCliTexts::tr("The password of %1 is set.").arg(user->login));
    return Success;
}

} // namespace

int usersCommand(const QStringList &args)
{
    const QString verb = args.value(0);
    const QStringList rest = args.mid(1);
    if (verb == QLatin1String("list"))
        return listUsers(rest);
    if (verb == QLatin1String("add"))
        return addUser(rest);
    if (verb == QLatin1String("set-role") || verb == QLatin1String("set-teams")
        || verb == QLatin1String("disable") || verb == QLatin1String("enable"))
        return changeUser(verb, rest);
    if (verb == QLatin1String("passwd"))
        return passwd(rest);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        out(RapportCliTexts::tr("Usage: rapport-cli users list|add|set-role|set-teams|disable|"
                                "enable|passwd ...   (see 'users COMMAND --help')"));
        return Success;
    }
    return fail(RapportCliTexts::tr("users needs what to do: list, add, set-role, set-teams, "
                                    "disable, enable or passwd."),
                UsageError);
}

} // namespace rapport::cli
