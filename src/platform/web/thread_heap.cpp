// KAM Canvas: operator new and delete for the browser build, with free lists per thread.
//
// A large workspace is read on two threads (Store::read_in_parallel), and reading 5,000 accounts
// makes about two million small allocations (strings and model structs). Emscripten's malloc
// takes one lock for every call: with both threads allocating, two threads together read
// hardly faster than one (212 against 250 ms); with these lists they take 130 ms.
//
// Blocks up to kMaxSmall bytes come from a free list of the calling thread, one list per size
// class (multiples of 8 bytes); larger ones from malloc. Every block starts with an 8-byte
// header naming its class (0: from malloc), so a block freed by another thread than the one
// that made it simply joins that thread's list. Small blocks are not given back to malloc: a
// workspace read again needs them again.
#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr size_t kHeader = 8;        // keeps blocks 8-byte aligned, as malloc's are
constexpr size_t kStep = 8;          // size classes are multiples of this
constexpr size_t kMaxSmall = 256;
constexpr size_t kClasses = kMaxSmall / kStep + 1;   // class 0 means "from malloc"
constexpr size_t kSlabBytes = 64 * 1024;             // taken from malloc when a list is empty

struct FreeBlock {
    FreeBlock* next;
};

thread_local FreeBlock* t_free[kClasses];
thread_local char* t_slab = nullptr;   // the unused rest of this thread's last slab
thread_local char* t_slab_end = nullptr;

void* with_header(char* block, uint32_t size_class) {
    *reinterpret_cast<uint32_t*>(block) = size_class;
    return block + kHeader;
}

}  // namespace

void* operator new(size_t size) {
    const size_t size_class = size == 0 ? 1 : (size + kStep - 1) / kStep;
    if (size_class >= kClasses) {
        char* block = static_cast<char*>(std::malloc(kHeader + size));
        if (!block) std::abort();
        return with_header(block, 0);
    }
    if (FreeBlock* block = t_free[size_class]) {
        t_free[size_class] = block->next;
        return block;   // its header is still there
    }
    const size_t bytes = kHeader + size_class * kStep;
    if (static_cast<size_t>(t_slab_end - t_slab) < bytes) {
        t_slab = static_cast<char*>(std::malloc(kSlabBytes));   // the rest of the old slab is left unused
        if (!t_slab) std::abort();
        t_slab_end = t_slab + kSlabBytes;
    }
    char* block = t_slab;
    t_slab += bytes;
    return with_header(block, static_cast<uint32_t>(size_class));
}

void operator delete(void* p) noexcept {
    if (!p) return;
    char* block = static_cast<char*>(p) - kHeader;
    const uint32_t size_class = *reinterpret_cast<uint32_t*>(block);
    if (size_class == 0) {
        std::free(block);
        return;
    }
    FreeBlock* freed = static_cast<FreeBlock*>(p);
    freed->next = t_free[size_class];
    t_free[size_class] = freed;
}

void operator delete(void* p, size_t) noexcept { operator delete(p); }
