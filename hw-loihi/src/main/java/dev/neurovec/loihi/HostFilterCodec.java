package dev.neurovec.loihi;

import dev.neurovec.network.synapses.Alpha;
import dev.neurovec.network.synapses.LinearFilter;
import dev.neurovec.network.synapses.Lowpass;
import dev.neurovec.network.synapses.Synapse;
import dev.neurovec.network.synapses.Triangle;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a host-side synapse into host.json ({@link ArtifactFiles.HostFilter}) and reads it back. The host
 * simulation runs these filters, so any synapse it supports can be carried: {@code Lowpass} and {@code Alpha}
 * (by {@code tau}), {@code Triangle} (by its length, in {@code tau}), and general {@code LinearFilter}s (by
 * numerator, denominator, analog flag, discretisation method and, for the generalised bilinear transform,
 * alpha). Reading gives a synapse equal to the one written.
 */
final class HostFilterCodec {
    private HostFilterCodec() {
    }

    /**
     * @param s     a synapse, or null
     * @param owner the connection or probe it belongs to, for the message
     * @return its host.json form, or null for none
     * @throws UnsupportedOperationException for a synapse type the artifact cannot describe
     */
    static ArtifactFiles.HostFilter encode(final Synapse s, final String owner) {
        if (s == null) {
            return null;
        }
        if (s instanceof Lowpass lp) {
            return new ArtifactFiles.HostFilter("lowpass", lp.tau(), null, null, null, null, null);
        }
        if (s instanceof Alpha a) {
            return new ArtifactFiles.HostFilter("alpha", a.tau(), null, null, null, null, null);
        }
        if (s instanceof Triangle tr) {
            return new ArtifactFiles.HostFilter("triangle", tr.t(), null, null, null, null, null);
        }
        if (s instanceof LinearFilter lf && lf.getClass() == LinearFilter.class) {
            return new ArtifactFiles.HostFilter("linear", null, list(lf.num()), list(lf.den()), lf.analog(),
                lf.method().name(), lf.method() == LinearFilter.Method.GBT ? lf.alpha() : null);
        }
        throw new UnsupportedOperationException("'" + owner + "': host-side synapse " + s + " cannot be written"
            + " into the Loihi artifact; supported: Lowpass, Alpha, Triangle and LinearFilter");
    }

    /**
     * @param f a host.json filter, or null
     * @return the synapse, or null for none
     */
    static Synapse decode(final ArtifactFiles.HostFilter f) {
        if (f == null) {
            return null;
        }
        return switch (f.type()) {
            case "lowpass" -> new Lowpass(f.tau());
            case "alpha" -> new Alpha(f.tau());
            case "triangle" -> new Triangle(f.tau());
            case "linear" -> {
                final LinearFilter.Method m = LinearFilter.Method.valueOf(f.method());
                yield m == LinearFilter.Method.GBT ? LinearFilter.gbt(array(f.num()), array(f.den()), f.alpha())
                    : new LinearFilter(array(f.num()), array(f.den()), f.analog(), m);
            }
            default -> throw new IllegalStateException("host.json: filter type '" + f.type() + "'; expected"
                + " lowpass, alpha, triangle or linear");
        };
    }

    private static List<Double> list(final double[] a) {
        final List<Double> l = new ArrayList<>(a.length);
        for (double v : a) {
            l.add(v);
        }
        return l;
    }

    private static double[] array(final List<Double> l) {
        final double[] a = new double[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }
}
