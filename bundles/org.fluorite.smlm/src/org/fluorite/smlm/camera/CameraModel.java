package org.fluorite.smlm.camera;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.fluorite.core.image.Plane;
import org.fluorite.core.meta.Metadata;

/**
 * How a camera turns photoelectrons into the counts (ADU) stored in a file, and the noise it adds,
 * with PYME's metadata names. A count {@code c} at pixel {@code i} is converted to photoelectrons
 * ("photons" in results, as ThunderSTORM and PYME call them) as
 * {@code e = (c - dark[i]) * electronsPerCount * flat[i] / emGain}, where {@code dark[i]} is
 * {@link #adOffset()} unless a dark map is given and {@code flat[i]} is 1 unless a flat-field map is
 * given.
 *
 * <p>Noise in photoelectron units: shot noise multiplied by the EM excess noise factor
 * {@link #excessNoiseFactor()} (F² = 2 with EM gain, 1 without), plus read noise of variance
 * {@code (readNoise / emGain)²}, or, with an sCMOS variance map, {@code variance[i] *
 * (electronsPerCount * flat[i] / emGain)²}.
 *
 * @param adOffset          mean dark value in ADU ({@code Camera.ADOffset})
 * @param electronsPerCount electrons per ADU at the read-out ({@code Camera.ElectronsPerCount})
 * @param emGain            electron-multiplying gain, 1 for CCD and sCMOS cameras ({@code Camera.TrueEMGain})
 * @param readNoise         read-out noise in electrons rms ({@code Camera.ReadNoise})
 * @param maps              optional per-pixel sCMOS maps, or null
 */
public record CameraModel(double adOffset, double electronsPerCount, double emGain, double readNoise, CameraMaps maps) {

    /** PYME metadata keys. */
    public static final String AD_OFFSET = "Camera.ADOffset";
    public static final String ELECTRONS_PER_COUNT = "Camera.ElectronsPerCount";
    public static final String TRUE_EM_GAIN = "Camera.TrueEMGain";
    public static final String READ_NOISE = "Camera.ReadNoise";

    /** A camera with no offset, one electron per count, no EM gain and no read noise: data already in photons. */
    public static final CameraModel PHOTON_COUNTING = new CameraModel(0, 1, 1, 0, null);

    public CameraModel {
        if (!Double.isFinite(adOffset)) {
            throw new IllegalArgumentException("Camera AD offset must be a finite number of ADU, got " + adOffset);
        }
        if (!(electronsPerCount > 0) || !Double.isFinite(electronsPerCount)) {
            throw new IllegalArgumentException("Camera electrons per count must be positive, got " + electronsPerCount);
        }
        if (!(emGain >= 1) || !Double.isFinite(emGain)) {
            throw new IllegalArgumentException("Camera EM gain must be at least 1 (1 = no EM gain), got " + emGain);
        }
        if (!(readNoise >= 0) || !Double.isFinite(readNoise)) {
            throw new IllegalArgumentException("Camera read noise must be zero or positive (electrons), got " + readNoise);
        }
    }

    /** A camera without per-pixel maps. */
    public static CameraModel of(double adOffset, double electronsPerCount, double emGain, double readNoise) {
        return new CameraModel(adOffset, electronsPerCount, emGain, readNoise, null);
    }

    /** F², the variance of EM-multiplied shot noise relative to plain Poisson noise: 2 with EM gain, 1 without. */
    public double excessNoiseFactor() {
        return emGain > 1 ? 2 : 1;
    }

    /** Photoelectrons per ADU (before a flat-field correction): {@code electronsPerCount / emGain}. */
    public double photoelectronsPerCount() {
        return electronsPerCount / emGain;
    }

    public CameraModel withAdOffset(double value) {
        return new CameraModel(value, electronsPerCount, emGain, readNoise, maps);
    }

    public CameraModel withElectronsPerCount(double value) {
        return new CameraModel(adOffset, value, emGain, readNoise, maps);
    }

    public CameraModel withEmGain(double value) {
        return new CameraModel(adOffset, electronsPerCount, value, readNoise, maps);
    }

    public CameraModel withReadNoise(double value) {
        return new CameraModel(adOffset, electronsPerCount, emGain, value, maps);
    }

    public CameraModel withMaps(CameraMaps value) {
        return new CameraModel(adOffset, electronsPerCount, emGain, readNoise, value);
    }

