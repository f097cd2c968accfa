package dev.neurovec.spinnaker;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the regions of one SDRAM block as 32-bit words and lays them out behind the application pointer table
 * (hardware.md §B2.6, {@link ImageLayout}).
 */
final class RegionWords {
    private final App app;
    private final int[][] words;
    private final String[] encodings;
    private final int[] reservedWords;

    RegionWords(final App app) {
        this.app = app;
        final int n = ImageLayout.maxRegion(app) + 1;
        this.words = new int[n][];
        this.encodings = new String[n];
        this.reservedWords = new int[n];
        for (int i = 1; i < n; i++) {
            words[i] = new int[0];
            encodings[i] = "empty";
        }
    }

    void put(final int region, final String encoding, final int... data) {
        words[region] = data;
        encodings[region] = encoding;
    }

    void reserve(final int region, final String encoding, final int nWords) {
        reservedWords[region] = nWords;
        encodings[region] = encoding;
    }

    /** @return total block bytes (stored plus reserved) */
    int totalBytes() {
        int n = words.length;
        for (int i = 1; i < words.length; i++) {
            n += words[i].length + reservedWords[i];
        }
        return 4 * n;
    }

    SdramImage image(final int vertex, final int x, final int y, final int p, final int base) {
        final int n = words.length;
        final int[] offsets = new int[n];
        final List<SdramImage.Region> regions = new ArrayList<>();
        int at = n;
        int storedWords = n;
        regions.add(new SdramImage.Region(0, "pointer_table", 0, 4 * n, "u32", true));
        for (int i = 1; i < n; i++) {
            offsets[i] = 4 * at;
            final boolean reserved = ImageLayout.reserved(app, i);
            final int size = words[i].length + reservedWords[i];
            regions.add(new SdramImage.Region(i, ImageLayout.regionName(app, i), 4 * at, 4 * size, encodings[i],
                !reserved));
            at += size;
            if (!reserved) {
                storedWords = at;
            }
        }
        final ByteBuffer buf = ByteBuffer.allocate(4 * storedWords).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            buf.putInt(offsets[i]);
        }
        for (int i = 1; i < n; i++) {
            if (!ImageLayout.reserved(app, i)) {
                for (int w : words[i]) {
                    buf.putInt(w);
                }
            }
        }
        return new SdramImage(vertex, app, x, y, p, base, buf.array(), 4 * at, regions);
    }
}
