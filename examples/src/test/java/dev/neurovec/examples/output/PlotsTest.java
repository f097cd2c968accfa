package dev.neurovec.examples.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlotsTest {
    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void shouldDrawEachPixelAsAScaledGrayBlock(@TempDir final Path dir) throws IOException {
        final Path p = dir.resolve("grid.png");
        final float[] black = new float[4];
        final float[] white = {255, 255, 300, 255};
        Plots.imageGrid(p, "t", new float[][] {black, white, white}, 2, 2, 2, 255f, 3);
        final byte[] bytes = Files.readAllBytes(p);
        final byte[] head = new byte[8];
        System.arraycopy(bytes, 0, head, 0, 8);
        assertArrayEquals(PNG_MAGIC, head);
        final BufferedImage img = ImageIO.read(p.toFile());
        final int gap = 6;
        final int header = 24;
        final int cell = 2 * 3 + gap;
        assertEquals(0x000000, img.getRGB(gap + 5, header + gap + 5) & 0xffffff, "first image, black");
        assertEquals(0xffffff, img.getRGB(gap + cell, header + gap) & 0xffffff, "second image, white");
        assertEquals(0xffffff, img.getRGB(gap + 5, header + gap + cell + 5) & 0xffffff, "third, clamped to white");
    }

    @Test
    void shouldRejectAnImageOfTheWrongSize(@TempDir final Path dir) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Plots.imageGrid(dir.resolve("x.png"), "t", new float[][] {new float[3]}, 1, 2, 2, 1f, 1));
        assertEquals("Plots.imageGrid " + dir.resolve("x.png") + ": image 0 has 3 values; expected 4", e.getMessage());
    }

    @Test
    void shouldPrintAKerasLikeEpochLine() {
        assertEquals("1200/1200 [==============================] - 4s 3ms/step - loss: 894.5856",
            EpochLines.line(1200, 3.6, 894.58561));
    }
}
