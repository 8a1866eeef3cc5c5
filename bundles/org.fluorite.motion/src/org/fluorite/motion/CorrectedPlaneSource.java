package org.fluorite.motion;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;

/**
 * The corrected movie as storage: plane {@code i} is input frame {@code i} aligned to the
 * template, computed when read. With worker threads, reading a plane also starts the next
 * {@code readAhead} frames, so a reader going through the movie in order (an exporter) finds
 * them ready; frames further away are never computed in advance, which bounds memory.
 */
final class CorrectedPlaneSource implements PlaneSource {

    private final MotionCorrection correction;
    private final PixelType type;
    private final int readAhead;
    private final Map<Integer, Future<float[]>> inFlight = new java.util.HashMap<>();

    CorrectedPlaneSource(MotionCorrection correction, PixelType type, int readAhead) {
        if (type != PixelType.FLOAT32 && type != PixelType.UINT16 && type != PixelType.UINT8) {
            throw new IllegalArgumentException("Corrected movies are written as float32, uint16 or uint8, not " + type.label());
        }
        this.correction = correction;
        this.type = type;
        this.readAhead = readAhead;
    }

    @Override
    public int width() {
        return correction.width();
    }

    @Override
    public int height() {
        return correction.height();
    }

    @Override
    public long planeCount() {
        return correction.frameCount();
    }

    @Override
    public PixelType pixelType() {
        return type;
    }

    @Override
    public Plane read(long index, Region region) throws IOException {
        if (index < 0 || index >= planeCount()) {
            throw new IndexOutOfBoundsException("Frame " + index + " outside " + planeCount() + " frames");
        }
        int f = (int) index;
        float[] values;
        ExecutorService executor = correction.executor();
        if (executor == null) {
            values = correction.correctFrame(f);
        } else {
            Future<float[]> future;
            synchronized (inFlight) {
                future = inFlight.remove(f);
                if (future == null) {
                    future = submit(executor, f);
                }
                for (Iterator<Map.Entry<Integer, Future<float[]>>> it = inFlight.entrySet().iterator(); it.hasNext();) {
                    Map.Entry<Integer, Future<float[]>> e = it.next();
                    if (e.getKey() <= f || e.getKey() > f + readAhead) {
                        e.getValue().cancel(false);
                        it.remove();
                    }
                }
                for (int k = f + 1; k <= f + readAhead && k < planeCount(); k++) {
                    if (!inFlight.containsKey(k)) {
                        inFlight.put(k, submit(executor, k));
                    }
                }
            }
            values = MotionCorrection.await(future);
        }
        Plane plane = Frames.toPlane(values, width(), height(), type);
        if (region.x() == 0 && region.y() == 0 && region.width() == width() && region.height() == height()) {
            return plane;
        }
        return plane.crop(region);
    }

    private Future<float[]> submit(ExecutorService executor, int f) throws IOException {
        try {
            return executor.submit(() -> correction.correctFrame(f));
        } catch (RejectedExecutionException e) {
            throw new IOException("the motion correction was closed; frame " + f + " can no longer be computed", e);
        }
    }

    @Override
    public void close() {
        synchronized (inFlight) {
            for (Future<float[]> f : inFlight.values()) {
                f.cancel(false);
            }
            inFlight.clear();
        }
    }
}
