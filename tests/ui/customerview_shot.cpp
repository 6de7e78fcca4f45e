// rapport-customerview-shot: a picture of the 360° customer view on a database, and what the
// widget adds to opening a customer on top of the core reads.
//   rapport-customerview-shot --db FILE [--customer ID] [--out PNG] [--size 1280x800]
//                             [--measure N]
// Without --customer it picks a busy organisation (people, orders, open cases, a follow-up), so
// the picture shows every part of the view. --measure N opens N customers (and the picked one)
// and prints, as JSON lines, the core part (CustomerProfile::open and the first rows read) and
// the whole (showCustomer with layout and a paint of the window).
#include "core/models/customerprofile.h"
#include "core/models/relatedcustomersmodel.h"
#include "core/models/timelinemodel.h"
#include "core/services/workspace.h"
#include "core/storage/customeroverviewrepository.h"
#include "core/storage/customerrepository.h"
#include "ui/customerview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

using namespace rapport;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "rapport-customerview-shot: %s\n", qUtf8Printable(message));
    return 2;
}

// The busiest organisation among the first `scan` customers that has something of everything:
// people linked to it, notes, open cases, a follow-up planned, two years of orders, many contacts.
qint64 pickCustomer(Workspace &workspace, qint64 scan)
{
    CustomerOverviewRepository overviews(workspace.database());
    CustomerProfile probe(workspace.database(), nullptr);
    qint64 best = 0;
    double bestScore = -1;
    for (qint64 id = 1; id <= scan; ++id) {
        Result<CustomerOverview> o = overviews.read(id, workspace.now());
        if (!o || o->kind != CustomerKind::Organisation || o->isDeleted() || !o->nextFollowUp
            || o->openCases == 0 || o->revenueLast12Months.isEmpty() || !o->firstOrderAt.isValid()
            || o->firstOrderAt > workspace.now().addYears(-2))
            continue;
        const double score = double(o->interactionCount) + 2.0 * double(o->orderCount)
                             + 5.0 * o->openCases + (o->tags.isEmpty() ? 0 : 5);
        if (score + 200 <= bestScore)
            continue;
        probe.open(id);
        if (probe.related()->sectionCount(RelatedCustomer::Section::People) < 2)
            continue;
        const double withNotes
            = score + 200.0 * std::min(1, probe.timeline()->groupCount(TimelineGroup::Notes));
        if (withNotes <= bestScore)
            continue;
        bestScore = withNotes;
        best = id;
    }
    return best;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void report(const char *name, double value)
{
    std::printf("{\"name\":\"%s\",\"value\":%.3f,\"unit\":\"ms\"}\n", name, value);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("rapport-customerview-shot"));
    // Settings of its own (Qt's test folders), so the picture shows the default layout.
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Database."),
                                QStringLiteral("file"));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("Customer id (default: a busy one)."),
                                      QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("PNG to write."),
                                 QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Window size (default 1280x800)."),
                                  QStringLiteral("WxH"),
                                  QStringLiteral("1280x800"));
    const QCommandLineOption measure(QStringLiteral("measure"),
                                     QStringLiteral("Open N customers and print timings."),
                                     QStringLiteral("n"));
    parser.addOptions({db, customer, out, size, measure});
    parser.process(app);
    if (!parser.isSet(db))
        return fail(QStringLiteral("--db FILE is required."));

    Result<std::unique_ptr<Workspace>> opened = Workspace::open(parser.value(db),
                                                                Database::Mode::Existing);
    if (!opened)
        return fail(opened.error().message());
    Workspace &workspace = **opened;

    qint64 id = parser.value(customer).toLongLong();
    if (id <= 0) {
        CustomerRepository customers(workspace.database());
        const Result<qint64> count = customers.countLive();
        id = pickCustomer(workspace, std::min<qint64>(count ? *count : 0, 5000));
        if (id <= 0)
            return fail(QStringLiteral("found no customer to show; give one with --customer."));
    }

    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    CustomerView view(workspace);
    view.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1280,
                wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 800);
    view.show();
    view.showCustomer(id);
    QApplication::processEvents();
    std::fprintf(stderr, "customer %lld: %s\n", id, qUtf8Printable(view.title()));

    if (parser.isSet(measure)) {
        CustomerRepository customers(workspace.database());
        const Result<qint64> live = customers.countLive();
        const qint64 count = live && *live > 0 ? *live : 1;
        QRandomGenerator random(42);
        std::vector<double> core, whole, busy;
        CustomerProfile profile(workspace.database(), &workspace.changes());
        const int n = parser.value(measure).toInt();
        for (int i = 0; i < n; ++i) {
            const qint64 other = i % 10 == 0 ? id : 1 + qint64(random.bounded(quint32(count)));
            QElapsedTimer timer;
            timer.start();
            profile.open(other);
            for (int row = 0; row < std::min(30, profile.timeline()->rowCount()); ++row)
                (void) profile.timeline()->index(row).data(TimelineModel::TitleRole);
            core.push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            view.showCustomer(other);
            (void) view.grab(); // layout and a full paint of the window, as the screen would
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            whole.push_back(ms);
            if (other == id)
                busy.push_back(ms);
        }
        report("customer_view.widget.core_p50_ms", median(core));
        report("customer_view.widget.show_and_paint_p50_ms", median(whole));
        report("customer_view.widget.busy_show_and_paint_p50_ms", median(busy));
        view.showCustomer(id);
        QApplication::processEvents();
    }

    if (parser.isSet(out)) {
        const QString file = parser.value(out);
        if (!view.grab().save(file))
            return fail(QStringLiteral("could not save %1.").arg(QDir::toNativeSeparators(file)));
    }
    return 0;
}
