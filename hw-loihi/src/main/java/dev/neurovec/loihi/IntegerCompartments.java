package dev.neurovec.loihi;

import dev.neurovec.errors.SimulationError;

/**
 * Loihi's integer compartment update (hardware.md §A4.1 step 5, int path) in {@code long} with explicit
 * two's-complement wraps: q wraps to 21 bits + sign, U decays by {@code (|u| (4095 - decayU)) >> 12} (sign
 * restored) and wraps to 23 bits + sign, {@code U + bias} wraps likewise, V decays by
 * {@code (|v| (4096 - decayV)) >> 12}, is clipped to [vmin, vmax], held at 0 while refractory, and spikes when
 * strictly above the threshold. Overflows are counted, or thrown in strict mode.
 */
final class IntegerCompartments implements CompartmentState {
    private final EmulatorImage img;
    private final boolean strict;
    private final long[] q;
    private final long[] u;
    private final long[] v;
    private final int[] ref;
    private long qOverflows;
    private long uOverflows;

    IntegerCompartments(final EmulatorImage img, final boolean strict) {
        this.img = img;
        this.strict = strict;
        this.q = new long[img.nCx];
        this.u = new long[img.nCx];
        this.v = new long[img.nCx];
        this.ref = new int[img.nCx];
    }

    /**
     * Two's-complement wrap of {@code x} to {@code bits} bits plus sign ({@code overflow_signed}).
     *
     * @param x    the value
     * @param bits magnitude bits
     * @return the wrapped value in [-2^bits, 2^bits - 1]
     */
    static long wrap(final long x, final int bits) {
        final int shift = 63 - bits;
        return (x << shift) >> shift;
    }

    /**
     * {@code sign(x) * ((|x| * factor) >> 12)}: the chip's decay, truncating the magnitude.
     *
     * @param x      the value
     * @param factor {@code 4096 - offset - decay}
     * @return the decayed value
     */
    static long decay(final long x, final long factor) {
        return x >= 0 ? (x * factor) >> 12 : -((-x * factor) >> 12);
    }

    @Override
    public void clearInput() {
        java.util.Arrays.fill(q, 0L);
    }

    @Override
    public void deliver(final int from, final int to) {
        final long[] q = this.q;
        final int[] target = img.entryTarget;
        final long[] w = img.entryWeight;
        for (int e = from; e < to; e++) {
            q[target[e]] += w[e];
        }
    }

    @Override
    public int update(final int step, final int[] spiked, final byte[] flags) {
        final long[] q = this.q;
        final long[] u = this.u;
        final long[] v = this.v;
        final int[] ref = this.ref;
        final int[] decayU = img.decayU;
        final int[] decayV = img.decayV;
        final long[] bias = img.bias;
        final long[] vth = img.vth;
        final long[] vmin = img.vmin;
        final long[] vmax = img.vmax;
        final int[] refract = img.refract;
        int nSpiked = 0;
        for (int i = 0; i < q.length; i++) {
            final long qi = wrap(q[i], LoihiLimits.Q_BITS);
            if (qi != q[i]) {
                overflow(step, i, "q", q[i], LoihiLimits.Q_BITS);
                qOverflows++;
            }
            final long uRaw = decay(u[i], 4095 - decayU[i]) + qi;
            final long ui = wrap(uRaw, LoihiLimits.U_BITS);
            if (ui != uRaw) {
                overflow(step, i, "u", uRaw, LoihiLimits.U_BITS);
                uOverflows++;
            }
            u[i] = ui;
            final long u2Raw = ui + bias[i];
            final long u2 = wrap(u2Raw, LoihiLimits.U_BITS);
            if (u2 != u2Raw) {
                overflow(step, i, "u + bias", u2Raw, LoihiLimits.U_BITS);
                uOverflows++;
            }
            long vi = decay(v[i], 4096 - decayV[i]) + u2;
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

    private void overflow(final int step, final int cx, final String register, final long value, final int bits) {
        if (strict) {
            final int core = img.coreOfCx[cx];
            throw new SimulationError("Loihi emulator (strict): overflow in " + register + " of block '"
                + img.coreLabel[core] + "' (chip " + img.coreChip[core] + " core " + img.coreId[core] + ") compartment "
                + (cx - img.coreBase[core]) + " at step " + step + ": value " + value + " does not fit " + bits
                + " bits + sign");
        }
    }

    @Override
    public double voltage(final int cx) {
        return v[cx] / img.vScale[cx];
    }

    @Override
    public double current(final int cx) {
        return u[cx] / img.bScale[cx];
    }

    /** @return raw integer voltage (for golden tests) */
    long rawVoltage(final int cx) {
        return v[cx];
    }

    /** @return raw integer current (for golden tests) */
    long rawCurrent(final int cx) {
        return u[cx];
    }

    @Override
    public long qOverflows() {
        return qOverflows;
    }

    @Override
    public long uOverflows() {
        return uOverflows;
    }
}
