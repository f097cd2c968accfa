package dev.neurovec.ops;

/**
 * Index-driven copies between signals. An element is a block of {@code block} consecutive floats (the minibatch
 * {@code B}); offsets are in floats and indices are in elements, so element {@code e} of an array at offset
 * {@code off} occupies {@code [off + e*block, off + (e+1)*block)}.
 *
 * <p>Scatters process {@code t} in ascending order, so with repeated destination indices the last write wins
 * ({@code scatter}) or every contribution is added in order ({@code ...Inc}). Source and destination must not
 * overlap.
 */
public interface GatherOps {

    /**
     * {@code dst[t] = src[idx[t]]} for {@code t < n}, block by block.
     *
     * @param src    read
     * @param srcOff offset of source element 0
     * @param idx    read: {@code n} source element indices
     * @param idxOff offset of {@code idx[0]}
     * @param dst    written: {@code n} elements
     * @param dstOff offset of destination element 0
     * @param n      elements to move
     * @param block  floats per element
     */
    void gather(float[] src, int srcOff, int[] idx, int idxOff, float[] dst, int dstOff, int n, int block);

    /**
     * {@code dst[idx[t]] = src[t]} for {@code t < n}, block by block.
     *
     * @param src    read: {@code n} elements
     * @param srcOff offset of source element 0
     * @param idx    read: {@code n} destination element indices
     * @param idxOff offset of {@code idx[0]}
     * @param dst    written
     * @param dstOff offset of destination element 0
     * @param n      elements to move
     * @param block  floats per element
     */
    void scatter(float[] src, int srcOff, int[] idx, int idxOff, float[] dst, int dstOff, int n, int block);

    /**
     * {@code dst[idx[t]] += src[t]} for {@code t < n} in ascending {@code t}, block by block.
     *
     * @param src    read: {@code n} elements
     * @param srcOff offset of source element 0
     * @param idx    read: {@code n} destination element indices (repeats allowed)
     * @param idxOff offset of {@code idx[0]}
     * @param dst    read and written
     * @param dstOff offset of destination element 0
     * @param n      elements to move
     * @param block  floats per element
     */
    void scatterInc(float[] src, int srcOff, int[] idx, int idxOff, float[] dst, int dstOff, int n, int block);

    /**
     * {@code dst[dstIdx[t]] = src[srcIdx[t]]} for {@code t < n}, block by block.
     *
     * @param src       read
     * @param srcOff    offset of source element 0
     * @param srcIdx    read: {@code n} source element indices
     * @param srcIdxOff offset of {@code srcIdx[0]}
     * @param dst       written
     * @param dstOff    offset of destination element 0
     * @param dstIdx    read: {@code n} destination element indices
     * @param dstIdxOff offset of {@code dstIdx[0]}
     * @param n         elements to move
     * @param block     floats per element
     */
    void gatherScatter(float[] src, int srcOff, int[] srcIdx, int srcIdxOff, float[] dst, int dstOff, int[] dstIdx,
                       int dstIdxOff, int n, int block);

    /**
     * {@code dst[dstIdx[t]] += src[srcIdx[t]]} for {@code t < n} in ascending {@code t}, block by block.
     *
     * @param src       read
     * @param srcOff    offset of source element 0
     * @param srcIdx    read: {@code n} source element indices
     * @param srcIdxOff offset of {@code srcIdx[0]}
     * @param dst       read and written
     * @param dstOff    offset of destination element 0
     * @param dstIdx    read: {@code n} destination element indices (repeats allowed)
     * @param dstIdxOff offset of {@code dstIdx[0]}
     * @param n         elements to move
     * @param block     floats per element
     */
    void gatherScatterInc(float[] src, int srcOff, int[] srcIdx, int srcIdxOff, float[] dst, int dstOff,
                          int[] dstIdx, int dstIdxOff, int n, int block);
}
