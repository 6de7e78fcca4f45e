#include "cli.h"

// privacy.cpp: being built (issue 12); the command says so instead of doing nothing.

namespace rapport::cli {

int exportCustomerCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

int eraseCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

int consentCommand(const QStringList &args)
{
    Q_UNUSED(args);
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

} // namespace rapport::cli
