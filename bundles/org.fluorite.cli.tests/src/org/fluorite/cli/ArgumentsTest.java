package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private static Arguments parse(String... args) throws UsageException {
        return Arguments.parse(List.of(args), Set.of("--json"), Set.of("--axis-order", "--metadata"));
    }

    @Test
    void splitsFlagsOptionsAndPositionals() throws UsageException {
        Arguments a = parse("a.tif", "--json", "--axis-order", "txy", "--metadata=m.json", "b.tif");
        assertTrue(a.flag("--json"));
        assertEquals(Optional.of("txy"), a.option("--axis-order"));
        assertEquals(Optional.of("m.json"), a.option("--metadata"));
        assertEquals(List.of("a.tif", "b.tif"), a.positionals());
        assertEquals("b.tif", a.positional(1, "FILE"));
    }

    @Test
    void absentFlagAndOption() throws UsageException {
        Arguments a = parse("a.tif");
        assertFalse(a.flag("--json"));
        assertEquals(Optional.empty(), a.option("--axis-order"));
    }

    @Test
    void everythingAfterDoubleDashIsPositional() throws UsageException {
        Arguments a = parse("--", "--json", "-x");
        assertFalse(a.flag("--json"));
        assertEquals(List.of("--json", "-x"), a.positionals());
    }

    @Test
    void usageErrors() {
        assertEquals("unknown option '--jsn'", assertThrows(UsageException.class, () -> parse("--jsn")).getMessage());
        assertEquals("option --axis-order needs a value",
                assertThrows(UsageException.class, () -> parse("a", "--axis-order")).getMessage());
        assertEquals("option --json takes no value", assertThrows(UsageException.class, () -> parse("--json=yes")).getMessage());
        assertEquals("option --metadata given twice",
                assertThrows(UsageException.class, () -> parse("--metadata", "a", "--metadata", "b")).getMessage());
        assertEquals("missing FILE", assertThrows(UsageException.class, () -> parse().positional(0, "FILE")).getMessage());
        assertEquals("unexpected argument 'b'",
                assertThrows(UsageException.class, () -> parse("a", "b").expectAtMostPositionals(1)).getMessage());
    }
}
