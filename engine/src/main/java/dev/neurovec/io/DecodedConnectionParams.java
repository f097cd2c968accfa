package dev.neurovec.io;

import dev.neurovec.network.Connection;
import dev.neurovec.network.NengoObject;
import dev.neurovec.network.solvers.NoSolver;

/**
 * A decoded connection's arguments: {@code solver = NoSolver(decoders)} with the trained weights
 * (transform and decoders folded together) transposed into decoders, a function returning zeros of the
 * output size (it only fixes the decoded size; NoSolver ignores its values) and the identity
 * transform, so the build's {@code transform · decodersᵀ} gives back exactly the trained weights.
 *
 * @param decoders n_pre_neurons x size_out
 */
public record DecodedConnectionParams(double[][] decoders) implements NengoParams {

    @Override
    public void applyTo(final NengoObject object) {
        final Connection c = (Connection) object;
        final int size = decoders[0].length;
        c.solver(new NoSolver(decoders, false));
        c.function(size, (x, out) -> java.util.Arrays.fill(out, 0.0));
        c.transform(1.0);
    }
}
