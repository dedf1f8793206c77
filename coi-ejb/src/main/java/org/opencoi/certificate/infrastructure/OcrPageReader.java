package org.opencoi.certificate.infrastructure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.leptonica.global.leptonica;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;

/**
 * Reads the words of a page image with Tesseract and gives them as {@link TextRun}s, as PDFBox
 * gives a page's text: the page is first turned upright (Tesseract's orientation detection) and
 * straightened (Leptonica's skew angle), then each recognised word keeps its box, baseline and
 * confidence, and words set close together on one line, at one size, become one run, in points
 * from the upright page's left and top edges. Check marks, which Tesseract reads as letters ("v",
 * "vy"), become the check mark they are, and the form's printed labels that come out a character
 * off are put right ({@link OcrLabels}), so that the layout readers find their anchors.
 */
final class OcrPageReader {

    /**
     * A page as read: its runs, the lowest confidence (0 to 1) any word of each printed text was read
     * with, and the upright, straightened picture they were read from, in which the runs' points lie.
     */
    record OcrPage(List<TextRun> runs, Map<String, Double> wordConfidence, BufferedImage upright) {

        /** How far a value made of these words can be trusted: its least certain word's confidence; 0 for a word never read. */
        double confidenceOf(String value) {
            double lowest = 1.0;
            for (String word : value.strip().split("\\s+")) {
                Double confidence = wordConfidence.get(word);
                if (confidence == null && word.endsWith(",")) {
                    confidence = wordConfidence.get(word.substring(0, word.length() - 1));
                }
                lowest = Math.min(lowest, confidence == null ? 0.0 : confidence);
            }
            return lowest;
        }
    }

    /** A word as Tesseract read it, in the page image's pixels. */
    private record Word(String text, int left, int top, int right, int bottom, int baseline, double confidence, int line,
            boolean isHeader) {

        Word(String text, int left, int top, int right, int bottom, int baseline, double confidence, int line) {
            this(text, left, top, right, bottom, baseline, confidence, line, false);
        }

        /** The word, as a column header read on its own or not. */
        Word header(boolean header) {
            return new Word(text, left, top, right, bottom, baseline, confidence, line, header);
        }

        /** The font size in pixels, from the height above the baseline of capitals and ascenders, or of small letters. */
        double em() {
            boolean tall = text.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || "bdfhklt()/$#&?!".indexOf(c) >= 0);
            return Math.max(1, baseline - top) / (tall ? CAP_HEIGHT : X_HEIGHT);
        }

        /** Punctuation alone ("-", "&") tells nothing of the size of the text around it. */
        boolean hasSize() {
            return text.chars().anyMatch(Character::isLetterOrDigit);
        }

