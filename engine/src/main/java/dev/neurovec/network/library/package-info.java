/**
 * Nengo's library networks ({@code EnsembleArray}, {@code Product}, {@code CircularConvolution}, an
 * integrator) and NengoDL's benchmark networks, built from the frontend objects of
 * {@code dev.neurovec.network}. Part of the first stage of the pipeline: each factory only adds
 * ensembles, nodes and connections to a sub-network, so everything downstream sees plain objects.
 */
package dev.neurovec.network.library;
