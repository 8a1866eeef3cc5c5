package org.fluorite.batch.slurm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;

/**
 * Reads {@code squeue --json} (SLURM 22.05 writes plain values; 23.x wraps numbers as
 * {"set":..,"number":..} and states as lists: both are read). A pending array whose tasks are
 * not yet split is one record with an {@code array_task_string} such as "0-3" or "1,3-5%2"; it is
 * listed here as one job per task.
 */
final class SqueueJson {

    /** Most tasks expanded from one pending array record. */
    static final int MAX_TASKS = 100_000;

    private SqueueJson() {
    }

    static List<SlurmJob> parse(String text) throws IOException {
        Object root;
        try {
            root = Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException("squeue --json printed something that is not JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> m) || !(m.get("jobs") instanceof List<?> jobs)) {
            throw new IOException("squeue --json printed no 'jobs' list");
        }
        List<SlurmJob> out = new ArrayList<>();
        for (Object o : jobs) {
            if (!(o instanceof Map<?, ?> j)) {
                continue;
            }
            Long jobId = number(j.get("job_id"));
            Long arrayJob = number(j.get("array_job_id"));
            Long arrayTask = number(j.get("array_task_id"));
            String state = state(j.get("job_state"));
            String reason = j.get("state_reason") == null ? "" : String.valueOf(j.get("state_reason"));
            Long exit = exitCode(j.get("exit_code"));
            Integer exitCode = exit == null ? null : exit.intValue();
            String taskString = j.get("array_task_string") instanceof String s ? s.trim() : "";
            if (jobId == null) {
                continue;
            }
            if (arrayJob != null && arrayJob > 0 && arrayTask != null) {
                out.add(new SlurmJob(arrayJob + "_" + arrayTask, state, reason, exitCode));
            } else if (arrayJob != null && arrayJob > 0 && !taskString.isEmpty()) {
                for (int t : ArrayTasks.expand(taskString, MAX_TASKS)) {
                    out.add(new SlurmJob(arrayJob + "_" + t, state, reason, exitCode));
                }
            } else {
                out.add(new SlurmJob(Long.toString(jobId), state, reason, exitCode));
            }
        }
        return out;
    }

    private static Long number(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            if (Boolean.FALSE.equals(m.get("set")) || Boolean.TRUE.equals(m.get("infinite"))) {
                return null;
            }
            return m.get("number") instanceof Number n ? n.longValue() : null;
        }
        return null;
    }

    private static Long exitCode(Object v) {
        if (v instanceof Map<?, ?> m && m.containsKey("return_code")) {
            return number(m.get("return_code"));
        }
        return number(v);
    }

    private static String state(Object v) {
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "" : String.valueOf(l.get(0));
        }
        return v == null ? "" : String.valueOf(v);
    }
}
