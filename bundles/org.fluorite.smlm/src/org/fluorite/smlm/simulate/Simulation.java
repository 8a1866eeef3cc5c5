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
public record Simulation(Image stack, Table groundTruth, SimulationSettings settings, CameraModel camera) {
}
