package org.fluorite.project;

import org.fluorite.roi.Roi;

/**
 * A ROI as stored in a project: its uuid (stable; the batch manager and flowcharts refer to it),
 * its index in the sample, the ROI itself with its tags, and its trace (one value per frame, mean
 * intensity unless the sample was added with other traces).
 */
public record StoredRoi(String uuid, int index, Roi roi, double[] trace) {
}
