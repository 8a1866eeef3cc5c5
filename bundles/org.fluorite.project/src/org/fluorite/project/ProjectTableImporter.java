package org.fluorite.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Operation;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.core.table.Table;
import org.fluorite.io.ImportOptions;
import org.fluorite.io.ImportResult;
import org.fluorite.io.Importer;
import org.fluorite.io.Message;
import org.osgi.service.component.annotations.Component;

/**
 * Opens a project folder as its project table (kind {@value ProjectTable#KIND}), so that
 * {@code ./fluorite info PROJECT --json} and the workbench's table view show it. The table's
 * metadata holds the project's name, schema version, sample and ROI counts and configuration.
 * The project is opened, read and closed again.
 */
@Component(service = Importer.class)
public class ProjectTableImporter implements Importer {

    @Override
    public String id() {
        return "fluorite-project";
    }

    @Override
    public String name() {
        return "Fluorite project (folder with project.sqlite)";
    }

    @Override
    public List<String> extensions() {
        return List.of();
    }

    @Override
    public boolean matchesMagic(byte[] head, String fileName) {
        return true;
    }

    @Override
    public boolean readsFolders() {
        return true;
    }

    @Override
    public boolean sniff(Path file) {
        return Project.isProject(file);
    }

    @Override
    public ImportResult read(Path file, ImportOptions options, ProgressMonitor monitor) throws IOException {
        try (Project p = Project.openForReading(file, ProjectOptions.of(null).withBackupsToKeep(0))) {
            Table table = p.table();
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put(Metadata.ORIGIN, "Fluorite project");
            meta.put("projectName", p.name());
            meta.put("schemaVersion", p.schemaVersion());
            meta.put("samples", p.counts().get("samples"));
            meta.put("rois", p.counts().get("rois"));
            List<Object> columns = new ArrayList<>();
            for (ProjectColumn c : p.configuration().columns()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", c.name());
                m.put("kind", c.kind().word());
                m.put("type", c.type().word());
                m.put("replaceValue", c.replaceValue());
                columns.add(m);
            }
            meta.put("configuration", columns);
            meta.put("tabs", p.tabs().stream().map(ProjectTab::name).toList());
            Table out = table.withMetadata(Metadata.of(meta))
                    .withProvenance(Provenance.EMPTY.then(Operation.of("import.fluorite-project", Map.of("file", file.toString()))));
            List<Message> messages = new ArrayList<>();
            if (p.schemaVersionFound() != p.schemaVersion()) {
                messages.add(Message.info("migrated the project from schema version " + p.schemaVersionFound() + " to "
                        + p.schemaVersion()));
            }
            return ImportResult.of(id(), out, messages);
        }
    }
}
