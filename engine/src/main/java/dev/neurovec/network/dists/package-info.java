/**
 * Distributions that network parameters (encoders, intercepts, eval points, transforms) are drawn
 * from, as Nengo's {@code nengo.dists} and NengoDL's {@code nengo_dl.dists}, on a numpy-compatible
 * {@link dev.neurovec.network.dists.RandomState} so that a seeded build draws what Nengo would
 * (nengo-semantics.md §1.10). Frontend leaf: the builder samples these; they know nothing of it.
 */
package dev.neurovec.network.dists;
