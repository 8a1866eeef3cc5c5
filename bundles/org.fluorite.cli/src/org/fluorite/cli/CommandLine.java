package org.fluorite.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.io.FormatRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@code ./fluorite} dispatcher: reads the global options, finds the command by name and runs
 * it, turning any failure into one line on stderr and an exit status.
 *
 * <p>Exit status: {@value #EXIT_OK} on success, {@value #EXIT_FAILURE} when the command failed
 * (the line names the file and the problem; the stack trace only with {@code --debug}),
 * {@value #EXIT_USAGE} for an unknown command or wrong arguments.
 *
 * <p>In OSGi this is an immediate Declarative Services component: commands arrive as
 * {@link CliCommand} services from any bundle, and the first one to claim a name keeps it (later
 * ones are rejected and listed by {@code help}). The Equinox application calls the static
 * {@link #run(String[], PrintStream, PrintStream)}, which waits for the component and runs on it.
 * Outside OSGi (tests, tools) create one, set a {@link FormatRegistry}, add commands and call
 * {@link #execute(String[], PrintStream, PrintStream)}; {@link #standalone} does the first steps.
 */
@Component(service = CommandLine.class, immediate = true)
public class CommandLine {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    /** How the program is invoked, as shown in messages. */
    public static final String PROGRAM = "./fluorite";
    /** Name reserved for the built-in help. */
    public static final String HELP = "help";

    /** System property: milliseconds {@link #run} waits for the component to start (default 10000). */
    public static final String START_WAIT_PROPERTY = "fluorite.cli.startWait";
    /** System property: milliseconds to wait for a command bundle still starting (default 2000). */
    public static final String COMMAND_WAIT_PROPERTY = "fluorite.cli.commandWait";
    /** System property: directory relative paths are resolved against (default: user.dir). */
    public static final String WORKDIR_PROPERTY = "fluorite.workdir";
    /** System property: version shown by {@code --version} (default: this bundle's version). */
    public static final String VERSION_PROPERTY = "fluorite.version";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Object ACTIVE_LOCK = new Object();
    private static CommandLine active;

    private final Object lock = new Object();
    private final TreeMap<String, CliCommand> commands = new TreeMap<>();
    /** Rejected contributions with the reason, in arrival order. */
    private final Map<CliCommand, String> rejected = new IdentityHashMap<>();
    private final List<CliCommand> rejectedOrder = new ArrayList<>();
    private volatile FormatRegistry registry;
    private volatile Path workingDirectory;
    private volatile String version;
    private volatile boolean live;

    public CommandLine() {
    }

    /**
     * A command line outside OSGi with the built-in commands of this bundle ({@code info},
     * {@code formats}) over {@code registry}.
     */
    public static CommandLine standalone(FormatRegistry registry) {
        CommandLine cl = new CommandLine();
        cl.setFormatRegistry(registry);
        cl.addCommand(new InfoCommand());
        cl.addCommand(new FormatsCommand());
        cl.addCommand(new ExportCommand());
        return cl;
    }

    // ---------------------------------------------------------------- wiring

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addCommand(CliCommand command) {
        String name;
        try {
            name = command.name();
        } catch (RuntimeException e) {
            reject(command, "Command " + command.getClass().getName() + " was rejected: its name() failed: " + e);
            return;
        }
        synchronized (lock) {
            if (name == null || !NAME.matcher(name).matches()) {
                reject(command, "Command " + command.getClass().getName() + " was rejected: '" + name
                        + "' is not a valid command name (lower-case letters, digits and '-', starting with a letter)");
                return;
            }
            if (name.equals(HELP)) {
                reject(command, "Command 'help' (" + command.getClass().getName() + ") was rejected: the name is reserved");
                return;
            }
            CliCommand existing = commands.get(name);
            if (existing != null && existing != command) {
                reject(command, "Command '" + name + "' (" + command.getClass().getName()
                        + ") was rejected: the name is already taken by " + existing.getClass().getName());
                return;
            }
            commands.put(name, command);
            lock.notifyAll();
        }
    }

    public void removeCommand(CliCommand command) {
        synchronized (lock) {
            if (rejected.remove(command) != null) {
                rejectedOrder.remove(command);
                return;
            }
            String name = null;
            for (Map.Entry<String, CliCommand> e : commands.entrySet()) {
                if (e.getValue() == command) {
                    name = e.getKey();
                }
            }
            if (name == null) {
                return;
            }
            commands.remove(name);
            // a command rejected for this name takes its place
            for (CliCommand waiting : List.copyOf(rejectedOrder)) {
                String waitingName = safeName(waiting);
                if (name.equals(waitingName)) {
                    rejected.remove(waiting);
                    rejectedOrder.remove(waiting);
                    commands.put(name, waiting);
                    break;
                }
            }
        }
    }

    private void reject(CliCommand command, String reason) {
        synchronized (lock) {
            if (!rejected.containsKey(command)) {
                rejectedOrder.add(command);
            }
            rejected.put(command, reason);
        }
    }

    private static String safeName(CliCommand command) {
        try {
            return command.name();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Reference
    public void setFormatRegistry(FormatRegistry formatRegistry) {
        this.registry = formatRegistry;
    }

    public void unsetFormatRegistry(FormatRegistry formatRegistry) {
        if (this.registry == formatRegistry) {
            this.registry = null;
        }
    }

    /**
     * Makes this the instance {@link #run(String[], PrintStream, PrintStream)} uses. Called by
     * Declarative Services; outside OSGi call it yourself.
     */
    @Activate
    public void activate() {
        synchronized (ACTIVE_LOCK) {
            live = true;
            active = this;
            ACTIVE_LOCK.notifyAll();
        }
    }

    @Deactivate
    public void deactivate() {
        synchronized (ACTIVE_LOCK) {
            live = false;
            if (active == this) {
                active = null;
            }
        }
    }

    /** The started command line, if any. */
    public static Optional<CommandLine> active() {
        synchronized (ACTIVE_LOCK) {
            return Optional.ofNullable(active);
        }
    }

    /** Waits up to {@code timeout} for the command line component to start. */
    public static Optional<CommandLine> awaitActive(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (ACTIVE_LOCK) {
            while (active == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                ACTIVE_LOCK.wait(Math.max(1, left / 1_000_000));
            }
            return Optional.ofNullable(active);
        }
    }

    // ---------------------------------------------------------------- queries

    /** The installed commands, sorted by name. */
    public List<CliCommand> commands() {
        synchronized (lock) {
            return List.copyOf(commands.values());
        }
    }

    public Optional<CliCommand> command(String name) {
        synchronized (lock) {
            return Optional.ofNullable(commands.get(name));
        }
    }

    /** Contributed commands that were rejected, in words for the user. */
    public List<String> problems() {
        synchronized (lock) {
            return rejectedOrder.stream().map(rejected::get).toList();
        }
    }

    public FormatRegistry formatRegistry() {
        return registry;
    }

    /** Directory relative paths are resolved against; by default {@value #WORKDIR_PROPERTY} or user.dir. */
    public Path workingDirectory() {
        Path p = workingDirectory;
        if (p != null) {
            return p;
        }
        String configured = System.getProperty(WORKDIR_PROPERTY);
        return Path.of(configured != null && !configured.isBlank() ? configured : System.getProperty("user.dir", "."));
    }

    public void setWorkingDirectory(Path directory) {
        this.workingDirectory = directory == null ? null : directory.toAbsolutePath();
    }

    /** The version {@code --version} prints. */
    public String version() {
        String v = version;
        if (v != null) {
            return v;
        }
        String configured = System.getProperty(VERSION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try (InputStream in = CommandLine.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                Manifest m = new Manifest(in);
                String bundleVersion = m.getMainAttributes().getValue("Bundle-Version");
                String name = m.getMainAttributes().getValue("Bundle-SymbolicName");
                if (bundleVersion != null && name != null && name.startsWith("org.fluorite.cli")) {
                    return bundleVersion;
                }
            }
        } catch (Exception e) {
            // fall through: no manifest outside a bundle
        }
        return "development build";
    }

    public void setVersion(String version) {
        this.version = version;
    }

    // ---------------------------------------------------------------- running

    /**
     * The entry point for the Equinox application: waits for the command line component (up to
     * {@value #START_WAIT_PROPERTY} ms) and runs {@code args} on it.
     *
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Optional<CommandLine> cl;
        try {
            cl = awaitActive(Duration.ofMillis(Long.getLong(START_WAIT_PROPERTY, 10_000L)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("fluorite: interrupted while starting");
            return EXIT_FAILURE;
        }
        if (cl.isEmpty()) {
            err.println("fluorite: the command line did not start (bundle org.fluorite.cli or org.fluorite.io is not active)");
            return EXIT_FAILURE;
        }
        return cl.get().execute(Arrays.asList(args), out, err, true);
    }

    /**
     * Runs one command line ({@code args} without the program name). Never throws. Progress is
     * shown on {@code err} when {@code --progress} is given, or when {@code err} is
     * {@link System#err} and that is a terminal.
     */
    public int execute(String[] args, PrintStream out, PrintStream err) {
        return execute(Arrays.asList(args), out, err);
    }

    /** Runs one command line ({@code args} without the program name). Never throws. */
    public int execute(List<String> args, PrintStream out, PrintStream err) {
        return execute(args, out, err, err == System.err);
    }

    /**
     * @param errIsProcessStderr true when {@code err} writes to the process's stderr (file
     *                           descriptor 2), so progress appears when that is a terminal
     */
    private int execute(List<String> args, PrintStream out, PrintStream err, boolean errIsProcessStderr) {
        GlobalOptions global;
        try {
            global = GlobalOptions.parse(args);
        } catch (UsageException e) {
            err.println("fluorite: " + e.getMessage() + "; run '" + PROGRAM + " help'");
            return EXIT_USAGE;
        }
        try {
            return dispatch(global, out, err, errIsProcessStderr);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int dispatch(GlobalOptions global, PrintStream out, PrintStream err, boolean errIsProcessStderr) {
        if (global.version()) {
            out.println("Fluorite " + version() + " (Java " + Runtime.version().feature() + ")");
            return EXIT_OK;
        }
        if (global.command() == null) {
            err.print(new HelpText(this).overview());
            return EXIT_USAGE;
        }
        String name = global.command();
        if (name.equals(HELP)) {
            return help(global.arguments(), out, err);
        }
        Optional<CliCommand> command = findCommand(name);
        if (command.isEmpty()) {
            err.println(unknownCommand(name));
            return EXIT_USAGE;
        }
        ProgressMonitor progress = TerminalProgress.forStream(err, global.progress(), errIsProcessStderr);
        CliContext context = new CliContext(out, err, workingDirectory(), registry, progress, global.debug());
        try {
            return command.get().run(global.arguments(), context);
        } catch (UsageException e) {
            err.println("fluorite " + name + ": " + oneLine(e.getMessage()) + "; run '" + PROGRAM + " help " + name + "'");
            debugTrace(global, e, err);
            return EXIT_USAGE;
        } catch (Exception | OutOfMemoryError | StackOverflowError | LinkageError e) {
            progress.done();
            err.println(ErrorLine.of(e, context.currentFile().orElse(null)));
            debugTrace(global, e, err);
            return EXIT_FAILURE;
        }
    }

    private static void debugTrace(GlobalOptions global, Throwable e, PrintStream err) {
        if (global.debug()) {
            e.printStackTrace(err);
        }
    }

    /**
     * The command called {@code name}; when running in OSGi and it is not (yet) there, waits a
     * little for a bundle still starting to contribute it.
     */
    private Optional<CliCommand> findCommand(String name) {
        long wait = live ? Long.getLong(COMMAND_WAIT_PROPERTY, 2_000L) : 0;
        long deadline = System.nanoTime() + wait * 1_000_000;
        synchronized (lock) {
            while (true) {
                CliCommand c = commands.get(name);
                long left = deadline - System.nanoTime();
                if (c != null || left <= 0) {
                    return Optional.ofNullable(c);
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }

    private int help(List<String> args, PrintStream out, PrintStream err) {
        HelpText help = new HelpText(this);
        if (args.isEmpty()) {
            out.print(help.overview());
            return EXIT_OK;
        }
        if (args.size() > 1) {
            err.println("fluorite help: give one command name; run '" + PROGRAM + " help'");
            return EXIT_USAGE;
        }
        String name = args.get(0);
        if (name.equals(HELP)) {
            out.print(help.helpOfHelp());
            return EXIT_OK;
        }
        Optional<CliCommand> command = findCommand(name);
        if (command.isEmpty()) {
            err.println(unknownCommand(name));
            return EXIT_USAGE;
        }
        out.print(help.of(command.get()));
        return EXIT_OK;
    }

    static String unknownCommand(String name) {
        return "fluorite: unknown command '" + name + "'; run '" + PROGRAM + " help'";
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
