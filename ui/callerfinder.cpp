#include "ui/callerfinder.h"

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/services/customerservice.h"
#include "core/services/workspace.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace rapport {
namespace {

constexpr int SearchDelayMs = 40; // coalesces a burst of keys (a pasted number) into one search

QString joinDetails(const QStringList &parts)
{
    QStringList shown;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            shown << p;
    }
    return shown.join(QStringLiteral(" \u00b7 "));
}

} // namespace

CallerFinder::CallerFinder(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_search(workspace.database(), workspace.phones())
    , m_edit(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_chosen(new QLabel(this))
    , m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setObjectName(QStringLiteral("callerEdit"));
    m_edit->setPlaceholderText(tr("Name, phone number or its last digits, e-mail\u2026"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("callerMatches"));
    m_matches->setFocusPolicy(Qt::NoFocus); // the keys stay in the field
    m_matches->setUniformItemSizes(true);
    m_matches->hide();
    m_chosen->setObjectName(QStringLiteral("callerChosen"));
    m_chosen->setTextFormat(Qt::PlainText);
    m_chosen->setStyleSheet(QStringLiteral("color: #1e7b34;"));
    m_chosen->hide();
    m_hint->setObjectName(QStringLiteral("callerHint"));
    m_hint->setEnabled(false);
    m_hint->hide();
    layout->addWidget(m_edit);
    layout->addWidget(m_matches);
    layout->addWidget(m_chosen);
    layout->addWidget(m_hint);
    setFocusProxy(m_edit);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &CallerFinder::search);
    connect(m_edit, &QLineEdit::textEdited, this, &CallerFinder::textEdited);
    connect(m_matches, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_matches->setCurrentItem(item);
        takeCurrent();
    });
}

void CallerFinder::textEdited()
{
    if (m_customerId != 0) {
        m_customerId = 0;
        m_customerName.clear();
        m_chosen->hide();
        Q_EMIT customerCleared();
    }
    m_debounce.start();
}

int CallerFinder::matchCount()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        search();
    }
    return m_matches->isHidden() ? 0 : m_matches->count();
}

QString CallerFinder::phoneShown(const SearchCandidate &c, const QString &typed) const
{
    if (c.phones.isEmpty())
        return {};
    const QString digits = digitsOf(typed);
    QString best = c.phones.first();
    if (digits.size() >= 3) {
        for (const QString &p : c.phones) {
            if (p.contains(digits) || digitsOf(p).endsWith(digits)) {
                best = p;
                break;
            }
        }
    }
    return m_workspace.phones().formatInternational(best);
}

void CallerFinder::search()
{
    m_matches->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_matches->hide();
        m_hint->hide();
        return;
    }
    Result<QList<SearchHit>> hits = m_search.find(text, MaxMatches);
    if (!hits) {
        m_matches->hide();
        m_hint->setText(hits.error().message());
        m_hint->show();
        return;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        const SearchCandidate &c = hit.customer;
        const QString details = joinDetails(
            {phoneShown(c, text), c.cities.value(0), lifecycleStageName(c.stage)});
        auto *item = new QListWidgetItem(tr("%1 \u2014 %2").arg(c.name, details), m_matches);
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.name);
        item->setData(Qt::UserRole + 2, details);
    }
    if (m_matches->count() > 0) {
        // As tall as the matches, so that a single one does not leave a hole.
        m_matches->setFixedHeight(m_matches->sizeHintForRow(0) * int(m_matches->count())
                                  + 2 * m_matches->frameWidth());
        m_matches->setCurrentRow(0);
        m_matches->show();
        m_hint->setText(tr("Enter takes the highlighted customer; Up and Down pick another."));
    } else {
        m_matches->hide();
        m_hint->setText(tr("No customer matches \u201c%1\u201d.").arg(text));
    }
    m_hint->show();
}

void CallerFinder::takeCurrent()
{
    if (matchCount() == 0)
        return;
    const QListWidgetItem *item = m_matches->currentItem() ? m_matches->currentItem()
                                                           : m_matches->item(0);
    choose(item->data(Qt::UserRole).toLongLong(),
           item->data(Qt::UserRole + 1).toString(),
           item->data(Qt::UserRole + 2).toString());
}

void CallerFinder::choose(qint64 id, const QString &name, const QString &details)
{
    m_debounce.stop();
    m_customerId = id;
    m_customerName = name;
    m_edit->setText(name);
    m_matches->clear();
    m_matches->hide();
    m_hint->hide();
    m_chosen->setText(QStringLiteral("\u2713 ") + details);
    m_chosen->show();
    Q_EMIT customerChosen(id, name);
}

bool CallerFinder::setCustomer(qint64 customerId)
{
    CustomerService &customers = m_workspace.customers();
    Result<Customer> customer = customers.get(customerId);
    if (!customer)
        return false;
    QString phone, city;
    if (Result<QList<ContactPoint>> points = customers.contactPoints(customerId); points) {
        for (const ContactPoint &p : std::as_const(*points)) {
            if (p.kind == ContactKind::Phone && (phone.isEmpty() || p.primary))
                phone = m_workspace.phones().formatInternational(p.value);
            if (p.kind == ContactKind::Postal && (city.isEmpty() || p.primary))
                city = p.address.city;
        }
    }
    choose(customerId,
           customer->displayName(),
           joinDetails({phone, city, lifecycleStageName(customer->stage)}));
    return true;
}

void CallerFinder::clear()
{
    m_debounce.stop();
    m_edit->clear();
    m_matches->clear();
    m_matches->hide();
    m_chosen->hide();
    m_hint->hide();
    if (m_customerId != 0) {
        m_customerId = 0;
        m_customerName.clear();
        Q_EMIT customerCleared();
    }
}

bool CallerFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_customerId != 0)
            return false; // already taken: let the dialog have it
        takeCurrent();
        return true;
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (matchCount() == 0)
            return false;
        QCoreApplication::sendEvent(m_matches, event);
        return true;
    default:
        return false;
    }
}

} // namespace rapport
