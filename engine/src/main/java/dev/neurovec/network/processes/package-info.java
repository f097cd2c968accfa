/**
 * Processes: dynamical signal sources and transforms stepped once per time step, as Nengo's
 * {@code nengo.processes} ({@code WhiteSignal}, {@code WhiteNoise}, {@code FilteredNoise},
 * {@code BrownNoise}, {@code PresentInput}, {@code Piecewise}; nengo-semantics.md §1.9). Frontend leaf:
 * the builder gives each process its own {@link dev.neurovec.network.dists.RandomState} and state
 * arrays, and calls the step it makes in the simulation loop, where steps must not allocate.
 */
package dev.neurovec.network.processes;
