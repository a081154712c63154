#include "engine/codec/report_text.h"

namespace indicia {

bool ReportTextReader::next(ImportRow& out)
{
    while (pending_.empty()) {
        if (!in_.rdbuf() || !std::getline(in_, line_))
            return false;
        ++lineNumber_;
        if (line_.ends_with('\r'))
            line_.pop_back();
        std::string_view text = line_;
        if (lineNumber_ == 1 && text.starts_with("\xEF\xBB\xBF"))
            text.remove_prefix(3);
        extractor_.extract(text, lineNumber_, pending_);
    }
    return pending_.pop(out);
}

} // namespace indicia
