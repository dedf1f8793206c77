package org.opencoi.certificate.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.bytedeco.tesseract.TessBaseAPI;
import org.bytedeco.tesseract.global.tesseract;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A small pool of Tesseract engines, each a pair of native handles (English words, and orientation
 * and script detection) that only one thread may use at a time: a reading borrows a pair, and gives it
 * back when done. Engines are made when first needed, at most one per processor, and freed by
 * {@link #close()}. The trained data is read from the directory the setting {@value #TESSDATA_SETTING}
 * names, or else from the class path (the server's Tesseract module carries it), copied once into a
 * temporary directory since Tesseract reads files only.
 */
final class TesseractEngines implements AutoCloseable {

    public static final String TESSDATA_SETTING = "COI_OCR_TESSDATA";
    private static final List<String> TRAINED_DATA = List.of("eng.traineddata", "osd.traineddata");

    /** One thread's Tesseract: words in English, and the orientation of a page. */
    record Engine(TessBaseAPI words, TessBaseAPI orientation) {
    }

    private final int size;
    private final BlockingQueue<Engine> idle;
    private final List<Engine> made = new ArrayList<>();
    private Path tessdata;
    private boolean closed;

    TesseractEngines(int size) {
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** One engine per processor, as many pages as can be read at once. */
    static TesseractEngines perProcessor() {
        return new TesseractEngines(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    /** Runs the work with an engine of its own, waiting for one when all are busy. */
    <T> T with(Function<Engine, T> work) {
        Engine engine = borrow();
        try {
            return work.apply(engine);
        } finally {
            giveBack(engine);
        }
    }

    private Engine borrow() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the OCR engines are closed");
            }
            Engine free = idle.poll();
            if (free != null) {
                return free;
            }
            if (made.size() < size) {
                Engine engine = make();
                made.add(engine);
                return engine;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an OCR engine", e);
        }
    }

    private void giveBack(Engine engine) {
        synchronized (this) {
            if (closed) {
                free(engine);
                return;
            }
        }
        idle.add(engine);
    }

    private Engine make() {
        String data = tessdata().toString();
        TessBaseAPI words = new TessBaseAPI();
        TessBaseAPI orientation = new TessBaseAPI();
        if (words.Init(data, "eng") != 0 || orientation.Init(data, "osd") != 0) {
            free(new Engine(words, orientation));
            throw new IllegalStateException("Tesseract found no usable trained data in " + data);
        }
        words.SetPageSegMode(tesseract.PSM_SPARSE_TEXT);
        orientation.SetPageSegMode(tesseract.PSM_OSD_ONLY);
        return new Engine(words, orientation);
    }

    private Path tessdata() {
        if (tessdata == null) {
            tessdata = ConfigProvider.getConfig().getOptionalValue(TESSDATA_SETTING, String.class).map(Path::of)
                    .orElseGet(TesseractEngines::copiedFromClassPath);
        }
        return tessdata;
    }

    private static Path copiedFromClassPath() {
        try {
            Path directory = Files.createTempDirectory("coi-tessdata");
            directory.toFile().deleteOnExit();
            for (String name : TRAINED_DATA) {
                Path file = directory.resolve(name);
                try (InputStream data = Optional.ofNullable(TessBaseAPI.class.getClassLoader()
                        .getResourceAsStream("tessdata/" + name)).orElseThrow(() -> new IllegalStateException(
                                "tessdata/" + name + " is not on the class path; set " + TESSDATA_SETTING))) {
                    Files.copy(data, file, StandardCopyOption.REPLACE_EXISTING);
                }
                file.toFile().deleteOnExit();
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("the trained data could not be copied for Tesseract", e);
        }
    }

    /** Frees every engine not in use now, and each one in use as soon as it is given back. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            Engine engine;
            while ((engine = idle.poll()) != null) {
                free(engine);
            }
        }
    }

    private static void free(Engine engine) {
        for (TessBaseAPI api : List.of(engine.words(), engine.orientation())) {
            api.End();
            api.close();
        }
    }
}
