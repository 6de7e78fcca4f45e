#include "core/util/vectorstate.h"

namespace rapport::cpu {

#if defined(__x86_64__) || defined(__i386__)

namespace {

// Out of line and as assembly, so no compiler drops it as redundant: it knows nothing of what
// other libraries left behind.
__attribute__((target("avx"), noinline)) void zeroUpper() noexcept
{
    asm volatile("vzeroupper" ::: "memory");
}

bool hasAvx() noexcept
{
    static const bool has = __builtin_cpu_supports("avx");
    return has;
}

} // namespace

void clearUpperVectorState() noexcept
{
    if (hasAvx())
        zeroUpper();
}

#else

void clearUpperVectorState() noexcept {}

#endif

} // namespace rapport::cpu
