package dev.neurovec.ops;

/**
 * Neuron steps and their VJPs over flat runs of {@code n} floats (neurons times minibatch). Units follow Nengo:
 * currents are dimensionless, times ({@code dt}, {@code tauRc}, {@code tauRef}) are in seconds, rates in Hz, and a
 * spike is one step of height {@code amplitude/dt} so that it integrates to {@code amplitude}.
 *
 * <p>All parameters are scalars: the engine calls a kernel once per run of neurons that share them. Each neuron's
 * result depends only on its own inputs and state, never on its position in the run. A rate step's {@code out} may
 * be the same array at the same offset as {@code j}; state arrays must not overlap anything else. VJPs add
 * {@code dout/dJ · gradOut} into {@code gradJ}.
 */
public interface NeuronOps {

    /** Lower clamp of {@code J - 1} inside the LIF rate gradient, as NengoDL's, so the gradient stays finite. */
    float LIF_RATE_GRAD_MIN_X = 1e-15f;

    /** At or below this scaled current {@code (J - 1)/sigma} the soft LIF rate uses its asymptote (NengoDL: -20). */
    float SOFT_LIF_ASYMPTOTE_BELOW = -20f;

    /**
     * One step of Nengo's leaky integrate-and-fire neuron, in this order:
     * <pre>
     * ref    -= dt
     * deltaT  = clip(dt - ref, 0, dt)
     * v      -= (J - v)·expm1(-deltaT/tauRc)
     * spiked  = v &gt; 1
     * out     = spiked ? amplitude/dt : 0
     * tSpike  = dt + tauRc·log1p(-(v - 1)/(J - 1))      (spiked neurons only)
     * v       = max(v, minVoltage)
     * v       = spiked ? 0 : v
     * ref     = spiked ? tauRef + tSpike : ref
     * </pre>
     *
     * @param j          read: input current {@code J}
     * @param jOff       offset of {@code j[0]}
     * @param v          read and written: membrane voltage (threshold 1)
     * @param vOff       offset of {@code v[0]}
     * @param ref        read and written: remaining refractory time, s
     * @param refOff     offset of {@code ref[0]}
     * @param out        written: spike output, Hz ({@code 0} or {@code amplitude/dt})
     * @param outOff     offset of {@code out[0]}
     * @param n          neurons × minibatch
     * @param dt         step, s
     * @param tauRc      membrane time constant, s
     * @param tauRef     refractory period, s
     * @param minVoltage lower bound of {@code v}
     * @param amplitude  spike area
     */
    void lifStep(float[] j, int jOff, float[] v, int vOff, float[] ref, int refOff, float[] out, int outOff, int n,
                 float dt, float tauRc, float tauRef, float minVoltage, float amplitude);

    /**
     * LIF steady-state rate: {@code out = J > 1 ? amplitude/(tauRef + tauRc·log1p(1/(J - 1))) : 0}.
     *
     * @param j         read: input current
     * @param jOff      offset of {@code j[0]}
     * @param out       written: rate, Hz (may be {@code j} at the same offset)
     * @param outOff    offset of {@code out[0]}
     * @param n         neurons × minibatch
     * @param tauRc     membrane time constant, s
     * @param tauRef    refractory period, s
     * @param amplitude output scale
     */
    void lifRateStep(float[] j, int jOff, float[] out, int outOff, int n, float tauRc, float tauRef, float amplitude);

