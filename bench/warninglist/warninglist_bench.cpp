// Known-good check throughput. Loads a directory of MISP warninglists, makes N query values
// (deterministic: a fixed seed) in the mix an import sees (40% IPv4, 5% IPv6, 5% ranges,
// 25% domains, 10% URLs, 15% hashes; about a third of them on a list), writes them to a
// file for the peers in run.sh, then times KnownGood::check over all of them.
//
//   warninglist_bench LISTDIR QUERIES_OUT [N]
// prints: lists, entries, queries, hits, seconds, checks per second.

#include "engine/warninglist/known_good.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace indicia;

namespace {

struct Query {
    IndicatorType type;
    std::string value;
};

class QueryMaker {
public:
    explicit QueryMaker(const KnownGood& lists) { collect(lists); }

    Query make()
    {
        const unsigned roll = rng_() % 100;
        const bool listed = rng_() % 3 == 0;
        if (roll < 40) return {IndicatorType::IpAddress, listed && !v4_.empty() ? inside(pick(v4_)) : ipv4()};
        if (roll < 45) return {IndicatorType::IpAddress, "2602:fd5e:" + hex16() + "::" + hex16()};
        if (roll < 50) return {IndicatorType::IpRange, ipv4Network()};
        if (roll < 75) return {IndicatorType::DomainName, listed && !names_.empty() ? sub() + pick(names_) : word() + ".example"};
        if (roll < 85) return {IndicatorType::Url, "https://" + (listed && !names_.empty() ? pick(names_) : word() + ".example") + "/" + word()};
        return {IndicatorType::FileSha256, listed && !hashes_.empty() ? pick(hashes_) : hash()};
    }

private:
    void collect(const KnownGood& lists)
    {
        for (const auto& list : lists.lists()) {
            for (const std::string& entry : list->entries) {
                if (list->kind == WarningListKind::Cidr && entry.find(':') == std::string::npos)
                    v4_.push_back(entry.substr(0, entry.find('/')));
                else if (entry.size() == 64 && entry.find('.') == std::string::npos)
                    hashes_.push_back(entry);
                else if (entry.find('.') != std::string::npos && entry.find('/') == std::string::npos)
                    names_.push_back(entry);
            }
        }
    }
    const std::string& pick(const std::vector<std::string>& from) { return from[rng_() % from.size()]; }
    std::string octet() { return std::to_string(rng_() % 256); }
    std::string ipv4() { return std::to_string(1 + rng_() % 223) + "." + octet() + "." + octet() + "." + octet(); }
    std::string ipv4Network() { return std::to_string(1 + rng_() % 223) + "." + octet() + ".0.0/16"; }
    // The listed network address with a random last octet: inside /24 and wider blocks.
    std::string inside(const std::string& network) { return network.substr(0, network.rfind('.') + 1) + octet(); }
    std::string hex16() { char b[8]; std::snprintf(b, sizeof b, "%x", unsigned(rng_() % 65536)); return b; }
    std::string word() { std::string w; for (int i = 0; i < 8; ++i) w += char('a' + rng_() % 26); return w; }
    std::string sub() { return rng_() % 2 ? "" : word() + "."; }
    std::string hash() { std::string h; for (int i = 0; i < 64; ++i) h += "0123456789abcdef"[rng_() % 16]; return h; }

    std::mt19937_64 rng_{20240221};
    std::vector<std::string> v4_, names_, hashes_;
};

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: warninglist_bench LISTDIR QUERIES_OUT [N]\n");
        return 2;
    }
    const std::size_t n = argc > 3 ? std::stoul(argv[3]) : 1'000'000;
    KnownGood lists;
    for (const std::string& error : lists.loadDirectory(argv[1]))
        std::fprintf(stderr, "%s\n", error.c_str());
    std::size_t entries = 0;
    for (const auto& list : lists.lists())
        entries += list->entries.size();

    QueryMaker maker(lists);
    std::vector<Query> queries;
    queries.reserve(n);
    std::ofstream out(argv[2], std::ios::binary);
    for (std::size_t i = 0; i < n; ++i) {
        queries.push_back(maker.make());
        out << toString(queries.back().type) << '\t' << queries.back().value << '\n';
    }
    out.close();

    const auto start = std::chrono::steady_clock::now();
    std::size_t hits = 0;
    for (const Query& query : queries)
        hits += lists.check(query.type, query.value) ? 1 : 0;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("lists %zu entries %zu queries %zu hits %zu seconds %.3f checks_per_second %.0f\n", lists.listCount(),
                entries, n, hits, seconds, double(n) / seconds);
    return 0;
}