    /**
     * Converts a frame (any pixel type) to photoelectrons.
     *
     * @param out array of {@code plane.size()} values, filled
     * @throws IllegalArgumentException when sCMOS maps are set and differ in size from the plane
     */
    public void toPhotoelectrons(Plane plane, float[] out) {
        int n = plane.size();
        checkMaps(plane.width(), plane.height());
        double k = photoelectronsPerCount();
        if (maps == null) {
            convertUniform(plane, out, k);
            return;
        }
        for (int i = 0; i < n; i++) {
            double dark = maps.dark() == null ? adOffset : maps.dark()[i];
            double flat = maps.flat() == null ? 1 : maps.flat()[i];
            out[i] = (float) ((plane.get(i) - dark) * k * flat);
        }
    }

    private void convertUniform(Plane plane, float[] out, double k) {
        int n = plane.size();
        Object data = plane.data();
        switch (plane.type()) {
            case UINT16 -> {
                short[] s = (short[]) data;
                for (int i = 0; i < n; i++) {
                    out[i] = (float) (((s[i] & 0xFFFF) - adOffset) * k);
                }
            }
            case FLOAT32 -> {
                float[] f = (float[]) data;
                for (int i = 0; i < n; i++) {
                    out[i] = (float) ((f[i] - adOffset) * k);
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    out[i] = (float) ((plane.get(i) - adOffset) * k);
                }
            }
        }
    }

    /**
     * Read-noise variance of every pixel in photoelectrons², for the noise model of detection and
     * fitting.
     */
    public float[] readVariance(int width, int height) {
        checkMaps(width, height);
        float[] out = new float[width * height];
        double k = photoelectronsPerCount();
        double uniform = (readNoise / emGain) * (readNoise / emGain);
        for (int i = 0; i < out.length; i++) {
            if (maps != null && maps.variance() != null) {
                double flat = maps.flat() == null ? 1 : maps.flat()[i];
                double g = k * flat;
                out[i] = (float) (maps.variance()[i] * g * g);
            } else {
                out[i] = (float) uniform;
            }
        }
        return out;
    }

    private void checkMaps(int width, int height) {
        if (maps != null && (maps.width() != width || maps.height() != height)) {
            throw new IllegalArgumentException("sCMOS maps are " + maps.width() + "x" + maps.height() + " pixels, the frames "
                    + width + "x" + height);
        }
    }

    /**
     * The camera described by an image's metadata (PYME's keys, flat as {@code "Camera.ADOffset"} or
     * nested as {@code {"Camera": {"ADOffset": ...}}}), with values missing from the metadata taken
     * from {@code fallback}.
     */
    public static CameraModel fromMetadata(Metadata metadata, CameraModel fallback) {
        double ad = number(metadata, AD_OFFSET).orElse(fallback.adOffset());
        double epc = number(metadata, ELECTRONS_PER_COUNT).orElse(fallback.electronsPerCount());
        double gain = number(metadata, TRUE_EM_GAIN).orElse(fallback.emGain());
        double rn = number(metadata, READ_NOISE).orElse(fallback.readNoise());
        return new CameraModel(ad, epc, Math.max(1, gain), rn, fallback.maps());
    }

    /** True when the metadata give an AD offset (so it need not be estimated from dark frames). */
    public static boolean hasAdOffset(Metadata metadata) {
        return number(metadata, AD_OFFSET).isPresent();
    }

    private static OptionalDouble number(Metadata metadata, String dottedKey) {
        OptionalDouble flat = metadata.number(dottedKey);
        if (flat.isPresent()) {
            return flat;
        }
        String[] parts = dottedKey.split("\\.");
        Object node = metadata.get(parts[0]);
        for (int i = 1; i < parts.length && node instanceof Map<?, ?> m; i++) {
            node = m.get(parts[i]);
        }
        if (node instanceof Number n && Double.isFinite(n.doubleValue())) {
            return OptionalDouble.of(n.doubleValue());
        }
        return OptionalDouble.empty();
    }

    /** The scalar parameters under PYME's names, for metadata and provenance. */
    public Map<String, Object> toMetadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(AD_OFFSET, adOffset);
        m.put(ELECTRONS_PER_COUNT, electronsPerCount);
        m.put(TRUE_EM_GAIN, emGain);
        m.put(READ_NOISE, readNoise);
        m.put("Camera.sCMOSMaps", maps != null);
        return m;
    }
}
