package org.fluorite.cli;

/**
 * Wrong arguments for a command: reported as {@code fluorite NAME: problem} with a pointer to the
 * command's help, exit status {@link CommandLine#EXIT_USAGE}.
 */
public class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String problem) {
        super(problem);
    }
}
