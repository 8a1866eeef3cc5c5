package org.fluorite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.fluorite.core.progress.CancelledException;
import org.fluorite.core.progress.ProgressMonitor;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void showsPercentAndCountsThrottledByTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong(0);
        TerminalProgress p = new TerminalProgress(err, now::get);
        p.begin("Reading planes", 29);
        assertEquals("\rReading planes   0% (0/29)", bytes.toString(StandardCharsets.UTF_8));
        p.worked(10);
        // less than 200 ms later: nothing printed
        assertEquals("\rReading planes   0% (0/29)", bytes.toString(StandardCharsets.UTF_8));
        now.set(300_000_000L);
        p.worked(2);
        assertEquals("Reading planes  41% (12/29)", p.line());
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\rReading planes  41% (12/29)"));
        p.done();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("\r" + " ".repeat(27) + "\r"));
    }

    @Test
    void unknownTotalShowsTheCount() {
        TerminalProgress p = new TerminalProgress(new PrintStream(new ByteArrayOutputStream()), () -> 0);
        p.begin("Scanning", -1);
        assertEquals("Scanning ...", p.line());
        p.worked(7);
        assertEquals("Scanning (7)", p.line());
    }

    @Test
    void cancelStopsTheOperation() {
        TerminalProgress p = new TerminalProgress(new PrintStream(new ByteArrayOutputStream()), () -> 0);
        assertFalse(p.isCancelled());
        p.cancel();
        assertTrue(p.isCancelled());
        assertThrows(CancelledException.class, p::checkCancelled);
    }

    @Test
    void capturedStreamGetsNoProgressUnlessRequested() {
        PrintStream captured = new PrintStream(new ByteArrayOutputStream());
        assertSame(ProgressMonitor.NONE, TerminalProgress.forStream(captured, false));
        assertTrue(TerminalProgress.forStream(captured, true) instanceof TerminalProgress);
    }
}
