// CustomerEditor's form: the widgets of the details and contact tabs, their layout and the tab
// order (the editor's behaviour, saving and conflicts are in customereditor.cpp).
#include "ui/customereditor.h"

#include "ui/contactpointlist.h"
#include "ui/fieldmessage.h"
#include "ui/relationshiplist.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace rapport {

void CustomerEditor::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    QPalette grey = m_subtitle->palette();
    grey.setColor(QPalette::WindowText, grey.color(QPalette::PlaceholderText));
    m_subtitle->setPalette(grey);
    layout->addWidget(m_subtitle);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(buildDetails(), 4);
    columns->addWidget(buildContact(), 6);
    layout->addLayout(columns, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("save"));
    m_saveButton->setToolTip(tr("Save (Ctrl+Enter)"));
    m_saveButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setToolTip(tr("Close without saving (Esc)"));
    layout->addWidget(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &CustomerEditor::save);
    connect(cancel, &QPushButton::clicked, this, &CustomerEditor::reject);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &CustomerEditor::save);
    }
    // Buttons are reached with Tab after the fields, not in between them.
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);
    m_saveButton->setDefault(true);
}

QWidget *CustomerEditor::buildDetails()
{
    auto *box = new QGroupBox(tr("Details"), this);
    m_grid = new QGridLayout(box);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    const auto add = [this, box, &row](const QString &label,
                                       QWidget *field,
                                       const QString &name,
                                       QList<QWidget *> *group = nullptr) {
        auto *l = new QLabel(label, box);
        l->setBuddy(field);
        m_grid->addWidget(l, row, 0, Qt::AlignRight | Qt::AlignVCenter);
        m_grid->addWidget(field, row, 1);
        ++row;
        if (group)
            *group << l << field;
        if (name.isEmpty())
            return;
        field->setObjectName(name);
        auto *message = new FieldMessage(field, box);
        message->setObjectName(name + QStringLiteral("Message"));
        m_messages.insert(name, message);
        m_grid->addWidget(message, row, 1);
        ++row;
    };

    m_firstName = new QLineEdit(box);
    m_lastName = new QLineEdit(box);
    m_organisation = new QLineEdit(box);
    add(tr("&First name:"), m_firstName, QStringLiteral("firstName"), &m_personRows);
    add(tr("&Last name:"), m_lastName, QStringLiteral("lastName"), &m_personRows);
    add(tr("&Name:"), m_organisation, QStringLiteral("organisation"), &m_organisationRows);
    m_firstName->setAccessibleName(tr("First name"));
    m_lastName->setAccessibleName(tr("Last name"));
    m_organisation->setAccessibleName(tr("Name of the organisation"));

    m_stage = new QComboBox(box);
    for (LifecycleStage s : {LifecycleStage::Lead,
                             LifecycleStage::Prospect,
                             LifecycleStage::Active,
                             LifecycleStage::Lapsed,
                             LifecycleStage::Lost})
        m_stage->addItem(lifecycleStageName(s), int(s));
    add(tr("St&age:"), m_stage, QString());
    m_stage->setObjectName(QStringLiteral("stage"));

    m_owner = new QComboBox(box);
    add(tr("&Owner:"), m_owner, QString());
    m_owner->setObjectName(QStringLiteral("owner"));

    m_source = new QComboBox(box);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    // Suggestions only: the source is free text.
    m_source->addItems({QString(),
                        tr("web"),
                        tr("referral"),
                        tr("trade fair"),
                        tr("cold call"),
                        tr("partner"),
                        tr("advertising"),
                        tr("social media"),
                        tr("event")});
    add(tr("Sou&rce:"), m_source, QString());
    m_source->setObjectName(QStringLiteral("source"));

    m_acquired = new QDateEdit(box);
    m_acquired->setCalendarPopup(true);
    m_acquired->setMinimumDate(noDate());
    m_acquired->setSpecialValueText(QStringLiteral(" "));
    m_acquired->setDisplayFormat(
        QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
            ? QLocale().dateFormat(QLocale::ShortFormat)
            : QStringLiteral("yyyy-MM-dd"));
    m_acquired->setToolTip(tr("The day the customer was won; blank when not known"));
    add(tr("Customer s&ince:"), m_acquired, QStringLiteral("acquiredOn"));

    m_tags = new QLineEdit(box);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. vip, newsletter"));
    add(tr("&Tags:"), m_tags, QStringLiteral("tags"));

    m_notes = new QPlainTextEdit(box);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    add(tr("Note&s:"), m_notes, QString());
    m_notes->setObjectName(QStringLiteral("notes"));
    // A label beside a text box reads from its first line.
    if (QLayoutItem *notesLabel = m_grid->itemAtPosition(row - 1, 0))
        notesLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_grid->setRowStretch(row - 1, 1); // the notes take the room left

    for (QLineEdit *e : {m_firstName, m_lastName, m_organisation, m_tags}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            markModified();
            refreshMessages();
        });
    }
    connect(m_firstName, &QLineEdit::editingFinished, this, [this] {
        touch(QStringLiteral("firstName"));
    });
    connect(m_lastName, &QLineEdit::editingFinished, this, [this] {
        touch(QStringLiteral("lastName"));
    });
    connect(m_organisation, &QLineEdit::editingFinished, this, [this] {
        touch(QStringLiteral("organisation"));
    });
    connect(m_tags, &QLineEdit::editingFinished, this, [this] { touch(QStringLiteral("tags")); });
    connect(m_acquired, &QDateEdit::dateChanged, this, [this] {
        markModified();
        touch(QStringLiteral("acquiredOn"));
    });
    connect(m_firstName, &QLineEdit::textEdited, this, &CustomerEditor::updateHeading);
    connect(m_lastName, &QLineEdit::textEdited, this, &CustomerEditor::updateHeading);
    connect(m_organisation, &QLineEdit::textEdited, this, &CustomerEditor::updateHeading);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomerEditor::markModified);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CustomerEditor::markModified);
    connect(m_source, &QComboBox::currentTextChanged, this, &CustomerEditor::markModified);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerEditor::markModified);
    return box;
}

