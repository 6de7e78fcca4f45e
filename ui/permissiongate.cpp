#include "ui/permissiongate.h"

#include "core/services/customeraccess.h"
#include "core/services/workspace.h"

#include <QAction>
#include <QWidget>

namespace rapport {

PermissionGate::PermissionGate(QObject *parent)
    : QObject(parent)
{}

PermissionGate::~PermissionGate() = default;

void PermissionGate::setWorkspace(Workspace *workspace)
{
    disconnect(m_userChanged);
    m_workspace = workspace;
    m_access.reset();
    if (m_workspace) {
        m_access = std::make_unique<CustomerAccess>(m_workspace->database());
        m_userChanged
            = connect(m_workspace, &Workspace::currentUserChanged, this, &PermissionGate::update);
    }
    update();
}

void PermissionGate::bind(QAction *action,
                          Permission permission,
                          Reach reach,
                          std::function<bool()> when)
{
    add(action, permission, {}, reach, std::move(when));
}

void PermissionGate::bind(QWidget *widget,
                          Permission permission,
                          Reach reach,
                          std::function<bool()> when)
{
    add(widget, permission, {}, reach, std::move(when));
}

void PermissionGate::bind(QWidget *widget,
                          std::function<Permission()> permission,
                          Reach reach,
                          std::function<bool()> when)
{
    add(widget, Permission::View, std::move(permission), reach, std::move(when));
}

void PermissionGate::add(QObject *target,
                         Permission permission,
                         std::function<Permission()> permissionOf,
                         Reach reach,
                         std::function<bool()> when)
{
    m_bindings.append(
        {target, permission, std::move(permissionOf), reach, std::move(when), {}, {}, {}});
    update();
}

// The tips the target has of its own: taken again while the gate shows none of its own, since
// views change them (a consent button's tip says what was answered).
void PermissionGate::remember(Binding &binding)
{
    if (!binding.refusal.isEmpty())
        return;
    if (auto *action = qobject_cast<QAction *>(binding.target.data())) {
        // QAction::toolTip() falls back to the text: that is no tip of its own.
        binding.toolTip = action->toolTip() == action->iconText() ? QString() : action->toolTip();
        binding.statusTip = action->statusTip();
    } else if (auto *widget = qobject_cast<QWidget *>(binding.target.data())) {
        binding.toolTip = widget->toolTip();
        binding.statusTip = widget->statusTip();
    }
}

QString PermissionGate::refusalFor(const Binding &binding, qint64 customer)
{
    const AccessPolicy &access = m_workspace->access();
    const Permission permission = binding.permissionOf ? binding.permissionOf()
                                                       : binding.permission;
    switch (binding.reach) {
    case Reach::Any:
        return access.allowsAny(permission) ? QString() : access.refusal(permission);
    case Reach::Everything:
        // A role that reaches some customers is told its level, not that it may not at all.
        return access.scope(permission).isEverything()
                   ? QString()
                   : CustomerAccess::outOfReach(access, permission);
    case Reach::CurrentCustomer:
        break;
    }
    const Status allowed = m_access->check(access, permission, customer);
    return allowed ? QString() : allowed.error().message();
}

void PermissionGate::update()
{
    // One owner look-up for every binding on the current customer.
    const qint64 customer = m_workspace && m_current ? m_current() : 0;
    for (Binding &b : m_bindings) {
        if (!b.target)
            continue;
        remember(b);
        if (!m_workspace) {
            apply(b, false, {});
            continue;
        }
        const QString refusal = refusalFor(b, customer);
        const bool when = !b.when || b.when();
        apply(b, refusal.isEmpty() && when, refusal);
    }
}

void PermissionGate::apply(Binding &binding, bool enabled, const QString &refusal)
{
    binding.refusal = refusal;
    // Refused: the reason is the tooltip and the status tip; otherwise the ones it had.
    const QString toolTip = refusal.isEmpty() ? binding.toolTip : refusal;
    const QString statusTip = refusal.isEmpty() ? binding.statusTip : refusal;
    if (auto *action = qobject_cast<QAction *>(binding.target.data())) {
        action->setEnabled(enabled);
        action->setToolTip(toolTip);
        action->setStatusTip(statusTip);
    } else if (auto *widget = qobject_cast<QWidget *>(binding.target.data())) {
        widget->setEnabled(enabled);
        widget->setToolTip(toolTip);
        widget->setStatusTip(statusTip);
    }
}

QString PermissionGate::refusal(const QObject *target) const
{
    for (const Binding &b : m_bindings) {
        if (b.target == target)
            return b.refusal;
    }
    return {};
}

} // namespace rapport
