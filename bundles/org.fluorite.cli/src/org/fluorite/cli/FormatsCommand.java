package org.fluorite.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.json.Json;
import org.fluorite.io.Exporter;
import org.fluorite.io.FormatRegistry;
import org.fluorite.io.Importer;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite formats}: the installed importers and exporters (id, name, file endings) and
 * contributions the registry rejected. JSON keys: {@code importers} and {@code exporters} (lists
 * of {"id", "name", "extensions"}), {@code problems} (list of strings).
 */
@Component(service = CliCommand.class)
public class FormatsCommand implements CliCommand {

    static final String JSON = "--json";

    @Override
    public String name() {
        return "formats";
    }

    @Override
    public String summary() {
        return "List the file formats Fluorite can read and write";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite formats [--json]

                Lists the installed importers and exporters with their ids, names and file
                endings, and any format plugin that was rejected (e.g. for a duplicate id).

                Options:
                  --json   print {"importers": [{"id", "name", "extensions"}], "exporters": [...],
                           "problems": [...]}
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), Set.of());
        a.expectAtMostPositionals(0);
        FormatRegistry registry = context.registry();
        List<Map<String, Object>> importers = new ArrayList<>();
        for (Importer i : registry.importers()) {
            importers.add(entry(i.id(), i.name(), i.extensions()));
        }
        List<Map<String, Object>> exporters = new ArrayList<>();
        for (Exporter e : registry.exporters()) {
            exporters.add(entry(e.id(), e.name(), e.extensions()));
        }
        List<String> problems = registry.problems();
        PrintStream out = context.out();
        if (a.flag(JSON)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("importers", importers);
            m.put("exporters", exporters);
            m.put("problems", problems);
            out.println(Json.writePretty(m));
            return CommandLine.EXIT_OK;
        }
        table(out, "Importers (read)", importers);
        out.println();
        table(out, "Exporters (write)", exporters);
        if (!problems.isEmpty()) {
            out.println();
            out.println("Problems:");
            for (String p : problems) {
                out.println("  " + CommandLine.oneLine(p));
            }
        }
        return CommandLine.EXIT_OK;
    }

    private static Map<String, Object> entry(String id, String name, List<String> extensions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("extensions", List.copyOf(extensions));
        return m;
    }

    private static void table(PrintStream out, String title, List<Map<String, Object>> rows) {
        out.println(title + ":");
        if (rows.isEmpty()) {
            out.println("  (none installed)");
            return;
        }
        int idWidth = rows.stream().mapToInt(r -> String.valueOf(r.get("id")).length()).max().orElse(2);
        int nameWidth = rows.stream().mapToInt(r -> String.valueOf(r.get("name")).length()).max().orElse(4);
        for (Map<String, Object> r : rows) {
            String id = String.valueOf(r.get("id"));
            String name = String.valueOf(r.get("name"));
            List<?> ext = (List<?>) r.get("extensions");
            StringBuilder endings = new StringBuilder();
            for (Object e : ext) {
                endings.append(endings.length() == 0 ? "" : " ").append('.').append(e);
            }
            out.println("  " + id + " ".repeat(idWidth - id.length()) + "  " + name + " ".repeat(nameWidth - name.length()) + "  "
                    + endings);
        }
    }
}
