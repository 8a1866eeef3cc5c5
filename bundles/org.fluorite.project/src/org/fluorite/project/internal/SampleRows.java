package org.fluorite.project.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fluorite.core.json.Json;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;
import org.fluorite.core.progress.ProgressMonitor;
import org.fluorite.project.ImageStorage;
import org.fluorite.project.Sample;
import org.fluorite.project.SampleId;
import org.fluorite.project.StoredRoi;
import org.fluorite.roi.Roi;
import org.fluorite.roi.RoiJson;
import org.fluorite.stimulus.StimulusMap;

/**
 * SQL of one sample: its row, custom values, ROIs with tags and traces. Callers own the transaction.
 */
public final class SampleRows {

    /**
     * Where a sample's movie is.
     *
     * @param path relative to the project folder for copies, absolute for references
     */
    public record ImageRecord(String uuid, ImageStorage storage, String path, String sha256, long bytes, long frames,
            int width, int height) {
    }

    /** The parts of a sample row besides the image. */
    public record SampleRecord(SampleId id, ImageRecord image, String comments, String date, Metadata metadata,
            Provenance provenance, StimulusMap stimulus) {
    }

    private SampleRows() {
    }

    public static boolean exists(Connection c, String sampleId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM samples WHERE sample_id = ?")) {
            s.setString(1, sampleId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    public static void insert(Connection c, SampleRecord rec, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO samples(sample_id, animal_id, trial_id, image_uuid,"
                + " image_path, frames, width, height, comments, date, metadata_json, provenance_json, stimulus_json,"
                + " added, modified, image_storage, image_sha256, image_bytes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            s.setString(1, rec.id().toString());
            s.setString(2, rec.id().animal());
            s.setString(3, rec.id().trial());
            s.setString(4, rec.image().uuid());
            s.setString(5, rec.image().path());
            s.setLong(6, rec.image().frames());
            s.setInt(7, rec.image().width());
            s.setInt(8, rec.image().height());
            s.setString(9, rec.comments());
            s.setString(10, rec.date());
            s.setString(11, rec.metadata().toJson());
            s.setString(12, rec.provenance().toJson());
            s.setString(13, StimulusJson.write(rec.stimulus()));
            s.setString(14, now);
            s.setString(15, now);
            s.setString(16, rec.image().storage().word());
            s.setString(17, rec.image().sha256());
            s.setLong(18, rec.image().bytes());
            s.executeUpdate();
        }
    }

    /** Updates the row of an existing sample; its id, image uuid and date stay. */
    public static void update(Connection c, SampleRecord rec, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE samples SET image_path = ?, frames = ?, width = ?, height = ?,"
                + " comments = ?, metadata_json = ?, provenance_json = ?, stimulus_json = ?, modified = ?, image_storage = ?,"
                + " image_sha256 = ?, image_bytes = ? WHERE sample_id = ?")) {
            s.setString(1, rec.image().path());
            s.setLong(2, rec.image().frames());
            s.setInt(3, rec.image().width());
            s.setInt(4, rec.image().height());
            s.setString(5, rec.comments());
            s.setString(6, rec.metadata().toJson());
            s.setString(7, rec.provenance().toJson());
            s.setString(8, StimulusJson.write(rec.stimulus()));
            s.setString(9, now);
            s.setString(10, rec.image().storage().word());
            s.setString(11, rec.image().sha256());
            s.setLong(12, rec.image().bytes());
            s.setString(13, rec.id().toString());
            s.executeUpdate();
        }
    }

