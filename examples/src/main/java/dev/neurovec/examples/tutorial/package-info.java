/**
 * The NengoDL "coming from TensorFlow" tutorial, cell by cell, in Java: spiking versus rate neurons,
 * filtered spike trains, the NEF {@code sin(x²)} network, user layers and the auto-encoder training.
 */
package dev.neurovec.examples.tutorial;
