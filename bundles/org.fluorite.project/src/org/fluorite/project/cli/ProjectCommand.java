package org.fluorite.project.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.cli.Arguments;
import org.fluorite.cli.CliCommand;
import org.fluorite.cli.CliContext;
import org.fluorite.cli.CommandLine;
import org.fluorite.cli.UsageException;
import org.fluorite.core.json.Json;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.io.FormatRegistry;
import org.fluorite.project.Project;
import org.fluorite.project.ProjectColumn;
import org.fluorite.project.ProjectConfiguration;
import org.fluorite.project.ProjectCsv;
import org.fluorite.project.ProjectOptions;
import org.fluorite.project.ProjectTab;
import org.fluorite.project.filter.TableFilter;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./fluorite project create|info|add-sample|list|config ...}: the project store without the
 * workbench, for scripts.
 */
@Component(service = CliCommand.class)
public class ProjectCommand implements CliCommand {

    static final String JSON = "--json";
    static final String ROI_TYPES = "--roi-types";
    static final String STIM_TYPES = "--stim-types";
    static final String CUSTOM = "--custom";
    static final String NAME = "--name";
    static final String FILTER = "--filter";

    @Override
    public String name() {
        return "project";
    }

    @Override
    public String summary() {
        return "Create projects, add samples (movie, ROIs, traces, stimulus maps) and list or filter them";
    }

    @Override
    public String usage() {
        return """
                Usage: ./fluorite project create DIR [--name N] [--roi-types a,b] [--stim-types x,y]
                                                [--custom name:text|int|decimal[=replace] ...] [--json]
                       ./fluorite project info DIR [--json]
                       ./fluorite project add-sample DIR --image MOVIE --animal A --trial T [--rois ROIS]
                                                [--stimulus STIM.csv] [--reference] [--set col=value ...]
                                                [--comments TEXT] [--json]
                       ./fluorite project list DIR [--filter 'col=expr' ...] [--json]
                       ./fluorite project config DIR [--roi-types a,b] [--stim-types x,y]
                                                [--custom name:type[=replace] ...] [--remove NAME ...] [--json]

                A project is a folder with project.sqlite (SQLite) and images/, batches/, flowcharts/,
                plots/, exports/, backups/. Its table has one row per ROI: SampleID (Animal-_-Trial),
                uuids, the ROI type, stimulus type and custom columns, comments and date.

                create      makes the folder and its database with the configured columns
                info        name, number of samples and ROIs, configuration, schema version
                add-sample  stores MOVIE (copied into images/, or with --reference kept where it is
                            with its SHA-256), the ROIs of ROIS (ImageJ .roi/.zip, suite2p folder,
                            CaImAn file, ...) with their mean-intensity traces, a stimulus CSV, and
                            custom column values (--set promoter=pc2). The SampleID is A-_-T; '-_-'
                            is refused inside A or T.
                list        the rows of the project table (CSV, or --json), filtered: each --filter
                            is column=expression in the project browser's syntax: text matches part
                            of the value, 'a|b' is a or b, modifiers $NOT: $STR: $STR=: $STR!=: and
                            for numbers $>: $>=: $<: $<=: $=: $!=: $RANGE:lo..hi
                config      adds ROI type, stimulus type or custom columns (existing samples get the
                            replace value, else "untagged"), or removes columns

                Example: ./fluorite project list proj --filter 'promoter=$STR=:pc2|cng_ch4' --filter 'stage=$>=:48'
                """;
    }

    @Override
    public int run(List<String> args, CliContext context) throws Exception {
        if (args.isEmpty()) {
            throw new UsageException("project needs a sub-command: create, info, add-sample, list or config");
        }
        List<String> rest = args.subList(1, args.size());
        return switch (args.get(0)) {
            case "create" -> create(rest, context);
            case "info" -> info(rest, context);
            case "add-sample" -> new AddSampleCommand().run(rest, context);
            case "list" -> list(rest, context);
            case "config" -> config(rest, context);
            default -> throw new UsageException("unknown project sub-command '" + args.get(0)
                    + "' (create, info, add-sample, list, config)");
        };
    }

    static ProjectOptions options(CliContext context) {
        FormatRegistry registry;
        try {
            registry = context.registry();
        } catch (IllegalStateException e) {
            registry = null;
        }
        return ProjectOptions.of(registry);
    }

    static Project open(CliContext context, String dir) throws java.io.IOException {
        return Project.open(context.file(dir), options(context));
    }

    /** For commands that only read: works beside a workbench that has the project open. */
    static Project openForReading(CliContext context, String dir) throws java.io.IOException {
        return Project.openForReading(context.file(dir), options(context));
    }

    private static List<ProjectColumn> columns(RepeatedOptions r) {
        List<ProjectColumn> out = new ArrayList<>();
        r.commaSeparated(ROI_TYPES).forEach(n -> out.add(ProjectColumn.roiType(n)));
        r.commaSeparated(STIM_TYPES).forEach(n -> out.add(ProjectColumn.stimulusType(n)));
        r.get(CUSTOM).forEach(s -> out.add(ProjectColumn.parseCustom(s)));
        return out;
    }