    /** Removes the ROIs (with tags) and custom values of a sample, keeping its row. */
    public static void clearContent(Connection c, String sampleId) throws SQLException {
        for (String sql : List.of("DELETE FROM rois WHERE sample_id = ?", "DELETE FROM sample_values WHERE sample_id = ?")) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, sampleId);
                s.executeUpdate();
            }
        }
    }

    public static void insertValues(Connection c, String sampleId, Map<String, Object> values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT OR REPLACE INTO sample_values(sample_id, column_name, value) VALUES (?,?,?)")) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                s.setString(1, sampleId);
                s.setString(2, e.getKey());
                s.setObject(3, e.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Inserts ROIs with their tags (taken from the ROIs) and traces, reporting one unit per ROI.
     *
     * @throws org.fluorite.core.progress.CancelledException when the monitor asks to stop (the
     *                                                      caller's transaction is rolled back)
     */
    public static void insertRois(Connection c, String sampleId, List<Roi> rois, List<String> uuids, double[][] traces,
            ProgressMonitor monitor) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rois(roi_uuid, sample_id, roi_index, roi_json) VALUES (?,?,?,?)");
                PreparedStatement tr = c.prepareStatement("INSERT INTO traces(roi_uuid, trace, trace_length) VALUES (?,?,?)");
                PreparedStatement t = c.prepareStatement("INSERT INTO roi_tags(roi_uuid, column_name, tag) VALUES (?,?,?)")) {
            for (int i = 0; i < rois.size(); i++) {
                Roi roi = rois.get(i);
                s.setString(1, uuids.get(i));
                s.setString(2, sampleId);
                s.setInt(3, i);
                s.setString(4, Json.write(RoiJson.toMap(roi)));
                s.executeUpdate();
                tr.setString(1, uuids.get(i));
                tr.setBytes(2, TraceBlob.encode(traces[i]));
                tr.setInt(3, traces[i].length);
                tr.executeUpdate();
                for (Map.Entry<String, String> tag : roi.properties().tags().entrySet()) {
                    t.setString(1, uuids.get(i));
                    t.setString(2, tag.getKey());
                    t.setString(3, tag.getValue());
                    t.executeUpdate();
                }
                monitor.worked(1);
                monitor.checkCancelled();
            }
        }
    }

    /** The sample, or empty when there is none with this id. */
    public static Optional<Sample> read(Connection c, Path projectDir, String sampleId) throws SQLException {
        Sample sample;
        try (PreparedStatement s = c.prepareStatement("SELECT animal_id, trial_id, image_uuid, image_path, frames, width,"
                + " height, comments, date, metadata_json, provenance_json, stimulus_json, image_storage, image_sha256"
                + " FROM samples WHERE sample_id = ?")) {
            s.setString(1, sampleId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                ImageStorage storage = ImageStorage.fromWord(r.getString(13));
                Path image = storage == ImageStorage.COPY ? projectDir.resolve(r.getString(4)) : Path.of(r.getString(4));
                sample = new Sample(new SampleId(r.getString(1), r.getString(2)), r.getString(3), storage,
                        image.toAbsolutePath(), r.getString(14), r.getLong(5), r.getInt(6), r.getInt(7), rois(c, sampleId),
                        StimulusJson.read(r.getString(12)), values(c, sampleId), nonNull(r.getString(8)), r.getString(9),
                        r.getString(10) == null ? Metadata.EMPTY : Metadata.fromJson(r.getString(10)),
                        r.getString(11) == null ? Provenance.EMPTY : Provenance.fromJson(r.getString(11)));
            }
        }
        return Optional.of(sample);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static List<StoredRoi> rois(Connection c, String sampleId) throws SQLException {
        List<StoredRoi> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT r.roi_uuid, r.roi_index, r.roi_json, t.trace FROM rois r LEFT JOIN traces t ON t.roi_uuid = r.roi_uuid"
                        + " WHERE r.sample_id = ? ORDER BY r.roi_index")) {
            s.setString(1, sampleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Roi roi = RoiJson.fromMap((Map<?, ?>) Json.parse(r.getString(3)));
                    out.add(new StoredRoi(r.getString(1), r.getInt(2), roi, TraceBlob.decode(r.getBytes(4))));
                }
            }
        }
        return out;
    }

    private static Map<String, Object> values(Connection c, String sampleId) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT column_name, value FROM sample_values WHERE sample_id = ?")) {
            s.setString(1, sampleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object v = r.getObject(2);
                    out.put(r.getString(1), v instanceof Integer i ? Long.valueOf(i) : v);
                }
            }
        }
        return out;
    }

    /** Ids of all samples, in the order added. */
    public static List<String> ids(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT sample_id FROM samples ORDER BY added, rowid");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** Image paths of all samples (as stored). */
    public static List<String> imagePaths(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT image_path FROM samples"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
