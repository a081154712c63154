#include "engine/warninglist/known_values.h"

#include "engine/text_util.h"

namespace indicia {

namespace {

// Contents whose hashes many unrelated files share (empty-hashes.json, eicar.com.json,
// indicia-false-positive-hashes.json). tests/engine/test_warninglist.cpp recomputes every
// digest from the contents it names.
struct KnownContent {
    std::string_view what;
    std::string_view md5, sha1, sha256;
};
constexpr KnownContent kContents[] = {
    {"an empty file", "d41d8cd98f00b204e9800998ecf8427e", "da39a3ee5e6b4b0d3255bfef95601890afd80709",
     "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {"the EICAR test file", "44d88612fea8a8f36de82e1278abb02f", "3395856ce81f2b7382dee72602f798b642f14140",
     "275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f"},
    {"a file holding one newline", "68b329da9893e34099c7d8ad5cb9c940", "adc83b19e793491b1c6ea0fd8b46cd9f32e592fc",
     "01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b"},
    {"a file holding CR LF", "81051bcc2cf1bedf378224b0a93e2877", "ba8ab5a0280b953aa97435ff8946cbcbb2755a27",
     "7eb70257593da06f682a3ddda54a9d260d4fc514f645237f5ca74b08f8da61a6"},
    {"a file holding one NUL byte", "93b885adfe0da089cdf634904fd59f71", "5ba93c9db0cff93f52b521d7420e43f6eda2784f",
     "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"},
    {"a file holding one space", "7215ee9c7d9dc229d2921a40e899ec5f", "b858cb282617fb0956d960215c8e84d1ccf909c6",
     "36a9e7f1c95b82ffb99743e0c5c4ce95d83c9a430aac59f84ef3cbfab6145068"},
    {"a 4 KiB page of zeros", "620f0b67a91f7f74151bc5be745b7110", "1ceaf73df40e531df3bfb26b4fb7cd95fb7bff1d",
     "ad7facb2586fc6e966c004d7d1d16b024f5805ff7cb47c7a85dabd8b48892ca7"},
};

// indicia-public-dns-resolvers.json, by operator.
struct KnownAddress {
    std::string_view address;
    std::string_view name;
};
constexpr KnownAddress kResolvers[] = {
    {"8.8.8.8", "Google Public DNS"}, {"8.8.4.4", "Google Public DNS"},
    {"2001:4860:4860::8888", "Google Public DNS"}, {"2001:4860:4860::8844", "Google Public DNS"},
    {"1.1.1.1", "Cloudflare DNS"}, {"1.0.0.1", "Cloudflare DNS"},
    {"2606:4700:4700::1111", "Cloudflare DNS"}, {"2606:4700:4700::1001", "Cloudflare DNS"},
    {"9.9.9.9", "Quad9 DNS"}, {"149.112.112.112", "Quad9 DNS"}, {"2620:fe::fe", "Quad9 DNS"}, {"2620:fe::9", "Quad9 DNS"},
    {"208.67.222.222", "OpenDNS"}, {"208.67.220.220", "OpenDNS"},
    {"2620:119:35::35", "OpenDNS"}, {"2620:119:53::53", "OpenDNS"},
    {"94.140.14.14", "AdGuard DNS"}, {"94.140.15.15", "AdGuard DNS"},
    {"4.2.2.1", "Level 3 public DNS"}, {"4.2.2.2", "Level 3 public DNS"}, {"4.2.2.3", "Level 3 public DNS"},
    {"4.2.2.4", "Level 3 public DNS"}, {"4.2.2.5", "Level 3 public DNS"}, {"4.2.2.6", "Level 3 public DNS"},
};

} // namespace

std::string knownValueName(IndicatorType type, std::string_view value)
{
    if (type == IndicatorType::IpAddress) {
        for (const KnownAddress& known : kResolvers)
            if (known.address == value)
                return "the " + std::string(known.name) + " resolver";
        return {};
    }
    if (!isHashType(type))
        return {};
    const std::string lower = text::toLowerAscii(value);
    for (const KnownContent& known : kContents) {
        const std::string_view digest = type == IndicatorType::FileMd5    ? known.md5
                                        : type == IndicatorType::FileSha1 ? known.sha1
                                                                          : known.sha256;
        if (digest == lower)
            return std::string(displayName(type)) + " of " + std::string(known.what);
    }
    return {};
}

} // namespace indicia
