#include "service/indicator_category.h"

#include "engine/indicator.h"

#include <QStringList>

namespace indicia::service {

namespace {

// knownCategories() lists the portal's names with "None" last; None is 0 here.
std::vector<std::string_view> numbered()
{
    std::vector<std::string_view> out{"None"};
    for (std::string_view name : knownCategories())
        if (name != "None")
            out.push_back(name);
    return out;
}

const std::vector<std::string_view>& table()
{
    static const std::vector<std::string_view> categories = numbered();
    return categories;
}

} // namespace

std::optional<int> categoryNumber(const Json& value)
{
    const int count = int(table().size());
    if (value.is_number_integer()) {
        const auto n = value.get<qint64>();
        return n >= 0 && n < count ? std::optional<int>(int(n)) : std::nullopt;
    }
    if (!value.is_string())
        return std::nullopt;
    const QString text = fromStd(value.get<std::string>()).trimmed();
    bool numeric = false;
    const int n = text.toInt(&numeric);
    if (numeric)
        return n >= 0 && n < count ? std::optional<int>(n) : std::nullopt;
    for (int i = 0; i < count; ++i)
        if (text.compare(fromStd(table()[std::size_t(i)]), Qt::CaseInsensitive) == 0)
            return i;
    return std::nullopt;
}

std::string_view categoryName(int number)
{
    return number >= 0 && number < int(table().size()) ? table()[std::size_t(number)] : std::string_view();
}

QString categoryNames()
{
    QStringList names;
    for (std::string_view name : table())
        names << fromStd(name);
    return names.join(QStringLiteral(", "));
}

} // namespace indicia::service
