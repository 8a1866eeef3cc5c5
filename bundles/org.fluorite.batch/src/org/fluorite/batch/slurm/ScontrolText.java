package org.fluorite.batch.slurm;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Reads {@code scontrol show job -o} lines (one job per line, Key=Value words). */
final class ScontrolText {

    private ScontrolText() {
    }

    /** The job {@code jobId} ("1234" or "1234_2") among the lines, if present. */
    static Optional<SlurmJob> find(String text, String jobId) {
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, String> f = fields(line);
            String id = f.getOrDefault("JobId", "");
            String arrayJob = f.get("ArrayJobId");
            String arrayTask = f.get("ArrayTaskId");
            boolean match = id.equals(jobId);
            if (!match && arrayJob != null && arrayTask != null) {
                if ((arrayJob + "_" + arrayTask).equals(jobId)) {
                    match = true;
                } else if (jobId.startsWith(arrayJob + "_") && !arrayTask.matches("[0-9]+")) {
                    try {
                        int task = Integer.parseInt(jobId.substring(arrayJob.length() + 1));
                        match = ArrayTasks.expand(arrayTask, SqueueJson.MAX_TASKS).contains(task);
                    } catch (RuntimeException e) {
                        match = false;
                    }
                }
            }
            if (match) {
                return Optional.of(new SlurmJob(jobId, f.getOrDefault("JobState", ""), f.getOrDefault("Reason", ""), exit(f.get("ExitCode"))));
            }
        }
        return Optional.empty();
    }

    static Map<String, String> fields(String line) {
        Map<String, String> f = new HashMap<>();
        for (String word : line.trim().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                f.putIfAbsent(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return f;
    }

    private static Integer exit(String v) {
        if (v == null) {
            return null;
        }
        int colon = v.indexOf(':');
        try {
            return Integer.parseInt(colon >= 0 ? v.substring(0, colon) : v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
