package org.fluorite.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fluorite.core.json.Json;
import org.fluorite.core.table.Column;
import org.fluorite.core.table.Table;
import org.fluorite.project.internal.TraceBlob;

/** SQL of the edits and queries behind {@link Project}'s table-level methods. */
final class ProjectEdits {

    private ProjectEdits() {
    }

    static Map<String, double[]> traces(Connection c, List<String> roiUuids) throws SQLException {
        Map<String, double[]> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT trace FROM traces WHERE roi_uuid = ?")) {
            for (String uuid : roiUuids) {
                s.setString(1, uuid);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        out.put(uuid, TraceBlob.decode(r.getBytes(1)));
                    }
                }
            }
        }
        return out;
    }

    static int setValue(Connection c, ProjectConfiguration config, Table rows, String column, Object value)
            throws SQLException {
        Column sampleIds = rows.require(ProjectTable.SAMPLE_ID);
        Column roiUuids = rows.require(ProjectTable.ROI_UUID);
        Set<String> samples = new LinkedHashSet<>();
        Set<String> rois = new LinkedHashSet<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            samples.add(sampleIds.getText(i));
            if (!roiUuids.getText(i).isEmpty()) {
                rois.add(roiUuids.getText(i));
            }
        }
        if (ProjectTable.COMMENTS.equals(column)) {
            return update(c, "UPDATE samples SET comments = ? WHERE sample_id = ?", value == null ? "" : value.toString(), samples);
        }
        ProjectColumn col = config.column(column).orElseThrow(() -> new IllegalArgumentException("Column '" + column
                + "' cannot be set: only custom columns, ROI type columns and comments can (SampleID and uuids never change)"));
        switch (col.kind()) {
            case CUSTOM -> {
                Object v = col.type().convert(column, value);
                if (v == null) {
                    try (PreparedStatement s = c.prepareStatement("DELETE FROM sample_values WHERE sample_id = ? AND column_name = ?")) {
                        for (String id : samples) {
                            s.setString(1, id);
                            s.setString(2, column);
                            s.executeUpdate();
                        }
                    }
                    return samples.size();
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT OR REPLACE INTO sample_values(sample_id, column_name, value) VALUES (?,?,?)")) {
                    for (String id : samples) {
                        s.setString(1, id);
                        s.setString(2, column);
                        s.setObject(3, v);
                        s.executeUpdate();
                    }
                }
                return samples.size();
            }
            case ROI_TYPE -> {
                String tag = value == null ? ProjectColumn.UNTAGGED : value.toString();
                for (String uuid : rois) {
                    setTag(c, uuid, column, tag);
                }
                return rois.size();
            }
            default -> throw new IllegalArgumentException("Stimulus type column '" + column
                    + "' shows the stimulus map; change the map and save the sample over itself");
        }
    }

    private static int update(Connection c, String sql, String value, Set<String> samples) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (String id : samples) {
                s.setString(1, value);
                s.setString(2, id);
                s.executeUpdate();
            }
        }
        return samples.size();
    }

    /** Sets a tag in roi_tags and in the ROI's JSON, so both say the same. */
    private static void setTag(Connection c, String roiUuid, String column, String tag) throws SQLException {
        String json;
        try (PreparedStatement s = c.prepareStatement("SELECT roi_json FROM rois WHERE roi_uuid = ?")) {
            s.setString(1, roiUuid);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("No ROI " + roiUuid + " in the project");
                }
                json = r.getString(1);
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> roi = (Map<String, Object>) Json.parse(json);
        Map<String, Object> tags = new LinkedHashMap<>();
        if (roi.get("tags") instanceof Map<?, ?> m) {
            m.forEach((k, v) -> tags.put(String.valueOf(k), v));
        }
        tags.put(column, tag);
        roi.put("tags", tags);
        try (PreparedStatement s = c.prepareStatement("UPDATE rois SET roi_json = ? WHERE roi_uuid = ?")) {
            s.setString(1, Json.write(roi));
            s.setString(2, roiUuid);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO roi_tags(roi_uuid, column_name, tag) VALUES (?,?,?)")) {
            s.setString(1, roiUuid);
            s.setString(2, column);
            s.setString(3, tag);
            s.executeUpdate();
        }
    }

    static List<ProjectTab> tabs(Connection c) throws SQLException {
        List<ProjectTab> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT name, history_json FROM tabs ORDER BY position");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(ProjectTab.fromJson(r.getString(1), r.getString(2)));
            }
        }
        return out;
    }

    static void saveTab(Connection c, ProjectTab tab) throws SQLException {
        Integer position = null;
        try (PreparedStatement s = c.prepareStatement("SELECT position FROM tabs WHERE name = ?")) {
            s.setString(1, tab.name());
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    position = r.getInt(1);
                }
            }
        }
        if (position == null) {
            try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(position), -1) + 1 FROM tabs");
                    ResultSet r = s.executeQuery()) {
                position = r.next() ? r.getInt(1) : 0;
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO tabs(name, position, history_json) VALUES (?,?,?)")) {
            s.setString(1, tab.name());
            s.setInt(2, position);
            s.setString(3, tab.historyJson());
            s.executeUpdate();
        }
    }

    static void deleteTab(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM tabs WHERE name = ?")) {
            s.setString(1, name);
            s.executeUpdate();
        }
    }
}
