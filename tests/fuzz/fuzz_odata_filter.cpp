// Fuzzes the tenant's OData $filter: the lexer, the recursive-descent parser and the SQL it
// builds for the indicator and machine properties. Every accepted filter must give SQL with
// exactly one '?' per bound value and no text of the request in it (the indicator SQL holds
// no quote at all: every literal is bound), and the indicator condition must run on a real tenant database.
#include "service/catalog_repository.h"
#include "service/indicator_repository.h"
#include "service/odata_lexer.h"
#include "service/service_database.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

using namespace indicia::service;

// `columnsQuote`: a trusted column expression holds a quoted JSON path (machineTags).
void checkCondition(const ODataFilterResult& result, bool columnsQuote)
{
    if (!result.ok())
        return;
    if (result.condition.sql.count(QLatin1Char('?')) != result.condition.values.size() ||
        (!columnsQuote && result.condition.sql.contains(QLatin1Char('\''))))
        std::abort();
}

struct Tenant {
    QTemporaryDir dir;
    ServiceDatabase database;
    std::unique_ptr<IndicatorRepository> indicators;
    Tenant()
    {
        if (!dir.isValid() || !database.open(dir.path()).isEmpty())
            std::abort();
        indicators = std::make_unique<IndicatorRepository>(database.db(), UpsertKey{});
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const ODataFilter indicatorFilter = IndicatorRepository::filter();
    static const ODataFilter machineFilter = CatalogRepository::machineFilter();
    static Tenant tenant;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    ODataLexer::tokenize(text);
    const ODataFilterResult indicator = indicatorFilter.toSql(text);
    checkCondition(indicator, false);
    checkCondition(machineFilter.toSql(text), true);
    if (indicator.ok()) {
        try {
            tenant.indicators->list(indicator.condition, 5, 0);
        } catch (const SqlError&) {
            std::abort(); // the parser built SQL the database refuses
        }
    }
    return 0;
}
