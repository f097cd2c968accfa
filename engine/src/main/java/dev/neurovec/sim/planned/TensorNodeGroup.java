package dev.neurovec.sim.planned;

import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.SimTensorNode;
import dev.neurovec.errors.SimulationError;
import dev.neurovec.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * One tensor node: its layer gets the minibatch as {@code (batch, size)} tensors, so the group
 * transposes from the plan's element-major layout into preallocated buffers and back. Parameters are
 * views into the plan's parameter array; their gradients, views into the parameter gradients.
 */
final class TensorNodeGroup extends BoundGroup {
    private final Memory mem;
    private final SimTensorNode op;
    private final int sizeIn;
    private final int sizeOut;
    private final Tensor x;
    private final Tensor y;
    private final Tensor gx;
    private final Tensor gy;
    private final Tensor[] params;
    private Tensor[] gradParams;
    private float[] tape;

    TensorNodeGroup(final String name, final Memory mem, final SimTensorNode op) {
        super(name);
        this.mem = mem;
        this.op = op;
        this.sizeIn = op.input() == null ? 0 : op.input().size();
        this.sizeOut = op.output().size();
        this.x = Tensor.zeros(mem.batch, sizeIn);
        this.y = Tensor.zeros(mem.batch, sizeOut);
        this.gx = Tensor.zeros(mem.batch, sizeIn);
        this.gy = Tensor.zeros(mem.batch, sizeOut);
        this.params = new Tensor[op.params().size()];
        for (int i = 0; i < params.length; i++) {
            final Signal p = op.params().get(i);
            params[i] = Tensor.view(mem.array(p), mem.offset(p), p.size());
        }
    }

    @Override
    void run() {
        final int batch = mem.batch;
        if (op.input() != null) {
            toRows(mem.state, mem.offset(op.input()), x.data(), sizeIn, batch);
        }
        op.layer().forward(mem.t(), x, y, params);
        final float[] out = y.data();
        for (int i = 0; i < out.length; i++) {
            if (!Float.isFinite(out[i])) {
                throw new SimulationError(op.tag() + ": layer wrote " + out[i] + " to output[" + i % sizeOut
                    + "] (minibatch element " + i / sizeOut + ") at t = " + mem.t() + "; expected finite values");
            }
        }
        fromRows(out, mem.state, mem.offset(op.output()), sizeOut, batch, false);
    }

    /** Element-major {@code [i * batch + b]} to row-major {@code [b * size + i]}. */
    private static void toRows(final float[] src, final int off, final float[] dst, final int size, final int batch) {
        for (int i = 0; i < size; i++) {
            for (int b = 0; b < batch; b++) {
                dst[b * size + i] = src[off + i * batch + b];
            }
        }
    }

    private static void fromRows(final float[] src, final float[] dst, final int off, final int size, final int batch,
                                 final boolean add) {
        for (int i = 0; i < size; i++) {
            for (int b = 0; b < batch; b++) {
                final int k = off + i * batch + b;
                dst[k] = add ? dst[k] + src[b * size + i] : src[b * size + i];
            }
        }
    }

    @Override
    void allocateTape(final int steps) {
        tape = new float[steps * mem.batch * sizeIn];
        gradParams = new Tensor[params.length];
        for (int i = 0; i < params.length; i++) {
            final Signal p = op.params().get(i);
            gradParams[i] = mem.wantsGrad(p) ? Tensor.view(mem.gParams, mem.offset(p), p.size()) : Tensor.zeros(p.size());
        }
    }

    @Override
    long tapeFloatsPerStep() {
        return tape == null ? 0 : (long) mem.batch * sizeIn;
    }

    @Override
    void record(final int t) {
        if (op.input() != null) {
            toRowsAt(t);
        }
    }

    private void toRowsAt(final int t) {
        final int batch = mem.batch;
        final int base = t * batch * sizeIn;
        final int off = mem.offset(op.input());
        for (int i = 0; i < sizeIn; i++) {
            for (int b = 0; b < batch; b++) {
                tape[base + b * sizeIn + i] = mem.state[off + i * batch + b];
            }
        }
    }

    /** The layer's VJP when it has one; otherwise the gradient stops here (as NengoDL's non-differentiable nodes). */
    @Override
    void backward(final int t) {
        final int batch = mem.batch;
        final int outOff = mem.offset(op.output());
        if (op.layer().differentiable()) {
            toRows(mem.gState, outOff, gy.data(), sizeOut, batch);
            java.util.Arrays.fill(gx.data(), 0f);
            final Tensor xt = Tensor.view(tape, t * batch * sizeIn, batch, sizeIn);
            op.layer().backward(mem.t(), xt, gy, params, gx, gradParams);
            if (op.input() != null && mem.wantsGrad(op.input())) {
                fromRows(gx.data(), mem.gState, mem.offset(op.input()), sizeIn, batch, true);
            }
        }
        java.util.Arrays.fill(mem.gState, outOff, outOff + sizeOut * batch, 0f);
    }

    @Override
    List<Signal> written() {
        final List<Signal> w = new ArrayList<>();
        w.add(op.output());
        return w;
    }
}
