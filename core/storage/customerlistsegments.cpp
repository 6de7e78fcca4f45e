#include "core/storage/customerlistsegments.h"

#include <array>

namespace rapport {
namespace {

using Key = CustomerListOrder::Key;

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
