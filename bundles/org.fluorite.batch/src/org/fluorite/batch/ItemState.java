package org.fluorite.batch;

import java.util.Locale;

/**
 * Where a batch item stands. The colours are the batch manager's (yellow running, green done, red
 * failed, orange aborted, blue while outputs are moved into place).
 */
public enum ItemState {
    /** Waiting to be started (or, on SLURM, waiting in the queue). */
    QUEUED("queued", 0xFFFFFF),
    /** A worker process is running the item. */
    RUNNING("running", 0xFFD700),
    /** The work finished; its outputs are being moved from the temporary folder into outputs/. */
    MOVING_OUTPUTS("moving outputs", 0x4A90E2),
    /** Finished, every output in outputs/. */
    DONE("done", 0x2EB82E),
    /** Did not finish: see the item's error and log. */
    FAILED("failed", 0xE03C31),
    /** Stopped by the user. */
    ABORTED("aborted", 0xFF8C00);

    private final String label;
    private final int rgb;

    ItemState(String label, int rgb) {
        this.label = label;
        this.rgb = rgb;
    }

    /** The word stored in item.json and shown to the user ("moving outputs" for {@link #MOVING_OUTPUTS}). */
    public String label() {
        return label;
    }

    /**
     * The state as {@code batch status --json} reports it: one of queued, running, done, failed,
     * aborted ({@link #MOVING_OUTPUTS} reports as running, with a detail key beside it).
     */
    public String statusLabel() {
        return this == MOVING_OUTPUTS ? RUNNING.label : label;
    }

    /** Display colour as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** True for done, failed and aborted: nothing will change the item any more unless it is re-queued. */
    public boolean isFinal() {
        return this == DONE || this == FAILED || this == ABORTED;
    }

    /** True while a worker owns the item (running or moving outputs). */
    public boolean isActive() {
        return this == RUNNING || this == MOVING_OUTPUTS;
    }

    /** The state called {@code label} (as written by {@link #label()}, case-insensitive; "moving_outputs" too). */
    public static ItemState fromLabel(String label) {
        String l = label == null ? "" : label.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (ItemState s : values()) {
            if (s.label.equals(l)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown item state '" + label + "' (expected queued, running, moving outputs, done, failed or aborted)");
    }
}
