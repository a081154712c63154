// preview_bench: times the engine's preview the way bench/preview/run.sh needs it.
//   preview_bench scan IOCS.txt EVENTS.csv [threads]  -> compile and scan figures
//   preview_bench compile N                          -> compile time and bytes per indicator
// Prints "key value" lines that run.sh reads.

#include "engine/match/preview.h"
#include "engine/match/snapshot.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>
#include <vector>

using namespace indicia;
using namespace indicia::match;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

int scan(const char* iocsPath, const char* eventsPath, unsigned threads)
{
    // One reused indicator handed to the builder per line, as indicia-cli preview does
    // (which also validates each line; this harness trusts the generated list).
    const auto compileStart = Clock::now();
    SnapshotBuilder builder(TimePoint(std::chrono::seconds(1780000000)));
    Indicator indicator;
    indicator.type = IndicatorType::FileSha1;
    indicator.action = Action::Block;
    std::ifstream in(iocsPath);
    std::size_t count = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty())
            continue;
        indicator.value = line;
        builder.add(++count, indicator, {});
    }
    const auto snapshot = builder.finish();
    std::printf("indicators %zu\ncompile_seconds %.4f\n", count, secondsSince(compileStart));
    PreviewOptions options;
    options.threads = threads;
    const auto scanStart = Clock::now();
    const PreviewResult result = runPreview(*snapshot, {eventsPath}, {}, options);
    std::printf("scan_seconds %.4f\nevents_scanned %llu\nevents_matched %llu\nbad_records %llu\n", secondsSince(scanStart),
                static_cast<unsigned long long>(result.summary.eventsScanned),
                static_cast<unsigned long long>(result.summary.eventsMatched),
                static_cast<unsigned long long>(result.summary.badRecordsSkipped));
    return result.summary.eventsScanned > 0 ? 0 : 1;
}

// A mix like a real list: 45% SHA-256, 25% SHA-1, 15% domains, 10% URLs, 5% IPv4.
int compile(std::size_t count)
{
    std::mt19937_64 rng(6);
    auto hex = [&](int chars) {
        static const char* digits = "0123456789abcdef";
        std::string s(std::size_t(chars), '0');
        for (char& c : s)
            c = digits[rng() & 15];
        return s;
    };
    std::vector<ListedIndicator> list(count);
    for (std::size_t i = 0; i < count; ++i) {
        Indicator& ind = list[i].indicator;
        list[i].id = i + 1;
        const std::size_t kind = i % 20;
        if (kind < 9) {
            ind.type = IndicatorType::FileSha256, ind.value = hex(64);
        } else if (kind < 14) {
            ind.type = IndicatorType::FileSha1, ind.value = hex(40);
        } else if (kind < 17) {
            ind.type = IndicatorType::DomainName, ind.value = "d" + hex(10) + ".example" + std::to_string(i % 50) + ".com";
        } else if (kind < 19) {
            ind.type = IndicatorType::Url, ind.value = "http://u" + hex(8) + ".example.net/p/" + hex(6);
        } else {
            ind.type = IndicatorType::IpAddress;
            ind.value = std::to_string(11 + rng() % 180) + "." + std::to_string(rng() % 256) + "." +
                        std::to_string(rng() % 256) + "." + std::to_string(1 + rng() % 250);
        }
        if (i % 3 == 0)
            ind.rbacGroups = {"Group" + std::to_string(i % 12)};
    }
    const auto start = Clock::now();
    const auto snapshot = Snapshot::build(list, TimePoint(std::chrono::seconds(1780000000)));
    const double seconds = secondsSince(start);
    std::printf("indicators %zu\ncompiled %zu\ncompile_seconds %.4f\nbytes_per_indicator %.1f\n", count,
                snapshot->indicators().size(), seconds, double(snapshot->memoryBytes()) / double(count));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "scan" && argc >= 4)
        return scan(argv[2], argv[3], argc > 4 ? unsigned(std::stoul(argv[4])) : 0);
    if (mode == "compile" && argc >= 3)
        return compile(std::stoull(argv[2]));
    std::fprintf(stderr, "usage: preview_bench scan IOCS EVENTS [threads] | preview_bench compile N\n");
    return 2;
}
