#pragma once

#include "core/services/customermerge.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;
class QUndoStack;

namespace rapport {

class DuplicatePairModel;
class PermissionGate;
class Workspace;
struct DuplicatePair;

// DuplicatesView is the review screen for duplicate customers (Customers ▸ Find Duplicates…).
// It scans the database off the GUI thread (DuplicateFinder, on a connection of its own) and
// lists the pairs found, best first, with their score and evidence. Selecting a pair shows both
// records side by side: for each field a radio button per side picks the value the merged
// customer keeps (the kept record's own, or the other's where the kept one has none), and "Keep
// this record" picks which customer survives. Merge is one undoable step on the main window's
// stack (Ctrl+Z reverts the merge's batch); Not a Duplicate remembers the pair (undoable too);
// Skip goes on to the next pair.
class DuplicatesView final : public QDialog
{
    Q_OBJECT
public:
    using ErrorPresenter = std::function<void(QWidget *parent, const QString &message)>;

    DuplicatesView(Workspace &workspace, QUndoStack *stack, QWidget *parent = nullptr);
    ~DuplicatesView() override;

    DuplicatePairModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *rescanButton() const { return m_rescan; }
    // The radio button giving `field` the value of the left (0) or right (1) customer; "keep"
    // for the survivor choice. Null when the field is not shown.
    QRadioButton *choice(const QString &field, int side) const;
    bool isScanning() const { return m_scanning; }
    void setErrorPresenter(ErrorPresenter presenter) { m_presentError = std::move(presenter); }
    void setMinScore(double score) { m_minScore = score; }

    // What Merge would ask for with the choices as they stand (survivor 0 when no pair).
    MergeRequest request() const;

public Q_SLOTS:
    // Scans again (off the GUI thread); scanFinished() follows.
    void rescan();
    void mergeCurrent();
    void dismissCurrent();
    void skipCurrent();

Q_SIGNALS:
    void scanFinished(int pairs);
    // A merge was done; the main window may open the survivor.
    void merged(qint64 survivor, qint64 other);

private:
    void scanDone(quint64 generation,
                  const QList<DuplicatePair> &pairs,
                  const QString &error,
                  qint64 customers);
    void showPair(int row);
    void clearComparison();
    void updateButtons();
    void selectRow(int row);
    int currentRow() const;

    Workspace &m_workspace;
    PermissionGate *m_gate = nullptr; // Merge and Not a Duplicate, as the role allows
    QUndoStack *m_stack;
    DuplicatePairModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QGridLayout *m_grid;
    QWidget *m_comparison;
    QPushButton *m_merge;
    QPushButton *m_dismiss;
    QPushButton *m_skip;
    QPushButton *m_rescan;
    QButtonGroup *m_keep = nullptr;
    QHash<QString, QButtonGroup *> m_groups;
    QList<QWidget *> m_rowWidgets;
    MergePreview m_preview;
    bool m_hasPreview = false;
    bool m_scanning = false;
    bool m_pushing = false; // a merge of this view is going onto the stack
    int m_stackIndex = 0;
    quint64 m_generation = 0;
    double m_minScore = 0.8;
    ErrorPresenter m_presentError;
};

} // namespace rapport
