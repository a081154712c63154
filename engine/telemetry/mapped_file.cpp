#include "engine/telemetry/mapped_file.h"

#include <cstring>
#include <fstream>
#include <utility>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#define INDICIA_HAVE_MMAP 1
#endif

namespace indicia::telemetry {

MappedFile::~MappedFile() { close(); }

MappedFile::MappedFile(MappedFile&& other) noexcept { *this = std::move(other); }

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept
{
    if (this != &other) {
        close();
        fallback_ = std::move(other.fallback_);
        data_ = other.mapped_ ? other.data_ : fallback_.data();
        size_ = other.size_;
        mapped_ = other.mapped_;
        other.data_ = nullptr;
        other.size_ = 0;
        other.mapped_ = false;
    }
    return *this;
}

void MappedFile::close()
{
#ifdef INDICIA_HAVE_MMAP
    if (mapped_ && size_ > 0)
        munmap(const_cast<char*>(data_), size_);
#endif
    data_ = nullptr;
    size_ = 0;
    mapped_ = false;
    fallback_.clear();
}

bool MappedFile::open(const std::string& path, std::string& error)
{
    close();
#ifdef INDICIA_HAVE_MMAP
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) {
        error = "Cannot open " + path + ": " + std::strerror(errno) + ".";
        return false;
    }
    struct stat info {};
    if (fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        size_ = std::size_t(info.st_size);
        if (size_ == 0) {
            ::close(fd);
            return true;
        }
#if defined(MADV_POPULATE_READ)
        // Pages are mapped in by populate(), chunk by chunk on the threads that read them.
        constexpr int kFlags = MAP_PRIVATE;
#elif defined(MAP_POPULATE)
        // Map every page up front: one pass in the kernel is far cheaper than a page
        // fault per 4 KiB while scanning (a 300 MB export is 75,000 faults otherwise).
        constexpr int kFlags = MAP_PRIVATE | MAP_POPULATE;
#else
        constexpr int kFlags = MAP_PRIVATE;
#endif
        void* address = mmap(nullptr, size_, PROT_READ, kFlags, fd, 0);
        ::close(fd);
        if (address != MAP_FAILED) {
            madvise(address, size_, MADV_SEQUENTIAL);
            data_ = static_cast<const char*>(address);
            mapped_ = true;
            return true;
        }
        size_ = 0;
    } else {
        ::close(fd);
    }
#endif
    // Not mappable (a pipe, or no mmap here): read it all.
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "Cannot open " + path + ".";
        return false;
    }
    fallback_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    data_ = fallback_.data();
    size_ = fallback_.size();
    return true;
}

void MappedFile::populate(std::size_t begin, std::size_t end) const
{
#if defined(MADV_POPULATE_READ)
    // One kernel call maps the whole range: far cheaper than a page fault per 4 KiB, and
    // unlike MAP_POPULATE it runs on the worker threads, side by side. Failure (an old
    // kernel) is harmless: the pages then fault in as they are read.
    if (!mapped_ || begin >= end || end > size_)
        return;
    const auto page = std::size_t(sysconf(_SC_PAGESIZE));
    const std::size_t first = begin / page * page;
    madvise(const_cast<char*>(data_) + first, end - first, MADV_POPULATE_READ);
#else
    (void)begin;
    (void)end;
#endif
}

void MappedFile::release(std::size_t begin, std::size_t end) const
{
#ifdef INDICIA_HAVE_MMAP
    // Only pages wholly inside the range: a neighbouring chunk may still be reading the
    // pages it shares with this one. The mapping is private and never written, so
    // MADV_DONTNEED only drops page-table entries; a later read maps the file's data in
    // again (the preview reads a file twice when a guessed chunk boundary was wrong).
    if (!mapped_ || begin >= end || end > size_)
        return;
    const auto page = std::size_t(sysconf(_SC_PAGESIZE));
    const std::size_t first = (begin + page - 1) / page * page;
    const std::size_t last = end == size_ ? end : end / page * page;
    if (first < last)
        madvise(const_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
#else
    (void)begin;
    (void)end;
#endif
}

} // namespace indicia::telemetry
