package dev.neurovec.train;

import dev.neurovec.build.Model;
import dev.neurovec.build.Signal;
import dev.neurovec.build.ops.Copy;
import dev.neurovec.build.ops.ElementwiseSet;
import dev.neurovec.build.ops.Operator;
import dev.neurovec.build.ops.SimNeurons;
import dev.neurovec.build.ops.SimNode;
import dev.neurovec.build.ops.SimProcess;
import dev.neurovec.network.neurons.Lif;
import dev.neurovec.network.neurons.NeuronType;
import dev.neurovec.network.neurons.RegularSpiking;
import dev.neurovec.network.neurons.SoftLifRate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a model's operators for NengoDL's calls. Fed input nodes lose their own operators (their
 * values come from the data). For training, spiking neurons run as their rate equivalents with their
 * state held (LIF → LIFRate, or SoftLIFRate when a smoothing is set; spiking ReLU → ReLU;
 * RegularSpiking → its rate passed through), as NengoDL's {@code fit} does (§5.6).
 */
public final class TrainingOps {
    private TrainingOps() {
    }

    /**
     * @param model the built model
     * @param fed   output signals of the input nodes that receive data
     * @return the operators for inference with fed inputs
     */
    public static List<Operator> inference(final Model model, final Set<Signal> fed) {
        final List<Operator> out = new ArrayList<>();
        for (Operator op : model.operators()) {
            if (!feedsFromData(op, fed)) {
                out.add(op);
            }
        }
        return out;
    }

    /**
     * @param model        the built model
     * @param fed          output signals of the input nodes that receive data
     * @param lifSmoothing SoftLIFRate smoothing for LIF neurons, or null for LIFRate
     * @return the operators for training
     */
    public static List<Operator> training(final Model model, final Set<Signal> fed, final Double lifSmoothing) {
        final List<Operator> out = new ArrayList<>();
        for (Operator op : inference(model, fed)) {
            if (op instanceof SimNeurons n && n.type().spiking()) {
                out.add(rateSwap(n, lifSmoothing));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    private static boolean feedsFromData(final Operator op, final Set<Signal> fed) {
        if (op instanceof SimNode n) {
            return n.output() != null && fed.contains(n.output().base());
        }
        if (op instanceof SimProcess p) {
            return p.mode() == SimProcess.Mode.SET && fed.contains(p.output().base());
        }
        if (op instanceof dev.neurovec.build.ops.SimTensorNode n) {
            return fed.contains(n.output().base());
        }
        return false;
    }

    private static Operator rateSwap(final SimNeurons n, final Double lifSmoothing) {
        if (n.type() instanceof RegularSpiking rs) {
            if (rs.amplitude() == 1.0) {
                return new Copy(n.j(), n.output(), null, null, false, n.tag() + " (rate)");
            }
            return new ElementwiseSet(Signal.constant(n.tag() + ".amplitude", new double[] {rs.amplitude()}), n.j(),
                n.output(), n.tag() + " (rate)");
        }
        final NeuronType rate = lifSmoothing != null && n.type() instanceof Lif l
            ? new SoftLifRate(lifSmoothing, l.tauRc(), l.tauRef(), l.amplitude()) : n.type().rateEquivalent();
        final List<Signal> state = new ArrayList<>();
        for (String name : rate.stateNames()) {
            for (Signal s : n.state()) {
                if (s.name().endsWith("." + name)) {
                    state.add(s);
                }
            }
        }
        return new SimNeurons(rate, n.j(), n.output(), state, n.tag() + " (rate)");
    }
}
