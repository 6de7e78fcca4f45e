// One client of the "many clients, one file" test (tests/core/test_manyclients.cpp): opens the
// database as the desktop does (a Workspace, whose door records every change), then logs calls
// through InteractionService and edits the customers' notes through CustomerService, taking turns,
// for a number of writes or of seconds. An edit reads the record, waits a moment (as a user
// typing), and saves with the versions it read, so that clients overwrite each other only by
// conflict. It prints what it committed as one JSON object on stdout:
//   {"calls": [interaction ids], "edits": [[customer, version saved, notes]...],
//    "conflicts": n, "busy": n, "errors": ["sentence"...]}
//
// Usage: rapport-manyclients-worker DB WORKER CUSTOMER_IDS (comma-separated) --writes N | --seconds S
#include "core/services/customerservice.h"
#include "core/services/interactionservice.h"
#include "core/services/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>
#include <random>

using namespace rapport;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: %s DB WORKER IDS --writes N|--seconds S\n", argv[0]);
        return 1;
    }
    const QString path = args.at(1);
    const int worker = args.at(2).toInt();
    QList<qint64> customers;
    for (const QString &id : args.at(3).split(QLatin1Char(',')))
        customers << id.toLongLong();
    const bool bySeconds = args.at(4) == QLatin1String("--seconds");
    const qint64 limit = args.at(5).toLongLong();

    auto opened = Workspace::open(path, Database::Mode::Existing);
    if (!opened) {
        std::fprintf(stderr, "worker %d: %s\n", worker, qPrintable(opened.error().message()));
        return 2;
    }
    Workspace &workspace = **opened;
    InteractionService calls(workspace);
    CustomerService edits(workspace);

    std::mt19937 random(std::uint32_t(worker) * 7919u + 17u);
    QJsonArray callIds, saved, errors;
    int conflicts = 0, busy = 0;
    const auto failed = [&](const Error &e) {
        // A busy error is one the door did not wait out: the test counts it as unhandled.
        if (e.message().contains(QLatin1String("busy"))
            || e.message().contains(QLatin1String("another program is writing")))
            ++busy;
        errors.append(e.message());
    };
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; bySeconds ? clock.elapsed() < limit * 1000 : i < limit; ++i) {
        const qint64 customer = customers.at(int(random() % customers.size()));
        const QString mark = QStringLiteral("w%1-%2").arg(worker).arg(i);
        if (i % 2 == 0) {
            CallLog log;
            log.interaction.customerId = customer;
            log.interaction.notes = mark;
            log.interaction.durationSeconds = 60;
            auto logged = calls.log(log);
            if (logged)
                callIds.append(logged->interactionId);
            else
                failed(logged.error());
            continue;
        }
        auto read = edits.record(customer);
        if (!read) {
            failed(read.error());
            continue;
        }
        QThread::usleep(random() % 2000);
        CustomerRecord to = *read;
        to.customer.notes = mark;
        if (Status s = edits.save(*read, to); s)
            saved.append(QJsonArray{customer, to.customer.version, mark});
        else if (s.error().kind() == Error::Kind::Conflict)
            ++conflicts;
        else
            failed(s.error());
    }
    const QJsonObject report{{QStringLiteral("calls"), callIds},
                             {QStringLiteral("edits"), saved},
                             {QStringLiteral("conflicts"), conflicts},
                             {QStringLiteral("busy"), busy},
                             {QStringLiteral("errors"), errors}};
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return errors.isEmpty() ? 0 : 3;
}
