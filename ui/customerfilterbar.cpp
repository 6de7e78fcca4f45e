#include "ui/customerfilterbar.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>

namespace rapport {
namespace {

// Item data of the "any" entries, and of the owner entry for customers nobody owns.
constexpr qint64 Any = -1;
constexpr qint64 Nobody = 0;

// A combo box that asks for its entries again each time its list opens.
class ChoiceBox final : public QComboBox
{
public:
    using QComboBox::QComboBox;
    std::function<void()> beforePopup;

    void showPopup() override
    {
        if (beforePopup)
            beforePopup();
        QComboBox::showPopup();
    }
};

QComboBox *makeBox(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *box = new ChoiceBox(parent);
    box->setObjectName(name);
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(8);
    return box;
}

// Puts `choices` after the fixed entries of `box`, keeping the chosen id (added when missing).
void refill(QComboBox *box, int fixed, const QList<CustomerListChoice> &choices, qint64 keep)
{
    const QSignalBlocker blocker(box);
    while (box->count() > fixed)
        box->removeItem(fixed);
    for (const CustomerListChoice &choice : choices) {
        const QString text = choice.active
                                 ? choice.name
                                 : CustomerFilterBar::tr("%1 (inactive)").arg(choice.name);
        box->addItem(text, choice.id);
    }
    int at = box->findData(keep);
    if (at < 0 && keep > 0) {
        box->addItem(CustomerFilterBar::tr("#%1").arg(keep), keep);
        at = box->count() - 1;
    }
    box->setCurrentIndex(std::max(at, 0));
}

} // namespace

CustomerFilterBar::CustomerFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_stage(makeBox(this, QStringLiteral("stageFilter"), tr("Show customers at one stage")))
    , m_owner(makeBox(this, QStringLiteral("ownerFilter"), tr("Show one person's customers")))
    , m_kind(makeBox(this, QStringLiteral("kindFilter"), tr("Show persons or organisations")))
    , m_tag(makeBox(this, QStringLiteral("tagFilter"), tr("Show customers with a tag")))
    , m_clear(new QToolButton(this))
    , m_chip(new QFrame(this))
    , m_chipText(new QLabel(m_chip))
    , m_chipClose(new QToolButton(m_chip))
{
    m_stage->addItem(tr("Any stage"), Any);
    for (int s = 0; s < int(lifecycleStageKeys.size()); ++s)
        m_stage->addItem(lifecycleStageName(LifecycleStage(s)), qint64(s));
    m_owner->addItem(tr("Anyone's"), Any);
    m_owner->addItem(tr("Nobody's"), Nobody);
    m_kind->addItem(tr("Persons and organisations"), Any);
    m_kind->addItem(tr("Persons"), qint64(CustomerKind::Person));
    m_kind->addItem(tr("Organisations"), qint64(CustomerKind::Organisation));
    m_tag->addItem(tr("Any tag"), Any);

    static_cast<ChoiceBox *>(m_owner)->beforePopup = [this] { refillOwners(); };
    static_cast<ChoiceBox *>(m_tag)->beforePopup = [this] { refillTags(); };

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every customer again"));
    m_clear->setAutoRaise(true);
    m_clear->setEnabled(false);
    connect(m_clear, &QToolButton::clicked, this, &CustomerFilterBar::clear);

    // The selection's chip: the highlight colour, so it is seen before the boxes are.
    m_chip->setObjectName(QStringLiteral("selectionChip"));
    m_chip->setAttribute(Qt::WA_StyledBackground);
    const QPalette colours = palette();
    m_chip->setStyleSheet(QStringLiteral("#selectionChip { background: %1; border: 1px solid %2;"
                                         " border-radius: 11px; }"
                                         " #selectionChip QLabel { color: %3; }"
                                         " #selectionChip QToolButton { color: %3; border: none;"
                                         " padding: 0 4px; font-weight: bold; }"
                                         " #selectionChip QToolButton:hover { background: %2;"
                                         " border-radius: 8px; }")
                              .arg(colours.color(QPalette::Highlight).lighter(175).name(),
                                   colours.color(QPalette::Highlight).name(),
                                   colours.color(QPalette::Text).name()));
    m_chipText->setObjectName(QStringLiteral("selectionLabel"));
    m_chipClose->setObjectName(QStringLiteral("clearSelection"));
    m_chipClose->setText(QStringLiteral("✕"));
    m_chipClose->setToolTip(tr("Show every customer again (Escape in the list)"));
    m_chipClose->setAccessibleName(tr("Remove the selection"));
    m_chipClose->setCursor(Qt::PointingHandCursor);
    connect(m_chipClose, &QToolButton::clicked, this, &CustomerFilterBar::clearSelection);
    auto *chipLayout = new QHBoxLayout(m_chip);
    chipLayout->setContentsMargins(10, 2, 4, 2);
    chipLayout->setSpacing(4);
    chipLayout->addWidget(m_chipText);
    chipLayout->addWidget(m_chipClose);
    m_chip->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The chip is not in this row: the list shows it on a line of its own under the search and
    // the filters (selectionChip()), where a drill-down's label has room and the filters keep
    // theirs at 1280 pixels in German.
    for (QComboBox *box : {m_stage, m_owner, m_kind, m_tag}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::readBoxes);
    }
    layout->addWidget(m_clear);
}

void CustomerFilterBar::setChoiceProviders(ChoiceProvider owners, ChoiceProvider tags)
{
    m_owners = std::move(owners);
    m_tags = std::move(tags);
    refillOwners();
    refillTags();
}

