package org.fluorite.viewer.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.fluorite.core.display.Contrast;
import org.fluorite.core.display.Histogram;
import org.fluorite.core.display.LookupTable;
import org.fluorite.core.display.Renderer;
import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;

/**
 * Reads and renders frames off the UI thread. Only the newest request matters: when requests
 * arrive faster than planes can be read (scrubbing a slider, fast playback), the ones still
 * waiting are dropped. Keeps small LRU caches of planes read and of frames rendered, so stepping
 * back and forth or toggling a channel does not read the file again.
 */
final class FrameLoader {

    /** Width of the histogram handed to the contrast panel. */
    static final int HISTOGRAM_BINS = 256;
    static final int PLANE_CACHE_ENTRIES = 64;
    static final long PLANE_CACHE_BYTES = 256L << 20;
    static final int FRAME_CACHE_ENTRIES = 12;
    static final long FRAME_CACHE_BYTES = 96L << 20;

    /**
     * One frame to show.
     *
     * @param position  index along each non-channel plane axis
     * @param channels  channel indices to read (one in single mode, all in composite mode)
     * @param contrasts display range per entry of {@code channels}; null entries get auto contrast
     * @param luts      lookup table per entry of {@code channels}
     * @param active    index into {@code channels} of the channel whose histogram is wanted
     */
    record Request(long sequence, int generation, Image image, Map<Axis, Long> position, int[] channels,
            Contrast[] contrasts, LookupTable[] luts, boolean composite, int active) {
    }

    /** A rendered frame, with the planes it came from and the display ranges used. */
    record Result(Request request, ImageData data, Plane[] planes, Contrast[] contrasts, Histogram histogram) {
    }

    /** Receives results on the worker thread. */
    interface Sink {
        void delivered(Result result);

        void failed(Request request, Exception error);
    }

    private record PlaneKey(int generation, Map<Axis, Long> position) {
    }

    private record FrameKey(int generation, Map<Axis, Long> position, List<Integer> channels, List<Contrast> contrasts,
            List<String> luts, boolean composite, int active) {
    }

    private record Frame(ImageData data, Plane[] planes, Histogram histogram) {
    }

    private final ExecutorService executor;
    private final Sink sink;
    private final AtomicReference<Request> latest = new AtomicReference<>();
    private final LinkedHashMap<PlaneKey, Plane> planes = new LinkedHashMap<>(16, 0.75f, true);
    private final LinkedHashMap<FrameKey, Frame> frames = new LinkedHashMap<>(16, 0.75f, true);
    private long planeBytes;
    private long frameBytes;
    private volatile int planeReads;

    FrameLoader(ExecutorService executor, Sink sink) {
        this.executor = executor;
        this.sink = sink;
    }

    /** Asks for {@code request}; any request not yet started is replaced by it. */
    void request(Request request) {
        latest.set(request);
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // shutting down: nothing more to show
        }
    }

    /** Forgets cached planes and frames (a new image was set). */
    synchronized void clear() {
        planes.clear();
        frames.clear();
        planeBytes = 0;
        frameBytes = 0;
    }

    synchronized int cachedPlanes() {
        return planes.size();
    }

    synchronized int cachedFrames() {
        return frames.size();
    }

    /** How many planes have been read from the image (not served from the cache) so far. */
    int planeReads() {
        return planeReads;
    }

    private void drain() {
        Request r = latest.getAndSet(null);
        if (r == null) {
            return; // a newer drain already took it
        }
        try {
            sink.delivered(load(r));
        } catch (Exception e) {
            sink.failed(r, e);
        }
    }

    private Result load(Request r) throws IOException {
        int n = r.channels().length;
        Plane[] read = new Plane[n];
        Contrast[] used = new Contrast[n];
        for (int i = 0; i < n; i++) {
            read[i] = plane(r, r.channels()[i]);
            used[i] = r.contrasts()[i] != null ? r.contrasts()[i] : Contrast.auto(read[i]);
        }
        FrameKey key = new FrameKey(r.generation(), r.position(), Arrays.stream(r.channels()).boxed().toList(),
                List.of(used), Arrays.stream(r.luts()).map(LookupTable::name).toList(), r.composite(), r.active());
        Frame cached;
        synchronized (this) {
            cached = frames.get(key);
        }
        if (cached == null) {
            int[] rgb;
            if (r.composite()) {
                List<Renderer.Channel> channels = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    channels.add(new Renderer.Channel(read[i], used[i], r.luts()[i]));
                }
                rgb = Renderer.composite(channels);
            } else {
                rgb = Renderer.render(read[0], used[0], r.luts()[0]);
            }
            Histogram h = Histogram.of(read[r.active()], HISTOGRAM_BINS);
            cached = new Frame(toImageData(rgb, read[0].width(), read[0].height()), read, h);
            synchronized (this) {
                if (frames.put(key, cached) == null) {
                    frameBytes += cached.data().data.length;
                }
                while (frames.size() > 1 && (frames.size() > FRAME_CACHE_ENTRIES || frameBytes > FRAME_CACHE_BYTES)) {
                    FrameKey eldest = frames.keySet().iterator().next();
                    frameBytes -= frames.remove(eldest).data().data.length;
                }
            }
        }
        return new Result(r, cached.data(), cached.planes(), used, cached.histogram());
    }

    private Plane plane(Request r, int channel) throws IOException {
        Map<Axis, Long> pos = new HashMap<>(r.position());
        if (r.image().has(Axis.C)) {
            pos.put(Axis.C, (long) channel);
        }
        PlaneKey key = new PlaneKey(r.generation(), Map.copyOf(pos));
        synchronized (this) {
            Plane p = planes.get(key);
            if (p != null) {
                return p;
            }
        }
        Plane p = r.image().plane(pos);
        planeReads++;
        synchronized (this) {
            if (planes.put(key, p) == null) {
                planeBytes += bytes(p);
            }
            while (planes.size() > 1 && (planes.size() > PLANE_CACHE_ENTRIES || planeBytes > PLANE_CACHE_BYTES)) {
                PlaneKey eldest = planes.keySet().iterator().next();
                planeBytes -= bytes(planes.remove(eldest));
            }
        }
        return p;
    }

    private static long bytes(Plane p) {
        return (long) p.size() * p.type().bytes();
    }

    /** Packs {@code 0xRRGGBB} pixels into 32-bit image data (one unused byte, then R, G, B). */
    static ImageData toImageData(int[] rgb, int width, int height) {
        byte[] bytes = new byte[width * height * 4];
        for (int i = 0, j = 0; i < width * height; i++, j += 4) {
            int c = rgb[i];
            bytes[j + 1] = (byte) (c >> 16);
            bytes[j + 2] = (byte) (c >> 8);
            bytes[j + 3] = (byte) c;
        }
        return new ImageData(width, height, 32, new PaletteData(0xFF0000, 0xFF00, 0xFF), 4, bytes);
    }
}
