// Replaces the global operator new/delete of the executables (never of the
// libraries or the tests) with a per-thread cache of small blocks in front
// of malloc.
//
// Why: a build makes and frees a few hundred small strings and vectors (tens
// of thousands for stress documents), all freed together when the previous
// result goes. glibc's per-thread cache keeps only 7 blocks per size, so
// most of those frees and the next build's mallocs take the allocator's
// slow paths; with GLIBC_TUNABLES=glibc.malloc.tcache_count=500 the fixture
// builds ran 20% faster. Tunables are read before main() and have no API,
// so the executables keep a deeper cache of their own: up to kMaxPerClass
// blocks in each of kClasses sizes of kGranule bytes.
//
// Every block comes from malloc() rounded up to its size class and goes back
// to free() when its class is full, so blocks may be freed on any thread (the
// GUI frees snapshots on a pool thread) and end up cached there. Sanitizer
// and fuzzing builds leave this out so that they see every allocation.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <new>

namespace {

constexpr std::size_t kGranule = 16;
constexpr std::size_t kClasses = 32; // blocks of 16 to 512 bytes
constexpr std::uint32_t kMaxPerClass = 128; // at most 1 MiB per thread

struct FreeBlock {
    FreeBlock *next;
};

// Constant-initialised and trivially destructible, so reaching it costs no
// TLS guard; the flush at thread exit is registered separately, once.
struct Cache {
    FreeBlock *head[kClasses];
    std::uint32_t count[kClasses];
    bool registered; // the flush at thread exit is set up
    bool retired; // the thread is exiting: blocks go straight to free()
};
constinit thread_local Cache t_cache{};

void flush(Cache &cache)
{
    for (std::size_t c = 0; c < kClasses; ++c) {
        while (FreeBlock *block = cache.head[c]) {
            cache.head[c] = block->next;
            std::free(block);
        }
        cache.count[c] = 0;
    }
}

struct ExitFlush {
    ~ExitFlush()
    {
        // Later thread_local destructors may still free blocks: they must not
        // refill a cache nobody will flush again.
        t_cache.retired = true;
        flush(t_cache);
    }
};

[[gnu::noinline]] void registerExitFlush()
{
    static thread_local ExitFlush exitFlush;
    (void)exitFlush;
    t_cache.registered = true;
}

// The class whose blocks hold `size` bytes: the smallest that fits.
constexpr std::size_t classOfRequest(std::size_t size)
{
    return size == 0 ? 0 : (size - 1) / kGranule;
}

void *allocate(std::size_t size)
{
    if (size <= kClasses * kGranule) {
        const std::size_t c = classOfRequest(size);
        Cache &cache = t_cache;
        if (FreeBlock *block = cache.head[c]) {
            cache.head[c] = block->next;
            --cache.count[c];
            return block;
        }
        size = (c + 1) * kGranule;
    }
    for (;;) {
        if (void *p = std::malloc(size))
            return p;
        std::new_handler handler = std::get_new_handler();
        if (!handler)
            throw std::bad_alloc();
        handler();
    }
}

// `c` is a class the block can hold (its usable size is at least
// (c + 1) * kGranule).
void release(void *p, std::size_t c)
{
    Cache &cache = t_cache;
    if (c >= kClasses || cache.count[c] >= kMaxPerClass || cache.retired) [[unlikely]] {
        std::free(p);
        return;
    }
    if (!cache.registered) [[unlikely]]
        registerExitFlush();
    auto *block = static_cast<FreeBlock *>(p);
    block->next = cache.head[c];
    cache.head[c] = block;
    ++cache.count[c];
}

void releaseUnsized(void *p)
{
    if (!p)
        return;
    // Blocks of any origin qualify: the class is taken from what malloc
    // really gave, rounded down to a class boundary.
    const std::size_t usable = malloc_usable_size(p);
    release(p, usable < kGranule ? kClasses : usable / kGranule - 1);
}

void releaseSized(void *p, std::size_t size)
{
    if (!p)
        return;
    if (size > kClasses * kGranule) {
        std::free(p);
        return;
    }
    release(p, classOfRequest(size));
}

} // namespace

void *operator new(std::size_t size)
{
    return allocate(size);
}
void *operator new[](std::size_t size)
{
    return allocate(size);
}
void *operator new(std::size_t size, const std::nothrow_t &) noexcept
{
    try {
        return allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept
{
    try {
        return allocate(size);
    } catch (...) {
        return nullptr;
    }
}
void operator delete(void *p) noexcept
{
    releaseUnsized(p);
}
void operator delete[](void *p) noexcept
{
    releaseUnsized(p);
}
void operator delete(void *p, const std::nothrow_t &) noexcept
{
    releaseUnsized(p);
}
void operator delete[](void *p, const std::nothrow_t &) noexcept
{
    releaseUnsized(p);
}
void operator delete(void *p, std::size_t size) noexcept
{
    releaseSized(p, size);
}
void operator delete[](void *p, std::size_t size) noexcept
{
    // new[] of a type with a destructor asks for a cookie on top of the
    // elements; the size given here includes it, as the standard requires.
    releaseSized(p, size);
}