    /**
     * VJP of {@link #lifRateStep}: {@code gradJ += J > 1 ? amplitude·tauRc/(D²·x·(x + 1))·gradOut : 0} with
     * {@code x = max(J - 1, LIF_RATE_GRAD_MIN_X)} and {@code D = tauRef + tauRc·log1p(1/x)}; the clamp (as NengoDL's)
     * keeps the gradient finite just above threshold.
     *
     * @param j       read: input current of the forward step
     * @param jOff    offset of {@code j[0]}
     * @param gradOut read: gradient of the loss with respect to {@code out}
     * @param gOff    offset of {@code gradOut[0]}
     * @param gradJ   read and written: gradient with respect to {@code J}, accumulated
     * @param gjOff   offset of {@code gradJ[0]}
     * @param n       neurons × minibatch
     * @param tauRc   membrane time constant, s
     * @param tauRef  refractory period, s
     * @param amplitude output scale
     */
    void lifRateVjp(float[] j, int jOff, float[] gradOut, int gOff, float[] gradJ, int gjOff, int n, float tauRc,
                    float tauRef, float amplitude);

    /**
     * Smoothed LIF rate (Hunsberger and Eliasmith 2015): with {@code x = (J - 1)/sigma},
     * {@code q = log1p(1/(sigma·softplus(x)))} for {@code x > -20} and its asymptote {@code q = -x - ln(sigma)}
     * below, {@code out = amplitude/(tauRef + tauRc·q)}; no NaN or infinity for finite {@code J}.
     *
     * @param j         read: input current
     * @param jOff      offset of {@code j[0]}
     * @param out       written: rate, Hz (may be {@code j} at the same offset)
     * @param outOff    offset of {@code out[0]}
     * @param n         neurons × minibatch
     * @param sigma     smoothing, in units of current
     * @param tauRc     membrane time constant, s
     * @param tauRef    refractory period, s
     * @param amplitude output scale
     */
    void softLifRateStep(float[] j, int jOff, float[] out, int outOff, int n, float sigma, float tauRc, float tauRef,
                         float amplitude);

    /**
     * VJP of {@link #softLifRateStep}: with {@code z = sigma·softplus(x)} and {@code D = tauRef + tauRc·q},
     * {@code gradJ += amplitude·tauRc·sigmoid(x)/(z·(1 + z)·D²)·gradOut} for {@code x > -20} and
     * {@code gradJ += amplitude·tauRc/(sigma·D²)·gradOut} below.
     *
     * @param j         read: input current of the forward step
     * @param jOff      offset of {@code j[0]}
     * @param gradOut   read: gradient with respect to {@code out}
     * @param gOff      offset of {@code gradOut[0]}
     * @param gradJ     read and written: gradient with respect to {@code J}, accumulated
     * @param gjOff     offset of {@code gradJ[0]}
     * @param n         neurons × minibatch
     * @param sigma     smoothing
     * @param tauRc     membrane time constant, s
     * @param tauRef    refractory period, s
     * @param amplitude output scale
     */
    void softLifRateVjp(float[] j, int jOff, float[] gradOut, int gOff, float[] gradJ, int gjOff, int n, float sigma,
                        float tauRc, float tauRef, float amplitude);

    /**
     * Rectified linear rate: {@code out = amplitude·max(0, J)}.
     *
     * @param j         read: input current
     * @param jOff      offset of {@code j[0]}
     * @param out       written: rate (may be {@code j} at the same offset)
     * @param outOff    offset of {@code out[0]}
     * @param n         neurons × minibatch
     * @param amplitude slope
     */
    void reluStep(float[] j, int jOff, float[] out, int outOff, int n, float amplitude);

    /**
     * VJP of {@link #reluStep}: {@code gradJ += J > 0 ? amplitude·gradOut : 0}.
     *
     * @param j         read: input current of the forward step
     * @param jOff      offset of {@code j[0]}
     * @param gradOut   read: gradient with respect to {@code out}
     * @param gOff      offset of {@code gradOut[0]}
     * @param gradJ     read and written: gradient with respect to {@code J}, accumulated
     * @param gjOff     offset of {@code gradJ[0]}
     * @param n         neurons × minibatch
     * @param amplitude slope
     */
    void reluVjp(float[] j, int jOff, float[] gradOut, int gOff, float[] gradJ, int gjOff, int n, float amplitude);

