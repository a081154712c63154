#pragma once
// MISP event JSON, as MISP exports it ({"Event": {...}}), as its REST search answers
// ({"response": [{"Event": ...}, ...]}) or as a list of events. Attributes of the event and
// of its objects (Event.Object[].Attribute) become indicators: md5, sha1, sha256, ip-src,
// ip-dst (CIDR as IpRange), domain, hostname, url, x509-fingerprint-sha1, and the composite
// filename|md5, filename|sha1, filename|sha256, domain|ip (two indicators), ip-src|port,
// ip-dst|port, hostname|port. Only attributes marked to_ids are taken unless the caller
// asks for all: MISP uses to_ids to separate detection data from context. Event.info is
// the title, the attribute comment the description. Every attribute not taken yields a
// row whose `raw` is its uuid and whose error says why. Our own MISP export carries the MDE
// fields MISP lacks as "indicia:" machine tags, read back here.

#include "engine/codec/import_row.h"
#include "engine/codec/structured_rows.h"

#include <istream>
#include <optional>

namespace indicia {

class MispReader {
public:
    MispReader(std::istream& in, TimePoint now, bool allAttributes = false);
    const std::optional<Issue>& documentError() const { return documentError_; }
    bool next(ImportRow& out) { return rows_.pop(out); }

private:
    RowQueue rows_;
    std::optional<Issue> documentError_;
};

} // namespace indicia
