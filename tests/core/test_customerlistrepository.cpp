#include "core/storage/customerlistrepository.h"
#include "tests/support/customerlistfixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rapport;
using L = test::SmallList;
using Key = CustomerListOrder::Key;

namespace {

// Every id of the list in `order`, read in keyset chunks of `chunk` ids.
std::vector<qint64> readAll(CustomerListRepository &repo,
                            const CustomerListOrder &order,
                            const CustomerListFilter &filter = {},
                            int chunk = 2)
{
    std::vector<qint64> ids;
    std::optional<CustomerListKey> after;
    for (int guard = 0; guard < 100; ++guard) {
        Result<CustomerIdChunk> next = repo.idChunk(order, filter, after, chunk);
        REQUIRE(next.ok());
        ids.insert(ids.end(), next->ids.begin(), next->ids.end());
        after = next->last;
        if (next->complete)
            return ids;
    }
    FAIL("the chunks did not end");
    return ids;
}

std::vector<qint64> reversed(std::vector<qint64> ids)
{
    std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("Every column sorts both ways by its own keys, ties and blanks included", "[list]")
{
    test::SmallList f;
    CustomerListRepository repo(f.db());
    // Checked by hand against the table in customerlistfixture.h. Blanks sort first; ties go
    // by name for shared columns (kind, stage, owner, city), else by id.
    const std::vector<std::pair<Key, std::vector<qint64>>> expected{
        {Key::Name, {L::Acme, L::Cara, L::Anna, L::Ben, L::Zeta}},
        {Key::Kind, {L::Cara, L::Anna, L::Ben, L::Acme, L::Zeta}},
        {Key::Organisation, {L::Acme, L::Zeta, L::Cara, L::Ben, L::Anna}},
        {Key::Stage, {L::Ben, L::Acme, L::Cara, L::Anna, L::Zeta}},
        {Key::Owner, {L::Cara, L::Acme, L::Ben, L::Anna, L::Zeta}},
        {Key::Phone, {L::Zeta, L::Ben, L::Anna, L::Cara, L::Acme}},
        {Key::Email, {L::Zeta, L::Cara, L::Ben, L::Anna, L::Acme}},
        {Key::City, {L::Ben, L::Cara, L::Anna, L::Zeta, L::Acme}},
        {Key::LastContact, {L::Acme, L::Ben, L::Cara, L::Zeta, L::Anna}},
        {Key::Revenue, {L::Acme, L::Ben, L::Zeta, L::Anna, L::Cara}},
    };
    REQUIRE(expected.size() == std::size_t(CustomerListOrder::KeyCount));
    for (const auto &[key, ids] : expected) {
        INFO("key " << int(key));
        const CustomerListOrder up{key, Qt::AscendingOrder};
        const CustomerListOrder down{key, Qt::DescendingOrder};
        // Keyset chunks of 1, 2 and all; both directions.
        CHECK(readAll(repo, up, {}, 1) == ids);
        CHECK(readAll(repo, up, {}, 2) == ids);
        CHECK(readAll(repo, up, {}, 50) == ids);
        CHECK(readAll(repo, down, {}, 1) == reversed(ids));
        CHECK(readAll(repo, down, {}, 3) == reversed(ids));

        // The first page agrees, and its last key continues the order.
        Result<CustomerListPage> page = repo.firstPage(up, {}, 2);
        REQUIRE(page.ok());
        REQUIRE(page->rows.size() == 2);
        CHECK(page->rows[0].id == ids[0]);
        CHECK(page->rows[1].id == ids[1]);
        CHECK_FALSE(page->complete);
        Result<CustomerIdChunk> rest = repo.idChunk(up, {}, page->last, 10);
        REQUIRE(rest.ok());
        CHECK(rest->ids == std::vector<qint64>(ids.begin() + 2, ids.end()));
        CHECK(rest->complete);

        // The keys compare in C++ as SQLite orders them.
        for (std::size_t i = 1; i < ids.size(); ++i) {
            const auto a = repo.keyOf(ids[i - 1], up);
            const auto b = repo.keyOf(ids[i], up);
            REQUIRE((a.ok() && b.ok() && a->has_value() && b->has_value()));
            CHECK(CustomerListKey::before(**a, **b, up));
            CHECK_FALSE(CustomerListKey::before(**b, **a, up));
            CHECK(CustomerListKey::before(**b, **a, down));
        }
    }
}

TEST_CASE("Filters combine with each other and with every order", "[list]")
{
    test::SmallList f;
    CustomerListRepository repo(f.db());
    using F = CustomerListFilter;
    struct Case
    {
        F filter;
        std::vector<qint64> byName;
    };
    F active;
    active.withStage(LifecycleStage::Active);
    F leadOrProspect;
    leadOrProspect.withStage(LifecycleStage::Lead).withStage(LifecycleStage::Prospect);
    F organisations;
    organisations.kind = CustomerKind::Organisation;
    F activePeople = active;
    activePeople.kind = CustomerKind::Person;
    F zoes;
    zoes.ownerId = f.zoe;
    F nobodys;
    nobodys.ownerId = 0;
    F vip;
    vip.tagId = f.vip;
    F late;
    late.tagId = f.late;
    F activeVip = active;
    activeVip.tagId = f.vip;
    F activeZoeOrganisations = active;
    activeZoeOrganisations.ownerId = f.zoe;
    activeZoeOrganisations.kind = CustomerKind::Organisation;
    F none = vip;
    none.stages = F::stageBit(LifecycleStage::Lost);

    const std::vector<Case> cases{
        {{}, {L::Acme, L::Cara, L::Anna, L::Ben, L::Zeta}},
        {active, {L::Cara, L::Anna, L::Zeta}},
        {leadOrProspect, {L::Acme, L::Ben}},
        {organisations, {L::Acme, L::Zeta}},
        {activePeople, {L::Cara, L::Anna}},
        {zoes, {L::Anna, L::Zeta}},
        {nobodys, {L::Cara}},
        {vip, {L::Acme, L::Anna}},
        {late, {L::Cara}},
        {activeVip, {L::Anna}},
        {activeZoeOrganisations, {L::Zeta}},
        {none, {}},
    };
    for (std::size_t c = 0; c < cases.size(); ++c) {
        INFO("case " << c);
        const Case &k = cases[c];
        const Result<qint64> count = repo.count(k.filter);
        REQUIRE(count.ok());
        CHECK(*count == qint64(k.byName.size()));
        CHECK(readAll(repo, {Key::Name, Qt::AscendingOrder}, k.filter, 1) == k.byName);
        // Under every other order the same customers, in that order's sequence.
        for (int key = 0; key < CustomerListOrder::KeyCount; ++key) {
            for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const CustomerListOrder order{Key(key), direction};
                std::vector<qint64> all = readAll(repo, order);
                std::erase_if(all, [&k](qint64 id) {
                    return std::find(k.byName.begin(), k.byName.end(), id) == k.byName.end();
                });
                CHECK(readAll(repo, order, k.filter, 1) == all);
                Result<CustomerListPage> page = repo.firstPage(order, k.filter, 100);
                REQUIRE(page.ok());
                CHECK(page->rows.size() == all.size());
                CHECK(page->complete);
            }
        }
        // keyOf() answers for the filter too.
        for (qint64 id : {L::Acme, L::Zeta, L::Anna, L::Ben, L::Cara}) {
            const bool in = std::find(k.byName.begin(), k.byName.end(), id) != k.byName.end();
            const auto key = repo.keyOf(id, {}, k.filter);
            REQUIRE(key.ok());
            CHECK(key->has_value() == in);
        }
    }
}

TEST_CASE("List rows carry what the columns show", "[list]")
{
    test::SmallList f;
    CustomerListRepository repo(f.db());
    const std::vector<qint64> ids{L::Anna, L::Dora, 999, L::Acme};
    Result<std::vector<CustomerListRow>> rows = repo.rowsByIds(ids);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 3); // 999 does not exist
    const CustomerListRow &anna = (*rows)[0];
    CHECK(anna.id == L::Anna);
    CHECK(anna.name == QStringLiteral("Anna Müller"));
    CHECK(anna.kind == CustomerKind::Person);
    CHECK(anna.stage == LifecycleStage::Active);
    CHECK(anna.organisation == QStringLiteral("Zeta AG"));
    CHECK(anna.organisationId == L::Zeta);
    CHECK(anna.owner == QStringLiteral("Zoë Adler"));
    CHECK(anna.ownerKey == QStringLiteral("zoe adler"));
    CHECK(anna.phone == QStringLiteral("+4930111"));
    CHECK(anna.email == QStringLiteral("b@x.example"));
    CHECK(anna.city == QStringLiteral("Köln"));
    CHECK(anna.cityKey == QStringLiteral("koln"));
    CHECK(anna.lastContactAt == f.t3.toSecsSinceEpoch());
    CHECK(anna.revenueMinor == 500);
    CHECK(anna.revenueCurrency == QStringLiteral("EUR"));
    CHECK_FALSE(anna.deleted);
    CHECK((*rows)[1].id == L::Dora);
    CHECK((*rows)[1].deleted);
    const CustomerListRow &acme = (*rows)[2];
    CHECK(acme.organisation.isEmpty());
    CHECK(acme.lastContactAt == 0);
    CHECK(acme.revenueMinor == 0);
    CHECK(acme.revenueCurrency.isEmpty()); // its one order is still open

