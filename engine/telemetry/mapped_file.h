#pragma once
// A whole file as one read-only view: memory-mapped where the platform offers it (POSIX),
// read into memory otherwise. Telemetry readers hand out views into it, so scanning copies
// nothing, and worker threads read their chunks of one mapping side by side.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace indicia::telemetry {

class MappedFile {
public:
    MappedFile() = default;
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    // False with `error` set (a sentence naming the file) when it cannot be opened.
    bool open(const std::string& path, std::string& error);
    std::string_view view() const { return {data_, size_}; }
    // Maps [begin, end) in before it is read (no effect where the platform cannot).
    void populate(std::size_t begin, std::size_t end) const;
    // The reader is done with [begin, end): its whole pages leave the process's page tables
    // (the data stays in the page cache and is mapped in again if read). Dropping them
    // chunk by chunk on the threads that read them is cheaper than one munmap at the end,
    // which tears down every page on one thread. No effect where the platform cannot.
    void release(std::size_t begin, std::size_t end) const;

private:
    void close();
    const char* data_ = nullptr;
    std::size_t size_ = 0;
    bool mapped_ = false;
    std::vector<char> fallback_;
};

} // namespace indicia::telemetry
