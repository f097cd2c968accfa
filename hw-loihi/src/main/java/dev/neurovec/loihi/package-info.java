/**
 * Deploys a NeuroVec network to Intel Loihi (target {@code loihi1}) and proves the emitted configuration
 * right without a chip: host/chip split and device model ({@link dev.neurovec.loihi.LoihiBuilder}), integer
 * discretization ({@link dev.neurovec.loihi.Discretizer}), per-core block splitting
 * ({@link dev.neurovec.loihi.BlockSplitter}), core allocation ({@link dev.neurovec.loihi.CoreAllocator}), the
 * artifact files ({@link dev.neurovec.loihi.ArtifactWriter}, {@link dev.neurovec.loihi.ArtifactReader}) and a
 * bit-exact emulator ({@link dev.neurovec.loihi.LoihiEmulator}) whose only input is the artifact reader.
 * Behaviour follows reference/hardware.md part A and part E (Loihi columns).
 */
package dev.neurovec.loihi;
