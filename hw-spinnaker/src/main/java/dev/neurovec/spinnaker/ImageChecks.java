package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Decodes every SDRAM image of the artifact and compares it with the device model (hardware.md §E4.5): encoders,
 * biases (with folded constant inputs), gains, decoders / dt, LIF constants, filter coefficients, transforms and
 * value-source frames within one s16.15 LSB (truncation toward zero errs by less than one), and keys, population
 * lengths and filter routing exactly. The expected values are computed here from the model's floats, not taken
 * from the writer.
 */
final class ImageChecks {
    private final Mapping m;
    private long compared;
    private long faults;
    private double worstLsb;
    private String detail = "";

    private ImageChecks(final Mapping m) {
        this.m = m;
    }

    static List<Check> check(final Mapping m, final Map<Integer, ImageDecoder.Decoded> images) {
        final ImageChecks c = new ImageChecks(m);
        for (Vertex v : m.partitioning().vertices()) {
            c.vertex(v, images.get(v.id()));
        }
        final List<Check> out = new ArrayList<>();
        out.add(new Check("SDRAM images decode back to the model within one LSB", c.faults == 0,
            String.format(java.util.Locale.ROOT, "%.3f LSB worst over %d values", c.worstLsb, c.compared), "< 1 LSB",
            c.faults == 0 ? "encoders, bias, gain, decoders/dt, LIF, filters, transforms, values, keys, routing"
                : c.detail));
        out.add(Check.atMost("s16.15 saturations", m.quantisation().saturations(), 0,
            m.quantisation().saturated().isEmpty() ? "" : String.join("; ", m.quantisation().saturated())));
        return out;
    }

    private void near(final String what, final Vertex v, final double expected, final int raw) {
        compared++;
        final double lsb = Math.abs(expected * FixedPoint.ONE - raw);
        worstLsb = Math.max(worstLsb, lsb);
        if (!(lsb < 1.0)) {
            faults++;
            detail = v.label() + " " + what + ": expected " + expected + ", image holds " + FixedPoint.toDouble(raw);
        }
    }

    private void exact(final String what, final Vertex v, final long expected, final long got) {
        compared++;
        if (expected != got) {
            faults++;
            detail = v.label() + " " + what + ": expected " + expected + ", image holds " + got;
        }
    }

    private void keys(final Vertex v, final int[] keys) {
        exact("key count", v, v.outputs().size(), keys.length);
        for (int j = 0; j < Math.min(keys.length, v.outputs().size()); j++) {
            final int row = v.outputs().lo() + j;
            exact("key of row " + row, v, m.keys().key(v.operator().rowSignal(row), m.clusterOf(v),
                v.operator().rowIndex(row)), keys[j]);
        }
    }

    private void input(final Vertex v, final ImageDecoder.InputBlock in) {
        final List<FilterSpec> specs = v.operator().inputFilters();
        exact("filter count", v, specs.size(), in.type().length);
        final double dt = m.model().dt();
        for (int f = 0; f < Math.min(specs.size(), in.type().length); f++) {
            final FilterSpec s = specs.get(f);
            exact("filter " + f + " type", v, s.kind().code(), in.type()[f]);
            if (s.kind() == FilterSpec.Kind.LOWPASS && in.data()[f].length == 2) {
                final double a = s.tau() == 0 ? 0 : Math.exp(-dt / s.tau());
                near("filter " + f + " a", v, a, in.data()[f][0]);
                near("filter " + f + " b", v, 1 - a, in.data()[f][1]);
            } else if (s.kind() == FilterSpec.Kind.LTI && in.data()[f].length == 1 + 2 * s.order()) {
                for (int k = 0; k < s.order(); k++) {
                    near("filter " + f + " a'" + (k + 1), v, s.a()[k], in.data()[f][1 + 2 * k]);
                    near("filter " + f + " b'" + (k + 1), v, s.b()[k], in.data()[f][2 + 2 * k]);
                }
            }
        }
        final TreeSet<String> want = new TreeSet<>();
        for (Net n : m.nets()) {
            final int s = n.sinks().indexOf(v);
            if (s >= 0) {
                want.add(Json.unsigned(m.keys().filterKey(n.signal())) + "/" + Json.unsigned(m.keys().filterMask()) + "/"
                    + Json.unsigned(m.keys().dimensionMask()) + "/" + n.sinkFilters()[s]);
            }
        }
        final TreeSet<String> got = new TreeSet<>();
        for (int i = 0; i < in.key().length; i++) {
            got.add(Json.unsigned(in.key()[i]) + "/" + Json.unsigned(in.mask()[i]) + "/" + Json.unsigned(in.dimMask()[i])
                + "/" + in.filter()[i]);
        }
        compared++;
        if (!want.equals(got)) {
            faults++;
            detail = v.label() + " filter routing: expected " + want + ", image holds " + got;
        }
    }

