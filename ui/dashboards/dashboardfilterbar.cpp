#include "ui/dashboards/dashboardfilterbar.h"

#include "core/domain/customer.h"
#include "core/util/displayformat.h"
#include "ui/dashboards/flowlayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace rapport {
namespace {

constexpr int Any = -1;
constexpr int Nobody = 0;

QComboBox *makeBox(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QDateEdit *makeDate(QWidget *parent, const QString &name, const QString &toolTip)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setToolTip(toolTip);
    edit->setCalendarPopup(true);
    // A date typed in announces itself when it is complete (Enter, or leaving the field), not at
    // every digit: each would start a computation, and half-typed dates are other days.
    edit->setKeyboardTracking(false);
    edit->setDisplayFormat(display::dateFormat());
    edit->setMinimumDate(QDate(1900, 1, 1));
    return edit;
}

} // namespace

DashboardFilterBar::DashboardFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_period(makeBox(this, QStringLiteral("periodFilter"), tr("The period the figures cover")))
    , m_from(makeDate(this, QStringLiteral("periodFrom"), tr("The first day of the period")))
    , m_to(makeDate(this, QStringLiteral("periodTo"), tr("The last day of the period")))
    , m_owner(makeBox(this,
                      QStringLiteral("ownerFilter"),
                      tr("One person's customers; in team activity, that person's work")))
    , m_team(makeBox(this,
                     QStringLiteral("teamFilter"),
                     tr("The customers a team's members own; in team activity, their work")))
    , m_kind(makeBox(this, QStringLiteral("kindFilter"), tr("Persons, organisations or both")))
    , m_segment(makeBox(this,
                        QStringLiteral("segmentFilter"),
                        tr("Only the customers of one RFM segment (as of the period's end)")))
    , m_settle(new QTimer(this))
{
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->addItem(tr("Last 90 days"), int(Period::Last90Days));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Year to date"), int(Period::YearToDate));
    m_period->addItem(tr("Custom"), int(Period::Custom));
    m_owner->addItem(tr("Everyone's"), Any);
    m_owner->addItem(tr("Nobody's"), Nobody);
    m_team->addItem(tr("All teams"), qint64(Any));
    m_team->hide(); // until there are teams (setTeams())
    m_kind->addItem(tr("Persons and organisations"), Any);
    m_kind->addItem(customerKindName(CustomerKind::Person), int(CustomerKind::Person));
    m_kind->addItem(customerKindName(CustomerKind::Organisation), int(CustomerKind::Organisation));
    m_segment->addItem(tr("All RFM segments"), Any);
    for (std::size_t s = 0; s < analytics::RfmSegmentCount; ++s)
        m_segment->addItem(analytics::rfmSegmentName(analytics::RfmSegment(s)), int(s));

    // The period stays on one line; the other filters wrap below it when the window is too
    // narrow for all of them at their full width (German at 1280 pixels).
    auto *period = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    auto *periodLabel = new QLabel(tr("&Period:"), period);
    periodLabel->setBuddy(m_period);
    auto *dash = new QLabel(QStringLiteral("–"), period);
    periodLayout->addWidget(periodLabel);
    periodLayout->addWidget(m_period);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(dash);
    periodLayout->addWidget(m_to);
    periodLayout->addSpacing(6);
    m_flow = new FlowLayout(this);
    m_flow->addWidget(period);
    m_flow->addWidget(m_owner);
    m_flow->addWidget(m_team);
    m_flow->addWidget(m_kind);
    m_flow->addWidget(m_segment);

    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, [this] { Q_EMIT filtersChanged(filters()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_quiet)
            setPeriod(Period::Custom);
        changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_quiet && Period(m_period->currentData().toInt()) != Period::Custom) {
            // Moving the end keeps the preset's length.
            m_quiet = true;
            periodChosen();
            m_quiet = false;
        }
        changed();
    });
    for (QComboBox *box : {m_owner, m_team, m_kind, m_segment})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);

    m_quiet = true;
    m_to->setDate(QDateTime::currentDateTimeUtc().date());
    m_period->setCurrentIndex(m_period->findData(int(Period::Last12Months)));
    periodChosen();
    m_quiet = false;
}

