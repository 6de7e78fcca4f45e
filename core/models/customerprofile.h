#pragma once

#include "core/services/accesspolicy.h"
#include "core/storage/customeroverviewrepository.h"

#include <QObject>

namespace rapport {

class ChangeBus;
class CustomerCasesModel;
class CustomerTasksModel;
class Database;
class HistoryModel;
class ProductUsageModel;
class RelatedCustomersModel;
class TimelineModel;
struct ChangeNotice;

// CustomerProfile is everything the 360° view shows about one customer, without the pixels: the
// header facts (CustomerOverview) and the models of the timeline and the side panels. open()
// reads them all; afterwards change notices keep them true (each model updates itself, the
// profile re-reads the header facts and says so with overviewChanged()).
class CustomerProfile final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Empty,   // no customer asked for
        Live,    // shown
        InTrash, // shown, but the customer is in the trash
        Gone,    // the customer does not exist (any more); errorMessage() says so
        // The customer is out of what the reader may see (AccessPolicy::scope(View)): nothing
        // of it is shown; errorMessage() is the refusal (error(), Error::Kind::Forbidden).
        Forbidden,
    };
    Q_ENUM(State)

    CustomerProfile(const Database &db, ChangeBus *bus, QObject *parent = nullptr);
    ~CustomerProfile() override;

    // What the reader may see and open: a customer out of its View scope is Forbidden, related
    // customers out of it are listed by name only (RelatedCustomersModel). Unrestricted by
    // default; a new policy reads the customer shown again (the signed-in user changed).
    void setAccess(const AccessPolicy &access);
    // The same with the scope and the sentence a refusal gives spelt out.
    void setScope(const CustomerScope &scope, const QString &refusal);
    const CustomerScope &scope() const { return m_scope; }

    // Reads the customer's header facts and fills every model (0 empties them).
    State open(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    State state() const { return m_state; }
    // The header facts; meaningful in the states Live and InTrash.
    const CustomerOverview &overview() const { return m_overview; }
    // Why the customer cannot be shown (Gone, Forbidden), or the last read error.
    const QString &errorMessage() const { return m_error; }
    // The same as an error value: NotFound, Forbidden, or the read error; none when shown.
    std::optional<Error> error() const { return m_errorValue; }

    // "Now" for the 12-month figures and overdue tasks; invalid: the clock (tests fix it).
    void setAsOf(const QDateTime &asOf);
    QDateTime asOf() const;

    TimelineModel *timeline() const { return m_timeline; }
    RelatedCustomersModel *related() const { return m_related; }
    ProductUsageModel *products() const { return m_products; }
    CustomerCasesModel *cases() const { return m_cases; }
    CustomerTasksModel *tasks() const { return m_tasks; }
    // The customer's history (who changed what), newest first; read a page at a time.
    HistoryModel *history() const { return m_history; }

Q_SIGNALS:
    // The header facts were read again (after a change notice); state() may have changed.
    void overviewChanged();
    void errorOccurred(const QString &message);

private:
    void readOverview();
    void onChange(const ChangeNotice &notice);

    CustomerOverviewRepository m_repo;
    qint64 m_customerId = 0;
    State m_state = State::Empty;
    CustomerOverview m_overview;
    QString m_error;
    std::optional<Error> m_errorValue;
    CustomerScope m_scope;
    QString m_refusal;
    QDateTime m_asOf;
    // Children of this object.
    TimelineModel *m_timeline;
    RelatedCustomersModel *m_related;
    ProductUsageModel *m_products;
    CustomerCasesModel *m_cases;
    CustomerTasksModel *m_tasks;
    HistoryModel *m_history;
};

} // namespace rapport
