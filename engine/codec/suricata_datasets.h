#pragma once
// Suricata dataset files (https://docs.suricata.io/en/latest/rules/datasets.html), one per
// dataset type, ready for rules such as
//   alert dns any any -> any any (dns.query; dataset:isset,indicia-dns,type string,load indicia-dns.lst; ...)
//   alert ip any any -> any any (ip.dst; dataset:isset,indicia-ipv4,type ipv4,load indicia-ipv4.lst; ...)
// Files: indicia-md5.lst (md5), indicia-sha256.lst (sha256), indicia-ipv4.lst (ipv4),
// indicia-ipv6.lst (ip), indicia-dns.lst (string: domain names, base64 as Suricata wants
// strings), indicia-tls-cert-sha1.lst (string: tls.cert_fingerprint form "aa:bb:..",
// base64). SHA-1 file hashes, URLs and IP ranges have no dataset type and are skipped.

#include "engine/indicator.h"

#include <map>
#include <string>
#include <vector>

namespace indicia {

class SuricataDatasets {
public:
    static bool accepts(IndicatorType type);
    // False when the type has no dataset (the caller counts it as skipped).
    bool add(const Indicator& indicator);
    // File name -> contents, one value per line; only files with values.
    const std::map<std::string, std::string>& files() const { return files_; }
    // The dataset declarations for the files written, as rule keywords, for a README.
    std::vector<std::string> declarations() const;

private:
    std::map<std::string, std::string> files_;
};

std::string base64(std::string_view bytes);

} // namespace indicia