    // The trash is never part of the list.
    CHECK(*repo.count() == 5);
    const auto gone = repo.keyOf(L::Dora, {});
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
}

TEST_CASE("Search matches are sorted by a column, the trash left out", "[list]")
{
    test::SmallList f;
    CustomerListRepository repo(f.db());
    const std::vector<qint64> matches{L::Zeta, L::Dora, L::Cara, L::Anna};
    const auto byCity = repo.sorted(matches, {Key::City, Qt::AscendingOrder});
    REQUIRE(byCity.ok());
    CHECK(*byCity == std::vector<qint64>{L::Cara, L::Anna, L::Zeta});
    const auto byRevenue = repo.sorted(matches, {Key::Revenue, Qt::DescendingOrder});
    REQUIRE(byRevenue.ok());
    CHECK(*byRevenue == std::vector<qint64>{L::Cara, L::Anna, L::Zeta});
    const auto nothing = repo.sorted({}, {});
    REQUIRE(nothing.ok());
    CHECK(nothing->empty());
}

TEST_CASE("The filter choices list users and tags by name", "[list]")
{
    test::SmallList f;
    CustomerListRepository repo(f.db());
    const auto owners = repo.owners();
    REQUIRE(owners.ok());
    REQUIRE(owners->size() == 3);
    CHECK(owners->at(0).name == QStringLiteral("anna Berg"));
    const auto tags = repo.tags();
    REQUIRE(tags.ok());
    REQUIRE(tags->size() == 2);
    CHECK(tags->at(0).name == QStringLiteral("late"));
    CHECK(tags->at(0).id == f.late);
}
