#pragma once
// STIX 2.0 and 2.1 bundles: every indicator object's pattern becomes one indicator per
// OR'ed comparison (file hashes, IPv4/IPv6 addresses and CIDR ranges, domain names, URLs,
// X.509 SHA-1 thumbprints). name -> title, description -> description, valid_until ->
// expiry, labels / indicator_types known as MDE categories -> category, MITRE ATT&CK
// references -> techniques, the object id -> externalId. Every object not taken (other
// object types, unsupported patterns) yields a row whose `raw` is the object id and whose
// error says why. Our own STIX export adds x_indicia_* properties, read back here, so a
// round trip keeps action, severity, scope and the other MDE fields.

#include "engine/codec/import_row.h"
#include "engine/codec/structured_rows.h"
#include "engine/indicator.h"

#include <istream>
#include <optional>

namespace indicia {

class StixReader {
public:
    // Reads the whole bundle at once (JSON has no useful streaming form here).
    StixReader(std::istream& in, TimePoint now);
    // Set when the text is not JSON or not a bundle; then next() is false.
    const std::optional<Issue>& documentError() const { return documentError_; }
    bool next(ImportRow& out) { return rows_.pop(out); }

private:
    RowQueue rows_;
    std::optional<Issue> documentError_;
};

} // namespace indicia
