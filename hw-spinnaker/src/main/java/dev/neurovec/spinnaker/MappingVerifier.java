package dev.neurovec.spinnaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a mapping and its written artifact against every limit and invariant of hardware.md §E4 (SpiNNaker) that
 * can be proved without running: resources, key fields and connection-id colouring, exhaustive route walks through
 * the loaded and the uncompressed tables, table equivalence and sizes, filter routing, and the decoded SDRAM
 * images against the model. Emulation and fidelity checks are added by {@link SpinnakerTool}.
 */
public final class MappingVerifier {
    private MappingVerifier() {
    }

    /**
     * @param m        the mapping
     * @param artifact the artifact written from it
     * @return the checks, in a fixed order
     */
    public static List<Check> verify(final Mapping m, final ArtifactReader artifact) {
        final List<Check> out = new ArrayList<>();
        out.addAll(ResourceChecks.check(m));
        out.addAll(KeyChecks.check(m));
        final Map<Integer, ImageDecoder.Decoded> images = new HashMap<>();
        String decodeError = null;
        for (ArtifactReader.Block b : artifact.blocks()) {
            try {
                images.put(b.vertex(), ImageDecoder.decode("SDRAM block of vertex " + b.vertex(), b.app(),
                    artifact.image(b), b.totalBytes()));
            } catch (MappingError e) {
                decodeError = e.getMessage();
            }
        }
        out.add(new Check("SDRAM pointer tables and region sizes valid", decodeError == null,
            Integer.toString(images.size()), Integer.toString(artifact.blocks().size()),
            decodeError == null ? "every block decodes" : decodeError));
        if (decodeError == null) {
            out.addAll(ImageChecks.check(m, images));
            out.addAll(RouteChecks.check(m, artifact, images));
        }
        return out;
    }
}
