#pragma once
// A refusal or a warning: a stable machine-readable code plus a readable message.
// Codes are part of the CLI's JSON contract; never rename one, only add.

#include <string>
#include <vector>

namespace indicia {

struct Issue {
    std::string code;
    std::string message;
    std::string column; // the field or CSV column concerned, when there is one
    friend bool operator==(const Issue&, const Issue&) = default;
};

using Issues = std::vector<Issue>;

} // namespace indicia
