package org.fluorite.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Test kind "wait": runs {@link WaitCommand} for {@code seconds} (default 30) so that a test can
 * kill or abort a worker while it runs. Output: waited.txt.
 */
public class WaitKind implements BatchItemKind {

    @Override
    public String id() {
        return "wait";
    }

    @Override
    public String displayName() {
        return "Wait (test)";
    }

    @Override
    public List<String> validate(Map<String, Object> parameters, List<String> inputs) {
        return parameters.keySet().stream().filter(k -> !k.equals("seconds") && !k.equals("fail")).map(k -> "unknown parameter " + k).toList();
    }

    @Override
    public List<String> commandLine(BatchItem item, Path outputDirectory) {
        String seconds = String.valueOf(item.parameters().getOrDefault("seconds", 30));
        if (Boolean.TRUE.equals(item.parameters().get("fail"))) {
            return List.of("test-wait", "--seconds", seconds, "--fail");
        }
        return List.of("test-wait", "--seconds", seconds, "--out", outputDirectory.resolve("waited.txt").toString());
    }

    @Override
    public List<String> outputs(Map<String, Object> parameters) {
        return List.of("waited.txt");
    }
}
