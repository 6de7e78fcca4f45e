#include "core/services/workspace.h"

#include "core/services/accountservice.h"
#include "core/services/caseservice.h"
#include "core/services/changebus.h"
#include "core/services/customerservice.h"
#include "core/services/door.h"
#include "core/services/interactionservice.h"
#include "core/services/livechanges.h"
#include "core/services/noteservice.h"
#include "core/services/permissioncheck.h"
#include "core/services/signin.h"
#include "core/services/surveyservice.h"
#include "core/services/taskservice.h"
#include "core/storage/credentialrepository.h"
#include "core/storage/settingsrepository.h"
#include "core/storage/userrepository.h"

#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace rapport {
namespace {

// Who signed in last on a database is remembered on this computer (QSettings), per database
// file: on a shared database each person's machine remembers its own user.
QString rememberedUserKey(const QString &path)
{
    return QStringLiteral("signedIn/")
           + QString::fromLatin1(path.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// Service agents first: they carry follow-ups and cases, so their "my day" shows everything.
int frontOfficeRank(Role role)
{
    switch (role) {
    case Role::ServiceAgent:
        return 0;
    case Role::SalesRep:
        return 1;
    case Role::Manager:
    case Role::Administrator:
        break;
    }
    return 2;
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, Database::Mode mode)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, mode);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(db).value()));
    if (!workspace->m_db->isReadOnly()) {
        Result<std::unique_ptr<Door>> door = Door::open(*workspace->m_db, workspace->m_changes);
        if (!door)
            return door.error();
        workspace->m_door = std::move(door).value();
        Workspace *w = workspace.get();
        workspace->m_door->setPermissionCheck(
            permissionCheck(*w->m_db, [w]() -> const AccessPolicy & { return w->m_access; }));
    }
    workspace->signInAutomatically(systemLoginName());
    Workspace &w = *workspace;
    w.m_live = std::make_unique<LiveChanges>(*w.m_db, *w.m_changes, w.m_door.get());
    if (Status s = w.m_live->start(); !s)
        return s.error();
    return workspace;
}

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_changes(new ChangeBus(this))
    , m_users(std::make_unique<UserRepository>(*m_db))
    , m_settings(std::make_unique<SettingsRepository>(*m_db))
    , m_phones(m_settings->phoneRegion())
{
    connect(m_changes, &ChangeBus::changed, this, &Workspace::onChange);
}

Workspace::~Workspace() = default;

namespace {

template<typename Service>
Service &lazily(std::unique_ptr<Service> &service, Workspace &workspace)
{
    if (!service)
        service = std::make_unique<Service>(workspace);
    return *service;
}

} // namespace

CustomerService &Workspace::customers()
{
    return lazily(m_customers, *this);
}

NoteService &Workspace::notes()
{
    return lazily(m_notes, *this);
}

TaskService &Workspace::tasks()
{
    return lazily(m_tasks, *this);
}

CaseService &Workspace::cases()
{
    return lazily(m_cases, *this);
}

InteractionService &Workspace::interactions()
{
    return lazily(m_interactions, *this);
}

SurveyService &Workspace::surveys()
{
    return lazily(m_surveys, *this);
}

AccountService &Workspace::accounts()
{
    Q_ASSERT_X(m_door, "Workspace::accounts", "a read-only database changes no account");
    if (!m_accounts)
        m_accounts = std::make_unique<AccountService>(*m_door);
    return *m_accounts;
}

std::optional<qint64> Workspace::currentUserId() const
{
    return m_user ? std::optional<qint64>(m_user->id) : std::nullopt;
}

QString Workspace::currentUserName() const
{
    return m_user ? m_user->displayName : QString();
}

Status Workspace::setCurrentUser(qint64 userId)
{
    if (requiresPassword())
        return Error(Error::Kind::Forbidden,
                     tr("This database requires a password: sign in with your login and "
                        "password."));
    Result<User> user = m_users->get(userId);
    if (!user)
        return user.error();
    if (!user->active)
        return Error(Error::Kind::Validation,
                     tr("%1 is deactivated and cannot sign in.").arg(user->displayName),
                     QStringLiteral("user"));
    QSettings().setValue(rememberedUserKey(path()), userId);
    if (ruleInForce())
        m_chosenBy = ChosenBy::Pick;
    adopt(std::move(user).value());
    return {};
}

bool Workspace::requiresPassword() const
{
    Result<bool> required = SignIn::requiresPassword(*m_db);
    return !required || *required; // unreadable: assume the stricter
}

Result<bool> Workspace::needsPassword(const QString &login) const
{
    return SignIn(*m_db, nullptr).needsPassword(login);
}

Status Workspace::signIn(const QString &login, const std::optional<QString> &password)
{
    Result<User> user = SignIn(*m_db, m_door.get()).signIn(login, password);
    if (!user)
        return user.error();
    m_chosenBy = ChosenBy::Purpose;
    adopt(std::move(user).value());
    return {};
}

void Workspace::signOut()
{
    m_chosenBy = ChosenBy::Purpose;
    adopt(std::nullopt);
}

