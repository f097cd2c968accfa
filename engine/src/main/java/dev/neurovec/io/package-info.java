/**
 * Data in and out, the last stage of the pipeline: datasets (MNIST) and HDF5 checkpoints of
 * parameters, simulation state and optimizer slots ({@link dev.neurovec.io.Checkpoints}, laid out as
 * {@link dev.neurovec.io.CheckpointLayout}, written atomically, verified when read), the
 * {@link dev.neurovec.io.ModelCheckpoint} training callback, and parameter exchange back into the
 * network ({@link dev.neurovec.io.ParamExchange}).
 */
package dev.neurovec.io;
