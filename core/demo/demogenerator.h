#pragma once

#include "core/util/result.h"

#include <QDate>

#include <functional>
#include <vector>

namespace rapport {

class Database;
class Door;
class WriteScope;

// The ids a run gave one table's new rows: first to last (ids are assigned in one run of
// increasing numbers per table, so a later revert finds the rows by these).
struct DemoIdRange
{
    const char *table; // the table's name in the schema
    qint64 first = 0;
    qint64 last = 0;
};

struct DemoOptions
{
    qint64 customers = 2000;
    quint64 seed = 1;
    QDate asOf = QDate::currentDate();     // history runs for three years up to this day
    double interactionsPerCustomer = 10.0; // average; 1M customers -> 10M interactions
    double ordersPerCustomer = 3.0;        // average over all customers (buyers and others)
    // Threads that make rows while the calling thread writes them; 0: one per spare core.
    int generatorThreads = 0;
};

struct DemoSummary
{
    qint64 users = 0;
    qint64 products = 0;
    qint64 customers = 0;
    qint64 contactPoints = 0;
    qint64 relationships = 0;
    qint64 interactions = 0;
    qint64 orders = 0;
    qint64 orderLines = 0;
    qint64 cases = 0;
    qint64 tasks = 0;
    qint64 notes = 0;
    qint64 surveys = 0; // survey answers
    qint64 customerTags = 0;
    qint64 rows = 0;         // all rows written, search index entries included
    double seconds = 0;      // the whole run
    double writeSeconds = 0; // until the last row was handed to the database (the rest: indexes,
                             // search index, commit)
    std::vector<DemoIdRange> idRanges; // the tables that got rows
};

// Fills an empty Rapport database with a believable, deterministic customer base: the same
// options give the same rows. Refuses a database that already holds customers.
//
// Made with a Door, the load is one batch of kind "demo" in the history (Door::bulk): its head
// entry describes the options, the rows made per table and their id ranges, and a Reset notice
// follows the commit. Made with a bare Database (benchmarks and tests of the generator itself),
// nothing is recorded, which a connection with a door refuses.
class DemoGenerator final
{
public:
    // Called now and then with customers done so far; return false to cancel (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(Database &db, DemoOptions options);
    DemoGenerator(Door &door, DemoOptions options);
    Result<DemoSummary> run(const Progress &progress = {});

private:
    // Loads everything; `scope` (through the door) gets the batch's description before COMMIT.
    Result<DemoSummary> generate(const Progress &progress, WriteScope *scope);

    Database &m_db;
    Door *m_door = nullptr;
    DemoOptions m_options;
};

} // namespace rapport