    private void vertex(final Vertex v, final ImageDecoder.Decoded d) {
        final double dt = m.model().dt();
        if (v.operator() instanceof EnsembleOperator e && d instanceof ImageDecoder.EnsembleBlock b) {
            exact("neurons", v, v.neurons().size(), b.n());
            exact("input offset", v, v.inputs().lo(), b.inputOffset());
            exact("input dims", v, v.inputs().size(), b.inputDims());
            exact("cluster neurons", v, v.clusterNeurons().size(), b.clusterNeurons());
            exact("tau_ref steps", v, (long) FixedPoint.pythonFloorDiv(e.tauRef(), dt), b.tauRefSteps());
            near("LIF constant", v, (1 - Math.exp(-dt / e.tauRc())) * (1 - Math.pow(2, -11)), b.lifK());
            final int d0 = e.inputSize();
            for (int i = 0; i < v.neurons().size(); i++) {
                final int n = v.neurons().lo() + i;
                double bias = e.bias()[n];
                for (int c = 0; c < d0; c++) {
                    near("encoder[" + n + "][" + c + "]", v, e.scaledEncoders()[n][c], b.encoders()[i * d0 + c]);
                    bias += e.scaledEncoders()[n][c] * e.directInput()[c];
                }
                near("bias[" + n + "]", v, bias, b.bias()[i]);
                near("gain[" + n + "]", v, e.gain()[n], b.gain()[i]);
            }
            final int cn = v.clusterNeurons().size();
            for (int j = 0; j < v.outputs().size(); j++) {
                final int row = v.outputs().lo() + j;
                final double[] w = e.rowSignal(row).transform()[e.rowIndex(row)];
                for (int i = 0; i < cn; i++) {
                    near("decoder[" + row + "][" + (v.clusterNeurons().lo() + i) + "]/dt", v,
                        e.amplitude() * w[v.clusterNeurons().lo() + i] / dt, b.decoders()[j * cn + i]);
                }
            }
            keys(v, b.keys());
            input(v, b.input());
        } else if (v.operator() instanceof FilterOperator f && d instanceof ImageDecoder.FilterBlock b) {
            exact("columns", v, v.inputs().size(), b.inputSize());
            for (int j = 0; j < v.outputs().size(); j++) {
                final double[] row = f.transformRow(v.outputs().lo() + j);
                for (int c = 0; c < v.inputs().size(); c++) {
                    near("transform[" + j + "][" + c + "]", v, row[v.inputs().lo() + c], b.transform()[j * b.inputSize() + c]);
                }
            }
            keys(v, b.keys());
            input(v, b.input());
        } else if (v.operator() instanceof ValueSourceOperator s && d instanceof ImageDecoder.SourceBlock b) {
            exact("frames", v, s.steps(), b.frames());
            exact("periodic", v, s.periodic() ? 1 : 0, b.periodic() ? 1 : 0);
            for (int k = 0; k < s.steps(); k++) {
                for (int j = 0; j < v.outputs().size(); j++) {
                    near("value[" + k + "][" + j + "]", v, s.value(k, v.outputs().lo() + j), b.values()[k * b.sizeOut() + j]);
                }
            }
            keys(v, b.keys());
        } else if (v.operator() instanceof ValueSinkOperator && d instanceof ImageDecoder.SinkBlock b) {
            exact("input offset", v, v.inputs().lo(), b.inputOffset());
            exact("recording words", v, (long) m.model().steps() * v.inputs().size(), b.recordingWords());
            input(v, b.input());
        } else {
            faults++;
            detail = v.label() + ": image decodes as " + (d == null ? "nothing" : d.getClass().getSimpleName())
                + " for application " + v.app().id();
        }
    }
}
