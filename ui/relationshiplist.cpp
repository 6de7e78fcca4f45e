#include "ui/relationshiplist.h"

#include "core/models/customermatchmodel.h"
#include "ui/fieldmessage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace rapport {
namespace {

// The kinds a new link can have, as seen from the customer edited: each kind both ways round
// ("Works at" / "Employs"), except partner, which reads the same both ways.
struct Choice
{
    RelationshipKind kind;
    bool inverse; // the customer edited is the link's `to` end
};

QList<Choice> choices()
{
    return {{RelationshipKind::WorksAt, false},
            {RelationshipKind::WorksAt, true},
            {RelationshipKind::SubsidiaryOf, false},
            {RelationshipKind::SubsidiaryOf, true},
            {RelationshipKind::ReferredBy, false},
            {RelationshipKind::ReferredBy, true},
            {RelationshipKind::Partner, false},
            {RelationshipKind::Supplier, false},
            {RelationshipKind::Supplier, true}};
}

QString choiceName(const Choice &c)
{
    return c.inverse ? relationshipKindInverseName(c.kind) : relationshipKindName(c.kind);
}

} // namespace

RelationshipRow::RelationshipRow(const Relationship &link,
                                 const QString &otherName,
                                 RelationshipList *list)
    : QWidget(list)
    , m_list(list)
    , m_link(link)
    , m_otherName(otherName)
{
    setObjectName(QStringLiteral("relationshipRow"));
    if (!isNew())
        m_otherId = link.otherId(m_list->self());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setSpacing(6);
    outer->addLayout(line);

    QWidget *messageFor = nullptr;
    if (isNew()) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        m_kind->setAccessibleName(tr("Kind of relationship"));
        const QList<Choice> all = choices();
        for (qsizetype i = 0; i < all.size(); ++i)
            m_kind->addItem(choiceName(all[i]), int(i));
        line->addWidget(m_kind);

        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("customer"));
        m_search->setPlaceholderText(tr("Related customer: type a name, e-mail or phone"));
        m_search->setAccessibleName(tr("Related customer"));
        line->addWidget(m_search, 3);
        messageFor = m_search;

        if (m_list->database()) {
            m_matches = new CustomerMatchModel(*m_list->database(), m_list->phones(), this);
            m_matches->setScope(m_list->scope());
            if (m_list->self())
                m_matches->setExcluded({m_list->self()});
            m_completer = new QCompleter(m_matches, this);
            m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
            m_completer->setWidget(m_search);
            m_completer->setMaxVisibleItems(10);
            connect(m_completer,
                    qOverload<const QModelIndex &>(&QCompleter::activated),
                    this,
                    [this](const QModelIndex &index) {
                        chooseOther(index.data(CustomerMatchModel::IdRole).toLongLong(),
                                    index.data(CustomerMatchModel::NameRole).toString());
                    });
        }
        connect(m_search, &QLineEdit::textEdited, this, &RelationshipRow::onSearchEdited);
        connect(m_kind, &QComboBox::currentIndexChanged, this, &RelationshipRow::changed);
    } else {
        const bool inverse = link.toId == m_list->self();
        auto *kind = new QLabel(inverse ? relationshipKindInverseName(link.kind)
                                        : relationshipKindName(link.kind),
                                this);
        line->addWidget(kind);
        auto *other = new QLabel(QStringLiteral("<b>%1</b>").arg(otherName.toHtmlEscaped()), this);
        other->setObjectName(QStringLiteral("customer"));
        line->addWidget(other, 3);
    }

    m_role = new QLineEdit(link.role, this);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setPlaceholderText(tr("Role, e.g. Head of purchasing"));
    m_role->setAccessibleName(tr("Role"));
    line->addWidget(m_role, 2);
    if (!messageFor)
        messageFor = m_role;
    connect(m_role, &QLineEdit::textEdited, this, [this] {
        if (m_message->hasMessage())
            validate();
        Q_EMIT changed();
    });

    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("remove"));
    remove->setText(QStringLiteral("✕"));
    remove->setToolTip(tr("Remove this relationship"));
    remove->setAccessibleName(tr("Remove this relationship"));
    remove->setAutoRaise(true);
    line->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, &RelationshipRow::removeRequested);

    m_message = new FieldMessage(messageFor, this);
    outer->addWidget(m_message);
}

void RelationshipRow::onSearchEdited(const QString &text)
{
    // Typing again unchooses the customer picked before, until one is picked anew.
    if (m_otherId != 0 && text != m_otherName) {
        m_otherId = 0;
        m_otherName.clear();
    }
    if (m_matches) {
        m_matches->setQuery(text);
        if (m_matches->rowCount() > 0) {
            m_completer->complete();
        } else if (m_completer->popup()) {
            m_completer->popup()->hide();
        }
    }
    if (m_message->hasMessage())
        validate();
    Q_EMIT changed();
}

