package org.fluorite.batch.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.BatchItem;
import org.fluorite.batch.BatchItemKind;

/**
 * Test kind "test-nap": runs {@link NapCommand} for {@code seconds}, printing a line every tenth of
 * a second, so that a test can watch the live log and abort a running worker. Output: nap.txt.
 */
public class NapKind implements BatchItemKind {

    @Override
    public String id() {
        return "test-nap";
    }

    @Override
    public String displayName() {
        return "Nap (test)";
    }

    @Override
    public List<String> validate(Map<String, Object> parameters, List<String> inputs) {
        return parameters.keySet().stream().filter(k -> !k.equals("seconds")).map(k -> "unknown parameter " + k).toList();
    }

    @Override
    public List<String> commandLine(BatchItem item, Path outputDirectory) {
        return List.of("test-nap", "--seconds", String.valueOf(item.parameters().getOrDefault("seconds", 1)), "--out",
                outputDirectory.resolve("nap.txt").toString());
    }

    @Override
    public List<String> outputs(Map<String, Object> parameters) {
        return List.of("nap.txt");
    }
}
