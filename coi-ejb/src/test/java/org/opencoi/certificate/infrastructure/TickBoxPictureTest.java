package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.ExtractedValue;
import org.opencoi.certificate.infrastructure.TickBoxPicture.Mark;

/** The inside of a 14 by 12 point box, 2 points in from its edges, at 300 dpi: 42 by 33 pixels of ink. */
class TickBoxPictureTest {

    private static final float PIXELS_PER_POINT = 300 / 72f;
    private static final int WIDTH = 42;
    private static final int HEIGHT = 33;

    @Test
    void anEmptyBoxIsSurelyEmpty() {
        Mark mark = TickBoxPicture.markOf(new double[HEIGHT][WIDTH], PIXELS_PER_POINT);

        assertThat(mark.ticked()).isFalse();
        assertThat(mark.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aCrossOfTwoStrokesTicksTheBox() {
        double[][] ink = new double[HEIGHT][WIDTH];
        for (int y = 4; y < HEIGHT - 4; y++) {
            int x = 4 + (y - 4) * (WIDTH - 8) / (HEIGHT - 8);
            for (int dx = 0; dx < 4; dx++) {
                ink[y][x + dx] = 1;
                ink[y][WIDTH - 1 - x - dx] = 1;
            }
        }

        Mark mark = TickBoxPicture.markOf(ink, PIXELS_PER_POINT);

        assertThat(mark.ticked()).isTrue();
        assertThat(mark.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aSpeckDoesNotTickTheBox() {
        double[][] ink = new double[HEIGHT][WIDTH];
        for (int y = 15; y < 19; y++) {
            for (int x = 20; x < 24; x++) {
                ink[y][x] = 1;
            }
        }

        Mark mark = TickBoxPicture.markOf(ink, PIXELS_PER_POINT);

        assertThat(mark.ticked()).isFalse();
        assertThat(mark.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSquaresBorderAPointOffTheFitIsNoMark() {
        double[][] ink = new double[HEIGHT][WIDTH];
        for (int x = 0; x < WIDTH; x++) {
            ink[0][x] = 1;
            ink[1][x] = 1;
        }
        for (int y = 0; y < HEIGHT; y++) {
            ink[y][WIDTH - 1] = 1;
        }

        Mark mark = TickBoxPicture.markOf(ink, PIXELS_PER_POINT);

        assertThat(mark.ticked()).isFalse();
        assertThat(mark.confidence()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aFaintShortStrokeIsNeitherTickedNorEmpty() {
        double[][] ink = new double[HEIGHT][WIDTH];
        for (int x = 10; x < 22; x++) {
            ink[16][x] = 1;
        }

        Mark mark = TickBoxPicture.markOf(ink, PIXELS_PER_POINT);

        assertThat(mark.confidence()).isLessThan(ExtractedValue.CONFIDENT);
    }

    @Test
    void aFilledBoxIsTicked() {
        double[][] ink = new double[HEIGHT][WIDTH];
        for (double[] row : ink) {
            java.util.Arrays.fill(row, 1);
        }

        assertThat(TickBoxPicture.markOf(ink, PIXELS_PER_POINT).ticked()).isTrue();
    }
}
