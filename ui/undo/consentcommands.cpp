#include "ui/undo/consentcommands.h"

#include "core/services/consentservice.h"
#include "core/services/workspace.h"
#include "ui/undo/undotext.h"

namespace rapport {

SetConsentCommand::SetConsentCommand(Workspace &workspace,
                                     qint64 customerId,
                                     Consent::Channel channel,
                                     std::optional<Consent> after)
    : CustomerCommand(workspace)
    , m_workspace(&workspace)
    , m_customerId(customerId)
    , m_channel(channel)
    , m_after(std::move(after))
{
    const QString name = Consent::channelName(channel);
    if (!m_after)
        setUndoText(*this, tr("Clear %1 Consent").arg(name));
    else if (m_after->status == Consent::Answer::OptIn)
        setUndoText(*this, tr("%1 Opt-In").arg(name));
    else
        setUndoText(*this, tr("%1 Opt-Out").arg(name));
}

Status SetConsentCommand::apply()
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    ConsentService service(*m_workspace);
    Result<std::optional<Consent>> before = [&] {
        if (!m_after)
            return service.clear(m_customerId, m_channel);
        Consent c = *m_after;
        c.customerId = m_customerId;
        c.channel = m_channel;
        return service.set(c);
    }();
    if (!before)
        return before.error();
    m_before = *before;
    return {};
}

Status SetConsentCommand::revert()
{
    if (!m_workspace)
        return Error(Error::Kind::Io, tr("The database this step belongs to is closed."));
    return ConsentService(*m_workspace).restore(m_customerId, m_channel, m_before);
}

} // namespace rapport
