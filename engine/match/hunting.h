#pragma once
// KQL for Advanced Hunting that finds, across the whole organisation, the events the
// preview finds in the files at hand. Value lists are split so that each query stays well
// under the service's limits (query text size; 100,000 result rows still apply).

#include "engine/indicator.h"

#include <span>
#include <string>
#include <vector>

namespace indicia::match {

struct HuntingOptions {
    int days = 30;                        // lookback; Advanced Hunting keeps 30 days
    std::size_t maxValuesPerQuery = 1000; // values in one in~ (...) list
    std::size_t maxQueryBytes = 60000;    // query text, kept well under the API's limit
};

struct HuntingQuery {
    std::string title; // "SHA-1 hashes 1-1000 of 2345"
    std::string kql;
};

// Expired indicators should be filtered by the caller (or build from a Snapshot's list).
std::vector<HuntingQuery> huntingQueries(std::span<const Indicator> indicators, const HuntingOptions& options = {});

} // namespace indicia::match
