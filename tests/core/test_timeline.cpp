#include "core/models/timelinemodel.h"
#include "core/services/changebus.h"
#include "core/services/noteservice.h"
#include "core/storage/caserepository.h"
#include "core/storage/interactionrepository.h"
#include "core/storage/timelinerepository.h"
#include "tests/support/customerhistory.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace rapport;
using T = TimelineEntryType;

namespace {

using Entry = std::pair<TimelineEntryType, qint64>;

// Acme's 24 entries, newest first, worked out by hand from the fixture's times.
std::vector<Entry> expectedAcme(const test::CustomerHistory &h)
{
    return {{T::TaskCreated, h.t1}, // 2026-06-29 10:05
            {T::Interaction, h.i1}, // 2026-06-29 10:00
            {T::Note, h.n1},        // 2026-06-28
            {T::Interaction, h.i2}, // 2026-06-20
            {T::TaskCreated, h.t2}, // 2026-06-15
            {T::CaseOpened, h.c1},  // 2026-06-10
            {T::TaskCreated, h.t3}, // 2026-06-01 10:00, same second as o1: the task first
            {T::Order, h.o1},       {T::Interaction, h.i3}, // 2026-05-20
            {T::TaskDone, h.t4},                            // 2026-05-04
            {T::TaskCreated, h.t4},                         // 2026-05-01
            {T::Interaction, h.i4},                         // 2026-04-15
            {T::Interaction, h.i5},                         // 2026-04-01
            {T::Order, h.o4},       // 2026-03-01, cancelled but still history
            {T::Interaction, h.i6}, // 2026-02-10
            {T::Interaction, h.i7}, // 2026-01-20
            {T::CaseClosed, h.c2},  // 2026-01-07
            {T::CaseOpened, h.c2},  // 2026-01-05
            {T::Interaction, h.i8}, // 2025-12-01
            {T::CaseClosed, h.c3},  // 2025-10-03
            {T::CaseOpened, h.c3},  // 2025-10-01
            {T::Order, h.o2},       // 2025-06-30 12:00:00
            {T::Order, h.o3},       // 2025-06-30 11:59:59
            {T::Order, h.o5}};      // 2024-01-15
}

std::vector<Entry> entries(const std::vector<TimelineKey> &keys)
{
    std::vector<Entry> out;
    for (const TimelineKey &k : keys)
        out.emplace_back(k.type, k.id);
    return out;
}

std::vector<Entry> rows(const TimelineModel &model)
{
    std::vector<Entry> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.emplace_back(model.keyAt(row).type, model.keyAt(row).id);
    return out;
}

} // namespace

TEST_CASE("The timeline merges every kind of entry, newest first", "[timeline]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    TimelineRepository repo(t.db());

    auto keys = repo.keys(h.acme);
    REQUIRE(keys.ok());
    CHECK(entries(*keys) == expectedAcme(h));
    CHECK(std::is_sorted(keys->begin(), keys->end(), TimelineKey::newerFirst));
    // The channel travels with the key, for filtering without details.
    CHECK(keys->at(1).channel == qint8(Channel::Phone));
    CHECK(keys->at(3).channel == qint8(Channel::Email));
    CHECK(keys->at(0).channel == -1);
    CHECK(keys->at(0).at == test::utc(2026, 6, 29, 10, 5).toSecsSinceEpoch());

    // Ada's history is her own.
    auto ada = repo.keys(h.ada);
    REQUIRE(ada.ok());
    REQUIRE(ada->size() == 2);
    CHECK(ada->at(0).id == h.adaCall);
    CHECK(ada->at(1).type == T::Order);
    auto nobody = repo.keys(987654);
    REQUIRE(nobody.ok());
    CHECK(nobody->empty());
}

