package org.fluorite.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.project.internal.StimulusJson;
import org.fluorite.stimulus.StimulusMap;
import org.fluorite.stimulus.StimulusPeriod;

/**
 * The project table, as Mesmerize's project DataFrame: one row per ROI (a sample without ROIs has
 * one row with empty ROI fields and {@value #ROI_INDEX} -1), with the fixed columns {@value #SAMPLE_ID}, {@value #ANIMAL_ID},
 * {@value #TRIAL_ID}, {@value #IMG_UUID}, {@value #ROI_UUID}, {@value #ROI_INDEX}, {@value #ROI_NAME},
 * {@value #ROI_SHAPE}, then the configured columns in their order (ROI type columns: the ROI's tag;
 * stimulus type columns: the names of the sample's periods of that type, chronological, joined by
 * ", "; custom columns: the sample's value, text or numbers), then {@value #COMMENTS} and
 * {@value #DATE}. Its kind is {@value #KIND}. Traces are not columns: read them with
 * {@link Project#traces}.
 */
public final class ProjectTable {

    public static final String KIND = "project-table";
    public static final String SAMPLE_ID = "SampleID";
    public static final String ANIMAL_ID = "AnimalID";
    public static final String TRIAL_ID = "TrialID";
    public static final String IMG_UUID = "ImgUUID";
    public static final String ROI_UUID = "ROI_UUID";
    public static final String ROI_INDEX = "ROI_index";
    public static final String ROI_NAME = "ROI_name";
    public static final String ROI_SHAPE = "ROI_shape";
    public static final String COMMENTS = "comments";
    public static final String DATE = "date";

    private ProjectTable() {
    }

    /** Builds the table of the whole project from the database. */
    static Table read(Connection c, String projectName, ProjectConfiguration config) throws SQLException {
        Map<String, Map<String, String>> tags = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT roi_uuid, column_name, tag FROM roi_tags");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                tags.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getString(3));
            }
        }
        Map<String, Map<String, Object>> values = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT sample_id, column_name, value FROM sample_values");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Object v = r.getObject(3);
                values.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2),
                        v instanceof Integer i ? Long.valueOf(i) : v);
            }
        }
        List<String[]> fixed = new ArrayList<>();
        List<Map<String, Object>> configured = new ArrayList<>();
        Map<String, StimulusMap> stimuli = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.sample_id, s.animal_id, s.trial_id, s.image_uuid,"
                + " r.roi_uuid, r.roi_index, json_extract(r.roi_json, '$.name'), s.comments, s.date, s.stimulus_json,"
                + " json_extract(r.roi_json, '$.type') FROM samples s"
                + " LEFT JOIN rois r ON r.sample_id = s.sample_id ORDER BY s.added, s.rowid, r.roi_index");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String sampleId = r.getString(1);
                String roiUuid = r.getString(5);
                String name = "";
                String shape = "";
                if (roiUuid != null) {
                    // read by SQLite's JSON functions: parsing whole mask ROIs here would dominate
                    name = r.getString(7) == null ? "" : r.getString(7);
                    shape = r.getString(11) == null ? "" : r.getString(11);
                }
                fixed.add(new String[] {sampleId, r.getString(2), r.getString(3), r.getString(4),
                        roiUuid == null ? "" : roiUuid, roiUuid == null ? "" : Integer.toString(r.getInt(6)), name, shape,
                        r.getString(8) == null ? "" : r.getString(8), r.getString(9) == null ? "" : r.getString(9)});
                StimulusMap stim = stimuli.computeIfAbsent(sampleId, k -> readStimulus(sampleId, rsString(r, 10)));
                Map<String, Object> row = new HashMap<>();
                Map<String, String> roiTags = roiUuid == null ? Map.of() : tags.getOrDefault(roiUuid, Map.of());
                Map<String, Object> sampleValues = values.getOrDefault(sampleId, Map.of());
                for (ProjectColumn col : config.columns()) {
                    row.put(col.name(), switch (col.kind()) {
                        case ROI_TYPE -> roiTags.getOrDefault(col.name(), ProjectColumn.UNTAGGED);
                        case STIMULUS_TYPE -> stimulusNames(stim, col.name());
                        case CUSTOM -> sampleValues.containsKey(col.name()) ? sampleValues.get(col.name()) : col.defaultValue();
                    });
                }
                configured.add(row);
            }
        }
        return build(projectName, config, fixed, configured);
    }

    private static String rsString(ResultSet r, int index) {
        try {
            return r.getString(index);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StimulusMap readStimulus(String sampleId, String json) {
        try {
            return StimulusJson.read(json);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Sample " + sampleId + " has an unreadable stimulus map: " + e.getMessage(), e);
        }
    }

    private static String stimulusNames(StimulusMap map, String type) {
        Set<String> names = new LinkedHashSet<>();
        map.type(type).ifPresent(t -> t.chronological().stream().map(StimulusPeriod::name).forEach(names::add));
        return names.isEmpty() ? ProjectColumn.UNTAGGED : String.join(", ", names);
    }

    private static Table build(String projectName, ProjectConfiguration config, List<String[]> fixed,
            List<Map<String, Object>> configured) {
        int n = fixed.size();
        List<Column> columns = new ArrayList<>();
        String[] names = {SAMPLE_ID, ANIMAL_ID, TRIAL_ID, IMG_UUID, ROI_UUID, ROI_INDEX, ROI_NAME, ROI_SHAPE};
        for (int k = 0; k < names.length; k++) {
            if (names[k].equals(ROI_INDEX)) {
                long[] v = new long[n];
                for (int i = 0; i < n; i++) {
                    v[i] = fixed.get(i)[k].isEmpty() ? -1 : Long.parseLong(fixed.get(i)[k]);
                }
                columns.add(Column.ofLongs(ROI_INDEX, "", v));
            } else {
                columns.add(text(names[k], fixed, k));
            }
        }
        for (ProjectColumn col : config.columns()) {
            columns.add(configuredColumn(col, configured));
        }
        columns.add(text(COMMENTS, fixed, 8));
        columns.add(text(DATE, fixed, 9));
        return Table.of(projectName, KIND, columns);
    }

    private static Column text(String name, List<String[]> rows, int index) {
        String[] v = new String[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[index];
        }
        return Column.ofText(name, v);
    }

    private static Column configuredColumn(ProjectColumn col, List<Map<String, Object>> rows) {
        int n = rows.size();
        switch (col.type()) {
            case INTEGER -> {
                long[] v = new long[n];
                boolean complete = true;
                for (int i = 0; i < n; i++) {
                    Object o = rows.get(i).get(col.name());
                    if (o instanceof Number num) {
                        v[i] = num.longValue();
                    } else {
                        complete = false;
                    }
                }
                if (complete) {
                    return Column.ofLongs(col.name(), "", v);
                }
                return decimals(col.name(), rows);
            }
            case DECIMAL -> {
                return decimals(col.name(), rows);
            }
            default -> {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    Object o = rows.get(i).get(col.name());
                    v[i] = o == null ? ProjectColumn.UNTAGGED : o.toString();
                }
                return Column.ofText(col.name(), v);
            }
        }
    }

    /** Numbers, NaN where a sample has no value. */
    private static Column decimals(String name, List<Map<String, Object>> rows) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            Object o = rows.get(i).get(name);
            v[i] = o instanceof Number num ? num.doubleValue() : Double.NaN;
        }
        return Column.ofDoubles(name, "", v);
    }
}