void DashboardFilterBar::addWidget(QWidget *widget)
{
    widget->setParent(this);
    m_flow->addWidget(widget);
}

void DashboardFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void DashboardFilterBar::periodChosen()
{
    const QDate to = m_to->date();
    QDate from;
    switch (Period(m_period->currentData().toInt())) {
    case Period::Last30Days:
        from = to.addDays(-29);
        break;
    case Period::Last90Days:
        from = to.addDays(-89);
        break;
    case Period::Last12Months:
        from = to.addYears(-1).addDays(1);
        break;
    case Period::YearToDate:
        from = QDate(to.year(), 1, 1);
        break;
    case Period::Custom:
        return;
    }
    const bool quiet = m_quiet;
    m_quiet = true;
    m_from->setDate(from);
    m_quiet = quiet;
    changed();
}

void DashboardFilterBar::changed()
{
    m_to->setMinimumDate(m_from->date());
    if (!m_quiet)
        m_settle->start();
}

analytics::DashboardFilters DashboardFilterBar::filters() const
{
    analytics::DashboardFilters f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (const int owner = m_owner->currentData().toInt(); owner != Any)
        f.ownerId = owner;
    if (const qint64 team = m_team->currentData().toLongLong(); team != Any)
        f.teamId = team;
    if (const int kind = m_kind->currentData().toInt(); kind != Any)
        f.kind = quint8(kind);
    if (const int segment = m_segment->currentData().toInt(); segment != Any)
        f.segment = analytics::RfmSegment(segment);
    return f;
}

void DashboardFilterBar::setFilters(const analytics::DashboardFilters &f)
{
    m_quiet = true;
    m_settle->stop();
    m_to->setMinimumDate(QDate(1900, 1, 1));
    // The start first: each date change sets the end's minimum to the start (changed()), which
    // would hold the end at the old start when the period moves back in time.
    m_from->setDate(f.from);
    m_to->setDate(f.to);
    // The preset that gives this period, else Custom.
    Period period = Period::Custom;
    if (f.from == f.to.addDays(-29))
        period = Period::Last30Days;
    else if (f.from == f.to.addDays(-89))
        period = Period::Last90Days;
    else if (f.from == f.to.addYears(-1).addDays(1))
        period = Period::Last12Months;
    else if (f.from == QDate(f.to.year(), 1, 1))
        period = Period::YearToDate;
    setPeriod(period);
    const auto choose = [](QComboBox *box, int value) {
        int index = box->findData(value);
        if (index < 0) {
            box->addItem(QString::number(value), value);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
    };
    choose(m_owner, f.ownerId ? int(*f.ownerId) : Any);
    if (const int index = m_team->findData(f.teamId ? *f.teamId : qint64(Any)); index >= 0)
        m_team->setCurrentIndex(index);
    choose(m_kind, f.kind ? int(*f.kind) : Any);
    choose(m_segment, f.segment ? int(*f.segment) : Any);
    m_to->setMinimumDate(m_from->date());
    m_quiet = false;
}

void DashboardFilterBar::setOwners(const std::vector<qint64> &ids, const std::vector<QString> &names)
{
    const int keep = m_owner->currentData().toInt();
    m_quiet = true;
    while (m_owner->count() > 2)
        m_owner->removeItem(2);
    for (std::size_t i = 0; i < ids.size() && i < names.size(); ++i)
        m_owner->addItem(names[i], int(ids[i]));
    const int index = m_owner->findData(keep);
    m_owner->setCurrentIndex(index < 0 ? 0 : index);
    m_quiet = false;
}

void DashboardFilterBar::setTeams(const std::vector<qint64> &ids, const std::vector<QString> &names)
{
    const qint64 keep = m_team->currentData().toLongLong();
    m_quiet = true;
    while (m_team->count() > 1)
        m_team->removeItem(1);
    for (std::size_t i = 0; i < ids.size() && i < names.size(); ++i)
        m_team->addItem(names[i], ids[i]);
    const int index = m_team->findData(keep);
    m_team->setCurrentIndex(index < 0 ? 0 : index);
    m_team->setVisible(m_team->count() > 1);
    m_quiet = false;
    // The chosen team is gone: the figures were for it.
    if (index < 0 && keep != Any)
        m_settle->start();
}

} // namespace rapport
