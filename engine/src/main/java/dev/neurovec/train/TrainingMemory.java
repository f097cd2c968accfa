package dev.neurovec.train;

/**
 * The memory a {@code fit} holds besides the data: the tape of the recorded forward pass, the
 * simulation state with its gradient and saved copies, and the parameters with their gradient.
 *
 * @param tapeBytesPerStep what one recorded step keeps for the backward pass, for the whole minibatch
 * @param tapeSteps        steps recorded at once: all of them, or the checkpoint interval
 * @param stateBytes       one copy of the per-minibatch simulation state
 * @param savedStates      copies of the state kept to restart passes and checkpointed segments
 * @param paramBytes       the shared parameters
 */
public record TrainingMemory(long tapeBytesPerStep, int tapeSteps, long stateBytes, int savedStates, long paramBytes) {

    /** @return bytes of the tape: the per-step figure times the recorded steps */
    public long tapeBytes() {
        return tapeBytesPerStep * tapeSteps;
    }

    /**
     * @return tape, the state with its gradient and saved copies, and the parameters with their
     *     gradient; optimizer slots (one or two per trained parameter) come on top
     */
    public long totalBytes() {
        return tapeBytes() + stateBytes * (2L + savedStates) + 2 * paramBytes;
    }
}
