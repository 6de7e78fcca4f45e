#pragma once

#include "core/domain/consent.h"
#include "ui/undo/customercommand.h"

#include <QPointer>

#include <optional>

namespace rapport {

class Workspace;

// SetConsentCommand records a customer's answer for one channel, or forgets it (nullopt: "not
// asked"), from the 360° view; undo puts back the answer that was there before (or none), redo
// records it again. Run it through CustomerCommand::run().
class SetConsentCommand final : public CustomerCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetConsentCommand)

public:
    SetConsentCommand(Workspace &workspace,
                      qint64 customerId,
                      Consent::Channel channel,
                      std::optional<Consent> after);

protected:
    Status apply() override;
    Status revert() override;

private:
    QPointer<Workspace> m_workspace;
    qint64 m_customerId;
    Consent::Channel m_channel;
    std::optional<Consent> m_after;
    std::optional<Consent> m_before;
};

} // namespace rapport
