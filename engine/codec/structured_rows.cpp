#include "engine/codec/structured_rows.h"

#include "engine/issue_codes.h"
#include "engine/timeutil.h"

namespace indicia {

Action defaultImportAction(IndicatorType type)
{
    return type == IndicatorType::CertificateThumbprint ? Action::BlockAndRemediate : Action::Block;
}

ImportRow valueRow(IndicatorType type, std::string_view raw, std::size_t row, const NormaliseOptions& options)
{
    ImportRow out;
    out.row = out.line = row;
    out.raw.assign(raw);
    out.type = type;
    out.indicator.type = type;
    out.indicator.action = defaultImportAction(type);
    Normalised result = normalise(type, raw, options);
    if (result.type) { // a non-web URL imported as its host
        out.type = result.type;
        out.indicator.type = *result.type;
        out.indicator.action = defaultImportAction(*result.type);
    }
    out.warnings = std::move(result.warnings);
    if (result.value)
        out.indicator.value = std::move(*result.value);
    else {
        out.indicator.value.assign(raw);
        if (result.error)
            out.errors.push_back(std::move(*result.error));
    }
    return out;
}

ImportRow refusedRow(std::size_t row, std::string raw, std::string_view code, std::string message)
{
    ImportRow out;
    out.row = out.line = row;
    out.raw = std::move(raw);
    out.errors.push_back({std::string(code), std::move(message), {}});
    return out;
}

void checkExpiry(ImportRow& row, TimePoint now)
{
    const auto& expiry = row.indicator.expiration;
    if (!row.valid() || !expiry || *expiry > now)
        return;
    row.errors.push_back({std::string(codes::kExpiryPast),
                          "The indicator expired on " + formatIsoTimestamp(*expiry) + ".",
                          std::string(columns::kExpirationTime)});
}

} // namespace indicia
