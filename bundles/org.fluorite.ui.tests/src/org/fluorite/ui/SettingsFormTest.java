package org.fluorite.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.fluorite.core.settings.Setting;
import org.fluorite.testing.TestData;
import org.junit.jupiter.api.Test;

class SettingsFormTest {

    enum Mode {
        FAST, CAREFUL
    }

    record Example(@Setting(label = "Largest shift", unit = "px", min = 0, max = 50) int maxShift,
            @Setting(label = "Piecewise") boolean piecewise, @Setting(label = "Mode") Mode mode) {
    }

    @Test
    void editsRebuildTheRecordAndBadInputIsExplained() {
        TestData.assumeDisplay();
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            SettingsForm<Example> form = new SettingsForm<>(shell, new Example(6, false, Mode.FAST));
            form.setText("maxShift", "12");
            form.setText("piecewise", "true");
            form.setText("mode", "careful");
            assertNull(form.problem());
            assertEquals(new Example(12, true, Mode.CAREFUL), form.value());
            form.setText("maxShift", "99");
            assertEquals("Largest shift must be between 0 and 50 px, not 99", form.problem());
            assertEquals(new Example(12, true, Mode.CAREFUL), form.value(), "the last valid settings are kept");
        } finally {
            shell.dispose();
        }
    }
}
