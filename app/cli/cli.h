#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace rapport {
class Error;
}

namespace rapport::cli {

// Exit codes of rapport-cli: scripts rely on them.
enum ExitCode { Success = 0, UsageError = 1, DataError = 2 };

// Runs one command line (arguments without the program name) and returns the exit code.
int run(const QStringList &arguments);

// Output helpers: stdout for results, stderr for one-sentence errors and progress.
void out(const QString &text);
int fail(const QString &sentence, ExitCode code = DataError);
int fail(const Error &error);

// The subcommands; each gets its own arguments (after the subcommand's name).
int initCommand(const QStringList &args);
int demoCommand(const QStringList &args);
int infoCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int searchCommand(const QStringList &args);

} // namespace rapport::cli
