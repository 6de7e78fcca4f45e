#include "ui/conflictdialog.h"

#include "core/domain/phonenumber.h"
#include "core/util/displayformat.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

QString ownerText(const Customer &c, const RecordNames &names)
{
    if (!c.ownerId)
        return ConflictDialog::tr("Nobody");
    return names.users.value(*c.ownerId, ConflictDialog::tr("User %1").arg(*c.ownerId));
}

QString dateText(const QDate &d)
{
    return d.isValid() ? display::date(d) : QString();
}

QString pointText(const ContactPoint &p)
{
    const PhoneNormalizer phones;
    QString value = p.kind == ContactKind::Phone ? phones.formatInternational(p.value) : p.value;
    QString text = QStringLiteral("%1 (%2)").arg(value, contactLabelName(p.label));
    if (p.primary)
        text += QStringLiteral(" ★");
    return text;
}

// The points of one kind, one per line, sorted so that order alone is never a difference.
QString pointsText(const CustomerRecord &r, ContactKind kind)
{
    QStringList lines;
    for (const ContactPoint &p : r.contactPoints) {
        if (p.kind == kind)
            lines << pointText(p);
    }
    lines.sort(Qt::CaseInsensitive);
    return lines.join(QLatin1Char('\n'));
}

QString linksText(const CustomerRecord &r, const RecordNames &names)
{
    QStringList lines;
    const qint64 self = r.customer.id;
    for (const Relationship &link : r.relationships) {
        const bool inverse = self != 0 && link.toId == self;
        const qint64 other = inverse ? link.fromId : link.toId;
        QString line = QStringLiteral("%1 %2").arg(
            inverse ? relationshipKindInverseName(link.kind) : relationshipKindName(link.kind),
            names.customers.value(other, ConflictDialog::tr("customer %1").arg(other)));
        if (!link.role.isEmpty())
            line += QStringLiteral(" — ") + link.role;
        lines << line;
    }
    lines.sort(Qt::CaseInsensitive);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QList<ConflictDialog::Row> ConflictDialog::compare(const CustomerRecord &mine,
                                                   const CustomerRecord &stored,
                                                   const RecordNames &names)
{
    const Customer &a = mine.customer;
    const Customer &b = stored.customer;
    QList<Row> rows;
    if (a.kind == CustomerKind::Person) {
        rows << Row{tr("First name"), a.firstName, b.firstName}
             << Row{tr("Last name"), a.lastName, b.lastName};
    } else {
        rows << Row{tr("Name"), a.organisation, b.organisation};
    }
    rows << Row{tr("Stage"), lifecycleStageName(a.stage), lifecycleStageName(b.stage)}
         << Row{tr("Owner"), ownerText(a, names), ownerText(b, names)}
         << Row{tr("Source"), a.source, b.source}
         << Row{tr("Customer since"), dateText(a.acquiredOn), dateText(b.acquiredOn)}
         << Row{tr("Tags"), a.tags.join(QStringLiteral(", ")), b.tags.join(QStringLiteral(", "))}
         << Row{tr("Notes"), a.notes, b.notes}
         << Row{tr("Phone numbers"),
                pointsText(mine, ContactKind::Phone),
                pointsText(stored, ContactKind::Phone)}
         << Row{tr("E-mail addresses"),
                pointsText(mine, ContactKind::Email),
                pointsText(stored, ContactKind::Email)}
         << Row{tr("Addresses"),
                pointsText(mine, ContactKind::Postal),
                pointsText(stored, ContactKind::Postal)}
         << Row{tr("Web"), pointsText(mine, ContactKind::Web), pointsText(stored, ContactKind::Web)}
         << Row{tr("Relationships"), linksText(mine, names), linksText(stored, names)};
    return rows;
}

ConflictDialog::ConflictDialog(const CustomerRecord &mine,
                               const CustomerRecord &stored,
                               const RecordNames &names,
                               QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("ConflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);

    const QString name = stored.customer.displayName();
    auto *heading = new QLabel(tr("<b>%1 was changed by someone else while you were editing.</b>")
                                   .arg(name.toHtmlEscaped()),
                               this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *explain = new QLabel(tr("Nothing has been saved yet. The fields that differ are marked. "
                                  "Keep your version to save it over theirs, take the stored "
                                  "version to drop your changes, or go back to editing to combine "
                                  "the two."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    QList<Row> rows = compare(mine, stored, names);
    // Fields neither version fills say nothing.
    rows.removeIf([](const Row &r) { return r.mine.isEmpty() && r.stored.isEmpty(); });
    m_table->setColumnCount(3);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Stored version")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(false);
    const QColor mark(0xff, 0xe9, 0xa8); // a soft amber that reads on light and dark text
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        auto *field = new QTableWidgetItem(r.field);
        auto *a = new QTableWidgetItem(r.mine);
        auto *b = new QTableWidgetItem(r.stored);
        if (r.differs()) {
            QFont bold = field->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {field, a, b}) {
                item->setFont(bold);
                item->setBackground(mark);
                item->setForeground(QColor(0x20, 0x20, 0x20));
            }
            field->setText(r.field + QStringLiteral("  ≠"));
            field->setData(Qt::AccessibleDescriptionRole, tr("differs"));
        } else {
            QPalette p = palette();
            b->setForeground(p.color(QPalette::PlaceholderText));
            a->setForeground(p.color(QPalette::PlaceholderText));
        }
        field->setData(Qt::UserRole, r.differs());
        for (QTableWidgetItem *item : {field, a, b})
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_table->setItem(i, 0, field);
        m_table->setItem(i, 1, a);
        m_table->setItem(i, 2, b);
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    // Row heights follow the wrapped text as the columns get their widths.
    connect(header, &QHeaderView::sectionResized, m_table, &QTableView::resizeRowsToContents);
    m_table->resizeRowsToContents();
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(tr("&Keep My Version"), QDialogButtonBox::AcceptRole);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(tr("Save your version over the stored one"));
    m_takeStored = buttons->addButton(tr("&Take Stored Version"), QDialogButtonBox::DestructiveRole);
    m_takeStored->setObjectName(QStringLiteral("takeStored"));
    m_takeStored->setToolTip(tr("Drop your changes and show the stored version"));
    m_keepEditing = buttons->addButton(tr("&Back to Editing"), QDialogButtonBox::RejectRole);
    m_keepEditing->setObjectName(QStringLiteral("keepEditing"));
    m_keepEditing->setToolTip(tr("Keep your changes in the editor without saving (Esc)"));
    // The safe choice is the default: Enter and Esc both go back to the editor.
    m_keepEditing->setDefault(true);
    m_keepEditing->setFocus();
    layout->addWidget(buttons);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { choose(Choice::KeepMine); });
    connect(m_takeStored, &QPushButton::clicked, this, [this] { choose(Choice::TakeStored); });
    connect(m_keepEditing, &QPushButton::clicked, this, [this] { choose(Choice::KeepEditing); });
    resize(820, 500);
}

QStringList ConflictDialog::differences() const
{
    QStringList out;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        if (m_table->item(i, 0)->data(Qt::UserRole).toBool())
            out << m_table->item(i, 0)->text().chopped(3);
    }
    return out;
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::KeepEditing)
        reject();
    else
        accept();
}

} // namespace rapport
