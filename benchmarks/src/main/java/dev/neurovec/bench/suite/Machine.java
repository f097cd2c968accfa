package dev.neurovec.bench.suite;

import dev.neurovec.ops.Kernels;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Facts about the machine and the build that every result carries (STYLE.md: the machine line). */
public final class Machine {
    private static final Path LOADAVG = Path.of("/proc/loadavg");
    private static final Path CPUINFO = Path.of("/proc/cpuinfo");

    private Machine() {
    }

    /** @return JVM name and runtime version */
    public static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    /** @return the active kernel backend, as the CLI prints it */
    public static String kernels() {
        return Kernels.get().describe();
    }

    /** @return the one-minute load average, or NaN where /proc is absent */
    public static double load1m() {
        try {
            return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** @return the CPU model name, or the os.arch property where /proc is absent */
    static String cpuModel() {
        try {
            final List<String> lines = Files.readAllLines(CPUINFO, StandardCharsets.UTF_8);
            for (String l : lines) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // fall through to the architecture
        }
        return System.getProperty("os.arch");
    }

    /** @return processors available to the JVM */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The commit being measured: the {@code neurovec.commit} system property, else {@code git rev-parse}
     * in the working directory (with {@code -dirty} when tracked files are modified), else "unknown".
     *
     * @return the commit
     */
    static String commit() {
        final String prop = System.getProperty("neurovec.commit");
        if (prop != null && !prop.isBlank()) {
            return prop;
        }
        final String head = git("rev-parse", "--short=12", "HEAD");
        if (head == null) {
            return "unknown";
        }
        final String dirty = git("status", "--porcelain", "--untracked-files=no");
        return dirty == null || dirty.isEmpty() ? head : head + "-dirty";
    }

    private static String git(final String... args) {
        final String[] cmd = new String[args.length + 1];
        cmd[0] = "git";
        System.arraycopy(args, 0, cmd, 1, args.length);
        try {
            final Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
