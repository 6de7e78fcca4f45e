#pragma once

// `rapport-cli report KIND`: the dispatcher (reports.cpp) parses what every report shares, opens
// the database and calls the kind's function; each kind lives in a report_KIND.cpp of its own.
// To add a kind: write its function (and, if it has options of its own, an options function),
// declare both below, and add ONE line to the table in reports.cpp.
#include "cli.h"

#include "core/io/csv.h"
#include "core/storage/analyticsrepository.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>

namespace rapport::cli {

enum class ReportFormat { Text, Csv, Json };

// What a report gets: the open database, the filter from the shared options (as-of date, period,
// owner, kind, currency), the output format and the parser, to read its own options.
struct ReportContext
{
    Database &db;
    AnalyticsFilter filter;
    ReportFormat format;
    const QCommandLineParser &parser;
};

using ReportFunction = int (*)(const ReportContext &context);
using ReportOptions = QList<QCommandLineOption> (*)();
// Checks the kind's own options before the database is opened: an exit code (after fail()) for
// a usage error, nothing when they are fine.
using ReportCheck = std::optional<int> (*)(const QCommandLineParser &parser);

struct ReportKind
{
    const char *name;
    const char *summary; // one line for --help
    ReportFunction run;
    ReportOptions options = nullptr; // nullptr: only the shared ones
    ReportCheck check = nullptr;
};

// Output helpers. Results go to stdout in one buffered write.
void printJson(const QJsonObject &object);
// csvRecord() (RFC 4180) is core/io/csv.h's.
void printLines(const QStringList &lines);
QString formatShare(double share); // 0.7345 -> "0.7345" (4 decimals)

// When a period holds nothing to report: one sentence on stderr naming the period used and where
// the orders lie, with the options that would find them ("There is no revenue from 2025-12-08
// to 2026-12-07; the orders lie between 1997-01-01 and 1998-06-30: try --from 1997-01-01 --to
// 1998-06-30."). `what` is the missing thing in the sentence's words ("revenue", "purchase").
// Returns the exit code (DataError).
int noDataInPeriod(const ReportContext &context, const QDate &from, const QString &what);
// "2025-12-08 to 2026-12-07", or "up to 2026-12-07" without a first day.
QString periodText(const QDate &from, const QDate &to);

// The kinds.
QList<QCommandLineOption> paretoOptions();
std::optional<int> paretoCheck(const QCommandLineParser &parser);
int paretoReport(const ReportContext &context);
int rfmReport(const ReportContext &context);
QList<QCommandLineOption> cohortsOptions();
std::optional<int> cohortsCheck(const QCommandLineParser &parser);
int cohortsReport(const ReportContext &context);
int activityReport(const ReportContext &context);
QList<QCommandLineOption> lostOptions();
std::optional<int> lostCheck(const QCommandLineParser &parser);
int lostReport(const ReportContext &context);
QList<QCommandLineOption> clvOptions(); // report_clv.cpp
std::optional<int> clvCheck(const QCommandLineParser &parser);
int clvReport(const ReportContext &context);
QList<QCommandLineOption> satisfactionOptions(); // report_satisfaction.cpp
std::optional<int> satisfactionCheck(const QCommandLineParser &parser);
int satisfactionReport(const ReportContext &context);

} // namespace rapport::cli
