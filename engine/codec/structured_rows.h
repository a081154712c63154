#pragma once
// Helpers shared by the structured importers (STIX, MISP, report text): a queue of rows
// read ahead, and the one way a (type, value) found inside a document becomes an ImportRow.
// These formats carry no MDE action, so every indicator gets the blocking action its type
// allows; the import dialog and the store decide the rest as they do for plain lists.

#include "engine/codec/import_row.h"
#include "engine/normalise.h"

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>

namespace indicia {

// Rows produced in bulk (a whole JSON document at once) and handed out one by one.
class RowQueue {
public:
    void push(ImportRow row) { rows_.push_back(std::move(row)); }
    bool pop(ImportRow& out)
    {
        if (rows_.empty())
            return false;
        out = std::move(rows_.front());
        rows_.pop_front();
        return true;
    }
    bool empty() const { return rows_.empty(); }

private:
    std::deque<ImportRow> rows_;
};

// Block for every type but certificates, which MDE only blocks with BlockAndRemediate.
Action defaultImportAction(IndicatorType type);

// A row for a value of a known type: normalised, canonical when valid, else the reason.
ImportRow valueRow(IndicatorType type, std::string_view raw, std::size_t row,
                   const NormaliseOptions& options = {true, true, true});

// A row that takes nothing: `raw` names what was not taken (an object id, an attribute
// uuid, a token) and the error says why.
ImportRow refusedRow(std::size_t row, std::string raw, std::string_view code, std::string message);

// Adds the record-level check a document's own dates allow: an expiry already past.
void checkExpiry(ImportRow& row, TimePoint now);

} // namespace indicia
