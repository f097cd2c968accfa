/**
 * Data in and out: datasets (MNIST) and HDF5 checkpoints of parameters, state and optimizer slots.
 * Last stage of the pipeline.
 */
package dev.neurovec.io;
