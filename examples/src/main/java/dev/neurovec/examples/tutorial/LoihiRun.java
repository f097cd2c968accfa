package dev.neurovec.examples.tutorial;

import dev.neurovec.errors.NeuroVecException;
import dev.neurovec.loihi.Check;
import dev.neurovec.loihi.Fidelity;
import dev.neurovec.loihi.LoihiDeployment;
import dev.neurovec.loihi.LoihiOptions;
import dev.neurovec.loihi.LoihiReport;
import dev.neurovec.loihi.ReferenceNetwork;
import dev.neurovec.loihi.ReferenceNetworks;
import dev.neurovec.loihi.Utilization;
import dev.neurovec.network.Node;
import dev.neurovec.network.Probe;
import dev.neurovec.sim.ExecutorKind;
import dev.neurovec.sim.Precision;
import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;

import java.nio.file.Path;
import java.util.Map;

/**
 * The tutorial's NEF network on Loihi, through {@code hw-loihi}'s {@link LoihiDeployment}. The back-end
 * refuses it: it cannot probe nodes (the tutorial probes {@code inpt} and {@code outpt}), and the
 * {@code sin} read-out into {@code outpt} would be a chip-to-host connection, which it does not implement
 * either. So after showing the refusal this runs the closest of hw-loihi's reference networks,
 * {@code node-ens-ens}: a band-limited signal into an ensemble, and a second ensemble computing {@code x²}
 * (the tutorial's first stage), probed on the chip.
 */
public final class LoihiRun {
    /** The target's name. */
    public static final String TARGET = "loihi1";
    /** The reference network run instead. */
    public static final String REFERENCE = "node-ens-ens";
    /** Its probe compared with {@code x²}. */
    static final String SQUARE_PROBE = "b1_square";
    /** The label of its 1-D input node. */
    static final String INPUT_NODE = "input";
    /** What keeps the read-out on the chip even without the node probes. */
    static final String READOUT = "the sin(x^2) read-out ens1 -> outpt would have to leave the chip, and hw-loihi"
        + " has no chip-to-host connections (receive nodes) to carry it";

    /** Why the figures against x² are large for the float simulation too. */
    static final String FUNCTION_NOTE = "both include the lag of the probe's 30 ms lowpass and of two synapses,"
        + " and the input (rms 0.5) leaving the radius 1, where x^2 saturates: compare them with each other";

    private LoihiRun() {
    }

    /**
     * @param dir   the artifact folder (created)
     * @param steps steps to emulate
     * @return what ran: the reference network, with the reason the tutorial's could not
     */
    public static HardwareRun run(final Path dir, final int steps) {
        final long t0 = System.nanoTime();
        final String refused = refusal(dir, steps);
        final ReferenceNetwork ref = ReferenceNetworks.get(REFERENCE);
        final ReferenceNetwork.Instance inst = ref.factory().get();
        final LoihiOptions opts = LoihiOptions.defaults();
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(inst.network(), inst.tolerances(), opts, steps, dir);
        LoihiReport.write(LoihiReport.toMap(REFERENCE, o, opts.limits()), o);
        final Probe square = probe(inst.tolerances(), SQUARE_PROBE);
        final double[] x = input(steps);
        final double[] target = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            target[i] = x[i] * x[i];
        }
        final Fidelity f = o.fidelity().stream().filter(v -> v.probe().equals(square.path())).findFirst()
            .orElseThrow();
        final Utilization u = Utilization.of(o.compiled().artifact(), opts.limits());
        final int chips = (int) u.cores().stream().mapToInt(Utilization.CoreUse::chip).distinct().count();
        final int passed = (int) o.checks().stream().filter(Check::ok).count();
        return new HardwareRun(TARGET, "hw-loihi reference '" + REFERENCE + "' (" + ref.description() + ")",
            refused, dir, chips, u.cores().size(), u.totalCompartments() + " compartments, "
            + u.totalSynapseBits() + " synapse bits, of a " + opts.limits().nChips() + "-chip Loihi 1 board",
            SQUARE_PROBE + " (30 ms lowpass)", "x^2",
            NefSinSquare.rmse(column(o.integer().probe(square.path())), target),
            NefSinSquare.rmse(column(o.reference().get(square.path())), target), FUNCTION_NOTE, f.rmse(),
            f.bestShiftSteps(), f.tolerance().settleSteps(), passed, o.checks().size(), steps,
            (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Offers the tutorial's own network to the back-end.
     *
     * @return why it was refused (the back-end's message, then what would still stand in the way)
     * @throws IllegalStateException if it was accepted, so this class's account is out of date
     */
    static String refusal(final Path dir, final int steps) {
        try {
            LoihiDeployment.compile(NefSinSquare.build().network(), LoihiOptions.defaults(), steps);
        } catch (UnsupportedOperationException | NeuroVecException e) {
            return e.getMessage() + "; and " + READOUT;
        }
        throw new IllegalStateException("hw-loihi now accepts the tutorial's network; deploy it to " + dir);
    }

    private static Probe probe(final Map<Probe, ?> probes, final String label) {
        return probes.keySet().stream().filter(p -> label.equals(p.label())).findFirst().orElseThrow(() ->
            new IllegalStateException("reference '" + REFERENCE + "' has no probe '" + label + "'"));
    }

    /** The reference network's 1-D input, from a float run of a fresh copy with a probe on it. */
    private static double[] input(final int steps) {
        final ReferenceNetwork.Instance inst = ReferenceNetworks.get(REFERENCE).factory().get();
        final Node in = inst.network().allNodes().stream().filter(n -> INPUT_NODE.equals(n.label())).findFirst()
            .orElseThrow(() -> new IllegalStateException("reference '" + REFERENCE + "' has no node 'input'"));
        final Probe p = inst.network().probe(in);
        try (Simulator sim = new Simulator(inst.network(), SimulatorOptions.defaults()
            .withExecutor(ExecutorKind.REFERENCE).withPrecision(Precision.FLOAT64))) {
            sim.runSteps(steps);
            return column(sim.dataDouble(p));
        }
    }

    private static double[] column(final double[][] m) {
        final double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][0];
        }
        return c;
    }
}
