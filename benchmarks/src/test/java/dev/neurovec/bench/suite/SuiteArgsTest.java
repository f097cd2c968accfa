package dev.neurovec.bench.suite;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuiteArgsTest {

    @Test
    void shouldUseDefaultsWhenNoArguments() {
        assertEquals(SuiteOptions.defaults(), SuiteArgs.parse(new String[0]));
    }

    @Test
    void shouldShortenOnlyUnsetSettingsWhenQuick() {
        final SuiteOptions q = SuiteArgs.parse(new String[] {"--quick", "--reps", "7"});
        assertTrue(q.quick());
        assertEquals(7, q.reps());
        assertEquals(1.0, q.warmupSeconds());
        assertEquals(1.0, q.referenceRepSeconds());
    }

    @Test
    void shouldCollectRepeatedCasesAndParseLists() {
        final SuiteOptions o = SuiteArgs.parse(new String[] {"--case", "a", "--case", "b", "--minibatch", "1, 8,64",
            "--json", "x.jsonl", "--steps", "10"});
        assertEquals(List.of("a", "b"), o.cases());
        assertEquals(List.of(1, 8, 64), o.minibatches());
        assertEquals(Path.of("x.jsonl"), o.jsonFile());
        assertEquals(10, o.steps());
    }

    @Test
    void shouldNameTheOptionWhenValueIsBad() {
        assertEquals("--steps = 'ten'; expected an integer",
            assertThrows(IllegalArgumentException.class, () -> SuiteArgs.parse(new String[] {"--steps", "ten"}))
                .getMessage());
        assertEquals("--json: missing value",
            assertThrows(IllegalArgumentException.class, () -> SuiteArgs.parse(new String[] {"--json"})).getMessage());
        assertEquals("--minibatch = 0; expected sizes >= 1",
            assertThrows(IllegalArgumentException.class, () -> SuiteArgs.parse(new String[] {"--minibatch", "0"}))
                .getMessage());
    }

    @Test
    void shouldSelectOnlyQuickCasesWhenQuick() {
        final List<BenchCase> quick = CaseRegistry.defaults().select(SuiteArgs.parse(new String[] {"--quick"}));
        assertTrue(quick.size() >= 2);
        quick.forEach(c -> assertTrue(c.quick(), c.name()));
    }
}
