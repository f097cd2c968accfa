package dev.neurovec.io;

import dev.neurovec.sim.Simulator;
import dev.neurovec.sim.SimulatorOptions;
import dev.neurovec.tensor.Tensor;
import dev.neurovec.train.Adam;
import dev.neurovec.train.Losses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interop proof, outside the default build: the HDF5 tools read a checkpoint the test suite writes.
 * {@code h5dump -H} (Debian package {@code hdf5-tools}) lists the file's groups, datasets and attributes;
 * the dataset paths, shapes and types must be exactly what the Java side wrote. Run with
 * {@code mvn -pl operators,engine test -Dtest=H5dumpInteropTest -Dneurovec.h5dump=true}.
 */
@Tag("h5dump")
@EnabledIfSystemProperty(named = "neurovec.h5dump", matches = "true")
class H5dumpInteropTest {
    private static final Pattern OPEN = Pattern.compile("^\\s*(GROUP|DATASET|ATTRIBUTE) \"(.*)\" \\{$");
    private static final Pattern SPACE = Pattern.compile("DATASPACE\\s+SIMPLE \\{ \\( ([0-9, ]+) \\) /");
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldListExactlyTheDatasetsAndShapesJavaWrote() throws IOException, InterruptedException {
        final TestNets.AutoEncoder ae = TestNets.autoEncoder();
        final Path file = dir.resolve("interop.h5");
        final Tensor x = TestNets.data(1);
        final SimulatorOptions opts = SimulatorOptions.defaults().withMinibatchSize(TestNets.MINIBATCH);
        try (Simulator sim = new Simulator(ae.net(), opts)) {
            sim.compile(new Adam(0.01f), Losses.mse());
            sim.fit(Map.of(ae.in(), x), Map.of(ae.probe(), x), 1);
            sim.saveParams(file, SaveOptions.all().withEpoch(1));
        }
        final Checkpoint c = Checkpoints.read(file);
        final Map<String, String> expected = new TreeMap<>();
        c.params().forEach((k, v) -> expected.put(path(CheckpointLayout.PARAMS, k), shape(v.shape())));
        c.state().forEach((k, v) -> expected.put(path(CheckpointLayout.STATE, k), shape(v.shape())));
        c.optimizer().slots().forEach((k, v) -> expected.put(path(CheckpointLayout.OPTIMIZER, k), shape(v.shape())));

        final Process p = new ProcessBuilder("h5dump", "-H", file.toString()).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "h5dump did not finish");
        assertEquals(0, p.exitValue(), "h5dump failed:\n" + out);
        Files.writeString(dir.resolve("h5dump.txt"), out);

        final Map<String, String> dumped = new TreeMap<>();
        final Map<String, String> types = new TreeMap<>();
        final Set<String> rootAttributes = new java.util.TreeSet<>();
        final Deque<String> stack = new ArrayDeque<>();
        String dataset = null;
        for (String line : out.split("\n")) {
            final Matcher m = OPEN.matcher(line);
            if (m.matches()) {
                final String parent = stack.isEmpty() ? "" : stack.peek();
                final String name = m.group(2);
                if (m.group(1).equals("ATTRIBUTE")) {
                    if (parent.equals("/")) {
                        rootAttributes.add(name);
                    }
                    stack.push(parent + "@" + name);
                } else {
                    final String here = name.equals("/") ? "/" : (parent.equals("/") ? "" : parent) + "/" + name;
                    stack.push(here);
                    dataset = m.group(1).equals("DATASET") ? here : null;
                }
            } else if (line.trim().endsWith("{")) {
                stack.push(stack.isEmpty() ? "" : stack.peek());
            } else if (line.trim().equals("}")) {
                if (!stack.isEmpty()) {
                    stack.pop();
                }
            } else if (dataset != null && dataset.equals(stack.peek()) && line.contains("DATATYPE")) {
                types.put(dataset, line.trim().replaceAll("\\s+", " "));
            } else if (dataset != null && dataset.equals(stack.peek()) && line.contains("DATASPACE")) {
                final Matcher s = SPACE.matcher(line);
                assertTrue(s.find(), "unexpected dataspace for " + dataset + ": " + line);
                dumped.put(dataset, "(" + s.group(1).replace(" ", "") + ")");
            }
        }
        assertEquals(expected, dumped, "h5dump -H output:\n" + out);
        for (String d : dumped.keySet()) {
            assertEquals("DATATYPE H5T_IEEE_F32LE", types.get(d), d);
        }
        assertTrue(rootAttributes.containsAll(Set.of("format", "formatVersion", "neurovecVersion", "dt", "seed", "step",
            "networkHash", "created", "epoch")), rootAttributes.toString());
        System.out.println("h5dump -H read " + dumped.size() + " float32 datasets matching the Java side, e.g. "
            + dumped.entrySet().iterator().next());
    }

    private static String path(final String group, final String key) {
        final StringBuilder sb = new StringBuilder("/").append(group);
        for (String part : key.split("/")) {
            sb.append('/').append(CheckpointLayout.linkName(part));
        }
        return sb.toString();
    }

    private static String shape(final int[] s) {
        return Arrays.toString(s).replace("[", "(").replace("]", ")").replace(" ", "");
    }
}
