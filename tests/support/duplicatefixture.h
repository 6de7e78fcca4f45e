#pragma once

#include "core/services/workspace.h"

#include <QString>

namespace rapport::test {

// Customers for the duplicate and merge tests, made through the workspace's CustomerService
// (so every row is in the history like a user's). Empty texts are left out.
struct PersonSpec
{
    QString first;
    QString last;
    QString email;
    QString phone; // any form; region DE
    QString city;
};
qint64 addPerson(Workspace &w, const PersonSpec &spec);
qint64 addOrganisation(Workspace &w, const QString &name, const QString &city = {});

} // namespace rapport::test
