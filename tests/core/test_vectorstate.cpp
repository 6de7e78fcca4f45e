// The AVX upper state that other libraries leave in use, cleared before the heavy computations
// (core/util/vectorstate.h).
#include "core/analytics/bgnbd.h"
#include "core/util/vectorstate.h"

#include <catch2/catch.hpp>

#include <vector>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

namespace {

constexpr unsigned long long UpperHalvesInUse = 1u << 2; // XINUSE bit 2: YMM_Hi128

// Whether this processor says which state components are in use (XGETBV with ECX = 1).
bool observable()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__builtin_cpu_supports("avx") || !__get_cpuid_count(0xD, 1, &a, &b, &c, &d))
        return false;
    return (a & (1u << 2)) != 0;
}

__attribute__((target("xsave"), noinline)) unsigned long long inUse()
{
    return _xgetbv(1);
}

// Writes a whole YMM register without a VZEROUPPER after it, as the offending libraries do.
__attribute__((target("avx"), noinline)) void leaveUpperHalvesInUse()
{
    asm volatile("vpcmpeqd %%ymm0, %%ymm0, %%ymm0" ::: "xmm0");
}

} // namespace

TEST_CASE("Clearing the upper vector state marks the YMM upper halves unused", "[vectorstate]")
{
    if (!observable()) {
        WARN("This processor does not report the state components in use; nothing to check.");
        rapport::cpu::clearUpperVectorState(); // and it must still be safe to call
        return;
    }
    leaveUpperHalvesInUse();
    REQUIRE((inUse() & UpperHalvesInUse) != 0);
    rapport::cpu::clearUpperVectorState();
    CHECK((inUse() & UpperHalvesInUse) == 0);
}

TEST_CASE("A BG/NBD fit runs with the upper vector state clear", "[vectorstate]")
{
    if (!observable()) {
        WARN("This processor does not report the state components in use; nothing to check.");
        return;
    }
    const std::vector<double> x{0, 1, 2, 3, 0, 5}, tx{0, 2, 10, 20, 0, 30},
        T{10, 20, 30, 40, 15, 40};
    leaveUpperHalvesInUse();
    REQUIRE((inUse() & UpperHalvesInUse) != 0);
    const auto fit = rapport::analytics::BgNbd::fit({x, tx, T});
    REQUIRE(fit);
    CHECK((inUse() & UpperHalvesInUse) == 0);
}

#else

TEST_CASE("Clearing the upper vector state is harmless without AVX", "[vectorstate]")
{
    rapport::cpu::clearUpperVectorState();
    SUCCEED();
}

#endif
