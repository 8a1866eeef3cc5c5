package org.fluorite.batch.slurm;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fluorite.batch.ItemState;

/**
 * SLURM job states (as squeue, scontrol and sacct spell them) mapped to item states. Waiting
 * states are queued; states in which the job holds its resources are running; ends are done,
 * failed or aborted. COMPLETED means done only when the worker also reported the item done, which
 * the executor checks.
 */
public final class SlurmStates {

    /** Every state SLURM 22.05+ reports, by its long name. */
    public static final Map<String, ItemState> STATES = Map.ofEntries(
            Map.entry("PENDING", ItemState.QUEUED),
            Map.entry("CONFIGURING", ItemState.QUEUED),
            Map.entry("REQUEUED", ItemState.QUEUED),
            Map.entry("REQUEUE_HOLD", ItemState.QUEUED),
            Map.entry("REQUEUE_FED", ItemState.QUEUED),
            Map.entry("RESV_DEL_HOLD", ItemState.QUEUED),
            Map.entry("POWER_UP_NODE", ItemState.QUEUED),
            Map.entry("RUNNING", ItemState.RUNNING),
            Map.entry("COMPLETING", ItemState.RUNNING),
            Map.entry("SUSPENDED", ItemState.RUNNING),
            Map.entry("STOPPED", ItemState.RUNNING),
            Map.entry("SIGNALING", ItemState.RUNNING),
            Map.entry("STAGE_OUT", ItemState.RUNNING),
            Map.entry("RESIZING", ItemState.RUNNING),
            Map.entry("UPDATE_DB", ItemState.RUNNING),
            Map.entry("COMPLETED", ItemState.DONE),
            Map.entry("CANCELLED", ItemState.ABORTED),
            Map.entry("REVOKED", ItemState.ABORTED),
            Map.entry("FAILED", ItemState.FAILED),
            Map.entry("TIMEOUT", ItemState.FAILED),
            Map.entry("NODE_FAIL", ItemState.FAILED),
            Map.entry("OUT_OF_MEMORY", ItemState.FAILED),
            Map.entry("PREEMPTED", ItemState.FAILED),
            Map.entry("BOOT_FAIL", ItemState.FAILED),
            Map.entry("DEADLINE", ItemState.FAILED),
            Map.entry("SPECIAL_EXIT", ItemState.FAILED));

    /** The short codes of squeue's %t. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("PD", "PENDING"), Map.entry("CF", "CONFIGURING"), Map.entry("RQ", "REQUEUED"), Map.entry("RH", "REQUEUE_HOLD"),
            Map.entry("RF", "REQUEUE_FED"), Map.entry("RD", "RESV_DEL_HOLD"), Map.entry("R", "RUNNING"), Map.entry("CG", "COMPLETING"),
            Map.entry("S", "SUSPENDED"), Map.entry("ST", "STOPPED"), Map.entry("SI", "SIGNALING"), Map.entry("SO", "STAGE_OUT"),
            Map.entry("RS", "RESIZING"), Map.entry("CD", "COMPLETED"), Map.entry("CA", "CANCELLED"), Map.entry("RV", "REVOKED"),
            Map.entry("F", "FAILED"), Map.entry("TO", "TIMEOUT"), Map.entry("NF", "NODE_FAIL"), Map.entry("OOM", "OUT_OF_MEMORY"),
            Map.entry("PR", "PREEMPTED"), Map.entry("BF", "BOOT_FAIL"), Map.entry("DL", "DEADLINE"), Map.entry("SE", "SPECIAL_EXIT"));

    private SlurmStates() {
    }

    /**
     * The item state for a SLURM state: long name or short code, any case; "CANCELLED by 0" and
     * flag suffixes ("RUNNING+") are understood. Empty for a state this table does not know.
     */
    public static Optional<ItemState> toItemState(String slurmState) {
        return Optional.ofNullable(STATES.get(normalise(slurmState)));
    }

    /** The long upper-case name of a state as SLURM may print it. */
    public static String normalise(String slurmState) {
        if (slurmState == null) {
            return "";
        }
        String s = slurmState.trim().toUpperCase(Locale.ROOT);
        int cut = s.indexOf(' ');
        if (cut > 0) {
            s = s.substring(0, cut);
        }
        while (s.endsWith("+")) {
            s = s.substring(0, s.length() - 1);
        }
        return CODES.getOrDefault(s, s);
    }

    /** True for the states after which the job will not run again by itself. */
    public static boolean isEnded(String slurmState) {
        return toItemState(slurmState).map(ItemState::isFinal).orElse(false);
    }
}
