// The vCard side of the export waits for the vCard writer (io::writeVCards, branch `vcard`);
// customerexportvcard.cpp takes this file's place once it is merged.
#include "core/services/customerexportcells.h"

namespace rapport::exportcells {

Result<QByteArray> vcards(const std::vector<CustomerExportRow> &rows)
{
    Q_UNUSED(rows);
    return Error(Error::Kind::Validation,
                 CustomerExport::tr("Export as vCard is not built yet; export as CSV."));
}

} // namespace rapport::exportcells
