#include "core/storage/customerlistsegments.h"

#include <QByteArray>

#include <array>

namespace rapport {
namespace {

using Key = CustomerListOrder::Key;

// Each order's key column (see migrations 5 and 7).
constexpr std::array<CustomerListKeyColumn, CustomerListOrder::KeyCount> keyColumns{{
    {nullptr, true},
    {"kind", false},
    {"org_key", true},
    {"stage", false},
    {"owner_key", true},
    {"phone", true},
    {"email", true},
    {"city_key", true},
    {"last_contact_at", false},
    {"revenue_minor", false},
}};

CustomerListSegment byIndex(const char *index, QStringList columns, QString condition = {})
{
    return {QString::fromLatin1(index), std::move(condition), std::move(columns), std::nullopt};
}

std::vector<CustomerListSegment> valuesOfName(const char *column, int values)
{
    std::vector<CustomerListSegment> segments;
    for (int v = 0; v < values; ++v) {
        CustomerListSegment s
            = byIndex("customer_list_by_name",
                      {QStringLiteral("a.name_key"), QStringLiteral("a.id")},
                      QStringLiteral(" AND a.%1 = %2").arg(QLatin1String(column)).arg(v));
        s.value = v;
        segments.push_back(std::move(s));
    }
    return segments;
}

std::vector<CustomerListSegment> make(Key key)
{
    const QString id = QStringLiteral("a.id");
    const QString name = QStringLiteral("a.name_key");
    switch (key) {
    case Key::Name:
        return {byIndex("customer_list_by_name", {name, id})};
    case Key::Kind:
        return valuesOfName("kind", 2);
    case Key::Stage:
        return valuesOfName("stage", 5);
    case Key::Organisation:
        return {{QString(), QStringLiteral(" AND a.org_key = ''"), {id}, std::nullopt},
                byIndex("customer_list_by_organisation",
                        {QStringLiteral("a.org_key"), id},
                        QStringLiteral(" AND a.org_key <> ''"))};
    case Key::Owner:
        return {byIndex("customer_list_by_owner", {QStringLiteral("a.owner_key"), name, id})};
    case Key::Phone:
        return {byIndex("customer_list_by_phone", {QStringLiteral("a.phone"), id})};
    case Key::Email:
        return {byIndex("customer_list_by_email", {QStringLiteral("a.email"), id})};
    case Key::City:
        return {byIndex("customer_list_by_city", {QStringLiteral("a.city_key"), name, id})};
    case Key::LastContact:
        return {byIndex("customer_list_by_last_contact", {QStringLiteral("a.last_contact_at"), id})};
    case Key::Revenue: {
        const QStringList columns{QStringLiteral("a.revenue_minor"), id};
        return {byIndex("customer_list_by_revenue",
                        columns,
                        QStringLiteral(" AND a.revenue_minor <> 0 AND a.revenue_minor < 0")),
                {QString(), QStringLiteral(" AND a.revenue_minor = 0"), {id}, std::nullopt},
                byIndex("customer_list_by_revenue",
                        columns,
                        QStringLiteral(" AND a.revenue_minor <> 0 AND a.revenue_minor > 0"))};
    }
    }
    return {};
}

} // namespace

const CustomerListKeyColumn &customerListKeyColumn(CustomerListOrder::Key key)
{
    return keyColumns[std::size_t(key)];
}

bool CustomerListOrder::tiesByName() const
{
    switch (key) {
    case Key::Kind:
    case Key::Stage:
    case Key::Owner:
    case Key::City:
        return true;
    default:
        return false;
    }
}

bool CustomerListKey::before(const CustomerListKey &a,
                             const CustomerListKey &b,
                             const CustomerListOrder &order)
{
    const auto compare = [&order](const CustomerListKey &x, const CustomerListKey &y) {
        if (customerListKeyColumn(order.key).column) {
            if (customerListKeyColumn(order.key).text) {
                const QByteArray xs = x.value.toString().toUtf8(), ys = y.value.toString().toUtf8();
                if (xs != ys)
                    return xs < ys ? -1 : 1;
            } else if (x.value.toLongLong() != y.value.toLongLong()) {
                return x.value.toLongLong() < y.value.toLongLong() ? -1 : 1;
            }
        }
        if (order.key == Key::Name || order.tiesByName()) {
            const QByteArray xs = x.name.toUtf8(), ys = y.name.toUtf8();
            if (xs != ys)
                return xs < ys ? -1 : 1;
        }
        return x.id < y.id ? -1 : (x.id > y.id ? 1 : 0);
    };
    return order.descending() ? compare(b, a) < 0 : compare(a, b) < 0;
}

CustomerListKey CustomerListRow::key(const CustomerListOrder &order) const
{
    CustomerListKey k;
    k.id = id;
    if (order.key == Key::Name || order.tiesByName())
        k.name = nameKey;
    switch (order.key) {
    case Key::Name:
        break;
    case Key::Kind:
        k.value = qint64(kind);
        break;
    case Key::Organisation:
        k.value = organisationKey;
        break;
    case Key::Stage:
        k.value = qint64(stage);
        break;
    case Key::Owner:
        k.value = ownerKey;
        break;
    case Key::Phone:
        k.value = phone;
        break;
    case Key::Email:
        k.value = email;
        break;
    case Key::City:
        k.value = cityKey;
        break;
    case Key::LastContact:
        k.value = lastContactAt;
        break;
    case Key::Revenue:
        k.value = revenueMinor;
        break;
    }
    return k;
}

const std::vector<CustomerListSegment> &customerListSegments(CustomerListOrder::Key key)
{
    static const std::array<std::vector<CustomerListSegment>, CustomerListOrder::KeyCount> all = [] {
        std::array<std::vector<CustomerListSegment>, CustomerListOrder::KeyCount> made;
        for (int k = 0; k < CustomerListOrder::KeyCount; ++k)
            made[std::size_t(k)] = make(Key(k));
        return made;
    }();
    return all[std::size_t(key)];
}

int customerListSegmentOf(const CustomerListKey &key, CustomerListOrder::Key order)
{
    switch (order) {
    case Key::Kind:
    case Key::Stage:
        return key.value.toInt();
    case Key::Organisation:
        return key.value.toString().isEmpty() ? 0 : 1;
    case Key::Revenue: {
        const qint64 revenue = key.value.toLongLong();
        return revenue < 0 ? 0 : revenue == 0 ? 1 : 2;
    }
    default:
        return 0;
    }
}

} // namespace rapport