    private int create(List<String> args, CliContext context) throws Exception {
        RepeatedOptions r = RepeatedOptions.split(args, Set.of(ROI_TYPES, STIM_TYPES, CUSTOM));
        Arguments a = Arguments.parse(r.rest, Set.of(JSON), Set.of(NAME));
        String dir = a.positional(0, "DIR");
        a.expectAtMostPositionals(1);
        ProjectConfiguration config = new ProjectConfiguration(columns(r));
        try (Project p = Project.create(context.file(dir), a.option(NAME).orElse(null), config, options(context))) {
            printInfo(p, a.flag(JSON), context);
        }
        return CommandLine.EXIT_OK;
    }

    private int info(List<String> args, CliContext context) throws Exception {
        Arguments a = Arguments.parse(args, Set.of(JSON), Set.of());
        String dir = a.positional(0, "DIR");
        a.expectAtMostPositionals(1);
        try (Project p = openForReading(context, dir)) {
            printInfo(p, a.flag(JSON), context);
        }
        return CommandLine.EXIT_OK;
    }

    private int config(List<String> args, CliContext context) throws Exception {
        RepeatedOptions r = RepeatedOptions.split(args, Set.of(ROI_TYPES, STIM_TYPES, CUSTOM, "--remove"));
        Arguments a = Arguments.parse(r.rest, Set.of(JSON), Set.of());
        String dir = a.positional(0, "DIR");
        a.expectAtMostPositionals(1);
        List<ProjectColumn> add = columns(r);
        if (add.isEmpty() && r.get("--remove").isEmpty()) {
            throw new UsageException("project config needs columns to add (--roi-types, --stim-types, --custom) or --remove");
        }
        try (Project p = open(context, dir)) {
            for (String name : r.get("--remove")) {
                p.removeColumn(name);
            }
            for (ProjectColumn c : add) {
                p.addColumn(c);
            }
            printInfo(p, a.flag(JSON), context);
        }
        return CommandLine.EXIT_OK;
    }

    private int list(List<String> args, CliContext context) throws Exception {
        RepeatedOptions r = RepeatedOptions.split(args, Set.of(FILTER));
        Arguments a = Arguments.parse(r.rest, Set.of(JSON), Set.of());
        String dir = a.positional(0, "DIR");
        a.expectAtMostPositionals(1);
        TableFilter filter;
        try {
            filter = TableFilter.parseAssignments(r.get(FILTER));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (Project p = openForReading(context, dir)) {
            Table table = p.table();
            for (String column : filter.filters().keySet()) {
                if (table.column(column).isEmpty()) {
                    throw new UsageException("--filter: the project has no column '" + column + "' (it has "
                            + String.join(", ", table.columnNames()) + ")");
                }
            }
            Table rows = new ProjectTab("list", List.of(filter)).apply(table);
            if (a.flag(JSON)) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("project", p.directory().toString());
                out.put("filters", filter.describe());
                out.put("rowCount", rows.rowCount());
                out.put("columns", rows.columnNames());
                out.put("rows", rowsAsJson(rows));
                context.out().println(Json.writePretty(out));
            } else {
                ProjectCsv.write(rows, context.out());
            }
        }
        return CommandLine.EXIT_OK;
    }

    static List<Object> rowsAsJson(Table rows) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Column c : rows.columns()) {
                Object v = c.get(i);
                row.put(c.name(), v instanceof Double d && Double.isNaN(d) ? null : v);
            }
            out.add(row);
        }
        return out;
    }

    static void printInfo(Project p, boolean json, CliContext context) throws java.io.IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", p.name());
        out.put("directory", p.directory().toString());
        out.put("database", p.databaseFile().toString());
        out.put("schemaVersion", p.schemaVersion());
        Map<String, Long> counts = p.counts();
        out.put("samples", counts.get("samples"));
        out.put("rois", counts.get("rois"));
        List<Object> cols = new ArrayList<>();
        for (ProjectColumn c : p.configuration().columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("kind", c.kind().word());
            m.put("type", c.type().word());
            m.put("replaceValue", c.replaceValue());
            cols.add(m);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("roiTypes", p.configuration().roiTypes());
        config.put("stimulusTypes", p.configuration().stimulusTypes());
        config.put("columns", cols);
        out.put("configuration", config);
        out.put("tabs", p.tabs().stream().map(ProjectTab::name).toList());
        out.put("backups", p.backups().size());
        if (json) {
            context.out().println(Json.writePretty(out));
            return;
        }
        context.out().println("Project " + out.get("name") + " (" + p.directory() + ")");
        context.out().println("  schema version " + out.get("schemaVersion") + ", " + out.get("samples") + " samples, "
                + out.get("rois") + " ROIs, " + out.get("backups") + " backups");
        for (ProjectColumn c : p.configuration().columns()) {
            context.out().println("  " + c.kind().word() + " column " + c.name()
                    + (c.kind() == org.fluorite.project.ColumnKind.CUSTOM ? " (" + c.type().word()
                            + (c.replaceValue() == null ? "" : ", replace value " + c.replaceValue()) + ")" : ""));
        }
    }
}
