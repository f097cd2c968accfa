package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.LifRate;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RectifiedLinear;
import dev.neurovec.network.neurons.RegularSpiking;
import dev.neurovec.network.neurons.Sigmoid;
import dev.neurovec.network.neurons.SoftLifRate;
import dev.neurovec.network.neurons.SpikingRectifiedLinear;
import dev.neurovec.network.neurons.Tanh;
import dev.neurovec.ops.NeuronOps;

import java.util.ArrayList;
import java.util.List;

/**
 * Neuron populations of one type: each run of contiguous populations with equal parameters is one
 * kernel call over all its neurons and minibatch elements. Types without a float kernel (adaptive
 * LIF, Izhikevich) run their double-precision step through {@link FallbackNeurons}.
 */
final class NeuronsGroup extends BoundGroup {
    private final Memory mem;
    private final NeuronOps k;
    private final Run[] runs;
    private final List<Signal> written = new ArrayList<>();
    private float[][] tapes;
    private Workers.Task[] parallel;
    private int[] parallelParts;

    private record Run(NeuronType type, int n, int jOff, int outOff, int s0Off, int s1Off, int[] stateOffsets,
                       FallbackNeurons fallback) {
        /** The same run restricted to elements [e0, e1); allocated once per part at bind time. */
        Run slice(final int e0, final int e1) {
            return new Run(type, e1 - e0, jOff + e0, outOff + e0, s0Off < 0 ? -1 : s0Off + e0, s1Off < 0 ? -1 : s1Off + e0,
                stateOffsets, fallback);
        }
    }

    NeuronsGroup(final String name, final Memory mem, final List<Operator> ops, final List<int[]> segments) {
        super(name);
        this.mem = mem;
        this.k = mem.kernels.neurons();
        final List<Run> list = new ArrayList<>();
        for (int[] seg : segments) {
            final SimNeurons first = (SimNeurons) ops.get(seg[0]);
            int n = 0;
            final List<SimNeurons> members = new ArrayList<>();
            for (int i = seg[0]; i < seg[1]; i++) {
                final SimNeurons op = (SimNeurons) ops.get(i);
                n += op.j().size() * mem.batch;
                written.add(op.output());
                written.addAll(op.state());
                members.add(op);
            }
            final List<Signal> st = first.state();
            final FallbackNeurons fb = hasKernel(first.type()) ? null : new FallbackNeurons(mem, members);
            final int[] stateOffsets = new int[st.size()];
            for (int s = 0; s < st.size(); s++) {
                stateOffsets[s] = mem.offset(st.get(s));
            }
            list.add(new Run(first.type(), n, mem.offset(first.j()), mem.offset(first.output()),
                st.size() > 0 ? mem.offset(st.get(0)) : -1, st.size() > 1 ? mem.offset(st.get(1)) : -1, stateOffsets, fb));
        }
        this.runs = list.toArray(new Run[0]);
        if (mem.workers != null) {
            parallel = new Workers.Task[runs.length];
            parallelParts = new int[runs.length];
            for (int i = 0; i < runs.length; i++) {
                final Run r = runs[i];
                if (r.fallback == null && r.n >= Memory.PARALLEL_MIN_WORK / 4) {
                    final int chunk = mem.chunk(r.n);
                    final int count = (r.n + chunk - 1) / chunk;
                    final Run[] slices = new Run[count];
                    for (int p = 0; p < count; p++) {
                        slices[p] = r.slice(p * chunk, Math.min(r.n, (p + 1) * chunk));
                    }
                    parallelParts[i] = count;
                    parallel[i] = part -> step(slices[part], 0, slices[part].n);
                }
            }
        }
    }

    static boolean hasKernel(final NeuronType t) {
        return t instanceof Lif || t instanceof SoftLifRate || t.getClass() == LifRate.class
            || t instanceof SpikingRectifiedLinear || t.getClass() == RectifiedLinear.class || t instanceof Sigmoid
            || t instanceof Tanh || t instanceof RegularSpiking;
    }

