package org.fluorite.io;

/** Something a reader or writer wants the user to know, beside the data. */
public record Message(Severity severity, String text) {

    public enum Severity {
        INFO, WARNING, ERROR
    }

    public static Message info(String text) {
        return new Message(Severity.INFO, text);
    }

    public static Message warning(String text) {
        return new Message(Severity.WARNING, text);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + text;
    }
}
