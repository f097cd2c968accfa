package dev.neurovec.examples.tutorial;

import dev.neurovec.loihi.Check;
import dev.neurovec.loihi.Fidelity;
import dev.neurovec.loihi.LoihiDeployment;
import dev.neurovec.loihi.LoihiOptions;
import dev.neurovec.loihi.LoihiReport;
import dev.neurovec.loihi.ReferenceNetworks;
import dev.neurovec.loihi.Tolerance;
import dev.neurovec.loihi.Utilization;
import dev.neurovec.network.Probe;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tutorial's NEF network on Loihi, through {@code hw-loihi}'s {@link LoihiDeployment}: emitted, read back,
 * checked and emulated, then compared with {@code sin(x²)} and with the float simulation of the same network.
 * It runs as it is: {@code ens0} and {@code ens1} on the chip; the white-signal node {@code inpt} on the host,
 * sent to the chip as on/off spikes; the {@code sin} read-out into the passthrough {@code outpt} a chip-to-host
 * connection (a chip probe of {@code ens1}'s spikes through the connection's decoders, then its 5 ms synapse on
 * the host); both node probes recorded by the host simulation.
 */
public final class LoihiRun {
    /** The target's name. */
    public static final String TARGET = "loihi1";
    /** hw-loihi's reference network that is this network, whose fidelity bars the run uses. */
    public static final String REFERENCE = "nef-sin-square";

    private LoihiRun() {
    }

    /**
     * @param dir   the artifact folder (created)
     * @param steps steps to emulate
     * @return what ran
     */
    public static HardwareRun run(final Path dir, final int steps) {
        final long t0 = System.nanoTime();
        final NefSinSquare.Parts parts = NefSinSquare.build();
        final LoihiOptions opts = LoihiOptions.defaults();
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(parts.network(), tolerances(parts), opts, steps,
            dir);
        LoihiReport.write(LoihiReport.toMap(REFERENCE, o, opts.limits()), o);
        final String in = parts.inputP().path();
        final String out = parts.outputP().path();
        final double[] t = new double[steps];
        for (int k = 0; k < steps; k++) {
            t[k] = (k + 1) * opts.dt();
        }
        final NefSinSquare.Result emu = NefSinSquare.result(t, o.integer().probe(in), o.integer().probe(out));
        final NefSinSquare.Result flt = NefSinSquare.result(t, o.reference().get(in), o.reference().get(out));
        final Fidelity f = o.fidelity().stream().filter(v -> v.probe().equals(out)).findFirst().orElseThrow();
        final Utilization u = Utilization.of(o.compiled().artifact(), opts.limits());
        final int chips = (int) u.cores().stream().mapToInt(Utilization.CoreUse::chip).distinct().count();
        final int passed = (int) o.checks().stream().filter(Check::ok).count();
        return new HardwareRun(TARGET, "the tutorial's sin(x^2) network, as it is (inpt, outpt and their probes on"
            + " the host; sin read out of ens1 by a chip-to-host connection)", dir, chips, u.cores().size(),
            u.totalCompartments() + " compartments, " + u.totalSynapseBits() + " synapse bits, of a "
                + opts.limits().nChips() + "-chip Loihi 1 board", "outpt_p (5 ms lowpass)", "sin(x^2)", emu.rmse(),
            flt.rmse(), f.rmse(), f.bestShiftSteps(), f.tolerance().settleSteps(), passed, o.checks().size(), steps,
            (System.nanoTime() - t0) / 1e9);
    }

    /** The tutorial's probes with the bars hw-loihi's {@code nef-sin-square} gives the probes of the same label. */
    static Map<Probe, Tolerance> tolerances(final NefSinSquare.Parts parts) {
        final Map<String, Tolerance> byLabel = new LinkedHashMap<>();
        ReferenceNetworks.get(REFERENCE).factory().get().tolerances().forEach((p, tol) -> byLabel.put(p.label(), tol));
        final Map<Probe, Tolerance> tol = new LinkedHashMap<>();
        for (Probe p : new Probe[] {parts.inputP(), parts.outputP()}) {
            final Tolerance v = byLabel.get(p.label());
            if (v == null) {
                throw new IllegalStateException("hw-loihi's '" + REFERENCE + "' has no probe '" + p.label()
                    + "'; its probes are " + byLabel.keySet());
            }
            tol.put(p, v);
        }
        return tol;
    }
}
