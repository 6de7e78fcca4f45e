#pragma once

#include <QList>
#include <QObject>

namespace rapport {

// What changed: the kind of entity, the ids, and how. Services publish one notice per committed
// write; models translate notices into beginInsertRows/dataChanged/... for the rows they show.
struct ChangeNotice
{
    enum class Entity {
        Customer,
        ContactPoint,
        Relationship,
        Interaction,
        Product,
        Order,
        Case,
        Task,
        User,
        Note,   // a customer note (customer_notes)
        Survey, // a survey answer (surveys)
        Everything
    };
    enum class Action { Created, Updated, Deleted, Restored, Reset };

    Entity entity = Entity::Everything;
    Action action = Action::Reset;
    QList<qint64> ids;         // the entity's ids
    QList<qint64> customerIds; // the customers the change touches (for timelines, lists)
};

// ChangeBus is the one place change notices travel through. There is one bus per open database;
// every service that writes publishes on it after its transaction commits.
class ChangeBus final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void publish(const ChangeNotice &notice) { Q_EMIT changed(notice); }

Q_SIGNALS:
    void changed(const rapport::ChangeNotice &notice);
};

} // namespace rapport

Q_DECLARE_METATYPE(rapport::ChangeNotice)
