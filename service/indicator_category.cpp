#include "service/indicator_category.h"

#include "engine/indicator.h"

#include <QStringList>

namespace indicia::service {

std::optional<int> categoryNumber(const Json& value)
{
    const int count = categoryCount();
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
    return indicia::categoryNumber(text.toStdString());
}

std::string_view categoryName(int number)
{
    return categoryOfNumber(number);
}

QString categoryNames()
{
    QStringList names;
    for (int i = 0; i < categoryCount(); ++i)
        names << fromStd(std::string(categoryOfNumber(i)));
    return names.join(QStringLiteral(", "));
}

} // namespace indicia::service
