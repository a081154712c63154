#pragma once
// A submitted indicator body (indicators-api.md 2.1, 2.3) to a validated SubmittedIndicator:
// body parameter names are case-sensitive (a wrong case is InvalidRequestBody, a missing
// required one MissingRequiredParameter); the value and the record go through the engine's
// normalise() and validateIndicator(), whose refusals map to the documented codes.

#include "service/api_reply.h"
#include "engine/issue.h"
#include "service/indicator_category.h"
#include "service/indicator_entity.h"

#include <QCoreApplication>

#include <optional>

namespace indicia::service {

struct PayloadResult {
    std::optional<SubmittedIndicator> indicator;
    std::optional<ApiError> error;
};

class IndicatorPayload {
    Q_DECLARE_TR_FUNCTIONS(IndicatorPayload)
public:
    static PayloadResult parse(const Json& body, TimePoint now);

private:
    static std::optional<ApiError> checkNames(const Json& body);
    static std::optional<ApiError> readEnums(const Json& body, SubmittedIndicator& out);
    static std::optional<ApiError> readTexts(const Json& body, SubmittedIndicator& out);
    static std::optional<ApiError> readOptionals(const Json& body, SubmittedIndicator& out);
    static std::optional<ApiError> applyEngineRules(SubmittedIndicator& out, TimePoint now);
    static std::optional<ApiError> checkEducateUrl(const SubmittedIndicator& out);
    static QString apiMessage(IndicatorType type, const std::string& sent, const Issue& issue);
};

} // namespace indicia::service
