package org.fluorite.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsRecordsTest {

    enum Border {
        NAN, ZERO
    }

    record Example(@Setting(label = "Largest shift", unit = "px", min = 0, max = 100, alias = "max_shifts") int maxShift,
            @Setting(label = "Filter size", unit = "px", min = 0) double sigma,
            @Setting(label = "Piecewise") boolean piecewise, Border border) {
    }

    private static final Example DEFAULTS = new Example(6, 0, false, Border.NAN);

    @Test
    void fieldsComeInOrderWithLabelsUnitsAndValues() {
        List<SettingsRecords.Field> fields = SettingsRecords.fields(DEFAULTS);
        assertEquals(List.of("maxShift", "sigma", "piecewise", "border"), fields.stream().map(SettingsRecords.Field::name).toList());
        assertEquals("Largest shift", fields.get(0).label());
        assertEquals("px", fields.get(0).unit());
        assertEquals("max_shifts", fields.get(0).setting().alias());
        assertEquals(6, fields.get(0).value());
        assertEquals("border", fields.get(3).label(), "unannotated components show their name");
    }

    @Test
    void textValuesAreParsedAndChecked() {
        Example e = SettingsRecords.with(DEFAULTS, Map.of("maxShift", "12", "sigma", "2.5", "piecewise", "yes", "border", "zero"));
        assertEquals(new Example(12, 2.5, true, Border.ZERO), e);
        assertEquals(Map.of("maxShift", 12, "sigma", 2.5, "piecewise", true, "border", "ZERO"), SettingsRecords.toMap(e));
    }

    @Test
    void problemsNameTheSettingInTheUsersWords() {
        assertEquals("Largest shift must be between 0 and 100 px, not 101",
                assertThrows(IllegalArgumentException.class, () -> SettingsRecords.with(DEFAULTS, Map.of("maxShift", "101")))
                        .getMessage());
        assertEquals("Filter size must be a number, not 'wide'",
                assertThrows(IllegalArgumentException.class, () -> SettingsRecords.with(DEFAULTS, Map.of("sigma", "wide")))
                        .getMessage());
        assertEquals("border must be one of nan, zero, not 'edge'",
                assertThrows(IllegalArgumentException.class, () -> SettingsRecords.with(DEFAULTS, Map.of("border", "edge")))
                        .getMessage());
        assertEquals("There is no setting 'speed' in Example",
                assertThrows(IllegalArgumentException.class, () -> SettingsRecords.with(DEFAULTS, Map.of("speed", "1")))
                        .getMessage());
    }
}
