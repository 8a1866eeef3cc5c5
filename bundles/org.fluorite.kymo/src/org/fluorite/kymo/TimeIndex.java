package org.fluorite.kymo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time strings as pylake writes them for slicing: "114.2s", "1s 216ms", "-1m 30s", "2.7h" (units
 * d, h, m, s, ms, us, ns, in that order). A non-negative time counts from the start of a range,
 * a negative one back from its end.
 */
public final class TimeIndex {

    private static final String[] UNITS = {"d", "h", "m", "s", "ms", "us", "ns"};
    private static final long[] NS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L,
        1L};
    private static final Pattern PATTERN;

    static {
        StringBuilder sb = new StringBuilder("^(?<sign>-?)");
        for (int i = 0; i < UNITS.length; i++) {
            if (i > 0) {
                sb.append("\\s*");
            }
            sb.append("((?<").append(UNITS[i]).append(">\\d*\\.?\\d+)\\s*").append(UNITS[i]).append(")?");
        }
        PATTERN = Pattern.compile(sb.append('$').toString());
    }

    private TimeIndex() {
    }

    /**
     * Nanoseconds a time string stands for (negative for "-...").
     *
     * @throws IllegalArgumentException "Invalid time string '...'" when it is not one
     */
    public static long parseNs(String text) {
        Matcher m = PATTERN.matcher(text.trim());
        if (text.isBlank() || !m.matches()) {
            throw new IllegalArgumentException("Invalid time string '" + text + "'");
        }
        long total = 0;
        for (int i = 0; i < UNITS.length; i++) {
            String v = m.group(UNITS[i]);
            if (v != null) {
                total += (long) (Double.parseDouble(v) * NS[i]);
            }
        }
        return m.group("sign").isEmpty() ? total : -total;
    }

    /** The timestamp (ns) a time string names within the range {@code first .. afterLast}. */
    public static long toTimestamp(String text, long first, long afterLast) {
        long ns = parseNs(text);
        return ns >= 0 ? first + ns : afterLast + ns;
    }
}
