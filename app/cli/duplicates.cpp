#include "cli.h"

// duplicates.cpp: being built (issue 12); the command says so instead of doing nothing.

namespace rapport::cli {

int duplicatesCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

int mergeCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

} // namespace rapport::cli
