package org.fluorite.batch.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.cli.UsageException;
import org.fluorite.core.json.Json;

/**
 * Takes the repeatable {@code --param k=v} options out of an argument list. A value that reads as
 * a JSON number, true/false or null becomes that; anything else stays text.
 */
final class ParamArgs {

    static final String PARAM = "--param";

    final Map<String, Object> parameters = new LinkedHashMap<>();
    final List<String> rest = new ArrayList<>();

    static ParamArgs split(List<String> args) throws UsageException {
        ParamArgs p = new ParamArgs();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String pair;
            if (a.equals(PARAM)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option --param needs k=v");
                }
                pair = args.get(++i);
            } else if (a.startsWith(PARAM + "=")) {
                pair = a.substring(PARAM.length() + 1);
            } else {
                p.rest.add(a);
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param takes k=v, not '" + pair + "'");
            }
            String key = pair.substring(0, eq).trim();
            if (p.parameters.containsKey(key)) {
                throw new UsageException("parameter " + key + " given twice");
            }
            p.parameters.put(key, value(pair.substring(eq + 1)));
        }
        return p;
    }

    static Object value(String v) {
        String t = v.trim();
        if (t.equals("true") || t.equals("false") || t.equals("null") || t.matches("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            try {
                return Json.parse(t);
            } catch (IllegalArgumentException e) {
                return v;
            }
        }
        return v;
    }
}