QWidget *CustomerEditor::buildContact()
{
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(area);
    auto *column = new QVBoxLayout(inner);
    column->setContentsMargins(0, 0, 0, 0);

    auto *contact = new QGroupBox(tr("Contact"), inner);
    auto *contactLayout = new QVBoxLayout(contact);
    m_points = new ContactPointList(contact);
    contactLayout->addWidget(m_points);
    auto *addButtons = new QHBoxLayout;
    const auto addButton =
        [this, contact, addButtons](const QString &text, const QString &name, ContactKind kind) {
            auto *b = new QPushButton(text, contact);
            b->setObjectName(name);
            addButtons->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, kind] { m_points->addRow(kind); });
        };
    addButton(tr("+ &Phone"), QStringLiteral("addPhone"), ContactKind::Phone);
    addButton(tr("+ E-&mail"), QStringLiteral("addEmail"), ContactKind::Email);
    addButton(tr("+ A&ddress"), QStringLiteral("addAddress"), ContactKind::Postal);
    addButton(tr("+ &Web"), QStringLiteral("addWeb"), ContactKind::Web);
    addButtons->addStretch(1);
    contactLayout->addLayout(addButtons);
    column->addWidget(contact);

    auto *links = new QGroupBox(tr("Relationships"), inner);
    auto *linksLayout = new QVBoxLayout(links);
    m_links = new RelationshipList(links);
    linksLayout->addWidget(m_links);
    auto *addLink = new QPushButton(tr("+ Lin&k to a customer"), links);
    addLink->setObjectName(QStringLiteral("addRelationship"));
    auto *linkButtons = new QHBoxLayout;
    linkButtons->addWidget(addLink);
    linkButtons->addStretch(1);
    linksLayout->addLayout(linkButtons);
    connect(addLink, &QPushButton::clicked, this, [this] { m_links->addRow(); });
    column->addWidget(links);
    column->addStretch(1);

    connect(m_points, &ContactPointList::changed, this, &CustomerEditor::markModified);
    connect(m_links, &RelationshipList::changed, this, &CustomerEditor::markModified);
    connect(m_points, &ContactPointList::rowsChanged, this, &CustomerEditor::updateTabOrder);
    connect(m_links, &RelationshipList::rowsChanged, this, &CustomerEditor::updateTabOrder);
    area->setWidget(inner);
    return area;
}

void CustomerEditor::updateTabOrder()
{
    // Rows come and go, and a new widget joins the end of the focus chain: put everything in
    // reading order again, the details, the contact points, the links, then the buttons.
    QList<QWidget *> chain{m_firstName,
                           m_lastName,
                           m_organisation,
                           m_stage,
                           m_owner,
                           m_source,
                           m_acquired,
                           m_tags,
                           m_notes};
    chain << m_points->tabChain();
    for (const char *name : {"addPhone", "addEmail", "addAddress", "addWeb"})
        chain << findChild<QPushButton *>(QString::fromLatin1(name));
    chain << m_links->tabChain() << findChild<QPushButton *>(QStringLiteral("addRelationship"))
          << m_saveButton << findChild<QPushButton *>(QStringLiteral("cancel"));
    chain.removeAll(nullptr);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

} // namespace rapport
