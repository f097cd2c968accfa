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
    private final int[] clearOffsets;
    private final int[] clearLengths;

    private record Run(NeuronType type, int n, int jOff, int outOff, int s0Off, int s1Off, FallbackNeurons fallback) {
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
            list.add(new Run(first.type(), n, mem.offset(first.j()), mem.offset(first.output()),
                st.size() > 0 ? mem.offset(st.get(0)) : -1, st.size() > 1 ? mem.offset(st.get(1)) : -1, fb));
        }
        this.runs = list.toArray(new Run[0]);
        this.clearOffsets = new int[written.size()];
        this.clearLengths = new int[written.size()];
        for (int i = 0; i < written.size(); i++) {
            clearOffsets[i] = mem.offset(written.get(i));
            clearLengths[i] = mem.span(written.get(i));
        }
    }

    static boolean hasKernel(final NeuronType t) {
        return t instanceof Lif || t instanceof SoftLifRate || t.getClass() == LifRate.class
            || t instanceof SpikingRectifiedLinear || t.getClass() == RectifiedLinear.class || t instanceof Sigmoid
            || t instanceof Tanh || t instanceof RegularSpiking;
    }

    @Override
    void run() {
        final float[] s = mem.state;
        final float dt = (float) mem.dt;
        for (Run r : runs) {
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
            if (differentiable(runs[i].type)) {
                tapes[i] = new float[nSteps * runs[i].n];
            }
        }
    }

    @Override
    long tapeFloatsPerStep() {
        long n = 0;
        for (int i = 0; tapes != null && i < runs.length; i++) {
            if (tapes[i] != null) {
                n += runs[i].n;
            }
        }
        return n;
    }

    @Override
    void record(final int t) {
        for (int i = 0; i < runs.length; i++) {
            if (tapes[i] != null) {
                System.arraycopy(mem.state, runs[i].jOff, tapes[i], t * runs[i].n, runs[i].n);
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
                } else if (type instanceof RectifiedLinear l) {
                    k.reluVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.amplitude());
                } else if (type instanceof Sigmoid l) {
                    k.sigmoidVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.tauRef());
                } else if (type instanceof Tanh l) {
                    k.tanhVjp(j, jt, g, r.outOff, g, r.jOff, r.n, (float) l.tauRef());
                }
            }
        }
        for (int i = 0; i < clearOffsets.length; i++) {
            java.util.Arrays.fill(g, clearOffsets[i], clearOffsets[i] + clearLengths[i], 0f);
        }
    }

    @Override
    List<Signal> written() {
        return written;
    }
}
