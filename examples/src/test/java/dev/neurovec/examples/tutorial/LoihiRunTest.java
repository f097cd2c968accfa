package dev.neurovec.examples.tutorial;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LoihiRunTest {
    /** The demo says why Loihi runs a reference network; this keeps that account true. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldBeRefusedTheTutorialsNetworkForItsNodeProbes() {
        final String why = LoihiRun.refusal(Path.of("unused"), 10);
        assertTrue(why.startsWith("Probe 'inpt_p': probing output of Node 'inpt' is not supported on Loihi"), why);
        assertTrue(why.endsWith(LoihiRun.READOUT), why);
    }
}
