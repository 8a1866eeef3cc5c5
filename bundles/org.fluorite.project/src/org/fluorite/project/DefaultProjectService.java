package org.fluorite.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.io.FormatRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link ProjectService}: caches open projects by folder, opens them with the installed
 * {@link FormatRegistry}, remembers them in {@code ~/.fluorite/recent-projects} and closes them all
 * when the service goes away. Outside OSGi construct it with a registry and a recent list.
 */
@Component(service = ProjectService.class)
public class DefaultProjectService implements ProjectService {

    private final Map<Path, Project> open = new LinkedHashMap<>();
    private volatile FormatRegistry registry;
    private final RecentProjects recent;

    /** For Declarative Services: the registry is injected, the recent list is the user's. */
    public DefaultProjectService() {
        this(null, RecentProjects.inUserHome());
    }

    public DefaultProjectService(FormatRegistry registry, RecentProjects recent) {
        this.registry = registry;
        this.recent = recent;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    public void setFormatRegistry(FormatRegistry formatRegistry) {
        this.registry = formatRegistry;
    }

    public void unsetFormatRegistry(FormatRegistry formatRegistry) {
        if (this.registry == formatRegistry) {
            this.registry = null;
        }
    }

    private static Path key(Path dir) {
        return dir.toAbsolutePath().normalize();
    }

    @Override
    public synchronized Project create(Path dir, String name, ProjectConfiguration configuration) throws IOException {
        Project p = Project.create(key(dir), name, configuration, ProjectOptions.of(registry));
        open.put(key(dir), p);
        recent.add(key(dir));
        return p;
    }

    @Override
    public synchronized Project open(Path dir) throws IOException {
        Project p = open.get(key(dir));
        if (p == null) {
            p = Project.open(key(dir), ProjectOptions.of(registry));
            open.put(key(dir), p);
        }
        recent.add(key(dir));
        return p;
    }

    @Override
    public synchronized Optional<Project> find(Path dir) {
        return Optional.ofNullable(open.get(key(dir)));
    }

    @Override
    public synchronized List<Project> openProjects() {
        return new ArrayList<>(open.values());
    }

    @Override
    public synchronized void close(Path dir) throws IOException {
        Project p = open.remove(key(dir));
        if (p != null) {
            p.close();
        }
    }

    @Override
    public List<Path> recentProjects() throws IOException {
        return recent.list();
    }

    /** Closes every open project; problems are collected and thrown together. */
    @Deactivate
    public synchronized void closeAll() throws IOException {
        IOException first = null;
        for (Project p : open.values()) {
            try {
                p.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
