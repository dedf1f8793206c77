package org.opencoi.certificate.infrastructure;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.opencoi.certificate.domain.UnreadableDocumentException;

/**
 * Opens received PDFs with PDFBox within {@link PdfReadingLimits}, and turns every way a file can
 * fail to open (empty, not a PDF, truncated, password-protected, too large, too many pages or
 * objects, a decompression bomb, objects nested deeper than the parser's stack) into an
 * {@link UnreadableDocumentException} that says why. PDFBox decodes a stream whole into memory
 * when it first needs it, so the streams a reading is about to use are first decoded here into a
 * counter that stops at the limit, and images, which decode to what their size says, are bounded
 * by their pixel count before any is decoded.
 */
final class BoundedPdfLoader {

    /** What to do with an opened document; it may throw whatever PDFBox throws on a broken file. */
    @FunctionalInterface
    interface Reading<T> {
        T read(OpenedPdf pdf) throws IOException;
    }

    /**
     * The lossless general-purpose filters, whose output size only decoding tells; the image codecs
     * that may follow them are bounded by the image's pixel count instead.
     */
    private static final Set<COSName> GENERAL_FILTERS = Set.of(
            COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION, COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION,
            COSName.RUN_LENGTH_DECODE, COSName.RUN_LENGTH_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE,
            COSName.ASCII_HEX_DECODE_ABBREVIATION, COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION);

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** The header may follow some junk in the first kilobyte, and the end marker precede some in the last, as viewers accept. */
    private static final int MARKER_WINDOW = 1024;

    private final PdfReadingLimits limits;

    BoundedPdfLoader(PdfReadingLimits limits) {
        this.limits = limits;
    }

