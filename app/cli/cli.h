#pragma once

#include "core/services/door.h"
#include "core/util/result.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace rapport {
class AccessPolicy;
class Database;
class Error;
class Workspace;
struct User;
} // namespace rapport

namespace rapport::cli {

// Exit codes of rapport-cli: scripts rely on them.
enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

// Runs one command line (arguments without the program name) and returns the exit code.
int run(const QStringList &arguments);

// Output helpers: stdout for results, stderr for one-sentence errors and progress.
void out(const QString &text);
int fail(const QString &sentence, ExitCode code = DataError);
int fail(const Error &error);
// While another client holds the database, a command waits up to BusyLimitMs, saying once on
// stderr whom it waits for (when known), and then fails with a sentence that names them: a write
// through the door by its busy observer, a read of a bare connection by waitWhenBusy.
constexpr int BusyLimitMs = 30'000;
Door::BusyObserver busyObserver();
void waitWhenBusy(Database &db);

// Options every command shares.
extern const QCommandLineOption dbOption;
extern const QCommandLineOption jsonOption;
extern const QCommandLineOption userOption; // --user LOGIN, added to every command by parse()

// Parses a subcommand's arguments (adding --db, --user and --help). Returns an exit code when the command
// must stop here (usage error, or --help printed), nothing when it should go on.
std::optional<int> parse(QCommandLineParser &parser,
                         const QString &command,
                         const QStringList &args);
// The file --db names, or the desktop app's database.
QString databasePath(const QCommandLineParser &parser);
// Opens an existing database for reading; read-write (so an older schema is brought up to date)
// unless the file is read-only.
Result<std::unique_ptr<Database>> openExisting(const QString &path);
// Opens `path` (created when missing and `create`) to write through its door, signed in as
// --user (the door checks every write against their role; the history names them). Without
// --user nobody is signed in: the history names the operating system's login on this machine,
// and a database that requires passwords refuses.
Result<std::unique_ptr<Workspace>> openForWriting(const QString &path, bool create);

// Sign-in (signin.cpp). Both open functions above call signIn(); a command that opens the file
// another way calls it itself.
void requestUser(const QCommandLineParser &parser); // parse() records --user
Status signIn(Database &db);
Status signIn(Workspace &workspace);
// What the user signed in with --user may do and see (unrestricted without one on a database
// without passwords); every command reads and writes within it.
const AccessPolicy &access();
const std::optional<User> &signedInUser();
// The password the user signed in with (the old one for `users passwd` of one's own).
const std::optional<QString> &signInPassword();
// A line typed without echo after `prompt` on stderr; nothing when stdin is not a terminal.
std::optional<QString> readSecret(const QString &prompt);

// The subcommands; each gets its own arguments (after the subcommand's name).
int initCommand(const QStringList &args);
int demoCommand(const QStringList &args);
int infoCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int searchCommand(const QStringList &args);
int reportCommand(const QStringList &args);       // reports.cpp
int importOrdersCommand(const QStringList &args); // importorders.cpp
int historyCommand(const QStringList &args);      // history.cpp
int backupCommand(const QStringList &args);       // backups.cpp
int backupsCommand(const QStringList &args);
int restoreCommand(const QStringList &args);
int salvageCommand(const QStringList &args);
// Issue 12: data in and out (one file each).
int importCommand(const QStringList &args);         // importcustomers.cpp: import customers FILE
int revertCommand(const QStringList &args);         // revert.cpp: revert BATCH
int batchesCommand(const QStringList &args);        // revert.cpp: batches (imports, merges...)
int exportCommand(const QStringList &args);         // export.cpp: export customers / customer ID
int exportCustomerCommand(const QStringList &args); // privacy.cpp: export customer ID
int eraseCommand(const QStringList &args);          // privacy.cpp: erase ID
int consentCommand(const QStringList &args);        // privacy.cpp: consent ID [CHANNEL STATUS]
int duplicatesCommand(const QStringList &args);     // duplicates.cpp: duplicates
int mergeCommand(const QStringList &args);          // duplicates.cpp: merge SURVIVOR OTHER
// Issue 13: accounts.
int usersCommand(const QStringList &args); // users.cpp: users list|add|set-role|set-teams|...

} // namespace rapport::cli
