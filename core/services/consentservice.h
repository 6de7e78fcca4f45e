#pragma once

#include "core/domain/consent.h"
#include "core/storage/consentrepository.h"
#include "core/util/result.h"

#include <optional>

namespace rapport {

class Workspace;

// ConsentService is the use case layer for consent per channel: it records or forgets a
// customer's answer for one channel through the workspace's door (one transaction, the door's
// clock, the history as entity 'consent') and announces it on the bus as a change of the
// customer, so the 360° view shows it at once. Setting returns what was there before, so that
// an undo can put it back.
class ConsentService final
{
public:
    // Cheap to make where it is needed; it must not outlive the workspace.
    explicit ConsentService(Workspace &workspace);

    // Records `consent` (its customer and channel), replacing the earlier answer; returns the
    // earlier answer (nullopt: nobody had asked).
    Result<std::optional<Consent>> set(Consent &consent);
    // Forgets the answer for the channel; returns it as it was (nullopt: there was none).
    Result<std::optional<Consent>> clear(qint64 customerId, Consent::Channel channel);
    // Puts back `previous` for the channel (an undo): sets it, or clears when nullopt.
    Status restore(qint64 customerId,
                   Consent::Channel channel,
                   const std::optional<Consent> &previous);

    // The customer's answers in channel order; channels nobody asked about are missing.
    Result<QList<Consent>> forCustomer(qint64 customerId)
    {
        return m_repo.listForCustomer(customerId);
    }

private:
    Workspace &m_workspace;
    ConsentRepository m_repo;
};

} // namespace rapport
