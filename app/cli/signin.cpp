// Who runs a rapport-cli command: --user LOGIN with the password from RAPPORT_PASSWORD or a
// prompt without echo. Every command signs in when it opens the database (openExisting,
// openForWriting); a database that requires passwords refuses a command without --user.
#include "cli.h"

#include "core/services/accesspolicy.h"
#include "core/services/door.h"
#include "core/services/signin.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace rapport::cli {
namespace {

// The context lupdate files this file's texts under (a free tr() would get another one).
struct RapportCliTexts
{
    Q_DECLARE_TR_FUNCTIONS(RapportCli)
};

struct SignedIn
{
    std::optional<QString> login;    // --user, as parsed
    std::optional<QString> password; // what the user signed in with (for `users passwd`)
    std::optional<User> user;
    AccessPolicy policy = AccessPolicy::unrestricted();
    bool done = false; // signed in on this run's database
};

SignedIn &state()
{
    static SignedIn s;
    return s;
}

Error refused(const QString &sentence)
{
    return Error(Error::Kind::Forbidden, sentence);
}

QString anonymousRefusal()
{
    return RapportCliTexts::tr("This database requires a password: add --user LOGIN (the "
                               "password comes from RAPPORT_PASSWORD or a prompt).");
}

// The password of `login`: RAPPORT_PASSWORD, else a prompt on a terminal.
Result<QString> passwordFor(const QString &login)
{
    if (qEnvironmentVariableIsSet("RAPPORT_PASSWORD"))
        return qEnvironmentVariable("RAPPORT_PASSWORD");
    std::optional<QString> typed = readSecret(RapportCliTexts::tr("Password for %1: ").arg(login));
    if (!typed)
        return refused(RapportCliTexts::tr("%1 needs a password: set RAPPORT_PASSWORD or run the "
                                           "command in a terminal.")
                           .arg(login));
    return *typed;
}

// Signs the requested user in with `signIn` (which records failed attempts on the database).
template<typename SignInFunction>
Status signInWith(const std::function<Result<bool>(const QString &)> &needsPassword,
                  SignInFunction signIn,
                  bool required)
{
    SignedIn &s = state();
    if (!s.login) {
        if (required)
            return refused(anonymousRefusal());
        s.done = true;
        return {};
    }
    Result<bool> needs = needsPassword(*s.login);
    if (!needs)
        return needs.error();
    std::optional<QString> password = s.password; // a command that opens the file twice
    if (!password && (*needs || qEnvironmentVariableIsSet("RAPPORT_PASSWORD"))) {
        Result<QString> given = passwordFor(*s.login);
        if (!given)
            return given.error();
        password = *given;
    }
    Result<User> user = signIn(*s.login, password);
    if (!user)
        return user.error();
    s.password = password;
    s.user = *user;
    s.done = true;
    return {};
}

} // namespace

const QCommandLineOption userOption(QStringLiteral("user"),
                                    QStringLiteral("Sign in as LOGIN (the password from "
                                                   "RAPPORT_PASSWORD or a prompt)."),
                                    QStringLiteral("LOGIN"));

std::optional<QString> readSecret(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream(stderr) << prompt << Qt::flush;
    termios before{};
    const bool terminal = tcgetattr(STDIN_FILENO, &before) == 0;
    if (terminal) {
        termios quiet = before;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.push_back(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    if (c == EOF && line.empty())
        return std::nullopt;
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

void requestUser(const QCommandLineParser &parser)
{
    SignedIn &s = state();
    if (parser.isSet(userOption))
        s.login = parser.value(userOption).trimmed();
}

const AccessPolicy &access()
{
    return state().policy;
}

const std::optional<User> &signedInUser()
{
    return state().user;
}

const std::optional<QString> &signInPassword()
{
    return state().password;
}

Status signIn(Database &db)
{
    Result<bool> required = SignIn::requiresPassword(db);
    if (!required)
        return required.error();
    // Failed attempts are recorded through a door of this connection (none when read-only).
    std::unique_ptr<Door> door;
    if (!db.isReadOnly() && state().login) {
        Result<std::unique_ptr<Door>> opened = Door::open(db, nullptr);
        if (!opened)
            return opened.error();
        door = std::move(opened).value();
    }
    SignIn signer(db, door.get());
    Status s = signInWith([&](const QString &login) { return signer.needsPassword(login); },
                          [&](const QString &login, const std::optional<QString> &password) {
                              return signer.signIn(login, password);
                          },
                          *required);
    door.reset();
    waitWhenBusy(db); // the door took the busy handler over while it lived
    if (!s)
        return s;
    if (state().user) {
        Result<AccessPolicy> policy = AccessPolicy::forUser(db, state().user->id);
        if (!policy)
            return policy.error();
        state().policy = *policy;
    } else {
        state().policy = AccessPolicy::unrestricted();
    }
    return {};
}

Status signIn(Workspace &workspace)
{
    const bool required = workspace.requiresPassword();
    Status s = signInWith([&](const QString &login) { return workspace.needsPassword(login); },
                          [&](const QString &login,
                              const std::optional<QString> &password) -> Result<User> {
                              if (Status in = workspace.signIn(login, password); !in)
                                  return in.error();
                              return *workspace.currentUser();
                          },
                          required);
    if (!s)
        return s;
    if (!state().user)
        workspace.signOut(); // nobody: the CLI never signs someone in by guess
    state().policy = workspace.access();
    return {};
}

} // namespace rapport::cli