void CustomerFilterBar::refillOwners()
{
    refill(m_owner,
           2,
           m_owners ? m_owners() : QList<CustomerListChoice>(),
           m_filter.ownerId.value_or(Any));
}

void CustomerFilterBar::refillTags()
{
    refill(m_tag,
           1,
           m_tags ? m_tags() : QList<CustomerListChoice>(),
           m_filter.tagId ? m_filter.tagId : Any);
}

void CustomerFilterBar::readBoxes()
{
    if (m_showing)
        return;
    CustomerListFilter filter;
    if (const qint64 stage = m_stage->currentData().toLongLong(); stage >= 0)
        filter.stages = CustomerListFilter::stageBit(LifecycleStage(stage));
    if (const qint64 owner = m_owner->currentData().toLongLong(); owner != Any)
        filter.ownerId = owner;
    if (const qint64 kind = m_kind->currentData().toLongLong(); kind != Any)
        filter.kind = CustomerKind(kind);
    if (const qint64 tag = m_tag->currentData().toLongLong(); tag > 0)
        filter.tagId = tag;
    filter.selection = m_filter.selection; // the boxes narrow the selection, never replace it
    m_clear->setEnabled(!filter.isEmpty());
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged(m_filter);
}

void CustomerFilterBar::setFilter(const CustomerListFilter &filter)
{
    m_filter = filter;
    showFilter();
}

void CustomerFilterBar::showFilter()
{
    m_showing = true;
    // One stage shows as that stage; several (set through the API) as "any" in this box.
    qint64 stage = Any;
    for (int s = 0; s < int(lifecycleStageKeys.size()); ++s) {
        if (m_filter.stages == CustomerListFilter::stageBit(LifecycleStage(s)))
            stage = s;
    }
    m_stage->setCurrentIndex(std::max(m_stage->findData(stage), 0));
    const qint64 kind = m_filter.kind ? qint64(*m_filter.kind) : Any;
    m_kind->setCurrentIndex(std::max(m_kind->findData(kind), 0));
    refillOwners();
    refillTags();
    m_clear->setEnabled(!m_filter.isEmpty());
    showSelection();
    m_showing = false;
}

void CustomerFilterBar::showSelection()
{
    const CustomerSelection *selection = m_filter.selection.get();
    m_chip->setVisible(selection != nullptr);
    if (!selection) {
        m_chipText->clear();
        return;
    }
    const qsizetype n = selection->size();
    const QString count = n == 1 ? tr("1 customer") : tr("%L1 customers").arg(n);
    const QString text = selection->label.isEmpty() ? count
                                                    : tr("%1 · %2").arg(selection->label, count);
    // A long label is shortened after a whole word (the count stays); the tooltip has it whole.
    const QFontMetrics metrics = fontMetrics();
    const int room = metrics.averageCharWidth() * 72;
    const QString suffix = tr("%1 · %2").arg(QString(), count);
    const QString shown = selection->label.isEmpty()
                              ? count
                              : tr("%1 · %2").arg(elideAtWords(selection->label,
                                                               metrics,
                                                               room
                                                                   - metrics.horizontalAdvance(
                                                                       suffix)),
                                                  count);
    m_chipText->setText(shown);
    QString tip = tr("Only these customers are shown: %1").arg(text);
    if (selection->hasFigure())
        tip += QLatin1Char('\n') + tr("The column “%1” says what put each one here.")
                                       .arg(selection->figure.label);
    m_chip->setToolTip(tip);
}

void CustomerFilterBar::clearSelection()
{
    // The boxes were reset when the selection came and only narrowed it since: they go with it.
    if (m_filter.selection)
        clear();
}

void CustomerFilterBar::clear()
{
    if (m_filter.isEmpty())
        return;
    m_filter = {};
    showFilter();
    Q_EMIT filterChanged(m_filter);
}

QString CustomerFilterBar::elideAtWords(const QString &text,
                                       const QFontMetrics &metrics,
                                       int width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString ellipsis = QStringLiteral("…");
    QString shown = text;
    for (;;) {
        const qsizetype cut = shown.lastIndexOf(QLatin1Char(' '));
        if (cut <= 0)
            break;
        shown.truncate(cut);
        // No dangling separator before the ellipsis ("At risk, …").
        while (!shown.isEmpty()
               && (shown.back().isSpace() || shown.back().isPunct()
                   || shown.back() == QChar(0x2013) || shown.back() == QChar(0x00b7)))
            shown.chop(1);
        if (!shown.isEmpty() && metrics.horizontalAdvance(shown + ellipsis) <= width)
            return shown + ellipsis;
    }
    return metrics.elidedText(text, Qt::ElideRight, width);
}

QStringList CustomerFilterBar::activeFilters() const
{
    QStringList phrases;
    if (const CustomerSelection *selection = m_filter.selection.get()) {
        phrases << tr("the selection “%1”").arg(selection->label); // the chip has the count
    }
    if (m_filter.stages != 0)
        phrases << tr("stage %1").arg(m_stage->currentText());
    if (m_filter.ownerId)
        phrases << tr("owner %1").arg(m_owner->currentText());
    if (m_filter.kind)
        phrases << tr("kind %1").arg(m_kind->currentText());
    if (m_filter.tagId != 0)
        phrases << tr("tag %1").arg(m_tag->currentText());
    return phrases;
}

} // namespace rapport
