package org.fluorite.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Mesmerize's naming conventions for numerical, categorical and UUID columns. */
class ColumnConventionsTest {

    @Test
    void namesAreClassifiedAsInTheSeed() {
        assertTrue(ColumnConventions.isNumericalName("_RAW_CURVE"));
        assertFalse(ColumnConventions.isNumericalName("_BLOCK_"));
        assertTrue(ColumnConventions.isUuidName("_BLOCK_"));
        assertTrue(ColumnConventions.isUuidName("ROI_UUID"));
        assertTrue(ColumnConventions.isUuidName("uuid_curve"));
        assertTrue(ColumnConventions.isCategoricalName("cell_type"));
        assertFalse(ColumnConventions.isCategoricalName("ImgUUID"));
        assertEquals("_SPLICE_ARRAYS", ColumnConventions.outputName("splice arrays", true));
        assertEquals("FCLUSTER_LABELS", ColumnConventions.outputName("fcluster-labels", false));
    }

    @Test
    void framesListTheirDataAndCategoricalColumns() {
        Transmission t = Samples.everyType();
        assertEquals(List.of("_RAW_CURVE", "_SPLICE_ARRAYS", "_NORMALIZE"), ColumnConventions.arrayColumns(t.frame()));
        assertEquals(List.of("cell_type", "odd/name"), ColumnConventions.categoricalColumns(t.frame()));
    }
}
