package org.opencoi.certificate.infrastructure;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import org.opencoi.certificate.domain.PageRegion;

/**
 * A page's picture (grey, upright) read for its tick boxes: a box is ticked when marks cover enough
 * of the inside of its printed square, empty when next to nothing does, and undecided in between,
 * which a reader must not decide on. The square's own border is kept out by measuring only the
 * inside, a little in from the box's edges, and a straight line across the whole inside (a border
 * the page's fit places a point off) is not counted either; nor is a speck of dust or toner, a dark
 * shape too small to be a mark. Marks drawn as graphics (an X of two strokes, a check stroke) and
 * marks OCR passes over are seen alike.
 */
final class TickBoxPicture {

    /** What the picture shows in one box: ticked or not, and how far that can be trusted (0 to 1). */
    record Mark(boolean ticked, double confidence) {
    }

    /** How far in from the box's edges the inside starts, in points: the printed square lies on the edges. */
    static final float INSET = 2f;
    /** Marks covering at most this share of the inside leave the box empty. */
    static final double EMPTY = 0.005;
    /** Marks covering at least this share of the inside tick the box: a small check mark covers some 3 in 100. */
    static final double TICKED = 0.015;
    /** A mark reaches this far (points) across the box at least: a shape smaller than this is a speck. */
    static final float MARK_EXTENT = 2.5f;
    /** A pixel this dark (0 to 1) is part of a shape. */
    private static final double DARK = 0.35;
    /** A row or column of the inside this much ink is a line drawn across the box, a border, not a mark. */
    private static final double LINE = 0.8;
    /** The confidence of a box between empty and ticked: below what a value needs to be decided on. */
    private static final double UNDECIDED = 0.3;

    private final BufferedImage picture;
    private final float pixelsPerPoint;

    /** The picture of a page rendered at the given resolution, its pixels from the page's left and top edges. */
    TickBoxPicture(BufferedImage picture, float dpi) {
        this.picture = picture;
        this.pixelsPerPoint = dpi / 72f;
    }

    /** What the picture shows in the box at the given place, in points of the page. */
    Mark read(PageRegion box) {
        int left = Math.round((box.left() + INSET) * pixelsPerPoint);
        int top = Math.round((box.top() + INSET) * pixelsPerPoint);
        int right = Math.round((box.right() - INSET) * pixelsPerPoint);
        int bottom = Math.round((box.bottom() - INSET) * pixelsPerPoint);
        left = Math.max(0, left);
        top = Math.max(0, top);
        right = Math.min(picture.getWidth(), right);
        bottom = Math.min(picture.getHeight(), bottom);
        if (right - left < 2 || bottom - top < 2) {
            return new Mark(false, 0);
        }
        return markOf(ink(picture.getRaster(), left, top, right - left, bottom - top), pixelsPerPoint);
    }

    /** The ink of each pixel of the rectangle, 0 (white) to 1 (black), by row. */
    private static double[][] ink(Raster raster, int left, int top, int width, int height) {
        double[][] ink = new double[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                ink[y][x] = (255 - raster.getSample(left + x, top + y, 0)) / 255.0;
            }
        }
        return ink;
    }

    /** The mark the ink of a box's inside shows, its pixels this many to a point. */
    static Mark markOf(double[][] ink, float pixelsPerPoint) {
        int height = ink.length;
        int width = ink[0].length;
        boolean[][] counted = new boolean[height][width];
        int lines = 0;
        for (int y = 0; y < height; y++) {
            double sum = 0;
            for (int x = 0; x < width; x++) {
                sum += ink[y][x];
            }
            lines += sum >= LINE * width ? 1 : 0;
            for (int x = 0; x < width && sum < LINE * width; x++) {
                counted[y][x] = true;
            }
        }
        for (int x = 0; x < width; x++) {
            double sum = 0;
            for (int y = 0; y < height; y++) {
                sum += ink[y][x];
            }
            if (sum >= LINE * height) {
                lines++;
                for (int y = 0; y < height; y++) {
                    counted[y][x] = false;
                }
            }
        }
        // Lines across most of the inside are no border off by a point but a box filled in, as some systems mark one.
        if (lines > (width + height) / 2) {
            return new Mark(true, 1.0);
        }
        double share = markInk(ink, counted, MARK_EXTENT * pixelsPerPoint) / (width * height);
        if (share >= TICKED) {
            return new Mark(true, Math.min(1.0, 0.95 + 0.05 * (share - TICKED) / TICKED));
        }
        if (share <= EMPTY) {
            return new Mark(false, 0.95 + 0.05 * (EMPTY - share) / EMPTY);
        }
        return new Mark(share > (EMPTY + TICKED) / 2, UNDECIDED);
    }

    /**
     * The ink of the counted pixels that belong to marks: dark pixels joined (side or corner) into
     * shapes, of which only those reaching across the given number of pixels count, not specks.
     */
    private static double markInk(double[][] ink, boolean[][] counted, float extent) {
        int height = ink.length;
        int width = ink[0].length;
        boolean[][] visited = new boolean[height][width];
        double total = 0;
        java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (visited[y][x] || !counted[y][x] || ink[y][x] < DARK) {
                    continue;
                }
                double shapeInk = 0;
                int left = x;
                int right = x;
                int top = y;
                int bottom = y;
                visited[y][x] = true;
                queue.add(new int[] {x, y});
                while (!queue.isEmpty()) {
                    int[] pixel = queue.poll();
                    shapeInk += ink[pixel[1]][pixel[0]];
                    left = Math.min(left, pixel[0]);
                    right = Math.max(right, pixel[0]);
                    top = Math.min(top, pixel[1]);
                    bottom = Math.max(bottom, pixel[1]);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = pixel[0] + dx;
                            int ny = pixel[1] + dy;
                            if (nx >= 0 && ny >= 0 && nx < width && ny < height && !visited[ny][nx] && counted[ny][nx]
                                    && ink[ny][nx] >= DARK) {
                                visited[ny][nx] = true;
                                queue.add(new int[] {nx, ny});
                            }
                        }
                    }
                }
                if (Math.max(right - left + 1, bottom - top + 1) >= extent) {
                    total += shapeInk;
                }
            }
        }
        return total;
    }
}
