package org.fluorite.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.fluorite.cli.CommandLine;

/**
 * The Equinox application behind {@code ./fluorite COMMAND ...}: runs one command line on the
 * {@link CommandLine} component and returns its exit status as the process exit status.
 */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] a ? a : new String[0];
        context.applicationRunning();
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status;
        try {
            status = CommandLine.run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // a command runs to completion or is stopped with the process
    }
}
