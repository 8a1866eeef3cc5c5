package org.fluorite.kymo.tracking;

import org.fluorite.kymo.Kymograph;
import org.fluorite.kymo.PositionUnit;

/**
 * How track pixels become physical values: pixel size in the kymograph's position unit (µm, or
 * kbp after calibration) and line time in seconds.
 *
 * @param pixelSize       position units per pixel
 * @param unit            position unit
 * @param lineTimeSeconds seconds per kymograph line
 */
public record TrackCalibration(double pixelSize, PositionUnit unit, double lineTimeSeconds) {

    public static TrackCalibration of(Kymograph kymo) {
        return new TrackCalibration(kymo.pixelSize(), kymo.positionUnit(), kymo.lineTimeSeconds());
    }
}
