#pragma once
// Finds indicators inside a line of free text, as threat reports write them: defanged
// names and URLs (hxxp[:]//, [.], (.), [dot]), hashes in any case, IP addresses with or
// without ":port" or a CIDR prefix, values glued to punctuation ("([1.2.3[.]4])",
// "HASH;comment", "`A1B2...`", "<user@evil[.]com>").
//
// Why only defanged names in prose: reports defang the malicious names they list and leave
// references, file names and legitimate services plain ("checkupdate.js",
// "support.oracle.com", the link to the blog post). Hashes and IP addresses have no such
// ambiguity and are always taken. A list line (takeBareNames) takes plain names too.

#include "engine/codec/structured_rows.h"

#include <set>
#include <string>
#include <string_view>

namespace indicia {

class IocExtractor {
public:
    explicit IocExtractor(bool takeBareNames) : takeBareNames_(takeBareNames) {}

    // Appends one row per indicator found on the line (valid, or refused with the reason
    // when the text clearly meant an indicator: a defanged e-mail address, a bad IP).
    // A value already found earlier in the same document is not repeated. Returns the
    // number of indicators found, repeats included.
    std::size_t extract(std::string_view line, std::size_t lineNumber, RowQueue& out);

private:
    void classify(std::string_view token, std::size_t lineNumber, RowQueue& out, std::size_t& found);
    void emit(ImportRow row, RowQueue& out, std::size_t& found);

    bool takeBareNames_;
    std::set<std::string> seen_;
};

} // namespace indicia
