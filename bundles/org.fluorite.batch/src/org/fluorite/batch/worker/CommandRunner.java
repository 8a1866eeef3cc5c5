package org.fluorite.batch.worker;

import java.io.PrintStream;
import java.util.List;

/** Runs one {@code ./fluorite} command line in this process (the CLI dispatcher's execute). */
@FunctionalInterface
public interface CommandRunner {

    /** @return the command's exit status */
    int run(List<String> args, PrintStream out, PrintStream err);
}
