package org.fluorite.core.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.fluorite.core.display.Renderer.Channel;
import org.fluorite.core.image.PixelType;
import org.fluorite.core.image.Plane;
import org.junit.jupiter.api.Test;

class RendererTest {

    private static final LookupTable WHITE = new LookupTable("white", filled(0xFFFFFF));

    private static int[] filled(int colour) {
        int[] a = new int[256];
        Arrays.fill(a, colour);
        return a;
    }

    @Test
    void uint8GreyWithFullRangeIsIdentity() {
        Plane p = new Plane(PixelType.UINT8, 2, 2, new byte[] {0, 64, (byte) 128, (byte) 255});
        assertArrayEquals(new int[] {0x000000, 0x404040, 0x808080, 0xFFFFFF},
                Renderer.render(p, new Contrast(0, 255), LookupTable.GREY));
    }

    @Test
    void uint16WithNarrowRangeUsesTheGreenRamp() {
        Plane p = new Plane(PixelType.UINT16, 5, 1, new short[] {0, 1000, 2000, 500, 3000});
        assertArrayEquals(new int[] {0x000000, 0x008000, 0x00FF00, 0x004000, 0x00FF00},
                Renderer.render(p, new Contrast(0, 2000), LookupTable.GREEN));
    }

    @Test
    void uint16AboveShortMaxIsUnsignedOnBothCodePaths() {
        short[] small = {(short) 32768, (short) 40000, (short) 65535, 100};
        Contrast c = new Contrast(32768, 65535);
        // floor((40000 - 32768) * 256 / 32767) = 56 = 0x38
        int[] expected = {0x000000, 0x383838, 0xFFFFFF, 0x000000};
        assertArrayEquals(expected, Renderer.render(new Plane(PixelType.UINT16, 4, 1, small), c, LookupTable.GREY));
        // a plane of 65536 pixels goes through the per-value table
        short[] big = new short[256 * 256];
        for (int i = 0; i < big.length; i++) {
            big[i] = small[i % 4];
        }
        int[] out = Renderer.render(new Plane(PixelType.UINT16, 256, 256, big), c, LookupTable.GREY);
        for (int i = 0; i < 8; i++) {
            assertEquals(expected[i % 4], out[i], "pixel " + i);
        }
        assertEquals(expected[3], out[big.length - 1]);
    }

    @Test
    void signedTypesKeepTheirSign() {
        Plane i16 = new Plane(PixelType.INT16, 3, 1, new short[] {-100, 0, 100});
        assertArrayEquals(new int[] {0x000000, 0x800000, 0xFF0000},
                Renderer.render(i16, new Contrast(-100, 100), LookupTable.RED));
        Plane i8 = new Plane(PixelType.INT8, 3, 1, new byte[] {-128, 0, 127});
        assertArrayEquals(new int[] {0x000000, 0x000080, 0x0000FF},
                Renderer.render(i8, new Contrast(-128, 127), LookupTable.BLUE));
        Plane i32 = new Plane(PixelType.INT32, 2, 1, new int[] {-1000, 1000});
        assertArrayEquals(new int[] {0x000000, 0xFFFFFF}, Renderer.render(i32, new Contrast(-1000, 1000), LookupTable.GREY));
    }

    @Test
    void uint32AndFloat64AreScaled() {
        Plane u32 = new Plane(PixelType.UINT32, 2, 1, new int[] {-1, 0});
        assertArrayEquals(new int[] {0xFFFFFF, 0x000000},
                Renderer.render(u32, new Contrast(0, 4294967295.0), LookupTable.GREY));
        Plane f64 = new Plane(PixelType.FLOAT64, 3, 1, new double[] {0.25, 0.5, -3});
        assertArrayEquals(new int[] {0x404040, 0x808080, 0x000000}, Renderer.render(f64, new Contrast(0, 1), LookupTable.GREY));
    }

    @Test
    void nanIsBlackEvenWhenEveryEntryIsWhite() {
        Plane f32 = new Plane(PixelType.FLOAT32, 3, 1, new float[] {Float.NaN, 0, 5});
        int[] out = {0x123456, 0x123456, 0x123456};
        Renderer.render(f32, new Contrast(0, 1), WHITE, out);
        assertArrayEquals(new int[] {0, 0xFFFFFF, 0xFFFFFF}, out);
        Plane f64 = new Plane(PixelType.FLOAT64, 2, 1, new double[] {Double.NaN, 1});
        assertArrayEquals(new int[] {0, 0xFFFFFF}, Renderer.render(f64, new Contrast(0, 1), WHITE));
    }

    @Test
    void redPlusGreenIsYellow() {
        Plane a = new Plane(PixelType.UINT8, 3, 1, new byte[] {(byte) 255, (byte) 255, 0});
        Plane b = new Plane(PixelType.UINT8, 3, 1, new byte[] {(byte) 255, 0, (byte) 128});
        Contrast c = new Contrast(0, 255);
        int[] out = Renderer.composite(List.of(new Channel(a, c, LookupTable.RED), new Channel(b, c, LookupTable.GREEN)));
        assertArrayEquals(new int[] {0xFFFF00, 0xFF0000, 0x008000}, out);
    }

    @Test
    void compositeClampsEachComponentAndSkipsNaN() {
        Plane a = new Plane(PixelType.UINT8, 2, 1, new byte[] {(byte) 200, (byte) 200});
        Plane b = new Plane(PixelType.FLOAT32, 2, 1, new float[] {200, Float.NaN});
        Contrast c = new Contrast(0, 255);
        int[] out = {0xABCDEF, 0xABCDEF};
        Renderer.composite(List.of(new Channel(a, c, LookupTable.MAGENTA), new Channel(b, c, LookupTable.GREY)), out);
        // 200 + 200 clamps to 255 in red and blue; green gets grey's 200 only
        assertArrayEquals(new int[] {0xFFC8FF, 0xC800C8}, out);
        assertEquals(0xFFFF90, Renderer.addClamped(0x808080, 0x90FF10));
    }

    @Test
    void rejectsMismatchedOrShortBuffers() {
        Plane a = Plane.allocate(PixelType.UINT8, 2, 2);
        Plane b = Plane.allocate(PixelType.UINT8, 3, 2);
        Contrast c = new Contrast(0, 1);
        assertThrows(IllegalArgumentException.class,
                () -> Renderer.composite(List.of(new Channel(a, c, LookupTable.RED), new Channel(b, c, LookupTable.GREEN))));
        assertThrows(IllegalArgumentException.class, () -> Renderer.render(a, c, LookupTable.GREY, new int[3]));
        assertThrows(IllegalArgumentException.class, () -> Renderer.composite(List.of()));
    }
}
