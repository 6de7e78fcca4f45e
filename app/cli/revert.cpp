#include "cli.h"

// revert.cpp: being built (issue 12); the command says so instead of doing nothing.

namespace rapport::cli {

int revertCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

int batchesCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

} // namespace rapport::cli
