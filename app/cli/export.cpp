#include "cli.h"

// export.cpp: being built (issue 12); the command says so instead of doing nothing.

namespace rapport::cli {

int exportCommand(const QStringList &args)
{
    // Temporary (privacy branch): the export's own dispatch replaces this when it is merged.
    if (args.value(0) == QLatin1String("customer"))
        return exportCustomerCommand(args.mid(1));
    return fail(QStringLiteral("this command is not built yet."), UsageError);
}

} // namespace rapport::cli
