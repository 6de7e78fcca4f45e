#pragma once

namespace rapport::cpu {

// Marks the upper halves of the processor's AVX registers clean (VZEROUPPER), where the processor
// has AVX; nothing elsewhere.
//
// Why: code built for the x86-64 baseline uses the legacy SSE encoding. Once some library has
// left the upper halves in use without clearing them (Qt's plugin loading does, in
// QSqlDatabase::addDatabase), every SSE instruction of that thread, and of every thread it starts
// afterwards, pays for the transition: on this project's Xeon (Sapphire Rapids) the BG/NBD and
// Gamma-Gamma fits ran 10 times slower. The state belongs to a thread, so the heavy computations
// call this on the thread that runs them, before they start.
void clearUpperVectorState() noexcept;

} // namespace rapport::cpu
