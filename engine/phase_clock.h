#pragma once
// Phase timings for the bench scripts: when the environment variable is set, each mark()
// prints "<label> phase <name> <wall> s wall <cpu> s process cpu" on stderr for the time
// since the previous mark. Off, it costs one getenv at construction.

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace indicia {

class PhaseClock {
public:
    // `label` and `nameWidth` keep each caller's line format (bench/*/run.sh read them).
    PhaseClock(const char* environmentVariable, const char* label, int nameWidth)
        : enabled_(std::getenv(environmentVariable) != nullptr), label_(label), width_(nameWidth)
    {
    }

    void mark(const char* phase)
    {
        if (!enabled_)
            return;
        const auto now = std::chrono::steady_clock::now();
        const std::clock_t cpu = std::clock();
        std::fprintf(stderr, "%s phase %-*s %8.3f s wall %8.3f s process cpu\n", label_, width_, phase,
                     std::chrono::duration<double>(now - last_).count(), double(cpu - lastCpu_) / CLOCKS_PER_SEC);
        last_ = now;
        lastCpu_ = cpu;
    }

private:
    bool enabled_;
    const char* label_;
    int width_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
    std::clock_t lastCpu_ = std::clock();
};

} // namespace indicia
