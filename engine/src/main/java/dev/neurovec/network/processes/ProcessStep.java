package dev.neurovec.network.processes;

/**
 * One step of a process, made by {@link Process#makeStep}. Called once per time step with the
 * current time; reads the input (if any) and writes the output. Must not allocate: it runs in the
 * simulation loop.
 */
@FunctionalInterface
public interface ProcessStep {

    /**
     * @param t time at the end of this step, in seconds ({@code (k+1)*dt} for step k)
     * @param x input values (length sizeIn), or null when the process has no input; not modified
     * @param y output values (length sizeOut), written
     */
    void step(double t, double[] x, double[] y);
}
