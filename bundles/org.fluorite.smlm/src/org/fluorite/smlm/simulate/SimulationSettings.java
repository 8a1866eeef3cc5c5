package org.fluorite.smlm.simulate;

import java.util.ArrayList;
import java.util.List;

import org.fluorite.core.image.PixelType;
import org.fluorite.core.settings.Setting;

/**
 * What the simulator makes: a stack of frames with Gaussian spots at random positions, on a
 * uniform background, seen through a camera. Emitters are placed anew in each frame (at least
 * {@code minSeparation} pixels apart and {@code border} pixels from the edges), with photon counts
 * spread uniformly over {@code photons * (1 ± photonSpread)}; the whole field drifts by the given
 * nanometres per frame.
 */
public record SimulationSettings(
        @Setting(label = "Width", unit = "px", min = 8, max = 8192) int width,
        @Setting(label = "Height", unit = "px", min = 8, max = 8192) int height,
        @Setting(label = "Frames", min = 1, max = 10_000_000) int frames,
        @Setting(label = "Dark frames at the start", min = 0, max = 10000) int darkFrames,
        @Setting(label = "Emitters per frame", min = 0, max = 100000) int emittersPerFrame,
        @Setting(label = "Photons per emitter", unit = "photon", min = 0, max = 1e9) double photons,
        @Setting(label = "Photon spread", min = 0, max = 1) double photonSpread,
        @Setting(label = "PSF sigma", unit = "px", min = 0.3, max = 20) double psfSigma,
        @Setting(label = "Background", unit = "photon", min = 0, max = 1e7) double background,
        @Setting(label = "Pixel size", unit = "nm", min = 1, max = 1e5) double pixelNm,
        @Setting(label = "Drift in x", unit = "nm/frame", min = -1000, max = 1000) double driftXNm,
        @Setting(label = "Drift in y", unit = "nm/frame", min = -1000, max = 1000) double driftYNm,
        @Setting(label = "Smallest separation", unit = "px", min = 0, max = 1000) double minSeparation,
        @Setting(label = "Border", unit = "px", min = 0, max = 1000) double border,
        @Setting(label = "Pixel type") PixelType pixelType,
        @Setting(label = "Seed") long seed) {

    /** 64x64 px, 20 frames, 10 emitters of 2000 photons, sigma 1.3 px, 10 photons background, 100 nm pixels. */
    public static final SimulationSettings DEFAULTS = new SimulationSettings(64, 64, 20, 0, 10, 2000, 0, 1.3, 10, 100, 0, 0, 4, 4,
            PixelType.UINT16, 1);

    public SimulationSettings {
        pixelType = pixelType == null ? PixelType.UINT16 : pixelType;
        List<String> p = new ArrayList<>();
        if (width < 8 || height < 8 || width > 8192 || height > 8192) {
            p.add("frames must be 8 to 8192 pixels on a side, got " + width + "x" + height);
        }
        if (frames < 1 || darkFrames < 0 || darkFrames >= frames) {
            p.add("need at least one frame and fewer dark frames than frames, got " + frames + " and " + darkFrames);
        }
        if (emittersPerFrame < 0 || !(photons >= 0) || !(photonSpread >= 0 && photonSpread <= 1) || !(psfSigma >= 0.3)
                || !(background >= 0) || !(pixelNm > 0) || !Double.isFinite(driftXNm) || !Double.isFinite(driftYNm)
                || !(minSeparation >= 0) || !(border >= 0)) {
            p.add("emitters, photons, spread (0-1), PSF sigma (>= 0.3 px), background, pixel size, drift, separation and border"
                    + " must be sensible numbers");
        }
        if (2 * border >= Math.min(width, height)) {
            p.add("the border of " + border + " px leaves no room in " + width + "x" + height);
        }
        if (pixelType != PixelType.UINT16 && pixelType != PixelType.FLOAT32) {
            p.add("simulated frames are uint16 or float32, not " + pixelType.label());
        }
        if (!p.isEmpty()) {
            throw new IllegalArgumentException("Simulation: " + String.join("; ", p));
        }
    }

    public SimulationSettings withSize(int w, int h, int n) {
        return new SimulationSettings(w, h, n, darkFrames, emittersPerFrame, photons, photonSpread, psfSigma, background, pixelNm,
                driftXNm, driftYNm, minSeparation, border, pixelType, seed);
    }

    public SimulationSettings withEmitters(int perFrame, double photonsEach, double spread) {
        return new SimulationSettings(width, height, frames, darkFrames, perFrame, photonsEach, spread, psfSigma, background, pixelNm,
                driftXNm, driftYNm, minSeparation, border, pixelType, seed);
    }

    public SimulationSettings withBackground(double photonsPerPixel) {
        return new SimulationSettings(width, height, frames, darkFrames, emittersPerFrame, photons, photonSpread, psfSigma,
                photonsPerPixel, pixelNm, driftXNm, driftYNm, minSeparation, border, pixelType, seed);
    }

    public SimulationSettings withPsf(double sigmaPx, double pixelSizeNm) {
        return new SimulationSettings(width, height, frames, darkFrames, emittersPerFrame, photons, photonSpread, sigmaPx, background,
                pixelSizeNm, driftXNm, driftYNm, minSeparation, border, pixelType, seed);
    }

    public SimulationSettings withDrift(double xNmPerFrame, double yNmPerFrame) {
        return new SimulationSettings(width, height, frames, darkFrames, emittersPerFrame, photons, photonSpread, psfSigma, background,
                pixelNm, xNmPerFrame, yNmPerFrame, minSeparation, border, pixelType, seed);
    }

    public SimulationSettings withLayout(double minSeparationPx, double borderPx) {
        return new SimulationSettings(width, height, frames, darkFrames, emittersPerFrame, photons, photonSpread, psfSigma, background,
                pixelNm, driftXNm, driftYNm, minSeparationPx, borderPx, pixelType, seed);
    }

    public SimulationSettings withDarkFrames(int n) {
        return new SimulationSettings(width, height, frames, n, emittersPerFrame, photons, photonSpread, psfSigma, background, pixelNm,
                driftXNm, driftYNm, minSeparation, border, pixelType, seed);
    }

    public SimulationSettings withPixelType(PixelType type) {
        return new SimulationSettings(width, height, frames, darkFrames, emittersPerFrame, photons, photonSpread, psfSigma, background,
                pixelNm, driftXNm, driftYNm, minSeparation, border, type, seed);
    }

    public SimulationSettings withSeed(long s) {
        return new SimulationSettings(width, height, frames, darkFrames, emittersPerFrame, photons, photonSpread, psfSigma, background,
                pixelNm, driftXNm, driftYNm, minSeparation, border, pixelType, s);
    }
}