void RelationshipRow::chooseOther(qint64 id, const QString &name)
{
    m_otherId = id;
    m_otherName = name;
    if (m_search) {
        m_search->setText(name);
        m_search->setCursorPosition(0);
    }
    validate();
    Q_EMIT changed();
}

Result<Relationship> RelationshipRow::relationship() const
{
    Relationship r = m_link;
    r.role = m_role->text().simplified();
    if (isNew()) {
        if (m_otherId == 0)
            return Error(Error::Kind::Validation,
                         tr("The related customer is not chosen: type part of a name and pick "
                            "one from the suggestions."),
                         QStringLiteral("toId"));
        const Choice c = choices().value(m_kind->currentData().toInt());
        r.kind = c.kind;
        r.fromId = c.inverse ? m_otherId : m_list->self();
        r.toId = c.inverse ? m_list->self() : m_otherId;
    }
    // The customer's own end is 0 while it is new; the record check fills it in.
    Relationship probe = r;
    if (probe.fromId == 0)
        probe.fromId = std::numeric_limits<qint64>::max();
    if (probe.toId == 0)
        probe.toId = std::numeric_limits<qint64>::max();
    if (Status s = probe.validate(); !s)
        return s.error();
    return r;
}

bool RelationshipRow::validate()
{
    const Result<Relationship> r = relationship();
    if (r) {
        m_message->clearMessage();
        return true;
    }
    m_message->showMessage(r.error().message());
    return false;
}

bool RelationshipRow::hasMessage() const
{
    return m_message->hasMessage();
}

QWidget *RelationshipRow::firstField() const
{
    return m_search ? static_cast<QWidget *>(m_search) : m_role;
}

QList<QWidget *> RelationshipRow::tabChain() const
{
    QList<QWidget *> chain;
    if (m_kind)
        chain << m_kind << m_search;
    chain << m_role << findChild<QWidget *>(QStringLiteral("remove"));
    return chain;
}

RelationshipList::RelationshipList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
}

void RelationshipList::setSearch(const Database *db, PhoneNormalizer phones, CustomerScope scope)
{
    m_db = db;
    m_phones = std::move(phones);
    m_scope = std::move(scope);
}

void RelationshipList::setRelationships(qint64 self,
                                        const QList<Relationship> &links,
                                        const QHash<qint64, QString> &names)
{
    for (RelationshipRow *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    m_self = self;
    for (const Relationship &link : links) {
        const qint64 other = link.otherId(self);
        adopt(new RelationshipRow(link, names.value(other, tr("Customer %1").arg(other)), this),
              int(m_rows.size()));
    }
    Q_EMIT rowsChanged();
}

RelationshipRow *RelationshipList::addRow()
{
    Relationship link;
    link.fromId = m_self;
    auto *row = new RelationshipRow(link, QString(), this);
    adopt(row, int(m_rows.size()));
    row->show();
    Q_EMIT rowsChanged();
    row->firstField()->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
    return row;
}

void RelationshipList::adopt(RelationshipRow *row, int at)
{
    m_layout->insertWidget(at, row);
    m_rows.insert(at, row);
    connect(row, &RelationshipRow::changed, this, &RelationshipList::changed);
    connect(row, &RelationshipRow::removeRequested, this, [this, row] { removeRow(row); });
}

void RelationshipList::removeRow(RelationshipRow *row)
{
    const qsizetype i = m_rows.indexOf(row);
    if (i < 0)
        return;
    const bool hadFocus = row->isAncestorOf(QApplication::focusWidget());
    m_rows.removeAt(i);
    row->hide();
    row->deleteLater();
    Q_EMIT rowsChanged();
    if (hadFocus) {
        if (!m_rows.isEmpty())
            m_rows[std::min<qsizetype>(i, m_rows.size() - 1)]->firstField()->setFocus();
        else
            focusNextChild();
    }
    Q_EMIT changed();
}

bool RelationshipList::validate()
{
    bool ok = true;
    for (RelationshipRow *r : std::as_const(m_rows))
        ok = r->validate() && ok;
    return ok;
}

QList<Relationship> RelationshipList::relationships() const
{
    QList<Relationship> out;
    for (const RelationshipRow *r : m_rows) {
        if (Result<Relationship> link = r->relationship(); link)
            out << *link;
    }
    return out;
}

QList<QWidget *> RelationshipList::tabChain() const
{
    QList<QWidget *> chain;
    for (const RelationshipRow *r : m_rows)
        chain << r->tabChain();
    return chain;
}

QWidget *RelationshipList::firstInvalidField() const
{
    for (const RelationshipRow *r : m_rows) {
        if (r->hasMessage())
            return r->firstField();
    }
    return nullptr;
}

QHash<qint64, QString> RelationshipList::names() const
{
    QHash<qint64, QString> out;
    for (const RelationshipRow *r : m_rows) {
        if (r->otherId() != 0)
            out.insert(r->otherId(), r->otherName());
    }
    return out;
}

} // namespace rapport
