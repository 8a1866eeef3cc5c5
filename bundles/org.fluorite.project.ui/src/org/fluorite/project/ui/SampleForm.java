package org.fluorite.project.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.SampleId;

/**
 * What the "Add to Project" dialog checks before anything is stored: the Animal ID and Trial ID
 * make a valid {@link SampleId} (the separator {@value SampleId#SEPARATOR} is refused inside
 * either), and each custom column's text converts to its type. Plain Java, no toolkit.
 */
public final class SampleForm {

    /**
     * The outcome of a check.
     *
     * @param id     the sample id, or null when invalid
     * @param values custom column values converted to their types (String, Long or Double);
     *               empty text is left out (the column's replace value is used)
     * @param error  the first problem in words, or null when the form is valid
     */
    public record Result(SampleId id, Map<String, Object> values, String error) {

        public boolean valid() {
            return error == null;
        }
    }

    private SampleForm() {
    }

    /**
     * Checks the form.
     *
     * @param texts custom column texts by column name, as typed
     */
    public static Result check(String animal, String trial, Map<String, String> texts, ProjectConfiguration configuration) {
        SampleId id;
        try {
            id = new SampleId(animal == null ? "" : animal, trial == null ? "" : trial);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Result(null, Map.of(), e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ProjectColumn col : configuration.customColumns()) {
            String text = texts.get(col.name());
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                values.put(col.name(), col.type().convert(col.name(), text));
            } catch (IllegalArgumentException e) {
                return new Result(id, Map.of(), e.getMessage());
            }
        }
        return new Result(id, values, null);
    }
}
