package dev.neurovec.loihi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * §E4.7: each reference network of §E6 (1-6) and the tutorial's NEF network, emitted, read back and emulated in
 * integer mode (the tutorial's with its host part after the chip), stays within its RMSE bar against the float64
 * NeuroVec simulation, and passes every limit, register, connectivity, host-link and overflow check.
 */
class ReferenceFidelityTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"ens-ens", "node-ens-ens", "square-weights", "integrator", "oscillator", "ens16d",
        "big2500", "nef-sin-square"})
    @Timeout(180)
    void shouldStayWithinToleranceWhenEmulatingAReferenceNetwork(final String name) {
        final ReferenceNetwork ref = ReferenceNetworks.get(name);
        final ReferenceNetwork.Instance inst = ref.factory().get();
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(inst.network(), inst.tolerances(),
            LoihiOptions.defaults().withStrict(true), ref.steps(), tmp);
        assertEquals(inst.tolerances().size(), o.fidelity().size());
        for (Fidelity f : o.fidelity()) {
            assertTrue(f.ok(), f.toString());
            if (f.tolerance().rmse() == 0) {
                // a probe of a host node: the host runs the same float64 computation as the reference
                assertEquals(0.0, f.rmseFloatEmulator(), f.toString());
                continue;
            }
            assertTrue(f.rmse() > 0, "emulation and float simulation are different models: " + f);
            assertTrue(f.rmseQuantisation() > 0, "integer and float emulation differ by quantisation: " + f);
        }
        for (Check c : o.checks()) {
            assertTrue(c.ok(), c.message());
        }
        assertTrue(o.integer().chipSpikes() > 0);
        assertFalse(o.checks().isEmpty());
    }

    @Test
    void shouldCarryTheDecodedValueWhenUsingOneOnOffPairPerDimension() {
        final ReferenceNetwork.Instance inst = ReferenceNetworks.ensEns();
        final LoihiDeployment.Outcome o = LoihiDeployment.deploy(inst.network(), inst.tolerances(),
            LoihiOptions.defaults().withDecodeNeurons(LoihiOptions.DecodeNeuronsKind.ON_OFF), 600, tmp);
        final Fidelity b = o.fidelity().get(1);
        assertEquals("b", b.probe());
        // nengo-loihi's bar for OnOff decode neurons is a mean error of 0.35 (test_add_inputs); held here as RMSE
        assertTrue(b.rmse() < 0.35, b.toString());
        assertTrue(o.compiled().model().blocks().stream().anyMatch(k -> k.label().endsWith(".decode") && k.n() == 2),
            "one on/off pair for the 1-D connection");
    }
}
