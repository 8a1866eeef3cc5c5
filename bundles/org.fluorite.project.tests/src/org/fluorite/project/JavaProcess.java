package org.fluorite.project;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Starts a class's main method in a separate JVM with the classes it needs. The class path is
 * built from where the given classes were loaded (their code sources), not from
 * {@code java.class.path}: under the quick-test loop that property names only the JUnit launcher,
 * and under Tycho/OSGi every bundle has its own location, a jar or a bundle folder whose classes
 * are in {@code target/classes} or {@code bin}. Each location is checked to really contain its class.
 */
final class JavaProcess {

    private JavaProcess() {
    }

    /** The class path entries holding {@code classes}, in order, without repeats. */
    static List<Path> classPath(List<Class<?>> classes) {
        Set<Path> out = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            out.add(location(c));
        }
        return new ArrayList<>(out);
    }

    private static Path location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("No code source for " + c.getName() + ": cannot start it in another JVM");
        }
        Path p;
        try {
            p = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Code source of " + c.getName() + " is not a file: " + source.getLocation(), e);
        }
        if (Files.isRegularFile(p)) {
            return p;
        }
        String classFile = c.getName().replace('.', '/') + ".class";
        for (String sub : new String[] {"", "target/classes", "bin", "target/test-classes"}) {
            Path candidate = sub.isEmpty() ? p : p.resolve(sub);
            if (Files.isRegularFile(candidate.resolve(classFile))) {
                return candidate;
            }
        }
        throw new IllegalStateException(c.getName() + " is not under " + p + " (nor its target/classes or bin)");
    }

    /** A process running {@code mainClass} with the class path of {@code needed} (stderr merged into stdout). */
    static Process start(Class<?> mainClass, List<Class<?>> needed, List<String> args) throws java.io.IOException {
        List<Class<?>> all = new ArrayList<>(needed);
        all.add(0, mainClass);
        String cp = String.join(File.pathSeparator, classPath(all).stream().map(Path::toString).toList());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(cp);
        command.add(mainClass.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
