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

    @Override
    List<Signal> written() {
        return written;
    }
}
