#pragma once
// The JSON writers: a STIX 2.1 bundle and a MISP event. Both stream: the document's head
// in begin(), one object or attribute per write(), the closing brackets in end(). Private to
// engine/codec; use makeWriter() from indicator_writer.h.

#include "engine/codec/indicator_writer.h"

#include <string>

namespace indicia {

// A stable UUID-shaped id for a name: the same indicator always exports under the same
// STIX id or MISP uuid, so re-exports update rather than duplicate downstream. Version
// nibble 8 ("custom", RFC 9562): two 64-bit FNV-1a hashes, not a standard namespace UUID.
std::string stableUuid(std::string_view name);

class StixBundleWriter : public IndicatorWriter {
public:
    explicit StixBundleWriter(TimePoint now) : now_(now) {}
    void begin(std::ostream& out) override;
    void write(std::ostream& out, const Indicator& indicator) override;
    void end(std::ostream& out) override;

private:
    TimePoint now_;
    bool first_ = true;
};

// STIX patterning for one indicator: "[file:hashes.'SHA-256' = '...']".
std::string stixPattern(const Indicator& indicator);

class MispEventWriter : public IndicatorWriter {
public:
    explicit MispEventWriter(TimePoint now) : now_(now) {}
    void begin(std::ostream& out) override;
    void write(std::ostream& out, const Indicator& indicator) override;
    void end(std::ostream& out) override;

private:
    TimePoint now_;
    bool first_ = true;
};

} // namespace indicia
