#pragma once

#include "core/storage/customermergerepository.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rapport {

class Door;

// Which of the two customers a merged field takes its value from.
enum class MergeSide { Survivor, Other };

// One field of the merged customer as the review screen shows it.
struct MergeField
{
    QString key;   // the column: first_name, last_name, name, stage, owner_id, source...
    QString label; // "First name" (translated)
    QString survivorText;
    QString otherText;
    MergeSide defaultSide = MergeSide::Survivor; // the survivor's, unless only the other has one
    bool differs() const { return survivorText != otherText; }
};

// Both customers of a merge, read now, with the fields to choose between.
struct MergePreview
{
    MergeRow survivor;
    MergeRow other;
    QList<MergeField> fields;
};

// What the user asks for: OTHER merged into SURVIVOR, with a side per field (a field not named
// takes its default side). Versions other than 0 must still be the customers' versions, so a
// merge shown on the screen is not applied over changes made since.
struct MergeRequest
{
    qint64 survivor = 0;
    qint64 other = 0;
    QHash<QString, MergeSide> take;
    int survivorVersion = 0;
    int otherVersion = 0;
};

struct MergeResult
{
    qint64 batch = 0; // the merge's batch in the history (what a revert undoes)
    MergeCounts counts;
};

// CustomerMerge merges two customers that are one (core/services; the review screen, the CLI's
// `merge`). The survivor keeps its id and takes, field by field, its own value or the other's;
// every interaction, order, case, task, note, survey answer, contact point (exact duplicates
// dropped), tag, consent (the newer per channel) and relationship (those that would collide or
// point at the survivor itself dropped) of the other customer moves to the survivor; the other
// customer goes to the trash, emptied of everything and without its external key (which the
// survivor may take). The other is trashed, not deleted, so that reverting the merge (replaying
// its batch backwards: core/services/batchrevert.h) can give back exactly the two customers.
//
// All of it is one write through the door, recorded as one batch of kind "merge" (description:
// survivor, other and the side chosen for each field) with every row it changed in the history.
class CustomerMerge final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerMerge)

public:
    explicit CustomerMerge(Door &door);

    // The field keys a merge of this kind of customer chooses between (0 person, 1 organisation).
    static QStringList fieldKeys(int kind);
    static QString fieldLabel(const QString &key);

    // Reads both customers: refused when they are one, in the trash, or of different kinds.
    Result<MergePreview> preview(qint64 survivor, qint64 other);
    Result<MergeResult> merge(const MergeRequest &request);

private:
    Result<MergePreview> check(qint64 survivor, qint64 other, CustomerMergeRepository &repo);

    Door &m_door;
};

} // namespace rapport
