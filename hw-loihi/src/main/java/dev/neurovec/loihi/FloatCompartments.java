package dev.neurovec.loihi;

/**
 * The float compartment update (nengo-loihi target "simreal", hardware.md §A4.1 float path) on the same
 * topology: {@code u = (1 - du) u + su q} with {@code su = du} when U is integral-compensated,
 * {@code v = (1 - dv) v + sv (u + bias)} likewise, clipped to the float voltage limits; no wraps. Separates
 * quantisation error from the rest of the Loihi model's error.
 */
final class FloatCompartments implements CompartmentState {
    private final EmulatorImage img;
    private final double[] q;
    private final double[] u;
    private final double[] v;
    private final int[] ref;
    private final double[] su;
    private final double[] sv;

    FloatCompartments(final EmulatorImage img) {
        this.img = img;
        this.q = new double[img.nCx];
        this.u = new double[img.nCx];
        this.v = new double[img.nCx];
        this.ref = new int[img.nCx];
        this.su = new double[img.nCx];
        this.sv = new double[img.nCx];
        for (int i = 0; i < img.nCx; i++) {
            su[i] = img.fScaleU[i] ? img.fDecayU[i] : 1.0;
            sv[i] = img.fScaleV[i] ? img.fDecayV[i] : 1.0;
        }
    }

    @Override
    public void clearInput() {
        java.util.Arrays.fill(q, 0.0);
    }

    @Override
    public void deliver(final int from, final int to) {
        final double[] q = this.q;
        final int[] target = img.entryTarget;
        final double[] w = img.entryWeightF;
        for (int e = from; e < to; e++) {
            q[target[e]] += w[e];
        }
    }

    @Override
    public int update(final int step, final int[] spiked, final byte[] flags) {
        final double[] q = this.q;
        final double[] u = this.u;
        final double[] v = this.v;
        final int[] ref = this.ref;
        final double[] du = img.fDecayU;
        final double[] dv = img.fDecayV;
        final double[] bias = img.fBias;
        final double[] vth = img.fVth;
        final double[] vmin = img.fVmin;
        final double[] vmax = img.fVmax;
        final int[] refract = img.refract;
        int nSpiked = 0;
        for (int i = 0; i < q.length; i++) {
            final double ui = (1 - du[i]) * u[i] + su[i] * q[i];
            u[i] = ui;
            double vi = (1 - dv[i]) * v[i] + sv[i] * (ui + bias[i]);
            vi = Math.max(vmin[i], Math.min(vmax[i], vi));
            if (ref[i] > 0) {
                vi = 0;
            }
            if (vi > vth[i]) {
                vi = 0;
                ref[i] = refract[i];
                flags[i] = 1;
                spiked[nSpiked++] = i;
            } else {
                flags[i] = 0;
            }
            if (ref[i] > 0) {
                ref[i]--;
            }
            v[i] = vi;
        }
        return nSpiked;
    }

    @Override
    public double voltage(final int cx) {
        return v[cx];
    }

    @Override
    public double current(final int cx) {
        return u[cx];
    }

    @Override
    public long qOverflows() {
        return 0;
    }

    @Override
    public long uOverflows() {
        return 0;
    }
}
