// What the signed-in user's role allows in the main window: every menu action that writes or
// reads beyond the list is bound here, in one table, to its permission (PermissionGate). Actions
// a role may not use stay in the menus, disabled, with the reason as their tooltip.
#include "ui/mainwindow.h"

#include "core/services/workspace.h"
#include "ui/customerlistview.h"
#include "ui/customerview.h"
#include "ui/permissiongate.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

namespace rapport {

void MainWindow::createGates()
{
    m_gate = new PermissionGate(this);
    m_gate->setObjectName(QStringLiteral("permissionGate"));
    m_gate->setCurrentCustomer([this] { return currentCustomerId(); });
    using Reach = PermissionGate::Reach;
    struct Gate
    {
        const char *action;
        Permission permission;
        Reach reach;
    };
    static constexpr Gate gates[] = {
        // File
        {"importCustomersAction", Permission::Import, Reach::Any},
        {"exportListAction", Permission::Export, Reach::Any},
        // A backup holds every customer; restoring one replaces everyone's data.
        {"backUpAction", Permission::Export, Reach::Everything},
        {"restoreFromBackupAction", Permission::ManageUsers, Reach::Any},
        // Customer
        {"newPersonAction", Permission::Create, Reach::Any},
        {"newOrganisationAction", Permission::Create, Reach::Any},
        {"editCustomerAction", Permission::Edit, Reach::CurrentCustomer},
        // A call or a case is added to the customer chosen in the dialog.
        {"logCallAction", Permission::Create, Reach::Any},
        {"newCaseAction", Permission::Create, Reach::Any},
        {"menuAddNoteAction", Permission::Create, Reach::CurrentCustomer},
        {"findDuplicatesAction", Permission::Merge, Reach::Any},
        {"moveToTrashAction", Permission::Delete, Reach::CurrentCustomer},
        // Go
        {"showDashboardsAction", Permission::SeeDashboards, Reach::Any},
    };
    for (const Gate &g : gates) {
        if (QAction *a = action(QString::fromLatin1(g.action)))
            m_gate->bind(a, g.permission, g.reach);
    }
    // The sidebar's Dashboards follows Go ▸ Dashboards: greyed, with the reason.
    QAction *dashboards = action(QStringLiteral("showDashboardsAction"));
    connect(dashboards, &QAction::changed, this, [this, dashboards] {
        const int row = m_pages->indexOf(m_pageWidgets.value(Page::Dashboards));
        QListWidgetItem *item = m_sidebar->item(row);
        if (!item)
            return;
        const QString refusal = m_gate->refusal(dashboards);
        item->setFlags(refusal.isEmpty() ? item->flags() | Qt::ItemIsEnabled
                                         : item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(refusal);
    });
    // The reason shows when the pointer rests on a disabled item.
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        menu->setToolTipsVisible(true);
    // The current customer changes with the list's current row, the customer shown and the
    // page; its owner may have changed when a menu opens.
    connect(m_view, &CustomerListView::currentCustomerChanged, m_gate, &PermissionGate::update);
    connect(m_pages, &QStackedWidget::currentChanged, m_gate, &PermissionGate::update);
    for (QMenu *menu : menuBar()->findChildren<QMenu *>())
        connect(menu, &QMenu::aboutToShow, m_gate, &PermissionGate::update);
}

} // namespace rapport
