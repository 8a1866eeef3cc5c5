package org.fluorite.cli;

import java.util.List;

/**
 * One sub-command of {@code ./fluorite}, e.g. {@code info} or {@code formats}. Commands are OSGi
 * Declarative Services components registered under this interface
 * ({@code @Component(service = CliCommand.class)}), so any bundle can add one without touching
 * this bundle; the {@link CommandLine} dispatcher picks them up as they come and go.
 *
 * <p>A command writes its results to {@link CliContext#out()} (and nothing else, so that
 * {@code --json} output can be piped), reports progress through {@link CliContext#progress()}, and
 * signals failure by throwing: the dispatcher turns any exception into a single line on stderr
 * naming the file and the problem, and exit status 1. Throw {@link UsageException} for wrong
 * arguments (exit status 2).
 */
public interface CliCommand {

    /**
     * The word typed after {@code ./fluorite}: lower-case letters, digits and hyphens, starting
     * with a letter (e.g. "motion-correct"). Must never change once released.
     */
    String name();

    /** One line for the command list of {@code ./fluorite help}. */
    String summary();

    /**
     * Full help shown by {@code ./fluorite help NAME}: a synopsis line first (e.g.
     * "fluorite info FILE [--json]"), then the options and what the command prints.
     */
    String usage();

    /**
     * Runs the command.
     *
     * @param args    the arguments after the command name (global options such as {@code --debug}
     *                already removed)
     * @param context where to write, the working directory, the format registry and progress
     * @return the exit status: 0 on success
     * @throws Exception any failure; reported on one line, exit status 1 ({@link UsageException}: 2)
     */
    int run(List<String> args, CliContext context) throws Exception;
}
