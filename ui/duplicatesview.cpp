#include "ui/duplicatesview.h"

#include "core/models/duplicatepairmodel.h"
#include "core/services/duplicatefinder.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "ui/permissiongate.h"
#include "ui/undo/mergecommands.h"

#include <QAction>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QUndoStack>
#include <QVBoxLayout>

#include <atomic>
#include <memory>

namespace rapport {

namespace {

// What the scan thread hands back.
struct ScanOutcome
{
    QList<DuplicatePair> pairs;
    QString error;
    qint64 customers = 0;
};

QString shownValue(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

class ScanThread final : public QThread
{
public:
    ScanThread(QString path, double minScore, CustomerScope scope, QObject *parent)
        : QThread(parent)
        , m_path(std::move(path))
        , m_minScore(minScore)
        , m_scope(std::move(scope))
    {}
    std::atomic<bool> cancel{false};
    ScanOutcome outcome;

protected:
    void run() override
    {
        // A connection of this thread's own: the scan reads a million rows without holding up
        // the window, and never the GUI thread's connection.
        auto db = Database::open(m_path, Database::Mode::ReadOnly);
        if (!db) {
            outcome.error = db.error().message();
            return;
        }
        DuplicateFinder finder(**db);
        DuplicateFinder::Options options;
        options.minScore = m_minScore;
        options.limit = 1000;
        options.scope = m_scope;
        options.progress = [this](int) { return !cancel.load(); };
        auto pairs = finder.find(options);
        if (!pairs)
            outcome.error = pairs.error().message();
        else
            outcome.pairs = std::move(*pairs);
        outcome.customers = finder.stats().customers;
    }

private:
    QString m_path;
    double m_minScore;
    CustomerScope m_scope;
};

DuplicatesView::DuplicatesView(Workspace &workspace, QUndoStack *stack, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_stack(stack ? stack : new QUndoStack(this))
    , m_model(new DuplicatePairModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_leftTitle(new QLabel(this))
    , m_rightTitle(new QLabel(this))
    , m_grid(nullptr)
    , m_comparison(new QWidget(this))
    , m_merge(new QPushButton(tr("&Merge"), this))
    , m_dismiss(new QPushButton(tr("&Not a Duplicate"), this))
    , m_skip(new QPushButton(tr("&Skip"), this))
    , m_rescan(new QPushButton(tr("Scan &Again"), this))
    , m_presentError([](QWidget *owner, const QString &message) {
        QMessageBox::warning(owner, tr("Duplicates"), message);
    })
{
    setObjectName(QStringLiteral("DuplicatesView"));
    setWindowTitle(tr("Find Duplicates"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    top->addWidget(m_rescan);
    layout->addLayout(top);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DuplicatePairModel::Score,
                                                      QHeaderView::ResizeToContents);
    m_table->setColumnWidth(DuplicatePairModel::First, 220);
    m_table->setColumnWidth(DuplicatePairModel::Second, 220);

    // The side by side comparison: one row per field, a radio button per side.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Room to read and pick: a user compares the two records line by line here, so the lines
    // get air between them and the field names a column of their own width.
    m_grid = new QGridLayout(m_comparison);
    m_grid->setContentsMargins(12, 10, 12, 10);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_grid->setColumnMinimumWidth(0, 140);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(9);
    scroll->setWidget(m_comparison);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    // The comparison is where the work is: it gets most of the height, the pairs enough rows
    // to choose from.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({200, 520});
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("The merged-away customer goes to the trash; Ctrl+Z undoes a "
                               "merge, here or in the main window."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_merge);
    m_merge->setDefault(true);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_skip->setObjectName(QStringLiteral("skipButton"));
    m_rescan->setObjectName(QStringLiteral("rescanButton"));
    layout->addLayout(buttons);

    // The review is a window of its own: without these, Ctrl+Z right after a merge would do
    // nothing here, and the user would have to find the main window to take the merge back.
    QAction *undo = m_stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    addAction(undo);
    addAction(redo);

    // A merge undone or redone (here or in the main window) changes which pairs there are: the
    // list is scanned again. The view's own merges update the list themselves.
    m_stackIndex = m_stack->index();
    connect(m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        const int crossed = qMin(index, m_stackIndex);
        const bool stepped = qAbs(index - m_stackIndex) == 1;
        m_stackIndex = index;
        if (m_pushing || !stepped || m_scanning)
            return;
        if (dynamic_cast<const MergeCustomersCommand *>(m_stack->command(crossed)))
            rescan();
    });

    connect(m_rescan, &QPushButton::clicked, this, &DuplicatesView::rescan);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesView::mergeCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesView::dismissCurrent);
    connect(m_skip, &QPushButton::clicked, this, &DuplicatesView::skipCurrent);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                showPair(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DuplicatesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicatesView::updateButtons);

    resize(1040, 800);
    clearComparison();
    updateButtons();
}

DuplicatesView::~DuplicatesView()
{
    for (ScanThread *thread : findChildren<ScanThread *>()) {
        thread->cancel = true;
        thread->wait();
    }
}

QRadioButton *DuplicatesView::choice(const QString &field, int side) const
{
    QButtonGroup *group = field == QLatin1String("keep") ? m_keep : m_groups.value(field);
    return group ? qobject_cast<QRadioButton *>(group->button(side)) : nullptr;
}

void DuplicatesView::rescan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Looking for customers that may be the same one…"));
    updateButtons();
    auto *thread = new ScanThread(m_workspace.path(),
                                  m_minScore,
                                  m_workspace.access().scope(Permission::View),
                                  this);
    connect(thread, &QThread::finished, this, [this, thread, generation] {
        const ScanOutcome outcome = std::move(thread->outcome);
        thread->deleteLater();
        scanDone(generation, outcome.pairs, outcome.error, outcome.customers);
    });
    thread->start(QThread::LowPriority);
}

void DuplicatesView::scanDone(quint64 generation,
                              const QList<DuplicatePair> &pairs,
                              const QString &error,
                              qint64 customers)
{
    m_scanning = false;
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        m_status->setText(error);
        m_model->setPairs({});
    } else {
        m_model->setPairs(pairs);
        const QString count = QLocale().toString(customers);
        m_status->setText(
            pairs.isEmpty()
                ? tr("No likely duplicates among %1 customers.").arg(count)
                : tr("Pairs of customers that may be the same one: %1, among %2 customers. Pick "
                     "the record to keep and the values it takes, then merge.")
                      .arg(QLocale().toString(pairs.size()), count));
    }
    selectRow(0);
    updateButtons();
    Q_EMIT scanFinished(int(pairs.size()));
}

int DuplicatesView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DuplicatesView::selectRow(int row)
{
    if (row >= m_model->rowCount())
        row = m_model->rowCount() - 1;
    if (row < 0) {
        m_table->setCurrentIndex({});
        showPair(-1);
        return;
    }
    const QModelIndex index = m_model->index(row, DuplicatePairModel::First);
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
    m_table->scrollTo(index);
    showPair(row);
}

void DuplicatesView::clearComparison()
{
    for (QWidget *w : std::as_const(m_rowWidgets))
        delete w;
    m_rowWidgets.clear();
    qDeleteAll(m_groups);
    m_groups.clear();
    delete m_keep;
    m_keep = nullptr;
    m_hasPreview = false;
    // The last pair's stretch row would leave a gap in a pair with more lines.
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
}

void DuplicatesView::showPair(int row)
{
    clearComparison();
    if (row < 0 || row >= m_model->rowCount()) {
        auto *empty = new QLabel(tr("Select a pair to compare the two customers."), m_comparison);
        empty->setEnabled(false);
        m_grid->addWidget(empty, 0, 0, 1, 3);
        m_rowWidgets << empty;
        updateButtons();
        return;
    }
    const DuplicatePair &pair = m_model->pair(row);
    if (!m_workspace.door()) {
        updateButtons();
        return;
    }
    Result<MergePreview> preview = CustomerMerge(*m_workspace.door()).preview(pair.a.id, pair.b.id);
    if (!preview) {
        auto *error = new QLabel(preview.error().message(), m_comparison);
        error->setWordWrap(true);
        m_grid->addWidget(error, 0, 0, 1, 3);
        m_rowWidgets << error;
        updateButtons();
        return;
    }
    m_preview = std::move(*preview);
    m_hasPreview = true;

    int line = 0;
    const auto label =
        [&](const QString &text, int column, bool bold = false, Qt::Alignment align = Qt::AlignTop) {
            auto *l = new QLabel(text, m_comparison);
            l->setTextFormat(Qt::PlainText);
            l->setWordWrap(true);
            if (bold) {
                QFont f = l->font();
                f.setBold(true);
                l->setFont(f);
            }
            m_grid->addWidget(l, line, column, align);
            m_rowWidgets << l;
            return l;
        };
    label(QString(), 0);
    label(tr("%1 (#%2)").arg(pair.a.name).arg(pair.a.id), 1, true);
    label(tr("%1 (#%2)").arg(pair.b.name).arg(pair.b.id), 2, true);
    ++line;

    m_keep = new QButtonGroup(this);
    label(tr("Keep"), 0, false, Qt::AlignVCenter);
    for (int side = 0; side < 2; ++side) {
        auto *radio = new QRadioButton(tr("Keep this record"), m_comparison);
        radio->setObjectName(QStringLiteral("keep%1").arg(side));
        m_keep->addButton(radio, side);
        m_grid->addWidget(radio, line, 1 + side);
        m_rowWidgets << radio;
    }
    m_keep->button(0)->setChecked(true);
    ++line;

    for (const MergeField &field : std::as_const(m_preview.fields)) {
        QLabel *name = label(field.label, 0, false, Qt::AlignVCenter);
        auto *group = new QButtonGroup(this);
        const QString texts[2] = {field.survivorText, field.otherText};
        for (int side = 0; side < 2; ++side) {
            auto *radio = new QRadioButton(shownValue(texts[side]), m_comparison);
            radio->setObjectName(field.key + QLatin1Char('_') + QString::number(side));
            radio->setToolTip(texts[side]);
            group->addButton(radio, side);
            m_grid->addWidget(radio, line, 1 + side);
            m_rowWidgets << radio;
        }
        if (!field.differs()) {
            // The same on both sides: nothing to choose.
            group->button(0)->setEnabled(false);
            group->button(1)->setEnabled(false);
            name->setEnabled(false);
        }
        m_groups.insert(field.key, group);
        ++line;
    }
    // Both sides' defaults follow the kept record: its own value, the other's where it has none.
    const auto applyDefaults = [this] {
        const int kept = m_keep->checkedId() < 0 ? 0 : m_keep->checkedId();
        for (const MergeField &field : std::as_const(m_preview.fields)) {
            const QString &mine = kept == 0 ? field.survivorText : field.otherText;
            const QString &theirs = kept == 0 ? field.otherText : field.survivorText;
            const int side = mine.isEmpty() && !theirs.isEmpty() ? 1 - kept : kept;
            m_groups.value(field.key)->button(side)->setChecked(true);
        }
    };
    applyDefaults();
    connect(m_keep, &QButtonGroup::idToggled, this, [applyDefaults](int, bool on) {
        if (on)
            applyDefaults();
    });

    // What moves anyway: contact details are all kept (exact duplicates once), under a rule that
    // sets them apart from the choices above.
    auto *rule = new QFrame(m_comparison);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    m_grid->addWidget(rule, line++, 0, 1, 3);
    m_rowWidgets << rule;
    auto *keptTitle = new QLabel(tr("Kept from both records"), m_comparison);
    keptTitle->setEnabled(false);
    m_grid->addWidget(keptTitle, line++, 0, 1, 3);
    m_rowWidgets << keptTitle;
    const auto both = [&](const QString &title, const QStringList &left, const QStringList &right) {
        if (left.isEmpty() && right.isEmpty())
            return;
        QLabel *t = label(title, 0);
        t->setEnabled(false);
        label(shownValue(left.join(QLatin1Char('\n'))), 1);
        label(shownValue(right.join(QLatin1Char('\n'))), 2);
        ++line;
    };
    both(tr("E-mail"), pair.a.emails, pair.b.emails);
    both(tr("Phone"), pair.a.phones, pair.b.phones);
    both(tr("City"),
         pair.a.city.isEmpty() ? QStringList() : QStringList{pair.a.city},
         pair.b.city.isEmpty() ? QStringList() : QStringList{pair.b.city});
    both(tr("Works at"),
         pair.a.organisation.isEmpty() ? QStringList() : QStringList{pair.a.organisation},
         pair.b.organisation.isEmpty() ? QStringList() : QStringList{pair.b.organisation});
    both(tr("Tags"), m_preview.survivor.tags, m_preview.other.tags);
    auto *note = label(tr("All contact details, tags, calls, orders, cases, tasks, notes, survey "
                          "answers, consents and relationships of both are kept."),
                       0);
    m_grid->removeWidget(note);
    m_grid->addWidget(note, line, 0, 1, 3);
    note->setEnabled(false);
    m_grid->setRowStretch(line + 1, 1);
    // Made while the dialog is shown: shown at once, not at the layout's next pass.
    for (QWidget *w : std::as_const(m_rowWidgets))
        w->show();
    updateButtons();
}

MergeRequest DuplicatesView::request() const
{
    MergeRequest r;
    if (!m_hasPreview || !m_keep)
        return r;
    const int kept = m_keep->checkedId() < 0 ? 0 : m_keep->checkedId();
    const MergeRow &left = m_preview.survivor;
    const MergeRow &right = m_preview.other;
    r.survivor = kept == 0 ? left.id : right.id;
    r.other = kept == 0 ? right.id : left.id;
    r.survivorVersion = kept == 0 ? left.version : right.version;
    r.otherVersion = kept == 0 ? right.version : left.version;
    for (auto it = m_groups.constBegin(); it != m_groups.constEnd(); ++it)
        r.take.insert(it.key(),
                      it.value()->checkedId() == kept ? MergeSide::Survivor : MergeSide::Other);
    return r;
}

void DuplicatesView::mergeCurrent()
{
    const int row = currentRow();
    const MergeRequest r = request();
    if (row < 0 || !r.survivor)
        return;
    const DuplicatePair &pair = m_model->pair(row);
    const QString otherName = r.other == pair.a.id ? pair.a.name : pair.b.name;
    auto command = std::make_unique<MergeCustomersCommand>(m_workspace, r, otherName);
    m_pushing = true;
    const Status s = CustomerCommand::run(m_stack, std::move(command));
    m_pushing = false;
    if (!s) {
        m_presentError(this, s.error().message());
        return;
    }
    m_model->removeCustomer(r.other);
    Q_EMIT merged(r.survivor, r.other);
    selectRow(row);
}

void DuplicatesView::dismissCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const DuplicatePair &pair = m_model->pair(row);
    auto command = std::make_unique<DismissDuplicateCommand>(m_workspace, pair.a.id, pair.b.id);
    if (Status s = CustomerCommand::run(m_stack, std::move(command)); !s) {
        m_presentError(this, s.error().message());
        return;
    }
    m_model->removePair(row);
    selectRow(row);
}

void DuplicatesView::skipCurrent()
{
    const int row = currentRow();
    if (row >= 0 && row + 1 < m_model->rowCount())
        selectRow(row + 1);
}

void DuplicatesView::updateButtons()
{
    const int row = currentRow();
    // Merge and Not a Duplicate as the role allows (merge; the door checks both customers).
    if (!m_gate) {
        const bool writable = m_workspace.door() != nullptr;
        m_gate = new PermissionGate(this);
        m_gate->setWorkspace(&m_workspace);
        m_gate->bind(m_merge, Permission::Merge, PermissionGate::Reach::Any, [this, writable] {
            return currentRow() >= 0 && m_hasPreview && writable && !m_scanning;
        });
        m_gate->bind(m_dismiss, Permission::Merge, PermissionGate::Reach::Any, [this, writable] {
            return currentRow() >= 0 && writable && !m_scanning;
        });
    }
    m_gate->update();
    m_skip->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_rescan->setEnabled(!m_scanning);
}

} // namespace rapport
