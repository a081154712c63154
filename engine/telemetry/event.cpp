#include "engine/telemetry/event.h"

namespace indicia::telemetry {

std::string_view toString(Subject subject)
{
    switch (subject) {
    case Subject::Target: return "target";
    case Subject::InitiatingProcess: return "initiating-process";
    case Subject::Remote: return "remote";
    case Subject::FileOrigin: return "file-origin";
    }
    return {};
}

} // namespace indicia::telemetry
