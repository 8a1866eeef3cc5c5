package org.fluorite.core.settings;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and builds settings records generically: their components with {@link Setting}
 * descriptions and current values, a copy with some values replaced (parsed from text, checked
 * against the ranges), and a map for JSON. Dialogs, the command line and batch items use this so
 * that a new setting needs nothing but a new record component.
 */
public final class SettingsRecords {

    /** One component of a settings record. */
    public record Field(String name, Class<?> type, Setting setting, Object value) {

        /** The label to show: the annotation's, else the component name. */
        public String label() {
            return setting == null ? name : setting.label();
        }

        public String unit() {
            return setting == null ? "" : setting.unit();
        }
    }

    private SettingsRecords() {
    }

    /** The components of {@code settings} in declaration order, with their current values. */
    public static List<Field> fields(Record settings) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : settings.getClass().getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.trySetAccessible(); // settings records may be package-private
                out.add(new Field(c.getName(), c.getType(), c.getAnnotation(Setting.class), accessor.invoke(settings)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read setting " + c.getName() + " of " + settings.getClass().getName(), e);
            }
        }
        return out;
    }

    /** The settings as name -> value (enums as their names), for JSON and provenance. */
    public static Map<String, Object> toMap(Record settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field f : fields(settings)) {
            out.put(f.name(), f.value() instanceof Enum<?> e ? e.name() : f.value());
        }
        return out;
    }

    /**
     * A copy of {@code settings} with the given components replaced. Values may be given as text
     * (from a dialog or the command line) or as values of the component's type. Numbers are
     * checked against the {@link Setting} range.
     *
     * @throws IllegalArgumentException naming the setting (by its label) and the problem
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R settings, Map<String, ?> values) {
        List<Field> fields = fields(settings);
        Object[] args = new Object[fields.size()];
        Class<?>[] types = new Class<?>[fields.size()];
        for (int i = 0; i < args.length; i++) {
            Field f = fields.get(i);
            types[i] = f.type();
            args[i] = values.containsKey(f.name()) ? convert(f, values.get(f.name())) : f.value();
        }
        for (String key : values.keySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(key))) {
                throw new IllegalArgumentException("There is no setting '" + key + "' in " + settings.getClass().getSimpleName());
            }
        }
        try {
            Constructor<?> c = settings.getClass().getDeclaredConstructor(types);
            c.setAccessible(true);
            return (R) c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalStateException("Cannot build " + settings.getClass().getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + settings.getClass().getSimpleName(), e);
        }
    }

    private static Object convert(Field f, Object raw) {
        Class<?> t = f.type();
        String label = f.label();
        try {
            Object v;
            if (t == int.class || t == Integer.class) {
                v = raw instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(raw).trim());
            } else if (t == long.class || t == Long.class) {
                v = raw instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(raw).trim());
            } else if (t == double.class || t == Double.class) {
                v = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(raw).trim());
            } else if (t == float.class || t == Float.class) {
                v = raw instanceof Number n ? n.floatValue() : Float.parseFloat(String.valueOf(raw).trim());
            } else if (t == boolean.class || t == Boolean.class) {
                v = raw instanceof Boolean b ? b : parseBoolean(String.valueOf(raw), label);
            } else if (t.isEnum()) {
                v = enumValue(t, String.valueOf(raw), label);
            } else if (t == String.class) {
                v = String.valueOf(raw);
            } else {
                throw new IllegalArgumentException(label + ": settings of type " + t.getSimpleName() + " cannot be set from text");
            }
            if (v instanceof Number n && f.setting() != null) {
                double d = n.doubleValue();
                if (d < f.setting().min() || d > f.setting().max() || Double.isNaN(d)) {
                    throw new IllegalArgumentException(label + " must be between " + number(f.setting().min()) + " and "
                            + number(f.setting().max()) + (f.unit().isEmpty() ? "" : " " + f.unit()) + ", not " + raw);
                }
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " must be a number, not '" + raw + "'");
        }
    }

    private static boolean parseBoolean(String s, String label) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException(label + " must be true or false, not '" + s + "'");
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> t, String s, String label) {
        for (Object c : t.getEnumConstants()) {
            if (((Enum) c).name().equalsIgnoreCase(s.trim())) {
                return c;
            }
        }
        List<String> names = new ArrayList<>();
        for (Object c : t.getEnumConstants()) {
            names.add(((Enum) c).name().toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException(label + " must be one of " + String.join(", ", names) + ", not '" + s + "'");
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
