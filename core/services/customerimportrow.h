#pragma once

// The inside of the customer import (customerimport.h): one record of the file read into the
// values it gives, cell by cell, with the problems found. Made on several threads.

#include "core/domain/contactpoint.h"
#include "core/domain/customer.h"
#include "core/domain/phonenumber.h"
#include "core/io/importmapping.h"
#include "core/io/importsource.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rapport {

class Countries;
class FastPhoneNormalizer;

// One problem of a row: the header of the cell at fault and why.
struct ImportProblem
{
    QString column;
    QString reason;
};

// What one record gives. Empty strings and nullopt: the row does not say (never "blank it").
struct ImportRow
{
    qint64 line = 0;
    std::optional<CustomerKind> kind; // given by a Kind column, or an organisation-only row
    bool kindGiven = false;           // from a Kind column (an update may change it)
    QString firstName, lastName, organisation;
    std::optional<LifecycleStage> stage;
    QString source, notes, externalId;
    QDate acquiredOn;
    QStringList tags;
    std::vector<ContactPoint> points; // normalised; customerId 0
    std::vector<ImportProblem> problems;
    int nameColumn = -1; // the column that gave the name (for a name problem's report)

    bool hasName() const
    {
        return !firstName.isEmpty() || !lastName.isEmpty() || !organisation.isEmpty();
    }
    // The customer a new row makes.
    Customer customer() const;
};

// Reads records into ImportRows with a mapping; one per thread (it caches phone numbers).
class ImportRowReader final
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImport)

public:
    ImportRowReader(const io::ImportMapping &mapping,
                    const io::CsvDialect &dialect,
                    const QString &phoneRegion);
    ~ImportRowReader();

    ImportRow read(const io::CsvRecord &record);
    // The phone numbers read so far (how many took the fast path, for measurements).
    const FastPhoneNormalizer &phones() const { return *m_fast; }

private:
    void readAddresses(const io::CsvRecord &record, ImportRow &row);
    QString country(const QString &text, bool *ok) const;
    ContactLabel labelOf(const io::CsvRecord &record, int column) const;

    const io::ImportMapping &m_mapping;
    io::CsvDialect m_dialect;
    const Countries &m_userCountries; // Countries::forUser() once: it costs a lookup each time
    // Country cells read so far: the alpha-2 code, or empty for a text that names no country
    // (a file has a handful of distinct ones).
    mutable QHash<QString, QString> m_countries;
    PhoneNormalizer m_phones;
    std::unique_ptr<FastPhoneNormalizer> m_fast;
    std::vector<int> m_labelColumn; // per column: the Label column that labels it, or -1
    std::vector<int> m_groups;      // the address groups the mapping has
};

} // namespace rapport
