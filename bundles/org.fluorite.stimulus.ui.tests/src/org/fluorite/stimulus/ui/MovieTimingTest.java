package org.fluorite.stimulus.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.fluorite.core.image.Axis;
import org.fluorite.core.image.Calibration;
import org.fluorite.core.image.Image;
import org.fluorite.core.image.Plane;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.PlaneSource;
import org.fluorite.core.image.Region;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.tiff.TiffImporter;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

/** Frames and frame rate of a movie, from its T calibration or its metadata. */
class MovieTimingTest {

    /** A movie of {@code frames} 2 x 2 planes; only its shape is looked at. */
    static Image movie(long frames) {
        PlaneSource zeros = new PlaneSource() {
            @Override
            public int width() {
                return 2;
            }

            @Override
            public int height() {
                return 2;
            }

            @Override
            public long planeCount() {
                return frames;
            }

            @Override
            public PixelType pixelType() {
                return PixelType.UINT8;
            }

            @Override
            public Plane read(long index, Region region) {
                return Plane.allocate(PixelType.UINT8, 2, 2);
            }
        };
        return Image.create("m", zeros, "TYX", frames, 2, 2);
    }

    @Test
    void theRealFissaMovieHas29FramesAndNoFrameRate() throws Exception {
        Image movie = new TiffImporter().read(TestData.file("fissa/b/images/AVG_A01.tif"), ImportOptions.NONE,
                ProgressMonitor.NONE).firstImage();
        try {
            MovieTiming t = MovieTiming.of(movie);
            assertEquals(29, t.frameCount()); // [src] series (29, 21, 14)
            assertFalse(t.knowsFps(), "the shaped tifffile description gives no frame interval");
            assertEquals("29 frames, frame rate unknown", t.describe());
        } finally {
            movie.close();
        }
    }

    @Test
    void theTCalibrationGivesTheFrameRate() {
        MovieTiming t = MovieTiming.of(movie(50).withCalibration(Axis.T, Calibration.seconds(0.05)));
        assertEquals(50, t.frameCount());
        assertEquals(20, t.fps(), 1e-12);
        assertEquals("50 frames, 20 fps", t.describe());
    }

    @Test
    void otherwiseTheMetadataFps() {
        Image m = movie(7).withMetadata(Metadata.of(Map.of(Metadata.FPS, 2.5)));
        MovieTiming t = MovieTiming.of(m);
        assertEquals(7, t.frameCount());
        assertEquals(2.5, t.fps());
        assertTrue(t.knowsFps());
        // a T calibration that is not in seconds says nothing of time
        assertEquals(2.5, MovieTiming.of(m.withCalibration(Axis.T, new Calibration(3, "m"))).fps());
    }

    @Test
    void noMovieNoFrames() {
        assertEquals(-1, MovieTiming.of(null).frameCount());
        assertFalse(MovieTiming.NONE.hasMovie());
        assertEquals("No movie", MovieTiming.NONE.describe());
        assertTrue(Double.isNaN(MovieTiming.of(movie(3)).fps()));
        assertEquals("3 frames, frame rate unknown", MovieTiming.of(movie(3)).describe());
    }
}
