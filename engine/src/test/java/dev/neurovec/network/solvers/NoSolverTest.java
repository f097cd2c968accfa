package dev.neurovec.network.solvers;

import dev.neurovec.errors.ValidationError;

import dev.neurovec.network.dists.RandomState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoSolverTest {

    @Test
    void shouldReturnZerosOfTheSolvedShapeWhenNoValuesAreGiven() {
        final SolverResult r = new NoSolver().solve(new double[5][3], new double[5][2], new RandomState(0));
        assertEquals(3, r.decoders().length);
        assertArrayEquals(new double[] {0, 0}, r.decoders()[2], 0.0);
        assertTrue(Double.isNaN(r.rmses()[0]) && Double.isNaN(r.rmses()[1]));
    }

    @Test
    void shouldReturnACopyOfTheValuesWhenGiven() {
        final double[][] values = {{1, 2}, {3, 4}, {5, 6}};
        final NoSolver s = new NoSolver(values, true);
        values[0][0] = 99;
        final SolverResult r = s.solve(new double[4][3], new double[4][2], new RandomState(0));
        assertArrayEquals(new double[] {1, 2}, r.decoders()[0], 0.0);
        r.decoders()[1][1] = 99;
        assertEquals(4.0, s.solve(new double[4][3], new double[4][2], new RandomState(0)).decoders()[1][1], 0.0);
        assertEquals("NoSolver(values=<3 x 2>, weights=True)", s.toString());
    }

    @Test
    void shouldRejectValuesWithTheWrongNeuronCountWhenSolved() {
        final NoSolver s = new NoSolver(new double[][] {{1}}, false);
        assertEquals("NoSolver: values has 1 rows; expected one per neuron (3)",
            assertThrows(ValidationError.class,
                () -> s.solve(new double[4][3], new double[4][1], new RandomState(0))).getMessage());
    }
}
