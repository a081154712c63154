#pragma once
// A modest curated set of real, published indicator values the demo plants as its
// malicious (and a few benign) values. Origin and licence per list: SOURCES.md.

#include <vector>

namespace indicia::service::demo::public_iocs {

struct HashTriple {
    const char* fileName;
    const char* md5;
    const char* sha1;
    const char* sha256;
};

const std::vector<const char*>& sha256();
const std::vector<const char*>& sha1();
const std::vector<const char*>& md5();
const std::vector<const char*>& domains();
const std::vector<const char*>& urls();
const std::vector<const char*>& ips();
const std::vector<const char*>& trustedCaThumbprints(); // benign
const std::vector<const char*>& popularDomains();       // benign
const std::vector<const char*>& githubRanges();         // benign, IPv4 CIDR
const std::vector<HashTriple>& zebrocyFiles();

} // namespace indicia::service::demo::public_iocs
