package dev.neurovec.io;

import dev.neurovec.network.Connection;
import dev.neurovec.network.NengoObject;

/**
 * A connection's transform with its trained values: a size_out x size_mid matrix, or, for an
 * element-wise transform, one gain per element (a single gain when the transform was a scalar).
 *
 * @param matrix   the dense transform, or null
 * @param gains    the element-wise gains, or null
 */
public record TransformParams(double[][] matrix, double[] gains) implements NengoParams {

    @Override
    public void applyTo(final NengoObject object) {
        final Connection c = (Connection) object;
        if (matrix != null) {
            c.transform(matrix);
        } else if (gains.length == 1) {
            c.transform(gains[0]);
        } else {
            c.transform(gains);
        }
    }
}
