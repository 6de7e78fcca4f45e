#include "cli.h"

// importcustomers.cpp: being built (issue 12); the command says so instead of doing nothing.

namespace rapport::cli {

int importCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

} // namespace rapport::cli
