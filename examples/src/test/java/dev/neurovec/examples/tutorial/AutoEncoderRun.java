package dev.neurovec.examples.tutorial;

import dev.neurovec.io.Mnist;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

@Tag("manual")
class AutoEncoderRun {
    @Test
    void run() {
        final AutoEncoder.Result r = AutoEncoder.run(Long.getLong("ae.seed", 0), Mnist.locate(), Integer.getInteger("ae.epochs", 2),
            Integer.getInteger("ae.rows", 60000), List.of(), null);
        System.out.println("RESULT " + r.seed() + " mse " + r.testMse() + " s/epoch " + r.secondsPerEpoch() + " samples/s "
            + r.samplesPerSecond() + " " + r.history().epochs());
    }
}
