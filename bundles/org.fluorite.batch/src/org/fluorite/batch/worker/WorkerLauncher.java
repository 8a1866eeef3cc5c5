package org.fluorite.batch.worker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a worker process is started: the program and arguments that come before
 * {@code worker run BATCHDIR ITEM}.
 *
 * <p>Inside the product this is the product's launcher script, named by the system property
 * {@value #LAUNCHER_PROPERTY} or the environment variable {@value #LAUNCHER_ENV}. Elsewhere (tests,
 * development) it is a plain {@code java -cp CLASSPATH org.fluorite.batch.worker.WorkerMain}: the
 * class path is {@value #CLASSPATH_PROPERTY} when set, else this JVM's; extra JVM options come from
 * {@value #JVM_ARGS_PROPERTY} (space-separated).
 */
public record WorkerLauncher(List<String> prefix) {

    public static final String LAUNCHER_PROPERTY = "fluorite.launcher";
    public static final String LAUNCHER_ENV = "FLUORITE_LAUNCHER";
    public static final String CLASSPATH_PROPERTY = "fluorite.worker.classpath";
    public static final String JVM_ARGS_PROPERTY = "fluorite.worker.jvmArgs";

    public WorkerLauncher {
        prefix = List.copyOf(prefix);
        if (prefix.isEmpty()) {
            throw new IllegalArgumentException("a worker launcher needs a program");
        }
    }

    /** The launcher this process is configured with (see the class comment). */
    public static WorkerLauncher fromEnvironment() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher == null || launcher.isBlank()) {
            launcher = System.getenv(LAUNCHER_ENV);
        }
        if (launcher != null && !launcher.isBlank()) {
            return new WorkerLauncher(List.of(launcher));
        }
        return java(classPath(), jvmArgs());
    }

    /** {@code java [jvmArgs] -cp classPath WorkerMain} with the java of this JVM. */
    public static WorkerLauncher java(String classPath, List<String> jvmArgs) {
        List<String> p = new ArrayList<>();
        p.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        p.addAll(jvmArgs);
        String contributions = System.getProperty(WorkerMain.CONTRIBUTIONS_PROPERTY);
        if (contributions != null && !contributions.isBlank()) {
            p.add("-D" + WorkerMain.CONTRIBUTIONS_PROPERTY + "=" + contributions);
        }
        p.add("-cp");
        p.add(Objects.requireNonNull(classPath, "classPath"));
        p.add(WorkerMain.class.getName());
        return new WorkerLauncher(p);
    }

    private static String classPath() {
        String cp = System.getProperty(CLASSPATH_PROPERTY);
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path", "");
    }

    private static List<String> jvmArgs() {
        String a = System.getProperty(JVM_ARGS_PROPERTY, "").trim();
        return a.isEmpty() ? List.of() : List.of(a.split("\\s+"));
    }

    /** The full command that runs one item. */
    public List<String> command(Path batchDir, String uuid) {
        List<String> c = new ArrayList<>(prefix);
        c.add("worker");
        c.add("run");
        c.add(batchDir.toAbsolutePath().normalize().toString());
        c.add(uuid);
        return c;
    }

    /** {@link #command} as one line for a POSIX shell, each word quoted where needed. */
    public String shellCommand(Path batchDir, String uuid) {
        return ShellWords.join(command(batchDir, uuid));
    }
}
