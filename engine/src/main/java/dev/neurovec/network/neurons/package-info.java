/**
 * Neuron models (Nengo's {@code nengo.neurons}): their step, steady-state rates and gain/bias
 * maps, in double precision. The reference executor runs these steps directly; the optimized
 * executor runs float kernels from the operators module that are tested against them.
 */
package dev.neurovec.network.neurons;
