/** Built-in tensor-node layers (NengoDL's Keras layers inside a network): {@code DenseLayer}. */
package dev.neurovec.network.layers;