TEST_CASE("Timeline details are read per table for the keys asked", "[timeline]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    TimelineRepository repo(t.db());
    auto keys = repo.keys(h.acme);
    REQUIRE(keys.ok());
    auto details = repo.details(*keys);
    REQUIRE(details.ok());
    REQUIRE(details->size() == keys->size());
    for (const TimelineDetail &d : *details)
        CHECK(d.found);

    const TimelineDetail &task = details->at(0);
    CHECK(task.title == QStringLiteral("Call back"));
    CHECK(task.dueAt == test::utc(2026, 7, 2, 9));
    CHECK(task.person == QStringLiteral("ben"));

    const TimelineDetail &call = details->at(1);
    CHECK(call.title == QStringLiteral("Delivery question"));
    CHECK(call.direction == Direction::Inbound);
    CHECK(call.durationSeconds == 300);
    CHECK(call.person == QStringLiteral("anna"));

    const TimelineDetail &note = details->at(2);
    CHECK(note.text.startsWith(QStringLiteral("Prefers calls after 4 pm")));
    CHECK(note.person == QStringLiteral("ben"));

    const TimelineDetail &order = details->at(7);
    CHECK(order.total == Money{8000, QStringLiteral("EUR")});
    CHECK(order.orderStatus == OrderStatus::Fulfilled);
    CHECK(order.lineCount == 2);
    REQUIRE(order.lines.size() == 2);
    CHECK(order.lines[0] == std::pair<qint64, QString>(3, QStringLiteral("Widget")));
    CHECK(order.lines[1] == std::pair<qint64, QString>(1, QStringLiteral("Service plan")));

    const TimelineDetail &closed = details->at(16);
    CHECK(closed.title == QStringLiteral("Installation"));
    CHECK(closed.caseStatus == CaseStatus::Resolved);
    CHECK(closed.resolution == QStringLiteral("Replaced the part."));

    // More ids than one query takes, and a key whose row is gone.
    std::vector<TimelineKey> many;
    for (int i = 0; i < 3 * TimelineRepository::IdsPerQuery; ++i)
        many.push_back(keys->at(std::size_t(i) % keys->size()));
    many.push_back({0, 999999, T::Interaction, 0});
    auto manyDetails = repo.details(many);
    REQUIRE(manyDetails.ok());
    REQUIRE(manyDetails->size() == many.size());
    CHECK(manyDetails->at(1).title == QStringLiteral("Delivery question"));
    CHECK_FALSE(manyDetails->back().found);
}

TEST_CASE("The timeline model shows the history and filters it by group and channel",
          "[timeline][model]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    ChangeBus bus;
    TimelineModel model(t.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == 0);
    model.setCustomer(h.acme);
    CHECK(rows(model) == expectedAcme(h));
    CHECK(model.totalCount() == 24);
    CHECK(model.groupCount(TimelineGroup::Interactions) == 8);
    CHECK(model.groupCount(TimelineGroup::Orders) == 5);
    CHECK(model.groupCount(TimelineGroup::Cases) == 5);
    CHECK(model.groupCount(TimelineGroup::Tasks) == 5);
    CHECK(model.groupCount(TimelineGroup::Notes) == 1);
    CHECK(model.channelCount(Channel::Phone) == 1);

    // Texts come from the details, read on demand.
    const QModelIndex call = model.index(1);
    CHECK(call.data(TimelineModel::TitleRole).toString() == QStringLiteral("Delivery question"));
    CHECK(call.data(TimelineModel::FactsRole).toString().contains(QStringLiteral("5 min")));
    CHECK(call.data(TimelineModel::PersonRole).toString() == QStringLiteral("anna"));
    CHECK(call.data(TimelineModel::ChannelRole).toInt() == int(Channel::Phone));
    CHECK(call.data(TimelineModel::DirectionRole).toInt() == int(Direction::Inbound));
    CHECK(call.data(TimelineModel::TimeRole).toDateTime() == test::utc(2026, 6, 29, 10));
    const QModelIndex order = model.index(7);
    CHECK(order.data(TimelineModel::TitleRole).toString().contains(QStringLiteral("80.00")));
    CHECK(order.data(TimelineModel::TextRole).toString().contains(QStringLiteral("Widget")));
    CHECK(model.index(2).data(TimelineModel::TitleRole).toString()
          == QStringLiteral("Prefers calls after 4 pm"));
    CHECK(model.index(2).data(TimelineModel::TextRole).toString()
          == QStringLiteral("Ask for Ada first."));
    CHECK(model.index(0).data(TimelineModel::DayStartRole).toBool());
    CHECK(model.cachedDetails() > 0);

    model.setGroupFilter(1u << int(TimelineGroup::Orders));
    CHECK(rows(model)
          == std::vector<Entry>{{T::Order, h.o1},
                                {T::Order, h.o4},
                                {T::Order, h.o2},
                                {T::Order, h.o3},
                                {T::Order, h.o5}});
    model.setGroupFilter((1u << int(TimelineGroup::Cases)) | (1u << int(TimelineGroup::Notes)));
    CHECK(model.rowCount() == 6);
    CHECK(model.keyAt(0).type == T::Note);

    // A channel filter shows interactions of those channels only.
    model.setGroupFilter(TimelineModel::AllGroups);
    model.setChannelFilter((1u << int(Channel::Phone)) | (1u << int(Channel::Visit)));
    CHECK(rows(model) == std::vector<Entry>{{T::Interaction, h.i1}, {T::Interaction, h.i8}});
    model.setChannelFilter(1u << int(Channel::Sms));
    CHECK(rows(model) == std::vector<Entry>{{T::Interaction, h.i7}});
    model.setGroupFilter(1u << int(TimelineGroup::Orders));
    CHECK(model.rowCount() == 0);
    model.setChannelFilter(TimelineModel::AllChannels);
    model.setGroupFilter(TimelineModel::AllGroups);
    CHECK(model.rowCount() == 24);
    CHECK(model.rowOf(T::Order, h.o5) == 23);
    CHECK(model.rowOf(T::Order, h.adaCall) == -1);
}

