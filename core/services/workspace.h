#pragma once

#include "core/domain/phonenumber.h"
#include "core/domain/user.h"
#include "core/services/accesspolicy.h"
#include "core/storage/database.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace rapport {

class AccountService;
class CaseService;
class ChangeBus;
class CustomerService;
class Door;
class InteractionService;
class LiveChanges;
class NoteService;
class SurveyService;
class TaskService;
class SettingsRepository;
class WriteScope;
struct WriteRequest;
class UserRepository;
struct ChangeNotice;

// Workspace is one open Rapport database as the desktop holds it: the connection (on the GUI
// thread), the change bus every service and model of that database shares, the signed-in user
// whom services stamp as agent, owner and assignee, and the clock they all read. The UI keeps
// one Workspace per open database and drops it to close the database; models built on it must
// go first.
//
// A database that requires passwords (an active administrator has one, see SignIn) opens with
// nobody signed in and nothing allowed until signIn() succeeds. On any other database "signed
// in" is a choice, as before passwords: the active user whose login is the operating system's
// login name, else the one last chosen on this database (remembered on this computer), else the
// first active service agent or sales rep (so that a demo database opens on a full "my day").
// A database without users has nobody signed in (and everything allowed); its work lists then
// show the unassigned work. Whoever is signed in, access() is their role's policy, and the door
// checks every write against it.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    // The time now, UTC in whole seconds. Tests inject a clock of their own.
    using Clock = std::function<QDateTime()>;

    static Result<std::unique_ptr<Workspace>> open(const QString &path, Database::Mode mode);
    ~Workspace() override;

    Database &database() const { return *m_db; }
    ChangeBus &changes() const { return *m_changes; }
    // The write door of this database (every change goes through it); null when read-only.
    Door *door() const { return m_door.get(); }
    // Brings the changes other clients commit to this file onto changes() (see LiveChanges).
    LiveChanges &live() const { return *m_live; }
    // Saves a setting shared by everyone who uses the database, through the door.
    Status setSetting(const QString &key, const QString &value);
    // Runs `body` through the door (see Door::write); refused on a read-only database.
    Status write(const WriteRequest &request, const std::function<Status(WriteScope &)> &body);
    const QString &path() const { return m_db->path(); }

    // The use cases on this database, one of each, made on first use and kept until the
    // workspace closes: widgets and undo commands call these instead of making their own.
    CustomerService &customers();
    NoteService &notes();
    TaskService &tasks();
    CaseService &cases();
    InteractionService &interactions();
    SurveyService &surveys();
    // Reads phone numbers in the database's region (the phone_region setting), for search and
    // display.
    const PhoneNormalizer &phones() const { return m_phones; }

    // The signed-in user; empty when the database has no active user.
    const std::optional<User> &currentUser() const { return m_user; }
    std::optional<qint64> currentUserId() const;
    // What the signed-in user may do and see; every reader filters by its scopes.
    const AccessPolicy &access() const { return m_access; }
    // The name to show ("Signed in as ..."); empty when nobody is signed in.
    QString currentUserName() const;
    // Signs `userId` in (an active user) and remembers the choice for this database; refused on
    // a database that requires passwords (use signIn()).
    Status setCurrentUser(qint64 userId);
    // Whether this database requires passwords: an active administrator has one. The UI then
    // asks for a login and password (signIn()) instead of signing in automatically.
    bool requiresPassword() const;
    // Whether signing in as `login` needs a password (the database requires them, or the user
    // has one); for the sign-in dialog and the CLI's prompt.
    Result<bool> needsPassword(const QString &login) const;
    // Signs in by login and password (see SignIn: wrong attempts, delays, rehash); on success the
    // user, their access and the door's actor apply. `password` may be empty where none is needed.
    Status signIn(const QString &login, const std::optional<QString> &password);
    // Signs out: nobody is signed in, and nobody is signed in automatically any more (the CLI
    // without --user). On a database that requires passwords nothing is then allowed.
    void signOut();
    // Users, teams, passwords and the permission matrix, through this workspace's door.
    AccountService &accounts();
    // Applies the sign-in rule above with `systemLogin` as the operating system's login name.
    // open() calls it with systemLoginName().
    void signInAutomatically(const QString &systemLogin);
    // The users one can sign in as (the active ones), sorted by name.
    Result<QList<User>> activeUsers() const;
    static QString systemLoginName();

    QDateTime now() const;
    void setClock(Clock clock);
    static QDateTime systemNow();

Q_SIGNALS:
    // The signed-in user changed (0: nobody); work lists follow.
    void currentUserChanged(qint64 userId);

private:
    explicit Workspace(std::unique_ptr<Database> db);
    void onChange(const ChangeNotice &notice);
    void adopt(std::optional<User> user);
    AccessPolicy policyFor(const std::optional<User> &user) const;

    std::unique_ptr<Database> m_db;
    ChangeBus *m_changes; // a child of this object
    std::unique_ptr<Door> m_door;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<SettingsRepository> m_settings;
    std::optional<User> m_user;
    AccessPolicy m_access = AccessPolicy::unrestricted();
    // How the current user (or nobody) came to be current. It decides what their role limits
    // (policyFor) and whether the sign-in rule of signInAutomatically() chooses again when the
    // users change (onChange).
    enum class ChosenBy {
        // The rule: the operating system's login or the choice remembered on this computer named
        // them, or it found nobody (no active user; passwords required and nobody signed in
        // yet). Their role applies; the rule chooses again when the users change.
        Rule,
        // The rule's fallback guess (the first front-office user): a guess, not an identity, so
        // it stamps the work lists and the history but limits nothing on a database without
        // passwords. The rule chooses again when the users change.
        Guess,
        // setCurrentUser() while the rule is in force: their role applies. The rule chooses
        // again when the users change (and finds this pick remembered).
        Pick,
        // On purpose: signIn() (by password), signOut(), or a pick after either. Their role
        // applies (nobody: see policyFor); the rule never chooses in their place.
        Purpose,
    };
    ChosenBy m_chosenBy = ChosenBy::Rule;
    bool ruleInForce() const { return m_chosenBy != ChosenBy::Purpose; }
    PhoneNormalizer m_phones;
    Clock m_clock;
    // Last: they hold statements on m_db and go before it.
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<NoteService> m_notes;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<InteractionService> m_interactions;
    std::unique_ptr<SurveyService> m_surveys;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<LiveChanges> m_live; // last: goes first, before the connection it reads
};

} // namespace rapport
