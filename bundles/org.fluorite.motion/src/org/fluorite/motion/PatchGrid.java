package org.fluorite.motion;

/**
 * The overlapping patches of piecewise-rigid correction along one frame: patches of
 * {@code stride + overlap} pixels starting every {@code stride} pixels, the last one moved back
 * to end at the frame edge (as NoRMCorre lays them out). A frame not larger than one patch has a
 * single patch covering it.
 *
 * @param size   patch length in pixels
 * @param starts first pixel of each patch
 */
record PatchGrid(int size, int[] starts) {

    static PatchGrid along(int length, int stride, int overlap) {
        int size = stride + overlap;
        if (size >= length) {
            return new PatchGrid(length, new int[] {0});
        }
        java.util.List<Integer> s = new java.util.ArrayList<>();
        for (int start = 0; start + size < length; start += stride) {
            s.add(start);
        }
        int last = length - size;
        if (s.isEmpty() || s.get(s.size() - 1) != last) {
            s.add(last);
        }
        return new PatchGrid(size, s.stream().mapToInt(Integer::intValue).toArray());
    }

    int count() {
        return starts.length;
    }

    /** Centre of patch {@code i} in pixel coordinates. */
    double centre(int i) {
        return starts[i] + (size - 1) / 2.0;
    }
}
