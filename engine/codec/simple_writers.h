#pragma once
// The line-oriented writers: MDE CSV, full CSV, text and Zeek Intel. Private to
// engine/codec; use makeWriter() from indicator_writer.h.

#include "engine/codec/indicator_writer.h"

#include <map>
#include <string>
#include <vector>

namespace indicia {

class MdeCsvWriter : public IndicatorWriter {
public:
    bool accepts(IndicatorType type) const override;
    void begin(std::ostream& out) override;
    void write(std::ostream& out, const Indicator& indicator) override;
};

// The template's twelve columns, then EducateUrl and ExternalId; IpRange included.
class FullCsvWriter : public IndicatorWriter {
public:
    void begin(std::ostream& out) override;
    void write(std::ostream& out, const Indicator& indicator) override;
};

// Values are held until end() so that each type comes out as one block, whatever order the
// caller visits indicators in.
class TextWriter : public IndicatorWriter {
public:
    void write(std::ostream& out, const Indicator& indicator) override;
    void end(std::ostream& out) override;

private:
    std::map<IndicatorType, std::vector<std::string>> byType_;
};

// Zeek's Intel framework input file. URLs lose their scheme (Zeek matches "host/path"),
// ranges are Intel::SUBNET; cells never hold a tab or a line break; empty cells are "-".
class ZeekIntelWriter : public IndicatorWriter {
public:
    void begin(std::ostream& out) override;
    void write(std::ostream& out, const Indicator& indicator) override;
};

} // namespace indicia
