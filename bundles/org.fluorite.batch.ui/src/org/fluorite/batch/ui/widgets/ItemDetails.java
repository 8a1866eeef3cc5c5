package org.fluorite.batch.ui.widgets;

import java.util.Map;

import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;
import org.fluorite.core.json.Json;

/**
 * The texts shown below the item list for the selected item: its parameters (first line the uuid,
 * as in Mesmerize) and what happened to it (state, error of a failed or aborted item first, exit
 * status, times, where it ran, its outputs). Pure text, no widgets, so that it is easy to test.
 */
public final class ItemDetails {

    private ItemDetails() {
    }

    /** The uuid, then kind, name, inputs and the parameters as JSON. */
    public static String parameters(BatchItem item) {
        if (item == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        b.append(item.uuid()).append('\n');
        b.append("kind: ").append(item.kind()).append('\n');
        b.append("name: ").append(item.name()).append('\n');
        for (String in : item.inputs()) {
            b.append("input: ").append(in).append('\n');
        }
        Map<String, Object> p = item.parameters();
        b.append("parameters: ").append(p.isEmpty() ? "(defaults)" : Json.writePretty(p));
        return b.toString().strip();
    }

    /** What happened: the error first for a failed or aborted item. */
    public static String information(BatchItem item) {
        if (item == null) {
            return "Select an item to see its parameters, its state and its output.";
        }
        StringBuilder b = new StringBuilder();
        ItemState s = item.state();
        if ((s == ItemState.FAILED || s == ItemState.ABORTED) && item.error() != null) {
            b.append(s == ItemState.FAILED ? "Error: " : "Aborted: ").append(item.error()).append("\n\n");
        }
        b.append("State: ").append(s.label()).append(item.abortRequested() && !s.isFinal() ? " (abort requested)" : "").append('\n');
        if (item.exitCode() != null) {
            b.append("Exit status: ").append(item.exitCode()).append(item.exitCode() == 137 ? " (killed by SIGKILL)" : "").append('\n');
        }
        b.append("Added: ").append(item.created()).append('\n');
        if (item.started() != null) {
            b.append("Started: ").append(item.started()).append('\n');
        }
        if (item.finished() != null) {
            b.append("Finished: ").append(item.finished()).append(" (").append(ItemTable.runTime(item)).append(")\n");
        }
        if (!item.execution().isEmpty()) {
            b.append("Ran on: ").append(item.execution().executor()).append(" job ").append(item.execution().jobId());
            if (item.execution().host() != null) {
                b.append(" on ").append(item.execution().host());
            }
            b.append('\n');
        }
        if (!item.outputs().isEmpty()) {
            b.append("Outputs: ").append(String.join(", ", item.outputs())).append('\n');
        }
        return b.toString().strip();
    }
}