    @Override
    void run() {
        for (int i = 0; i < runs.length; i++) {
            final Run r = runs[i];
            if (parallel != null && parallel[i] != null) {
                mem.workers.run(parallel[i], parallelParts[i]);
            } else {
                step(r, 0, r.n);
            }
        }
    }

    /** Elements [e0, e1) of a run: element results do not depend on where a range starts. */
    private void step(final Run whole, final int e0, final int e1) {
        final Run r = e0 == 0 && e1 == whole.n ? whole : whole.slice(e0, e1);
        final float[] s = mem.state;
        final float dt = (float) mem.dt;
        {
            final NeuronType t = r.type;
            if (r.fallback != null) {
                r.fallback.run();
            } else if (t instanceof Lif l) {
                k.lifStep(s, r.jOff, s, r.s0Off, s, r.s1Off, s, r.outOff, r.n, dt, (float) l.tauRc(), (float) l.tauRef(),
                    (float) l.minVoltage(), (float) l.amplitude());
            } else if (t instanceof SoftLifRate l) {
                k.softLifRateStep(s, r.jOff, s, r.outOff, r.n, (float) l.sigma(), (float) l.tauRc(), (float) l.tauRef(),
                    (float) l.amplitude());
            } else if (t instanceof LifRate l) {
                k.lifRateStep(s, r.jOff, s, r.outOff, r.n, (float) l.tauRc(), (float) l.tauRef(), (float) l.amplitude());
            } else if (t instanceof SpikingRectifiedLinear l) {
                k.spikingReluStep(s, r.jOff, s, r.s0Off, s, r.outOff, r.n, dt, (float) l.amplitude());
            } else if (t instanceof RectifiedLinear l) {
                k.reluStep(s, r.jOff, s, r.outOff, r.n, (float) l.amplitude());
            } else if (t instanceof Sigmoid l) {
                k.sigmoidStep(s, r.jOff, s, r.outOff, r.n, (float) l.tauRef());
            } else if (t instanceof Tanh l) {
                k.tanhStep(s, r.jOff, s, r.outOff, r.n, (float) l.tauRef());
            } else if (t instanceof RegularSpiking l) {
                k.regularSpikingStep(s, r.jOff, s, r.s0Off, s, r.outOff, r.n, dt, (float) l.amplitude());
            }
        }
    }

    static boolean differentiable(final NeuronType t) {
        return t.getClass() == LifRate.class || t instanceof SoftLifRate || t.getClass() == RectifiedLinear.class
            || t instanceof Sigmoid || t instanceof Tanh;
    }

    @Override
    void allocateTape(final int nSteps) {
        tapes = new float[runs.length][];
        for (int i = 0; i < runs.length; i++) {
            tapes[i] = tapeWidth(runs[i]) == 0 ? null : new float[nSteps * tapeWidth(runs[i])];
        }
    }

    /** Floats recorded per step: J for rate models; J, voltage and refractory time for surrogate LIF. */
    private int tapeWidth(final Run r) {
        if (differentiable(r.type)) {
            return r.n;
        }
        if (mem.surrogateBeta > 0 && r.fallback == null) {
            if (r.type instanceof Lif) {
                return 3 * r.n;
            }
            if (r.type instanceof SpikingRectifiedLinear) {
                return r.n;
            }
        }
        return 0;
    }

    @Override
    long tapeFloatsPerStep() {
        long n = 0;
        for (int i = 0; tapes != null && i < runs.length; i++) {
            if (tapes[i] != null) {
                n += tapeWidth(runs[i]);
            }
        }
        return n;
    }

    @Override
    void record(final int t) {
        for (int i = 0; i < runs.length; i++) {
            if (tapes[i] != null) {
                final Run r = runs[i];
                final int w = tapeWidth(r);
                System.arraycopy(mem.state, r.jOff, tapes[i], t * w, r.n);
                if (w == 3 * r.n) {
                    System.arraycopy(mem.state, r.s0Off, tapes[i], t * w + r.n, r.n);
                    System.arraycopy(mem.state, r.s1Off, tapes[i], t * w + 2 * r.n, r.n);
                }
            }
        }
    }