    /**
     * Spiking rectified linear (integrate and fire, several spikes per step allowed):
     * {@code v += max(J, 0)·dt; s = floor(v); out = amplitude/dt·s; v -= s}.
     *
     * @param j         read: input current
     * @param jOff      offset of {@code j[0]}
     * @param v         read and written: voltage
     * @param vOff      offset of {@code v[0]}
     * @param out       written: spike output, Hz
     * @param outOff    offset of {@code out[0]}
     * @param n         neurons × minibatch
     * @param dt        step, s
     * @param amplitude spike area
     */
    void spikingReluStep(float[] j, int jOff, float[] v, int vOff, float[] out, int outOff, int n, float dt,
                         float amplitude);

    /**
     * Regular spiking from a rate: {@code v += dt·r; s = floor(v); out = amplitude/dt·s; v -= s}.
     *
     * @param rate      read: rate {@code r}, Hz (output of the base rate neuron)
     * @param rOff      offset of {@code rate[0]}
     * @param v         read and written: accumulator
     * @param vOff      offset of {@code v[0]}
     * @param out       written: spike output, Hz
     * @param outOff    offset of {@code out[0]}
     * @param n         neurons × minibatch
     * @param dt        step, s
     * @param amplitude spike area
     */
    void regularSpikingStep(float[] rate, int rOff, float[] v, int vOff, float[] out, int outOff, int n, float dt,
                            float amplitude);

    /**
     * Sigmoid rate: {@code out = sigmoid(J)/tauRef} with {@code sigmoid(J) = 1/(1 + exp(-J))}.
     *
     * @param j      read: input current
     * @param jOff   offset of {@code j[0]}
     * @param out    written: rate, Hz (may be {@code j} at the same offset)
     * @param outOff offset of {@code out[0]}
     * @param n      neurons × minibatch
     * @param tauRef maximum-rate period, s
     */
    void sigmoidStep(float[] j, int jOff, float[] out, int outOff, int n, float tauRef);

    /**
     * VJP of {@link #sigmoidStep}: {@code gradJ += sigmoid(J)·(1 - sigmoid(J))/tauRef·gradOut}.
     *
     * @param j       read: input current of the forward step
     * @param jOff    offset of {@code j[0]}
     * @param gradOut read: gradient with respect to {@code out}
     * @param gOff    offset of {@code gradOut[0]}
     * @param gradJ   read and written: gradient with respect to {@code J}, accumulated
     * @param gjOff   offset of {@code gradJ[0]}
     * @param n       neurons × minibatch
     * @param tauRef  maximum-rate period, s
     */
    void sigmoidVjp(float[] j, int jOff, float[] gradOut, int gOff, float[] gradJ, int gjOff, int n, float tauRef);

    /**
     * Tanh rate: {@code out = tanh(J)/tauRef}.
     *
     * @param j      read: input current
     * @param jOff   offset of {@code j[0]}
     * @param out    written: rate, Hz (may be {@code j} at the same offset)
     * @param outOff offset of {@code out[0]}
     * @param n      neurons × minibatch
     * @param tauRef maximum-rate period, s
     */
    void tanhStep(float[] j, int jOff, float[] out, int outOff, int n, float tauRef);

    /**
     * VJP of {@link #tanhStep}: {@code gradJ += (1 - tanh(J)²)/tauRef·gradOut}.
     *
     * @param j       read: input current of the forward step
     * @param jOff    offset of {@code j[0]}
     * @param gradOut read: gradient with respect to {@code out}
     * @param gOff    offset of {@code gradOut[0]}
     * @param gradJ   read and written: gradient with respect to {@code J}, accumulated
     * @param gjOff   offset of {@code gradJ[0]}
     * @param n       neurons × minibatch
     * @param tauRef  maximum-rate period, s
     */
    void tanhVjp(float[] j, int jOff, float[] gradOut, int gOff, float[] gradJ, int gjOff, int n, float tauRef);
}
