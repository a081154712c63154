#pragma once
// Threat-report text: prose with indicators inside it, such as the appendices vendors
// publish ("- Received: from 4klever[.]com ([87.251.88[.]11])", "- b3df...669f  bid.doc",
// "| `97ED59...AE0` | checkupdate.js |"). Every line goes through IocExtractor; each
// indicator found becomes a row numbered by its line. Lines without indicators are prose
// and yield nothing. Distinct from PlainListReader, which is strict: one value per line.

#include "engine/codec/import_row.h"
#include "engine/codec/ioc_extractor.h"

#include <istream>
#include <string>

namespace indicia {

class ReportTextReader {
public:
    explicit ReportTextReader(std::istream& in) : in_(in) {}
    bool next(ImportRow& out);

private:
    std::istream& in_;
    IocExtractor extractor_{false};
    RowQueue pending_;
    std::string line_;
    std::size_t lineNumber_ = 0;
};

} // namespace indicia
