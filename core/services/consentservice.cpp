#include "core/services/consentservice.h"

#include "core/services/changebus.h"
#include "core/services/door.h"
#include "core/services/workspace.h"

namespace rapport {
namespace {

ChangeNotice customerChanged(qint64 customerId)
{
    // Consent is shown as part of the customer (the 360° view's header), not as rows of its own.
    return {ChangeNotice::Entity::Customer,
            ChangeNotice::Action::Updated,
            {customerId},
            {customerId}};
}

} // namespace

ConsentService::ConsentService(Workspace &workspace)
    : m_workspace(workspace)
    , m_repo(workspace.database())
{}

Result<std::optional<Consent>> ConsentService::set(Consent &consent)
{
    consent.tidy();
    if (Status s = consent.validate(); !s)
        return s.error();
    Consent draft = consent;
    std::optional<Consent> before;
    const WriteRequest request(WriteAction::Edit, draft.customerId);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        Result<std::optional<Consent>> was = m_repo.get(draft.customerId, draft.channel);
        if (!was)
            return was.error();
        before = *was;
        if (Status s = m_repo.set(draft); !s)
            return s;
        w.notify(customerChanged(draft.customerId));
        return {};
    });
    if (!written)
        return written.error();
    consent = draft;
    return before;
}

Result<std::optional<Consent>> ConsentService::clear(qint64 customerId, Consent::Channel channel)
{
    std::optional<Consent> before;
    const WriteRequest request(WriteAction::Edit, customerId);
    const Status written = m_workspace.write(request, [&](WriteScope &w) -> Status {
        Result<std::optional<Consent>> was = m_repo.clear(customerId, channel);
        if (!was)
            return was.error();
        before = *was;
        if (before)
            w.notify(customerChanged(customerId));
        return {};
    });
    if (!written)
        return written.error();
    return before;
}

Status ConsentService::restore(qint64 customerId,
                               Consent::Channel channel,
                               const std::optional<Consent> &previous)
{
    if (!previous) {
        Result<std::optional<Consent>> cleared = clear(customerId, channel);
        return cleared ? Status() : Status(cleared.error());
    }
    Consent again = *previous;
    Result<std::optional<Consent>> set = this->set(again);
    return set ? Status() : Status(set.error());
}

} // namespace rapport
