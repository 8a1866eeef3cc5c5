package org.fluorite.smlm.simulate;

import org.fluorite.core.image.Image;
import org.fluorite.core.table.Table;
import org.fluorite.smlm.camera.CameraModel;

/**
 * A simulated recording: the stack (frames made when read), the ground truth as a localization
 * table (frame from 1, x and y in nm from the image's top-left corner as the localizer reports
 * them, photons, sigma in nm, and the drift applied in that frame, drift_x and drift_y in nm), and
 * what made it.
 */
public final class Simulation {

    private final Image stack;
    private final Table groundTruth;
    private final SimulationSettings settings;
    private final CameraModel camera;
    private final SimulatedPlanes planes;

    Simulation(Image stack, Table groundTruth, SimulationSettings settings, CameraModel camera, SimulatedPlanes planes) {
        this.stack = stack;
        this.groundTruth = groundTruth;
        this.settings = settings;
        this.camera = camera;
        this.planes = planes;
    }

    public Image stack() {
        return stack;
    }

    public Table groundTruth() {
        return groundTruth;
    }

    public SimulationSettings settings() {
        return settings;
    }

    public CameraModel camera() {
        return camera;
    }

    /** Expected photoelectrons of every pixel of frame {@code frame} (0-based) before any noise, row-major. */
    public double[] expectedPhotons(int frame) {
        if (frame < 0 || frame >= settings.frames()) {
            throw new IndexOutOfBoundsException("Frame " + frame + " outside the simulation's " + settings.frames() + " frames");
        }
        return planes.expected(frame);
    }
}
