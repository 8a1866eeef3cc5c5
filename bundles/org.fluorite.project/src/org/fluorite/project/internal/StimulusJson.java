package org.fluorite.project.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.core.json.Json;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusPeriod;
import org.fluorite.stimulus.StimulusType;
import org.fluorite.stimulus.TimeUnit;

/**
 * The JSON form of a stimulus map in the samples table:
 * {@code {"name": "...", "types": [{"name", "unit": "FRAMES"|"SECONDS", "periods": [{"name", "start",
 * "end", "colour": "#RRGGBB"}]}]}}; start and end are in the type's unit.
 */
public final class StimulusJson {

    private StimulusJson() {
    }

    public static String write(StimulusMap map) {
        List<Object> types = new ArrayList<>();
        for (StimulusType t : map.types()) {
            List<Object> periods = new ArrayList<>();
            for (StimulusPeriod p : t.periods()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                pm.put("name", p.name());
                pm.put("start", p.start());
                pm.put("end", p.end());
                pm.put("colour", p.colourHex());
                periods.add(pm);
            }
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("name", t.name());
            tm.put("unit", t.unit().name());
            tm.put("periods", periods);
            types.add(tm);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", map.name());
        out.put("types", types);
        return Json.write(out);
    }

    /** @throws IllegalArgumentException when the text is not such a map */
    public static StimulusMap read(String json) {
        if (json == null || json.isBlank()) {
            return StimulusMap.empty("stimulus");
        }
        Map<?, ?> m = (Map<?, ?>) Json.parse(json);
        List<StimulusType> types = new ArrayList<>();
        for (Object o : (List<?>) m.get("types")) {
            Map<?, ?> tm = (Map<?, ?>) o;
            List<StimulusPeriod> periods = new ArrayList<>();
            for (Object po : (List<?>) tm.get("periods")) {
                Map<?, ?> pm = (Map<?, ?>) po;
                periods.add(new StimulusPeriod((String) pm.get("name"), ((Number) pm.get("start")).doubleValue(),
                        ((Number) pm.get("end")).doubleValue(), StimulusPeriod.parseColour((String) pm.get("colour"))));
            }
            types.add(new StimulusType((String) tm.get("name"), TimeUnit.valueOf((String) tm.get("unit")), periods));
        }
        return StimulusMap.of(String.valueOf(m.get("name")), types);
    }
}
