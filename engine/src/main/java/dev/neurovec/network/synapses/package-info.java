/**
 * Synapses: linear filters applied element-wise to a signal, as Nengo's {@code nengo.synapses}
 * ({@code LinearFilter}, {@code Lowpass}, {@code Alpha}, {@code Triangle}), with the transfer-function
 * to state-space conversion and discretisation they need (nengo-semantics.md §1.8). Frontend leaf: the
 * builder turns a synapse's {@link dev.neurovec.network.synapses.StateSpace} and step kind into
 * operators; {@code filt} runs one offline.
 */
package dev.neurovec.network.synapses;