    /**
     * Opens the PDF, checks it against the limits and hands it to the reading; any failure of PDFBox
     * on the way, in loading or in the reading, means the file is unreadable.
     */
    <T> T read(byte[] pdf, Reading<T> reading) {
        checkBeforeParsing(pdf);
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecodedBytes()).streamCache)) {
            OpenedPdf opened = new OpenedPdf(document);
            opened.checkStructure();
            return reading.read(opened);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("the PDF is password-protected", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("the file is not a readable PDF: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException("the PDF nests its objects too deeply to be read", e);
        }
    }

    private void checkBeforeParsing(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new UnreadableDocumentException("the file is empty", null);
        }
        if (pdf.length > limits.maxBytes()) {
            throw new UnreadableDocumentException("the file has " + pdf.length + " bytes, more than the "
                    + limits.maxBytes() + " a certificate may have", null);
        }
        if (!contains(pdf, 0, PDF_HEADER)) {
            throw new UnreadableDocumentException("the file is not a readable PDF: it has no %PDF- header", null);
        }
        // PDFBox would rebuild a cut-off file from what is left; a certificate missing its end is not to be trusted.
        if (!contains(pdf, Math.max(0, pdf.length - MARKER_WINDOW), END_OF_FILE)) {
            throw new UnreadableDocumentException("the PDF is truncated: it does not end with %%EOF", null);
        }
    }

    /** Whether the marker occurs within the kilobyte of the file that starts at the given offset. */
    private static boolean contains(byte[] pdf, int from, byte[] marker) {
        int last = Math.min(pdf.length, from + MARKER_WINDOW) - marker.length;
        for (int i = from; i <= last; i++) {
            if (Arrays.equals(pdf, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An open document whose streams are checked against the limits before they are used: every
     * stream but the images is decoded once to count the bytes it really decodes to, each stopped as
     * soon as the document's budget is spent, and every image is bounded by the pixels its dictionary
     * declares, which is what decoding it will allocate.
     */
    final class OpenedPdf {
        private final PDDocument document;
        private long decodedBytes;

        private OpenedPdf(PDDocument document) {
            this.document = document;
        }

        PDDocument document() {
            return document;
        }

        /**
         * Counts what every stream but the images decodes to against the budget, and checks every
         * image's pixel count; a reading calls it before it reads the pages' content or renders them.
         */
        void checkStreams() throws IOException {
            COSDocument cos = document.getDocument();
            for (Map.Entry<COSObjectKey, Long> entry : cos.getXrefTable().entrySet()) {
                // A negative offset is an object inside an object stream, which can never be a stream itself.
                if (entry.getValue() > 0
                        && cos.getObjectFromPool(entry.getKey()).getObject() instanceof COSStream stream
                        && !COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE))) {
                    if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                        checkPixels(stream);
                    } else {
                        count(stream);
                    }
                }
            }
        }

        private void checkStructure() throws IOException {
            int objects = document.getDocument().getXrefTable().size();
            if (objects > limits.maxObjects()) {
                throw new UnreadableDocumentException("the PDF lists " + objects + " objects, more than the "
                        + limits.maxObjects() + " a certificate may have", null);
            }
            checkObjectStreams();
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new UnreadableDocumentException("the PDF has no pages", null);
            }
            if (pages > limits.maxPages()) {
                throw new UnreadableDocumentException("the PDF has " + pages + " pages; a certificate has at most "
                        + limits.maxPages(), null);
            }
        }

        /**
         * Every reading dereferences objects, and with them the object streams that hold them. The
         * cross-reference table names those streams: an object inside one is listed with minus the
         * stream's object number.
         */
        private void checkObjectStreams() throws IOException {
            COSDocument cos = document.getDocument();
            Set<Long> objectStreams = new TreeSet<>();
            cos.getXrefTable().values().stream().filter(offset -> offset < 0).forEach(offset -> objectStreams.add(-offset));
            for (long number : objectStreams) {
                if (cos.getObjectFromPool(new COSObjectKey(number, 0)).getObject() instanceof COSStream stream) {
                    count(stream);
                }
            }
        }

        /** A JPEG decodes to the size its own frame header gives, whatever the dictionary says, so both are checked. */
        private void checkPixels(COSStream image) throws IOException {
            checkPixels(Math.max(image.getInt(COSName.WIDTH, COSName.W, 0), 0), Math.max(image.getInt(COSName.HEIGHT, COSName.H, 0), 0));
            List<COSName> filters = filtersOf(image);
            if (!filters.isEmpty() && (COSName.DCT_DECODE.equals(filters.get(0)) || COSName.DCT_DECODE_ABBREVIATION.equals(filters.get(0)))) {
                int[] frame = jpegFrameSize(image);
                checkPixels(frame[0], frame[1]);
            }
        }

        private void checkPixels(long width, long height) {
            if (width * height > limits.maxImagePixels()) {
                throw new UnreadableDocumentException("the PDF has an image of " + width + " x " + height
                        + " pixels, more than the " + limits.maxImagePixels() + " of a page scanned at 600 dpi", null);
            }
        }

        /**
         * Decodes the stream through its general-purpose filters, the last one into a counter that keeps
         * nothing, any before it into a buffer; both refuse to go past what is left of the budget.
         */
        private void count(COSStream stream) throws IOException {
            List<COSName> filters = filtersOf(stream);
            int general = 0;
            while (general < filters.size() && GENERAL_FILTERS.contains(filters.get(general))) {
                general++;
            }
            InputStream input = stream.createRawInputStream();
            long length = stream.getLength();
            for (int i = 0; i < general; i++) {
                Budgeted output = new Budgeted(limits.maxDecodedBytes() - decodedBytes, i < general - 1);
                try (InputStream encoded = input) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(encoded, output, stream, i);
                } catch (IOException e) {
                    // A stream that does not decode cleanly is PDFBox's to tolerate or refuse when it is used;
                    // what matters here is only how much it decodes to.
                }
                input = output.bytes == null ? InputStream.nullInputStream() : new ByteArrayInputStream(output.bytes, 0, output.count);
                length = output.count;
            }
            input.close();
            if (length > limits.maxDecodedBytes() - decodedBytes) {
                throw decompressionBomb();
            }
            decodedBytes += length;
        }

        private UnreadableDocumentException decompressionBomb() {
            return new UnreadableDocumentException("the PDF's streams decode to more than " + limits.maxDecodedBytes()
                    + " bytes: a decompression bomb, or not a certificate", null);
        }

        /** Counts, and keeps if asked, the bytes written to it; refuses to take more than the allowance, so that a bomb stops as soon as it shows. */
        private final class Budgeted extends OutputStream {
            private final long allowance;
            private byte[] bytes;
            private int count;

            Budgeted(long allowance, boolean keep) {
                this.allowance = allowance;
                this.bytes = keep ? new byte[8192] : null;
            }

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if ((long) count + len > allowance) {
                    throw decompressionBomb();
                }
                if (bytes != null) {
                    if (count + len > bytes.length) {
                        bytes = Arrays.copyOf(bytes, (int) Math.min(allowance, Math.max(2L * bytes.length, count + len)));
                    }
                    System.arraycopy(b, off, bytes, count, len);
                }
                count += len;
            }
        }
    }

    /**
     * The width and height in a JPEG's start-of-frame segment, read by skipping the segments before
     * it; zero when the data is no JPEG, which then fails to decode without allocating its size.
     */
    private static int[] jpegFrameSize(COSStream image) throws IOException {
        try (DataInputStream jpeg = new DataInputStream(new BufferedInputStream(image.createRawInputStream()))) {
            if (jpeg.readUnsignedShort() != 0xFFD8) {
                return new int[] {0, 0};
            }
            while (true) {
                int marker = jpeg.readUnsignedShort();
                while (marker == 0xFFFF) {
                    marker = 0xFF00 | jpeg.readUnsignedByte();
                }
                int length = jpeg.readUnsignedShort();
                if ((marker & 0xFF00) != 0xFF00 || length < 2) {
                    return new int[] {0, 0};
                }
                // SOF0 to SOF15 start a frame, but for DHT (C4), JPG (C8) and DAC (CC) in their range.
                if (marker >= 0xFFC0 && marker <= 0xFFCF && marker != 0xFFC4 && marker != 0xFFC8 && marker != 0xFFCC) {
                    jpeg.readUnsignedByte();
                    int height = jpeg.readUnsignedShort();
                    return new int[] {jpeg.readUnsignedShort(), height};
                }
                jpeg.skipNBytes(length - 2L);
            }
        } catch (EOFException e) {
            return new int[] {0, 0};
        }
    }

    private static List<COSName> filtersOf(COSStream stream) {
        COSBase filters = stream.getFilters();
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase element : array) {
                if (element instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
