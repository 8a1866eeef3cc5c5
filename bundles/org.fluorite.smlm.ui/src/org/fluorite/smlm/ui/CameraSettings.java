package org.fluorite.smlm.ui;

import java.io.IOException;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.settings.Setting;
import org.fluorite.smlm.camera.CameraModel;
import org.fluorite.smlm.camera.DarkFrames;

/**
 * The camera and pixel size of a stack as the Localization part shows them (PYME's metadata
 * names as aliases). Filled from the stack's metadata and calibration; the AD offset is estimated
 * from dark frames at the start of the recording when the metadata have none and
 * {@link #estimateAdOffset} is on.
 *
 * @param adOffset          dark level, ADU
 * @param estimateAdOffset  estimate the AD offset from leading dark frames (as PYME does) instead
 * @param electronsPerCount photoelectrons per ADU before EM gain
 * @param emGain            true EM gain (1 for sCMOS and CCD cameras)
 * @param readNoise         read noise, electrons rms
 * @param pixelNm           pixel size in the sample, nm
 */
public record CameraSettings(
        @Setting(label = "AD offset", unit = "ADU", min = 0, max = 1e6, alias = "Camera.ADOffset") double adOffset,
        @Setting(label = "Estimate AD offset from dark frames", alias = "PYME: dark frames at the start")
        boolean estimateAdOffset,
        @Setting(label = "Electrons per count", unit = "e-/ADU", min = 1e-6, max = 1e6, alias = "Camera.ElectronsPerCount")
        double electronsPerCount,
        @Setting(label = "EM gain", min = 1, max = 1e5, alias = "Camera.TrueEMGain") double emGain,
        @Setting(label = "Read noise", unit = "e-", min = 0, max = 1e4, alias = "Camera.ReadNoise") double readNoise,
        @Setting(label = "Pixel size", unit = "nm", min = 1e-3, max = 1e6, alias = "voxelsize.x") double pixelNm) {

    /** What the stack's metadata and calibration say; 100 nm pixels when it has no calibration. */
    public static CameraSettings of(Image stack) {
        CameraModel c = CameraModel.fromMetadata(stack.metadata(), CameraModel.PHOTON_COUNTING);
        Calibration x = stack.calibration(Axis.X);
        double px = x.isCalibrated() && "m".equals(x.unit()) ? x.size() * 1e9 : 100;
        return new CameraSettings(c.adOffset(), !CameraModel.hasAdOffset(stack.metadata()), c.electronsPerCount(), c.emGain(),
                c.readNoise(), px);
    }

    /** The camera model, estimating the AD offset from {@code stack} first when asked (reads frames). */
    public CameraModel camera(Image stack) throws IOException {
        double ad = adOffset;
        if (estimateAdOffset) {
            DarkFrames.Estimate e = DarkFrames.estimate(stack);
            if (e != null) {
                ad = e.adOffset();
            }
        }
        return CameraModel.of(ad, electronsPerCount, emGain, readNoise);
    }
}
