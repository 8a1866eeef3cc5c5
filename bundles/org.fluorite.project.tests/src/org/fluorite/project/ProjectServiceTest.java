package org.fluorite.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service the workbench uses: one open project per folder, and the recent-projects file. */
class ProjectServiceTest {

    @Test
    void projectsAreSharedPerFolderAndRemembered(@TempDir Path dir) throws Exception {
        RecentProjects recent = new RecentProjects(dir.resolve("config/recent-projects"), 3);
        DefaultProjectService service = new DefaultProjectService(ProjectTestSupport.registry(), recent);
        Project a = service.create(dir.resolve("a"), "A", ProjectConfiguration.EMPTY);
        Project b = service.create(dir.resolve("b"), "B", ProjectConfiguration.EMPTY);
        assertSame(a, service.open(dir.resolve("a")));
        assertSame(a, service.open(dir.resolve("x/../a")), "the same folder however it is spelled");
        assertSame(b, service.find(dir.resolve("b")).orElseThrow());
        assertEquals(List.of(a, b), service.openProjects());
        assertEquals(List.of(dir.resolve("a"), dir.resolve("b")), service.recentProjects(), "opened last comes first");
        service.close(dir.resolve("a"));
        assertTrue(service.find(dir.resolve("a")).isEmpty());
        try (Project again = Project.open(dir.resolve("a"), ProjectTestSupport.options())) {
            assertEquals("A", again.name(), "closing released the lock");
        }
        service.closeAll();
        assertEquals(List.of(), service.openProjects());
        assertEquals(dir.resolve("a") + "\n" + dir.resolve("b") + "\n", Files.readString(recent.file()));
    }

    @Test
    void recentListKeepsTheNewestAndSkipsVanishedProjects(@TempDir Path dir) throws Exception {
        RecentProjects recent = new RecentProjects(dir.resolve("recent"), 2);
        for (String name : List.of("p1", "p2", "p3")) {
            Project.create(dir.resolve(name), name, ProjectConfiguration.EMPTY, ProjectTestSupport.options()).close();
            recent.add(dir.resolve(name));
        }
        assertEquals(List.of(dir.resolve("p3"), dir.resolve("p2")), recent.list());
        Files.delete(dir.resolve("p2").resolve(Project.DATABASE));
        assertEquals(List.of(dir.resolve("p3")), recent.list());
        recent.remove(dir.resolve("p3"));
        assertEquals(List.of(), recent.list());
        assertEquals(List.of(), new RecentProjects(dir.resolve("none"), 5).list());
    }
}
