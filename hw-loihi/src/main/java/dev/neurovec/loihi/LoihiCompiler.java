package dev.neurovec.loihi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the back-end stages in order on a device model (hardware.md §E1 stages 4-7): discretize, split, place,
 * connect and lay out the artifact. {@link LoihiBuilder} makes the device model from a network (stages 1-2).
 */
public final class LoihiCompiler {
    private LoihiCompiler() {
    }

    /**
     * The host side an artifact records in host.json.
     *
     * @param objects   host object paths
     * @param host2chip host-to-chip links
     * @param chip2host chip-to-host links
     * @param probes    probes of host objects
     */
    public record HostPlan(List<String> objects, List<ArtifactFiles.Host2Chip> host2chip,
                           List<ArtifactFiles.Chip2Host> chip2host, List<ArtifactFiles.HostProbeSpec> probes) {
        /** @return a plan with no host objects */
        public static HostPlan none() {
            return new HostPlan(List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * Discretizes (if not yet), splits to the limits, allocates and assembles a device model.
     *
     * @param model       the device model; modified in place
     * @param limits      per-core and board limits
     * @param strategy    placement strategy
     * @param seed        seed recorded in the manifest (and used for per-core seeds)
     * @param steps       host steps precomputed into the inputs
     * @param builder     builder parameters to record
     * @param host        the host side
     * @param networkHash hash of the network description
     * @return the artifact
     */
    public static Artifact compile(final LoihiModel model, final LoihiLimits limits,
                                   final CoreAllocator.Strategy strategy, final long seed, final int steps,
                                   final Map<String, Object> builder, final HostPlan host, final String networkHash) {
        if (!model.discretized) {
            Discretizer.discretize(model);
        }
        final List<ArtifactFiles.BlockSpec> specs = new ArrayList<>();
        for (LoihiBlock b : model.blocks) {
            final List<ArtifactFiles.SynapseSpec> syn = new ArrayList<>();
            for (LoihiSynapse s : b.synapses) {
                syn.add(new ArtifactFiles.SynapseSpec(s.label(), s.nAxons(), s.nTargets(), s.discrete.weightExp(),
                    s.discrete.dwExp(), s.discrete.lostBits()));
            }
            specs.add(new ArtifactFiles.BlockSpec(b.label(), b.n(), b.discrete.info(), syn));
        }
        BlockSplitter.split(model, limits);
        final CoreAllocator.Allocation alloc = CoreAllocator.allocate(model, limits, strategy);
        return ArtifactAssembler.assemble(model, alloc, limits, new ArtifactAssembler.Meta(seed, steps, networkHash,
            builder, specs, host));
    }
}
