package dev.neurovec.io;

/**
 * The root attributes of a checkpoint.
 *
 * @param formatVersion   layout version ({@link CheckpointLayout#FORMAT_VERSION} when written by this code)
 * @param neurovecVersion version of NeuroVec that wrote the file
 * @param dt              simulator time step in seconds
 * @param seed            simulator seed
 * @param step            steps simulated when saved
 * @param networkHash     {@link NetworkHash} of the saved network
 * @param created         ISO-8601 UTC time of writing
 * @param epoch           epochs of training completed, or -1 when unknown
 */
public record CheckpointInfo(int formatVersion, String neurovecVersion, double dt, long seed, long step,
                             String networkHash, String created, int epoch) {
}
