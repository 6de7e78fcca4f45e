#pragma once

// Internal to the customer export (customerexport*.cpp): the cells of one customer.

#include "core/services/customerexport.h"
#include "core/storage/customerexportrepository.h"

namespace rapport {

struct CustomerSelection;

namespace exportcells {

// The CSV header of a field; the Figure column takes the selection's figure label.
QString header(ExportField field, const CustomerSelection *selection);
// The text of one cell (not yet neutralized: the CSV writer does that).
QString cell(const CustomerExportRow &row, ExportField field, const CustomerSelection *selection);
// Drops the contact points of the channels the customer opted out of; returns the channels'
// bits (ConsentReader::bit) of which something was dropped.
quint8 withhold(CustomerExportRow &row, const ConsentReader::Consent &consent);
// The rows as vCard 4.0 (customerexportvcard.cpp).
Result<QByteArray> vcards(const std::vector<CustomerExportRow> &rows);

} // namespace exportcells

} // namespace rapport
