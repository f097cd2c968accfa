/**
 * The network description a user writes (Nengo's frontend): {@code Network}, {@code Ensemble},
 * {@code Node}, {@code Connection}, {@code Probe}, and the neuron types, synapses, processes,
 * distributions, solvers and learning rules they are configured with. First stage of the pipeline;
 * it knows nothing of how networks are built or run.
 */
package dev.neurovec.network;
