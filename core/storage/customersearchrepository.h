#pragma once

#include "core/domain/customer.h"
#include "core/storage/customerlistfilter.h"
#include "core/storage/customerselectiontable.h"
#include "core/storage/statement.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

namespace rapport {

class Database;

// One customer as a search result shows it, with the fields the ranking looks at.
struct SearchCandidate
{
    qint64 id = 0;
    CustomerKind kind = CustomerKind::Person;
    QString name;
    QString sortName; // folded, last name first for persons
    LifecycleStage stage = LifecycleStage::Lead;
    QStringList emails;
    QStringList phones;    // E.164
    QStringList cities;    // the primary address's city
    QString cityText;      // every address's city, space separated (for matching)
    QString organisations; // a person's organisations ("works at"), space separated
};

// A word of customers' names (customer_name_terms, schema 10) and how many live customers have it.
struct NameTerm
{
    QString term; // folded as the search index folds
    qint64 customers = 0;
};

// CustomerSearchRepository holds the search SQL: full-text matches in the customer_search FTS5
// index, phone-number suffix matches on contact_points.phone_key, and the candidates' details.
// It returns unranked candidate ids; CustomerSearch ranks them. A list filter narrows the
// candidates inside the query, so a filtered search still finds up to `limit` that pass.
class CustomerSearchRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerSearchRepository)

public:
    explicit CustomerSearchRepository(const Database &db);

    // Ids matching an FTS5 query expression (built by the caller from quoted tokens only).
    Result<QList<qint64>> matchText(const QString &ftsQuery,
                                    int limit,
                                    const CustomerListFilter &filter = {});
    // Ids of live customers with a phone whose digits end with `digits`.
    Result<QList<qint64>> matchPhoneSuffix(const QString &digits,
                                           int limit,
                                           const CustomerListFilter &filter = {});
    // The candidates' details in the order of `ids`, read in one statement; customers deleted
    // meanwhile are left out.
    Result<QList<SearchCandidate>> candidates(const QList<qint64> &ids);
    // The same read one statement per id, as the search did before issue 14: the reference
    // the tests hold candidates() to.
    Result<QList<SearchCandidate>> candidatesOneByOne(const QList<qint64> &ids);
    // The words of live customers' names that start with `first` and are minLength to maxLength
    // characters long: where CustomerSearch looks for the word a typo was meant to be.
    Result<QList<NameTerm>> nameTerms(const QString &first, int minLength, int maxLength);

private:
    const Database &m_db;
    Statement m_text;
    Statement m_textFiltered;
    Statement m_phone;
    Statement m_phoneFiltered;
    Statement m_customer;
    Statement m_customers;
    Statement m_nameTerms;
    CustomerSelectionTable m_selection;
};

} // namespace rapport
