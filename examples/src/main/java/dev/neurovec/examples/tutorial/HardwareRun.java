package dev.neurovec.examples.tutorial;

import java.nio.file.Path;

/**
 * One network emulated on one neuromorphic target, from the files its back-end emitted.
 *
 * @param target          the back-end's target name ({@code spinnaker1}, {@code loihi1})
 * @param network         the network that ran (the tutorial's), in words
 * @param dir             the artifact folder
 * @param chipsUsed       chips with at least one core in use
 * @param coresUsed       cores in use
 * @param resources       other resources, in words (board, compartments, synapse bits)
 * @param output          the compared output probe
 * @param function        what that output computes, e.g. {@code sin(x^2)}
 * @param rmseFunction    RMSE of the emulated output against the function of the input, over every step
 * @param rmseFunctionSim the same for the float simulation of the network
 * @param rmseSim         RMSE of the emulated output against the float simulation, at the best lag
 * @param lagSteps        that lag
 * @param settleSteps     initial steps left out of {@code rmseSim}
 * @param checksPassed    checks of the artifact and the emulation that hold
 * @param checksTotal     checks made
 * @param steps           steps emulated
 * @param seconds         wall time of the whole deployment (build, emit, verify, emulate, simulate)
 */
public record HardwareRun(String target, String network, Path dir, int chipsUsed, int coresUsed, String resources,
                          String output, String function, double rmseFunction, double rmseFunctionSim,
                          double rmseSim, int lagSteps, int settleSteps, int checksPassed, int checksTotal, int steps,
                          double seconds) {
}
