package dev.neurovec.examples.tutorial;

import dev.neurovec.io.Mnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tutorial's training cell reaches the project's accuracy bar: over seeds 0–4, two epochs of
 * RMSprop on all 60,000 training images give a median test MSE of at most 1000 and none above 1150
 * (PyTorch on this machine: 951 ± 126, range 789–1134; a broken gradient lands in the thousands).
 */
class AutoEncoderTrainingTest {
    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void shouldReachTheTutorialsTestMseOverFiveSeeds() {
        final double[] mse = new double[5];
        for (int seed = 0; seed < mse.length; seed++) {
            mse[seed] = AutoEncoder.run(seed, Mnist.locate(), 2, 60_000, List.of(), null).testMse();
        }
        final double[] sorted = mse.clone();
        Arrays.sort(sorted);
        final String seen = "test MSE per seed " + Arrays.toString(mse);
        System.out.println("auto-encoder: " + seen);
        assertTrue(sorted[2] <= 1000, "median above 1000: " + seen);
        assertTrue(sorted[4] <= 1150, "a seed above 1150: " + seen);
    }
}