TEST_CASE("A change notice for the customer updates the timeline precisely", "[timeline][model]")
{
    test::TempDatabase t;
    const auto h = test::CustomerHistory::build(t.db());
    ChangeBus bus;
    TimelineModel model(t.db(), &bus);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(h.acme);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    (void) model.index(1).data(TimelineModel::TitleRole); // cache the top page

    // A call logged now lands on top, as one insertion.
    InteractionRepository interactions(t.db());
    Interaction call;
    call.customerId = h.acme;
    call.channel = Channel::Phone;
    call.occurredAt = test::utc(2026, 6, 30, 11);
    call.subject = QStringLiteral("Follow-up call");
    REQUIRE(interactions.insert(call).ok());
    bus.publish(
        {ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, {call.id}, {h.acme}});
    REQUIRE(inserted.size() == 1);
    CHECK(inserted.at(0).at(1).toInt() == 0);
    CHECK(inserted.at(0).at(2).toInt() == 0);
    CHECK(model.rowCount() == 25);
    CHECK(model.index(0).data(TimelineModel::TitleRole).toString()
          == QStringLiteral("Follow-up call"));

    // A notice for another customer changes nothing.
    bus.publish(
        {ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, {h.adaCall}, {h.ada}});
    CHECK(inserted.size() == 1);

    // An edited subject repaints its row from fresh details.
    Interaction edited = *interactions.get(h.i1);
    edited.subject = QStringLiteral("Delivery date confirmed");
    REQUIRE(interactions.update(edited).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    bus.publish(
        {ChangeNotice::Entity::Interaction, ChangeNotice::Action::Updated, {h.i1}, {h.acme}});
    CHECK_FALSE(changed.isEmpty());
    CHECK(model.index(model.rowOf(T::Interaction, h.i1)).data(TimelineModel::TitleRole).toString()
          == QStringLiteral("Delivery date confirmed"));

    // A note added through the service; a case deleted takes its two events and its tasks.
    std::unique_ptr<Workspace> notesWorkspace = test::openWorkspace(t.path(), &bus);
    NoteService &notes = notesWorkspace->notes();
    CustomerNote note;
    note.customerId = h.acme;
    note.body = QStringLiteral("Budget approved.");
    note.createdAt = test::utc(2026, 6, 5, 12);
    REQUIRE(notes.add(note).ok());
    CHECK(model.rowOf(T::Note, note.id) >= 0);
    CHECK(model.rowCount() == 26);
    REQUIRE(CaseRepository(t.db()).remove(h.c2).ok());
    bus.publish({ChangeNotice::Entity::Case, ChangeNotice::Action::Deleted, {h.c2}, {h.acme}});
    CHECK(model.rowCount() == 24);
    CHECK(model.rowOf(T::CaseOpened, h.c2) == -1);
    CHECK(model.rowOf(T::CaseClosed, h.c2) == -1);
    CHECK(removed.size() == 1); // the two events are neighbours: one run
    CHECK(reset.isEmpty());

    // Under a filter, new entries that do not pass stay out.
    model.setGroupFilter(1u << int(TimelineGroup::Notes));
    const int notesShown = model.rowCount();
    Interaction mail;
    mail.customerId = h.acme;
    mail.channel = Channel::Email;
    mail.occurredAt = test::utc(2026, 6, 30, 11, 30);
    REQUIRE(interactions.insert(mail).ok());
    bus.publish(
        {ChangeNotice::Entity::Interaction, ChangeNotice::Action::Created, {mail.id}, {h.acme}});
    CHECK(model.rowCount() == notesShown);
    CHECK(model.totalCount() == 25);
}
