#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QString>

#include <array>

namespace rapport {

// What a user may do; permissions are decided per role by the services.
enum class Role { Administrator = 0, Manager = 1, SalesRep = 2, ServiceAgent = 3 };
inline constexpr std::array<const char *, 4> roleKeys{"administrator",
                                                      "manager",
                                                      "sales_rep",
                                                      "service_agent"};

QString roleName(Role role); // translated, for display

// A person who works with Rapport: owns customers, handles cases, takes tasks, logs calls.
// Users are deactivated rather than deleted so that the history they wrote keeps its author.
struct User
{
    qint64 id = 0;
    QString login; // unique, compared without case
    QString displayName;
    QString email; // optional
    Role role = Role::SalesRep;
    bool active = true;
    QDateTime createdAt; // UTC; set by the repository on insert
    QDateTime updatedAt; // UTC; set by the repository on every write
    int version = 0;     // 0 before the first save

    // Trims the text fields and lower-cases the e-mail address.
    void tidy();
    // The first rule the user breaks, as an Error naming the field; success when valid.
    Status validate() const;
};

} // namespace rapport