        boolean overlaps(Word other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    /** Heights of capitals and of small letters in em, as in Helvetica and Arial, the faces of forms and agency systems. */
    private static final double CAP_HEIGHT = 0.72;
    private static final double X_HEIGHT = 0.52;

    /** What Tesseract makes of a check mark. */
    private static final Set<String> CHECK_MARKS = Set.of("v", "V", "vy", "vY", "Vy", "vV", "Vv", "vv", "v¥", "V¥", "¥",
            "\u2713", "\u2714", "\u221a");
    private static final String CHECK_MARK = "\u2714";

    /** Words on a line this close (in em) belong to one run: a space is about a quarter of an em. */
    private static final double WORD_GAP = 0.6;

    /** Orientation detection below this confidence is not acted on: a page with little text may come out at any angle. */
    private static final float ORIENTATION_CONFIDENCE = 1.5f;

    /** A skew smaller than this (degrees) moves a line by less than a point across the page. */
    private static final float LEAST_SKEW = 0.1f;

    private OcrPageReader() {
    }

    /** Reads the page image, rendered at the given resolution, with the engine given. */
    static OcrPage read(TesseractEngines.Engine engine, BufferedImage page, float dpi) {
        BufferedImage upright = rotated(page, -uprightTurn(engine.orientation(), page, dpi));
        TessBaseAPI api = engine.words();
        setImage(api, upright, dpi);
        double skew = skewAngle(api);
        if (Math.abs(skew) >= LEAST_SKEW) {
            upright = rotated(upright, skew);
            setImage(api, upright, dpi);
        }
        try {
            if (api.Recognize(null) != 0) {
                return new OcrPage(List.of(), Map.of(), upright);
            }
            List<Word> words = new ArrayList<>(words(api, 0));
            List<Word> columns = narrowColumns(api, fromWords(words, dpi, upright).runs(), dpi, upright);
            List<Word> headers = columns.stream().filter(Word::isHeader).toList();
            words.removeIf(word -> headers.stream().anyMatch(word::overlaps));
            List<Word> firstReading = List.copyOf(words);
            columns.stream().filter(word -> word.isHeader() || firstReading.stream().noneMatch(word::overlaps))
                    .forEach(words::add);
            return fromWords(words, dpi, upright);
        } finally {
            api.SetPageSegMode(tesseract.PSM_SPARSE_TEXT);
            api.Clear();
        }
    }

    /**
     * Read again, each on its own, the coverage table's narrow columns (INSR LTR, and ADDL INSD with SUBR
     * WVD) with their two-line headers, whose single letters and tiny print a reading of the whole page
     * tends to pass over as specks or misread: the headers so read take the place of the first reading's,
     * and the letters below are added where the first reading found nothing.
     */
    private static List<Word> narrowColumns(TessBaseAPI api, List<TextRun> runs, float dpi, BufferedImage image) {
        float pixels = dpi / 72f;
        float bottom = runs.stream().filter(r -> r.key().startsWith("DESCRIPTIONOFOPERATIONS")).map(TextRun::baseline)
                .findFirst().orElse(image.getHeight() / pixels);
        List<Word> added = new ArrayList<>();
        int strip = 0;
        for (List<String> column : List.of(List.of("LTR", "INSRLTR"), List.of("WVD", "SUBRWVD"))) {
            TextRun header = runs.stream().filter(r -> column.contains(r.key())).findFirst().orElse(null);
            if (header == null) {
                continue;
            }
            // ADDL INSD stands just left of SUBR WVD, as wide.
            float left = column.contains("WVD") ? header.left() - (header.right() - header.left()) - 4 * header.size()
                    : header.left() - 3 * header.size();
            float right = header.right() + 3 * header.size();
            int headerBottom = Math.round((header.baseline() + header.size() / 2) * pixels);
            float top = header.baseline() - 3 * header.size();
            int x = Math.max(0, Math.round(left * pixels));
            int y = Math.max(0, Math.round(top * pixels));
            int width = Math.min(image.getWidth(), Math.round(right * pixels)) - x;
            int height = Math.min(image.getHeight(), Math.round(bottom * pixels)) - y;
            if (width <= 0 || height <= 0) {
                continue;
            }
            api.SetPageSegMode(tesseract.PSM_SINGLE_BLOCK);
            api.SetRectangle(x, y, width, height);
            if (api.Recognize(null) == 0) {
                strip++;
                words(api, strip * 100_000).forEach(word -> added.add(word.header(word.bottom() <= headerBottom)));
            }
        }
        return added;
    }

    private static void setImage(TessBaseAPI api, BufferedImage image, float dpi) {
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        api.SetImage(pixels, image.getWidth(), image.getHeight(), 1, image.getWidth());
        api.SetSourceResolution(Math.round(dpi));
    }

    /** How many degrees clockwise the page is turned from upright, as Tesseract detects it: 0, 90, 180 or 270. */
    private static int uprightTurn(TessBaseAPI orientation, BufferedImage page, float dpi) {
        setImage(orientation, page, dpi);
        try (IntPointer degrees = new IntPointer(1); FloatPointer confidence = new FloatPointer(1);
                PointerPointer<BytePointer> script = new PointerPointer<>(1); FloatPointer scriptConfidence = new FloatPointer(1)) {
            if (!orientation.DetectOrientationScript(degrees, confidence, script, scriptConfidence)
                    || confidence.get() < ORIENTATION_CONFIDENCE) {
                return 0;
            }
            return Math.floorMod(degrees.get(), 360);
        } finally {
            orientation.Clear();
        }
    }

    /** The skew of the text lines in degrees, from Tesseract's own black-and-white image of the page; 0 when unsure. */
    private static double skewAngle(TessBaseAPI api) {
        PIX binary = api.GetThresholdedImage();
        if (binary == null) {
            return 0;
        }
        try {
            float[] angle = new float[1];
            float[] confidence = new float[1];
            return leptonica.pixFindSkew(binary, angle, confidence) == 0 ? angle[0] : 0;
        } finally {
            leptonica.pixDestroy(binary);
        }
    }

    /** The image turned clockwise by the given degrees about its centre, white where the turn brings in nothing. */
    private static BufferedImage rotated(BufferedImage image, double degrees) {
        if (degrees == 0) {
            return image;
        }
        boolean quarter = Math.floorMod(Math.round(degrees), 180) == 90 && degrees == Math.rint(degrees);
        int width = quarter ? image.getHeight() : image.getWidth();
        int height = quarter ? image.getWidth() : image.getHeight();
        BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform turn = new AffineTransform();
            turn.translate(width / 2.0, height / 2.0);
            turn.rotate(Math.toRadians(degrees));
            turn.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
            graphics.drawImage(image, turn, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    /** The words recognised, their lines numbered from the given one. */
    private static List<Word> words(TessBaseAPI api, int firstLine) {
        List<Word> words = new ArrayList<>();
        ResultIterator iterator = api.GetIterator();
        if (iterator == null) {
            return words;
        }
        int[] left = new int[1];
        int[] top = new int[1];
        int[] right = new int[1];
        int[] bottom = new int[1];
        int[] x1 = new int[1];
        int[] y1 = new int[1];
        int[] x2 = new int[1];
        int[] y2 = new int[1];
        int line = firstLine;
        try {
            iterator.Begin();
            do {
                if (iterator.Empty(tesseract.RIL_WORD)) {
                    continue;
                }
                if (iterator.IsAtBeginningOf(tesseract.RIL_TEXTLINE)) {
                    line++;
                }
                BytePointer text = iterator.GetUTF8Text(tesseract.RIL_WORD);
                if (text == null) {
                    continue;
                }
                String word;
                try {
                    word = text.getString(java.nio.charset.StandardCharsets.UTF_8).strip();
                } finally {
                    text.deallocate();
                }
                if (word.isEmpty() || !iterator.BoundingBox(tesseract.RIL_WORD, left, top, right, bottom)) {
                    continue;
                }
                int baseline = iterator.Baseline(tesseract.RIL_WORD, x1, y1, x2, y2) ? (y1[0] + y2[0]) / 2 : bottom[0];
                words.add(new Word(word, left[0], top[0], right[0], bottom[0], Math.max(baseline, top[0] + 1),
                        iterator.Confidence(tesseract.RIL_WORD) / 100.0, line));
            } while (iterator.Next(tesseract.RIL_WORD));
        } finally {
            iterator.close();
        }
        return words;
    }

    /** Words to runs: on one Tesseract line, left to right, a word joins the run before it when close and of its size. */
    private static OcrPage fromWords(List<Word> words, float dpi, BufferedImage upright) {
        Map<String, Double> confidence = new HashMap<>();
        List<Word> marked = words.stream()
                .map(w -> CHECK_MARKS.contains(w.text())
                        ? new Word(CHECK_MARK, w.left(), w.top(), w.right(), w.bottom(), w.baseline(), w.confidence(), w.line())
                        : w)
                .sorted(Comparator.comparingInt(Word::line).thenComparingInt(Word::left))
                .toList();
        marked.forEach(w -> confidence.merge(w.text(), w.confidence(), Math::min));
        float points = 72f / dpi;
        List<TextRun> runs = new ArrayList<>();
        List<Word> run = new ArrayList<>();
        for (Word word : marked) {
            if (!run.isEmpty() && !continues(run, word)) {
                runs.add(toRun(run, points));
                run.clear();
            }
            run.add(word);
        }
        if (!run.isEmpty()) {
            runs.add(toRun(run, points));
        }
        List<TextRun> corrected = OcrLabels.corrected(runs);
        List<TextRun> sorted = new ArrayList<>(corrected);
        sorted.sort(Comparator.comparing(TextRun::baseline).thenComparing(TextRun::left));
        return new OcrPage(List.copyOf(sorted), Map.copyOf(confidence), upright);
    }

    private static boolean continues(List<Word> run, Word next) {
        Word previous = run.get(run.size() - 1);
        if (previous.line() != next.line() || CHECK_MARK.equals(previous.text()) || CHECK_MARK.equals(next.text())) {
            return false;
        }
        double em = Math.max(previous.em(), next.em());
        double ratio = previous.hasSize() && next.hasSize() ? previous.em() / next.em() : 1;
        return next.left() - previous.right() <= WORD_GAP * em && ratio < 1.3 && ratio > 1 / 1.3;
    }

    private static TextRun toRun(List<Word> words, float points) {
        StringBuilder text = new StringBuilder();
        words.forEach(w -> text.append(text.isEmpty() ? "" : " ").append(w.text()));
        double em = words.stream().mapToDouble(Word::em).max().orElse(1);
        int baseline = words.stream().mapToInt(Word::baseline).max().orElse(0);
        return new TextRun(text.toString(), words.get(0).left() * points, words.get(words.size() - 1).right() * points,
                baseline * points, (float) (em * points));
    }
}
