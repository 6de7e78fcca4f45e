#include "ui/auditview.h"

#include "core/models/historymodel.h"
#include "core/services/workspace.h"
#include "core/util/displayformat.h"
#include "ui/historypane.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {
namespace {

// The earliest date a date filter offers; it stands for "any date" (shown as its special text).
const QDate NoDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(display::dateFormat());
    edit->setMinimumDate(NoDate);
    edit->setSpecialValueText(AuditView::tr("Any date"));
    edit->setDate(NoDate);
    return edit;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

AuditView::AuditView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new HistoryModel(workspace.database(), &workspace.changes(), this))
    , m_user(new QComboBox(this))
    , m_from(dateEdit(this, QStringLiteral("auditFrom")))
    , m_to(dateEdit(this, QStringLiteral("auditTo")))
    , m_entity(new QComboBox(this))
    , m_operation(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_operation->setObjectName(QStringLiteral("auditOperation"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_table->setModel(m_model);
    HistoryPane::setUpTable(m_table);
    m_table->setAlternatingRowColors(true);

    m_entity->addItem(tr("All records"), QString());
    for (const QString &entity : HistoryWording::entities())
        m_entity->addItem(capitalised(HistoryWording::entityName(entity)), entity);
    m_operation->addItem(tr("All changes"), QString());
    for (const QString &operation : HistoryWording::operations())
        m_operation->addItem(HistoryWording::operationName(operation), operation);
    readUsers();

    auto *title = new QLabel(tr("Audit History"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    title->setFont(font);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch(1);
    head->addWidget(m_count);

    auto *filters = new QHBoxLayout;
    const auto add = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
        filters->addSpacing(8);
    };
    add(tr("&Who:"), m_user);
    add(tr("F&rom:"), m_from);
    add(tr("T&o:"), m_to);
    add(tr("Re&cord:"), m_entity);
    add(tr("&Change:"), m_operation);
    filters->addStretch(1);

    auto *hint = new QLabel(tr("Double-click an entry to open its customer."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(head);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);

    for (QComboBox *box : {m_user, m_entity, m_operation})
        connect(box, &QComboBox::currentIndexChanged, this, &AuditView::applyFilters);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AuditView::applyFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(HistoryModel::CustomerIdRole).toLongLong(); id > 0)
            Q_EMIT customerActivated(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        HistoryPane::fitColumns(m_table);
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            HistoryPane::fitColumns(m_table);
        updateCount();
    });
    // Another user signed in: what the audit may show changes with their scope.
    connect(&workspace, &Workspace::currentUserChanged, this, &AuditView::applyFilters);
    applyFilters();
}

void AuditView::readUsers()
{
    const QVariant current = m_user->currentData();
    const QSignalBlocker block(m_user);
    m_user->clear();
    m_user->addItem(tr("Everyone"), QVariant());
    m_user->addItem(tr("Nobody signed in"), qint64(0));
    if (Result<QList<User>> users = m_workspace.activeUsers(); users) {
        for (const User &u : *users)
            m_user->addItem(u.displayName, u.id);
    }
    const int keep = m_user->findData(current);
    m_user->setCurrentIndex(keep < 0 ? 0 : keep);
}

void AuditView::showEvent(QShowEvent *event)
{
    // Users come and go between visits (a colleague added in another window, another client).
    readUsers();
    QWidget::showEvent(event);
}

void AuditView::reload()
{
    readUsers();
    m_model->refresh();
}

void AuditView::applyFilters()
{
    HistoryFilter filter;
    if (const QVariant user = m_user->currentData(); user.isValid())
        filter.userId = user.toLongLong();
    // The dates are the user's days: from the start of `from` to the end of `to`, local time.
    if (m_from->date() > NoDate)
        filter.since = m_from->date().startOfDay().toUTC();
    if (m_to->date() > NoDate)
        filter.until = m_to->date().addDays(1).startOfDay().toUTC();
    filter.entity = m_entity->currentData().toString();
    filter.operation = m_operation->currentData().toString();
    // Changes to customers the signed-in user may not see are left out of the audit too.
    filter.scope = m_workspace.access().scope(Permission::View);
    m_model->setFilter(filter);
}

void AuditView::updateCount()
{
    // No count(*): with a filter on the record or the operation it would read every entry of a
    // history of millions. The entries read so far say enough, and cost nothing.
    const int n = m_model->entryCount();
    m_count->setText(m_model->canFetchMore({})
                         ? tr("The newest %Ln entries; more as you scroll", "", n)
                         : tr("%Ln entries", "", n));
}

} // namespace rapport
