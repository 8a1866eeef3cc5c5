package org.fluorite.core.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class LookupTableTest {

    @Test
    void greyRunsFromBlackToWhiteThroughMidGrey() {
        LookupTable t = LookupTable.GREY;
        assertEquals(0x000000, t.rgb(0));
        assertEquals(0x808080, t.rgb(128));
        assertEquals(0xFFFFFF, t.rgb(255));
        for (int i = 0; i < 256; i++) {
            assertEquals((i << 16) | (i << 8) | i, t.rgb(i), "grey entry " + i);
        }
    }

    @Test
    void singleColourRampsHaveExactEndpoints() {
        assertEquals(0xFF0000, LookupTable.RED.rgb(255));
        assertEquals(0x640000, LookupTable.RED.rgb(100));
        assertEquals(0x00FF00, LookupTable.GREEN.rgb(255));
        assertEquals(0x0000FF, LookupTable.BLUE.rgb(255));
        assertEquals(0x00FFFF, LookupTable.CYAN.rgb(255));
        assertEquals(0xFF00FF, LookupTable.MAGENTA.rgb(255));
        assertEquals(0xFFFF00, LookupTable.YELLOW.rgb(255));
        for (LookupTable t : List.of(LookupTable.RED, LookupTable.GREEN, LookupTable.BLUE, LookupTable.MAGENTA)) {
            assertEquals(0, t.rgb(0), t.name() + " starts black");
        }
    }

    @Test
    void hotPassesThroughRedAndYellow() {
        LookupTable t = LookupTable.HOT;
        assertEquals(0x000000, t.rgb(0));
        assertEquals(0xFF0000, t.rgb(85));
        assertEquals(0xFFFF00, t.rgb(170));
        assertEquals(0xFFFFFF, t.rgb(255));
    }

    @Test
    void perceptualMapsEndOnTheirAnchorColours() {
        assertEquals(0x000004, LookupTable.INFERNO.rgb(0));
        assertEquals(0xFCFFA4, LookupTable.INFERNO.rgb(255));
        assertEquals(0x440154, LookupTable.VIRIDIS.rgb(0));
        assertEquals(0xFDE725, LookupTable.VIRIDIS.rgb(255));
    }

    @Test
    void namesListEveryTableAndLookupIsCaseInsensitive() {
        assertEquals(List.of("grey", "red", "green", "blue", "cyan", "magenta", "yellow", "hot", "inferno", "viridis"),
                LookupTable.names());
        assertSame(LookupTable.GREY, LookupTable.byName("Gray"));
        assertSame(LookupTable.MAGENTA, LookupTable.byName(" MAGENTA "));
        assertEquals(10, LookupTable.builtIn().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LookupTable.byName("rainbow"));
        assertTrue(e.getMessage().contains("viridis"), e.getMessage());
    }

    @Test
    void customTablesNeedExactly256ColoursAndAreCopied() {
        assertThrows(IllegalArgumentException.class, () -> new LookupTable("short", new int[255]));
        int[] colours = new int[256];
        colours[3] = 0xFF123456;
        LookupTable t = new LookupTable("custom", colours);
        colours[3] = 0;
        assertEquals(0x123456, t.rgb(3), "alpha bits dropped, array copied");
        int[] copy = t.toArray();
        copy[3] = 1;
        assertEquals(0x123456, t.rgb(3));
    }
}
