package org.opencoi.certificate.infrastructure;

import java.io.ByteArrayInputStream;
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
 * when it first needs it, so the streams a reading is about to use are first counted against the
 * limit here, those that could break it decoded into a buffer that refuses to grow past it.
 */
final class BoundedPdfLoader {

    /** What to do with an opened document; it may throw whatever PDFBox throws on a broken file. */
    @FunctionalInterface
    interface Reading<T> {
        T read(OpenedPdf pdf) throws IOException;
    }

    /**
     * The lossless general-purpose filters (the image codecs are never decoded to read fields or
     * text), each with the most it can expand one encoded byte to: deflate at most 1032 times, an
     * LZW code of 9 bits at most 4096 bytes, a run-length pair at most 128 bytes, an ASCII85 "z"
     * four zero bytes.
     */
    private static final Map<COSName, Long> GENERAL_FILTERS = Map.of(
            COSName.FLATE_DECODE, 1032L, COSName.FLATE_DECODE_ABBREVIATION, 1032L,
            COSName.LZW_DECODE, 3641L, COSName.LZW_DECODE_ABBREVIATION, 3641L,
            COSName.RUN_LENGTH_DECODE, 64L, COSName.RUN_LENGTH_DECODE_ABBREVIATION, 64L,
            COSName.ASCII_HEX_DECODE, 1L, COSName.ASCII_HEX_DECODE_ABBREVIATION, 1L,
            COSName.ASCII85_DECODE, 4L, COSName.ASCII85_DECODE_ABBREVIATION, 4L);

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
            OpenedPdf opened = new OpenedPdf(document, pdf.length);
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
     * An open document whose streams are checked against the decoding limit before they are used.
     * A stream whose worst case (its encoded length times the most its filters can expand it) still
     * fits in what is left of the limit is counted at that worst case without being decoded, which
     * spares decoding the many small streams of a form; only a stream that could break the limit is
     * decoded to learn its real size.
     */
    final class OpenedPdf {
        private final PDDocument document;
        private final long fileSize;
        private long decodedBytes;

        private OpenedPdf(PDDocument document, long fileSize) {
            this.document = document;
            this.fileSize = fileSize;
        }

        PDDocument document() {
            return document;
        }

        /** Counts every stream but images, which reading text never decodes, against the limit. */
        void checkStreamsOtherThanImages() throws IOException {
            COSDocument cos = document.getDocument();
            for (Map.Entry<COSObjectKey, Long> entry : cos.getXrefTable().entrySet()) {
                // A negative offset is an object inside an object stream, which can never be a stream itself.
                if (entry.getValue() > 0
                        && cos.getObjectFromPool(entry.getKey()).getObject() instanceof COSStream stream
                        && !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                        && !COSName.OBJ_STM.equals(stream.getCOSName(COSName.TYPE))) {
                    count(stream);
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

        private void count(COSStream stream) throws IOException {
            List<COSName> filters = filtersOf(stream);
            long worstCase = Math.min(Math.max(stream.getLength(), 0), fileSize);
            for (int i = 0; i < filters.size() && GENERAL_FILTERS.containsKey(filters.get(i)); i++) {
                long expansion = GENERAL_FILTERS.get(filters.get(i));
                worstCase = worstCase > Long.MAX_VALUE / expansion ? Long.MAX_VALUE : worstCase * expansion;
            }
            decodedBytes += worstCase <= limits.maxDecodedBytes() - decodedBytes ? worstCase : decodedLength(stream, filters);
        }

        /** Decodes the stream through its general-purpose filters into buffers that stop at what is left of the limit. */
        private long decodedLength(COSStream stream, List<COSName> filters) throws IOException {
            InputStream input = stream.createRawInputStream();
            long length = stream.getLength();
            for (int i = 0; i < filters.size() && GENERAL_FILTERS.containsKey(filters.get(i)); i++) {
                CappedBuffer output = new CappedBuffer(limits.maxDecodedBytes() - decodedBytes);
                try (InputStream encoded = input) {
                    FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(encoded, output, stream, i);
                } catch (IOException e) {
                    // A stream that does not decode cleanly is PDFBox's to tolerate or refuse when it is used;
                    // what matters here is only how much it decodes to.
                }
                input = new ByteArrayInputStream(output.bytes, 0, output.count);
                length = output.count;
            }
            input.close();
            if (decodedBytes + length > limits.maxDecodedBytes()) {
                throw decompressionBomb();
            }
            return length;
        }

        private UnreadableDocumentException decompressionBomb() {
            return new UnreadableDocumentException("the PDF's streams decode to more than " + limits.maxDecodedBytes()
                    + " bytes: a decompression bomb, or not a certificate", null);
        }

        /** A byte buffer that refuses to grow past the allowance, so that a bomb stops as soon as it shows. */
        private final class CappedBuffer extends OutputStream {
            private final long allowance;
            private byte[] bytes = new byte[8192];
            private int count;

            CappedBuffer(long allowance) {
                this.allowance = allowance;
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
                if (count + len > bytes.length) {
                    bytes = Arrays.copyOf(bytes, (int) Math.min(allowance, Math.max(2L * bytes.length, count + len)));
                }
                System.arraycopy(b, off, bytes, count, len);
                count += len;
            }
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
