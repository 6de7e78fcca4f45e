#pragma once

#include "core/domain/permission.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace rapport {

class CustomerAccess;
class Workspace;

// PermissionGate is the one place where the UI asks the signed-in user's role what they may do:
// each action or button bound to it is enabled only when Workspace::access() allows its
// permission, and otherwise stays visible but disabled, with the reason (AccessPolicy's one
// sentence) as its tooltip and status tip, so that a rep sees why Export List is grey instead
// of wondering where it went. The gate re-evaluates when the signed-in user changes and when its
// owner calls update() (the current customer changed, a menu is about to show).
//
// An action bound to the current customer is checked against that customer's owner
// (CustomerAccess: "own" and "team" levels reach only some customers); with no current customer
// it follows the level alone. A `when` condition of the view's own (a customer is shown, rows
// are selected) is and-ed with the permission and keeps the normal tooltip.
class PermissionGate final : public QObject
{
    Q_OBJECT
public:
    enum class Reach {
        Any,             // the permission reaches some customer (allowsAny)
        Everything,      // the permission reaches every customer (a backup holds them all)
        CurrentCustomer, // the permission reaches the current customer's owner
    };

    explicit PermissionGate(QObject *parent = nullptr);
    ~PermissionGate() override;

    // The workspace whose access() decides (null: no database: every bound action disabled).
    void setWorkspace(Workspace *workspace);
    // The customer the CurrentCustomer bindings act on (0: none).
    void setCurrentCustomer(std::function<qint64()> current) { m_current = std::move(current); }

    void bind(QAction *action,
              Permission permission,
              Reach reach = Reach::Any,
              std::function<bool()> when = {});
    void bind(QWidget *widget,
              Permission permission,
              Reach reach = Reach::Any,
              std::function<bool()> when = {});
    // A widget whose permission depends on what it acts on (Revert… needs Import for an import,
    // Merge for a merge): `permission` is asked at every evaluation.
    void bind(QWidget *widget,
              std::function<Permission()> permission,
              Reach reach = Reach::Any,
              std::function<bool()> when = {});

    // Evaluates every binding again.
    void update();
    // Why the user may not do what `target` (a bound action or widget) does; empty when they may
    // or it is disabled for another reason.
    QString refusal(const QObject *target) const;

private:
    struct Binding
    {
        QPointer<QObject> target;
        Permission permission;
        std::function<Permission()> permissionOf; // when set, asked instead of `permission`
        Reach reach;
        std::function<bool()> when;
        QString toolTip; // the tooltip and status tip it had when allowed
        QString statusTip;
        QString refusal;
    };
    void add(QObject *target,
             Permission permission,
             std::function<Permission()> permissionOf,
             Reach reach,
             std::function<bool()> when);
    static void remember(Binding &binding);
    QString refusalFor(const Binding &binding, qint64 customer);
    static void apply(Binding &binding, bool enabled, const QString &refusal);

    Workspace *m_workspace = nullptr;
    std::unique_ptr<CustomerAccess> m_access;
    QMetaObject::Connection m_userChanged;
    std::function<qint64()> m_current;
    QList<Binding> m_bindings;
};

} // namespace rapport
