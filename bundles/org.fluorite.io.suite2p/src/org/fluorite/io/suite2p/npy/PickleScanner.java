package org.fluorite.io.suite2p.npy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a pickle stream before it is unpickled: every opcode must be one numpy's pickles use,
 * every length field must fit in the bytes that remain (so no allocation is ever made from a size
 * the stream merely claims), and every global must be on the allow-list. Opcodes that call back
 * into the host (persistent ids, extension registry, out-of-band buffers, INST/OBJ) are refused.
 *
 * <p>For STACK_GLOBAL (protocol 4 and later) the module and name are the two values pushed just
 * before it; they are tracked through the memo so that memoized strings are recognised too.
 */
final class PickleScanner {

    /** module.name of the globals numpy pickles of plain data refer to. */
    static final Set<String> ALLOWED_GLOBALS = Set.of("numpy.core.multiarray._reconstruct",
            "numpy._core.multiarray._reconstruct", "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar",
            "numpy.core.numeric._frombuffer", "numpy._core.numeric._frombuffer", "numpy.ndarray", "numpy.dtype", "_codecs.encode", "datetime.datetime", "datetime.date", "datetime.time",
            "datetime.timedelta", "builtins.set", "builtins.frozenset", "builtins.bytearray", "__builtin__.set",
            "__builtin__.frozenset", "__builtin__.bytearray");

    /** Most references back to an already built list, dict or set. */
    static final int MAX_SHARED_CONTAINERS = 256;

    private final byte[] b;
    private int at;
    private String last;
    private String beforeLast;
    private final Map<Long, String> memo = new HashMap<>();
    private final Set<Long> containers = new java.util.HashSet<>();
    private boolean lastIsContainer;
    private int containerGets;
    private long memoCount;

    private PickleScanner(byte[] bytes, int offset) {
        this.b = bytes;
        this.at = offset;
    }

    /**
     * Scans the stream from {@code offset} to its STOP opcode.
     *
     * @throws IllegalArgumentException naming the problem and its byte position
     */
    static void check(byte[] bytes, int offset) {
        new PickleScanner(bytes, offset).run();
    }

    private void run() {
        while (true) {
            if (at >= b.length) {
                throw problem("the pickle ends without its STOP opcode");
            }
            int op = b[at++] & 0xFF;
            if (op == '.') {
                return;
            }
            step(op);
        }
    }

    private void step(int op) {
        switch (op) {
            case 0x80 -> skip(1); // PROTO
            case 0x95 -> skip(8); // FRAME
            case ']', '}', 0x8f, 0x91, 'l', 'd' -> {
                push(null);
                lastIsContainer = true;
            }
            case '(', ')', 't', 0x85, 0x86, 0x87, 'a', 'e', 's', 'u', 0x90, '0', '1', '2', 'N', 0x88, 0x89, 'R', 'b', 0x81,
                    0x92 -> push(null);
            case 'J' -> pushSkip(4);
            case 'K' -> pushSkip(1);
            case 'M' -> pushSkip(2);
            case 'G' -> pushSkip(8);
            case 0x8a -> pushSkip(length(1)); // LONG1
            case 0x8b -> pushSkip(length(4)); // LONG4
            case 0x8c -> pushString(length(1)); // SHORT_BINUNICODE
            case 'X' -> pushString(length(4)); // BINUNICODE
            case 0x8d -> pushString(length(8)); // BINUNICODE8
            case 'C', 'U' -> pushSkip(length(1)); // SHORT_BINBYTES, SHORT_BINSTRING
            case 'B', 'T' -> pushSkip(length(4)); // BINBYTES, BINSTRING
            case 0x8e, 0x96 -> pushSkip(length(8)); // BINBYTES8, BYTEARRAY8
            case 'q' -> memoize(unsigned(1));
            case 'r' -> memoize(unsigned(4));
            case 0x94 -> memoize(memoCount); // MEMOIZE
            case 'h' -> get(unsigned(1));
            case 'j' -> get(unsigned(4));
            case 'p' -> memoize(parseLong(line()));
            case 'g' -> get(parseLong(line()));
            case 'I', 'L', 'F', 'S', 'V' -> {
                line();
                push(null);
            }
            case 'c' -> {
                String module = line();
                String name = line();
                allow(module + "." + name);
                push(null);
            }
            case 0x93 -> {
                if (beforeLast == null || last == null) {
                    throw problem("STACK_GLOBAL without a module and name just before it");
                }
                allow(beforeLast + "." + last);
                push(null);
            }
            default -> throw problem("opcode 0x" + Integer.toHexString(op) + " is not allowed in a numpy data pickle");
        }
    }

    private void allow(String global) {
        if (!ALLOWED_GLOBALS.contains(global)) {
            throw problem("the pickle refers to the Python object '" + global
                    + "', which Fluorite does not load (only numpy arrays and plain Python values are read)");
        }
    }

    private void push(String value) {
        beforeLast = last;
        last = value;
        lastIsContainer = false;
    }

    /**
     * A memo reference. References to lists, dicts and sets are limited: Java hashes and copies
     * them deeply, so a few kilobytes of nested shared lists could otherwise take hours.
     */
    private void get(long index) {
        if (containers.contains(index) && ++containerGets > MAX_SHARED_CONTAINERS) {
            throw problem("the pickle refers back to lists, dicts or sets more than " + MAX_SHARED_CONTAINERS + " times");
        }
        push(memo.get(index));
    }

    private void pushSkip(long n) {
        skip(n);
        push(null);
    }

    private void pushString(long n) {
        int from = at;
        skip(n);
        push(new String(b, from, (int) n, StandardCharsets.UTF_8));
    }

    private void memoize(long index) {
        if (last != null) {
            memo.put(index, last);
        }
        if (lastIsContainer) {
            containers.add(index);
        }
        memoCount++;
    }

    private long length(int bytes) {
        long n = unsigned(bytes);
        if (n < 0 || n > b.length - at) {
            throw problem("a length of " + n + " bytes runs past the end of the data");
        }
        return n;
    }

    private long unsigned(int bytes) {
        need(bytes);
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        at += bytes;
        return bytes == 8 && v < 0 ? Long.MAX_VALUE : v;
    }

    private void skip(long n) {
        need(n);
        at += (int) n;
    }

    private void need(long n) {
        if (n < 0 || n > b.length - at) {
            throw problem("the pickle ends inside an opcode");
        }
    }

    private String line() {
        int from = at;
        while (at < b.length && b[at] != '\n') {
            at++;
            if (at - from > 4096) {
                throw problem("a text argument is longer than 4096 bytes");
            }
        }
        if (at >= b.length) {
            throw problem("the pickle ends inside a text argument");
        }
        String s = new String(b, from, at - from, StandardCharsets.UTF_8);
        at++;
        return s;
    }

    private long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw problem("'" + s + "' is not a memo index");
        }
    }

    private IllegalArgumentException problem(String what) {
        return new IllegalArgumentException(what + " (byte " + at + ")");
    }
}
