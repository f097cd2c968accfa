package dev.neurovec.spinnaker;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic JSON for the artifacts (hardware.md §E2): UTF-8, object keys sorted, two-space indent, {@code \n}
 * line ends on every platform, lists in the order given. Objects are built as {@link TreeMap}s through {@link #obj}.
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    /**
     * @param kv alternating keys and values
     * @return a sorted map
     */
    static Map<String, Object> obj(final Object... kv) {
        final Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * @param values ints
     * @return them as a list
     */
    static List<Integer> list(final int... values) {
        final List<Integer> out = new ArrayList<>(values.length);
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    /**
     * @param value an object tree of maps, lists and scalars
     * @return its text, ending in a newline
     */
    static String text(final Object value) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(value) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(final Path file, final Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static JsonNode read(final Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * @param v an int that stands for an unsigned 32-bit word
     * @return its unsigned value
     */
    static long unsigned(final int v) {
        return v & 0xffff_ffffL;
    }
}
