package dev.neurovec.spinnaker;

import java.util.Collections;
import java.util.List;

/**
 * One vertex's SDRAM block (hardware.md §B2.6, §E2.2): the stored bytes (pointer table and every region up to the
 * first reserved recording region) and the region directory written to {@code regions.json}.
 *
 * @param vertex     vertex id
 * @param app        the application
 * @param x          chip x
 * @param y          chip y
 * @param p          core id
 * @param base       SDRAM address of the block
 * @param bytes      the stored image
 * @param totalBytes block size including reserved recording space
 * @param regions    the regions, by index (index 0 is the pointer table)
 */
public record SdramImage(int vertex, App app, int x, int y, int p, int base, byte[] bytes, int totalBytes,
                         List<Region> regions) {

    /**
     * Makes the list unmodifiable.
     *
     * @param vertex vertex id
     * @param app the application
     * @param x chip x
     * @param y chip y
     * @param p core id
     * @param base SDRAM address of the block
     * @param bytes the stored image
     * @param totalBytes block size including reserved recording space
     * @param regions the regions, by index (index 0 is the pointer table)
     */
    public SdramImage {
        regions = Collections.unmodifiableList(regions);
    }

    /**
     * One region of the block.
     *
     * @param index    region index
     * @param name     region name
     * @param offset   byte offset from the block base
     * @param size     bytes
     * @param encoding how its words are encoded ({@code u32}, {@code s16.15}, {@code key}, ...)
     * @param stored   whether the bytes are in the image file (recordings are reserved only)
     */
    public record Region(int index, String name, int offset, int size, String encoding, boolean stored) {
    }

    /** @return the file name under {@code sdram/} */
    public String fileName() {
        return x + "_" + y + "_" + p + ".bin";
    }
}