void Workspace::signInAutomatically(const QString &systemLogin)
{
    // After a sign-in or a sign-out on purpose (no caller does that) the choice stays on purpose.
    if (ruleInForce())
        m_chosenBy = ChosenBy::Rule;
    if (requiresPassword()) {
        adopt(std::nullopt); // nobody until signIn(): nothing is allowed meanwhile
        return;
    }
    if (!systemLogin.isEmpty()) {
        if (Result<User> byLogin = m_users->findByLogin(systemLogin); byLogin && byLogin->active) {
            adopt(std::move(byLogin).value());
            return;
        }
    }
    bool numeric = false;
    const qint64 remembered = QSettings().value(rememberedUserKey(path())).toLongLong(&numeric);
    if (numeric) {
        if (Result<User> user = m_users->get(remembered); user && user->active) {
            adopt(std::move(user).value());
            return;
        }
    }
    Result<QList<User>> users = m_users->list();
    if (!users || users->isEmpty()) {
        adopt(std::nullopt);
        return;
    }
    const auto best = std::min_element(users->cbegin(),
                                       users->cend(),
                                       [](const User &a, const User &b) {
                                           const int ra = frontOfficeRank(a.role);
                                           const int rb = frontOfficeRank(b.role);
                                           return ra != rb ? ra < rb : a.id < b.id;
                                       });
    // A guess, not an identity: nobody said who they are, so the guess stamps the work lists and
    // the history but limits nothing ("works as today" on a database without passwords). Once
    // someone picks themselves, or the system login names them, their role applies.
    if (ruleInForce())
        m_chosenBy = ChosenBy::Guess;
    adopt(*best);
}

Result<QList<User>> Workspace::activeUsers() const
{
    return m_users->list();
}

QString Workspace::systemLoginName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Services, containers and cron jobs often run without those variables.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

Status Workspace::write(const WriteRequest &request, const std::function<Status(WriteScope &)> &body)
{
    if (!m_door)
        return Error(Error::Kind::Io,
                     tr("The database is open read-only, so nothing can be changed."));
    return m_door->write(request, body);
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    return write({WriteAction::Settings},
                 [&](WriteScope &) { return m_settings->setValue(key, value); });
}

QDateTime Workspace::now() const
{
    return m_door ? m_door->now() : (m_clock ? m_clock() : systemNow());
}

void Workspace::setClock(Clock clock)
{
    m_clock = clock;
    if (m_door)
        m_door->setClock(std::move(clock));
}

QDateTime Workspace::systemNow()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void Workspace::adopt(std::optional<User> user)
{
    const qint64 before = m_user ? m_user->id : 0;
    const bool wasUnrestricted = m_access.isUnrestricted();
    m_user = std::move(user);
    m_access = policyFor(m_user);
    const qint64 after = m_user ? m_user->id : 0;
    if (m_door) {
        Actor actor;
        actor.machine = Actor::thisMachine();
        if (m_user) {
            actor.userId = m_user->id;
            actor.name = m_user->displayName;
        }
        m_door->setActor(std::move(actor));
    }
    // The same user picked after being guessed now has their role: the views must look again.
    if (before != after || wasUnrestricted != m_access.isUnrestricted())
        Q_EMIT currentUserChanged(after);
}

AccessPolicy Workspace::policyFor(const std::optional<User> &user) const
{
    const bool required = requiresPassword();
    if (m_chosenBy == ChosenBy::Guess && !required)
        return AccessPolicy::unrestricted();
    if (!user)
        return required ? AccessPolicy::signedOut() : AccessPolicy::unrestricted();
    if (required) {
        // A user without a password where passwords are required (signed in before the first
        // administrator's password was set) may do nothing until they have one.
        Result<Credentials> credentials = CredentialRepository(*m_db).get(user->id);
        if (!credentials || !credentials->hasPassword())
            return AccessPolicy::signedOut();
    }
    Result<AccessPolicy> policy = AccessPolicy::forUser(*m_db, user->id);
    return policy ? *policy : AccessPolicy::signedOut(); // unreadable: allow nothing
}

// The signed-in user was edited (renamed, deactivated, another role or team), or the matrix
// changed: keep the copy and the access true.
void Workspace::onChange(const ChangeNotice &notice)
{
    const bool users = notice.entity == ChangeNotice::Entity::Everything
                       || notice.entity == ChangeNotice::Entity::User;
    if (!users)
        return;
    if (!m_user) {
        // Users arrived (the demo data on a first start, another client): sign someone in now.
        if (ruleInForce())
            signInAutomatically(systemLoginName());
        else
            m_access = policyFor(m_user); // an administrator's first password: passwords now
        return;
    }
    Result<User> fresh = m_users->get(m_user->id);
    if (fresh && fresh->active) {
        m_user = std::move(fresh).value();
        m_access = policyFor(m_user);
        return;
    }
    if (ruleInForce())
        signInAutomatically(QString());
    else
        adopt(std::nullopt);
}

} // namespace rapport
