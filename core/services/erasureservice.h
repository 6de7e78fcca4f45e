#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace rapport {

class Door;

// What an erase did, for the CLI's answer and the desktop's message.
struct ErasureReport
{
    qint64 customerId = 0;
    qint64 batch = 0;    // the erase's head in the history
    int redacted = 0;    // history entries whose values were blanked
    QString placeholder; // the name the customer row carries now ("Erased customer #42")
};

// ErasureService erases a person (the right to be forgotten) through the door as one batch of
// kind "erase" whose head says which customer, when and who, and nothing else: the rows it
// changes are not recorded (their old values are what is being erased). It blanks the person's
// names, contact points, notes, interaction, case and task texts, survey comments,
// relationships, tags and consents (EraseRepository), and their old values in the history:
// every entry of the customer, every link to them, and every other entry carrying one of their
// identifying values is rewritten with those values blanked and marked as redacted by this
// erase, which the hash chain accepts because the erase's head names exactly those entries
// (HistoryRepository::verify). Orders, order lines, interactions, cases, tasks and survey scores
// stay attached to the anonymized customer row, so every dashboard figure is the same after.
class ErasureService final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureService)

public:
    explicit ErasureService(Door &door);

    Result<ErasureReport> erase(qint64 customerId);

    // The entry's changes with personal values blanked: every text value when `own` (an entry
    // about the person), else the text values that contain one of `values`. Keys and numbers
    // stay, and so do the few texts that name no one (currency, channel, status).
    static QString redactChanges(const QString &changes, bool own, const QStringList &values);

private:
    Door &m_door;
};

} // namespace rapport