    /**
     * {@code g_J += f'(J) g_out} with J as recorded, for the rate models training runs; spiking and
     * fallback models stop the gradient (NengoDL trains spiking networks through their rate equivalents).
     */
    @Override
    void backward(final int t) {
        final float[] g = mem.gState;
        for (int i = 0; i < runs.length; i++) {
            final Run r = runs[i];
            boolean stateHandled = false;
            if (tapes != null && tapes[i] != null) {
                final float[] j = tapes[i];
                final int jt = t * r.n;
                final NeuronType type = r.type;
                if (type instanceof SoftLifRate l) {
                    k.softLifRateVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.sigma(), (float) l.tauRc(),
                        (float) l.tauRef(), (float) l.amplitude());
                } else if (type instanceof LifRate l) {
                    k.lifRateVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.tauRc(), (float) l.tauRef(),
                        (float) l.amplitude());
                } else if (type instanceof RectifiedLinear l && !(type instanceof SpikingRectifiedLinear)) {
                    k.reluVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.amplitude());
                } else if (type instanceof Sigmoid l) {
                    k.sigmoidVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.tauRef());
                } else if (type instanceof Tanh l) {
                    k.tanhVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.tauRef());
                } else if (type instanceof Lif l) {
                    surrogateLif(l, r, tapes[i], t * 3 * r.n, g);
                    stateHandled = true;
                } else if (type instanceof SpikingRectifiedLinear l) {
                    surrogateRelu(l, r, tapes[i], jt, g);
                }
            }
            java.util.Arrays.fill(g, r.outOff, r.outOff + r.n, 0f);
            if (!stateHandled) {
                for (int s = 0; s < r.stateOffsets.length; s++) {
                    java.util.Arrays.fill(g, r.stateOffsets[s], r.stateOffsets[s] + r.n, 0f);
                }
            }
        }
    }

    /**
     * Surrogate VJP of the LIF step: the pre-threshold voltage is estimated as
     * {@code v' = v decay + J (1 - decay)} over the part of the step after the refractory period, the
     * spike's derivative is {@code amplitude/dt * beta / (1 + beta |v' - 1|)²}, the reset is detached, and
     * the voltage gradient flows to the previous step through the leak. Neurons refractory for the whole
     * step pass their voltage gradient through unchanged.
     */
    private void surrogateLif(final Lif l, final Run r, final float[] tape, final int base, final float[] g) {
        final float beta = mem.surrogateBeta;
        final float dt = (float) mem.dt;
        final float tauRc = (float) l.tauRc();
        final float spike = (float) (l.amplitude() / mem.dt);
        for (int i = 0; i < r.n; i++) {
            final float j = tape[base + i];
            final float vPrev = tape[base + r.n + i];
            final float ref = tape[base + 2 * r.n + i] - dt;
            final float deltaT = Math.min(Math.max(dt - ref, 0f), dt);
            final float gOut = g[r.outOff + i];
            final float gVNew = g[r.s0Off + i];
            if (deltaT == 0f) {
                g[r.s0Off + i] = gVNew;
            } else {
                final float decay = (float) Math.exp(-deltaT / tauRc);
                final float vPre = vPrev * decay + j * (1 - decay);
                final float denom = 1 + beta * Math.abs(vPre - 1);
                final float dSpike = spike * beta / (denom * denom);
                final boolean spiked = vPre > 1;
                final float gVPre = gOut * dSpike + (spiked ? 0f : gVNew);
                g[r.jOff + i] += gVPre * (1 - decay);
                g[r.s0Off + i] = gVPre * decay;
            }
            g[r.s1Off + i] = 0;
        }
    }

    /** Straight-through VJP of the spiking ReLU: the spike count follows {@code dt J} where J &gt; 0. */
    private void surrogateRelu(final SpikingRectifiedLinear l, final Run r, final float[] tape, final int base,
                               final float[] g) {
        final float amp = (float) l.amplitude();
        for (int i = 0; i < r.n; i++) {
            if (tape[base + i] > 0) {
                g[r.jOff + i] += amp * g[r.outOff + i];
            }
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
