package org.fluorite.flow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import org.fluorite.core.DataObject;
import org.fluorite.core.meta.Metadata;
import org.fluorite.core.meta.Provenance;

/**
 * What flows between flowchart nodes: a typed table ({@link Frame}) of one row per curve (ROI)
 * plus its analysis log ({@link HistoryTrace}). Every row belongs to a data block whose UUID is in
 * the {@value #BLOCK} column; the history keeps one ordered list of operations per block, so
 * transmissions that are merged keep their separate histories.
 *
 * <p>Column naming follows Mesmerize: numerical data starts with one underscore
 * ({@code _RAW_CURVE}); categorical data has none; columns made by nodes are in capitals
 * ({@code _SPLICE_ARRAYS}, {@code FCLUSTER_LABELS}); {@value #BLOCK} holds UUIDs. The sampling
 * rate of each curve is in the {@value #SAMPLING_RATE} column (Hz).
 *
 * <p>Immutable and copy-on-write: every change returns a new transmission sharing the unchanged
 * columns and arrays.
 */
public final class Transmission implements DataObject {

    /** The data block UUID of each row. */
    public static final String BLOCK = "_BLOCK_";
    /** The raw curve of each ROI, one array per row (made by LoadProjDF). */
    public static final String RAW_CURVE = "_RAW_CURVE";
    /** Sampling rate of each row's curves, Hz. */
    public static final String SAMPLING_RATE = "_SAMPLING_RATE";
    /** Metadata key: the column the last node wrote (the default input of the next node). */
    public static final String LAST_OUTPUT = "last_output";
    /** Metadata key: "time" or "frequency", what the last output's array index means. */
    public static final String LAST_UNIT = "last_unit";
    /** Metadata key: the project directory the rows come from (for plots and the tracer). */
    public static final String PROJECT = "project";

    private final Frame frame;
    private final HistoryTrace history;
    private final Metadata metadata;
    private final Provenance provenance;

    private Transmission(Frame frame, HistoryTrace history, Metadata metadata) {
        this(frame, history, metadata, Provenance.EMPTY);
    }

    private Transmission(Frame frame, HistoryTrace history, Metadata metadata, Provenance provenance) {
        this.frame = Objects.requireNonNull(frame, "frame");
        this.history = Objects.requireNonNull(history, "history");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        if (frame.rowCount() > 0 || frame.has(BLOCK)) {
            FlowColumn b = frame.require(BLOCK, ColumnType.UUID);
            for (UUID u : new LinkedHashSet<>(java.util.Arrays.asList(b.uuids()))) {
                if (u == null || !history.hasBlock(u)) {
                    throw new IllegalArgumentException("Row block " + u + " has no history");
                }
            }
        }
    }

    /**
     * A transmission with its frame, history and metadata as they are (used by readers).
     *
     * @throws IllegalArgumentException when a row's block has no history or {@value #BLOCK} is missing
     */
    public static Transmission of(Frame frame, HistoryTrace history, Metadata metadata) {
        return new Transmission(frame, history, metadata);
    }

    /**
     * A new transmission whose rows form one new data block, whose history starts with
     * {@code origin} (e.g. Mesmerize's "spawn_transmission" with the tab name). A {@value #BLOCK}
     * column is added (replaced if the frame had one).
     */
    public static Transmission spawn(Frame frame, HistoryOperation origin, Metadata metadata) {
        return spawn(frame, UUID.randomUUID(), origin, metadata);
    }

    /** {@link #spawn(Frame, HistoryOperation, Metadata)} with a given block id (reproducible files and tests). */
    public static Transmission spawn(Frame frame, UUID block, HistoryOperation origin, Metadata metadata) {
        UUID[] ids = new UUID[frame.rowCount()];
        java.util.Arrays.fill(ids, block);
        Frame f = frame.without(BLOCK).with(FlowColumn.ofUuids(BLOCK, ids));
        if (frame.rowCount() == 0 && frame.columns().isEmpty()) {
            f = Frame.of(FlowColumn.ofUuids(BLOCK, ids));
        }
        return new Transmission(f, HistoryTrace.EMPTY.withBlock(block, List.of(origin)), metadata);
    }

    public Frame frame() {
        return frame;
    }

    public HistoryTrace history() {
        return history;
    }

    public int rowCount() {
        return frame.rowCount();
    }

    /** Shortcut for {@code frame().require(name)}. */
    public FlowColumn column(String name) {
        return frame.require(name);
    }

    /** The data block of a row. */
    public UUID blockOf(int row) {
        return frame.require(BLOCK, ColumnType.UUID).uuids()[row];
    }

    /** The analysis history of one row (of its data block), oldest first. */
    public List<HistoryOperation> historyOfRow(int row) {
        return history.history(blockOf(row));
    }

    /** The blocks that have rows, in row order. */
    public Set<UUID> blocksInRows() {
        if (!frame.has(BLOCK)) {
            return Set.of();
        }
        return new LinkedHashSet<>(java.util.Arrays.asList(frame.require(BLOCK).uuids()));
    }

    /** The column the last node wrote, "" when unknown. */
    public String lastOutput() {
        return metadata.string(LAST_OUTPUT).orElse("");
    }

    /** "time" or "frequency" for the last output, "" when unknown. */
    public String lastUnit() {
        return metadata.string(LAST_UNIT).orElse("");
    }

    /** Sampling rate of a row in Hz, NaN when the transmission has none. */
    public double samplingRateHz(int row) {
        return frame.column(SAMPLING_RATE).map(c -> c.doubles()[row]).orElse(Double.NaN);
    }

    /** The sampling rate shared by all rows (Hz), empty when there is none or rows differ. */
    public OptionalDouble samplingRateHz() {
        if (!frame.has(SAMPLING_RATE) || rowCount() == 0) {
            return OptionalDouble.empty();
        }
        double[] r = frame.require(SAMPLING_RATE, ColumnType.DOUBLE).doubles();
        for (double v : r) {
            if (Double.compare(v, r[0]) != 0) {
                return OptionalDouble.empty();
            }
        }
        return Double.isNaN(r[0]) ? OptionalDouble.empty() : OptionalDouble.of(r[0]);
    }

    /** Same history, another frame (which must keep the {@value #BLOCK} column of its rows). */
    public Transmission withFrame(Frame newFrame) {
        Transmission t = new Transmission(newFrame, history, metadata, provenance);
        return t.pruned();
    }

    public Transmission withMetadata(Metadata newMetadata) {
        return new Transmission(frame, history, newMetadata, provenance);
    }

    /** Adds or replaces a column, without logging anything. */
    public Transmission withColumn(FlowColumn column) {
        return new Transmission(frame.with(column), history, metadata, provenance);
    }

    /** Logs {@code operation} for every block that has rows. */
    public Transmission withOperation(HistoryOperation operation) {
        return new Transmission(frame, history.retain(blocksInRows()).withOperationForAll(operation), metadata, provenance);
    }

    /**
     * What most nodes do: adds or replaces the output column, logs the operation for every block,
     * and records the column as the last output with its index unit ("time" or "frequency").
     */
    public Transmission withOutput(FlowColumn output, String unit, HistoryOperation operation) {
        Metadata m = metadata.with(LAST_OUTPUT, output.name()).with(LAST_UNIT, unit == null ? lastUnit() : unit);
        return new Transmission(frame.with(output), history.retain(blocksInRows()).withOperationForAll(operation), m, provenance);
    }

    /** The rows whose indices are given; blocks left without rows leave the history. */
    public Transmission selectRows(int[] rows) {
        return new Transmission(frame.selectRows(rows), history, metadata, provenance).pruned();
    }

    private Transmission pruned() {
        Set<UUID> live = blocksInRows();
        if (live.size() == history.blocks().size()) {
            return this;
        }
        return new Transmission(frame, history.retain(live), metadata, provenance);
    }

    /**
     * The rows of all inputs, in order, with every block's history kept. Columns are the union;
     * a column one input lacks is filled with missing values. When two inputs share a block whose
     * histories differ (two branches of one source merged again), the later input's rows of that
     * block get a new block UUID whose history is its own plus a "rename_block" operation naming
     * the original block, so neither branch's history is lost. Metadata is the first input's.
     */
    public static Transmission merge(List<Transmission> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("Nothing to merge");
        }
        Frame frame = null;
        HistoryTrace merged = HistoryTrace.EMPTY;
        for (Transmission t : inputs) {
            Frame f = t.frame;
            HistoryTrace h = t.history.retain(t.blocksInRows());
            Map<UUID, UUID> renames = new LinkedHashMap<>();
            for (UUID b : h.blocks()) {
                if (merged.hasBlock(b) && !merged.history(b).equals(h.history(b))) {
                    renames.put(b, UUID.randomUUID());
                }
            }
            if (!renames.isEmpty()) {
                UUID[] ids = f.require(BLOCK).uuids().clone();
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = renames.getOrDefault(ids[i], ids[i]);
                }
                f = f.with(FlowColumn.ofUuids(BLOCK, ids));
                HistoryTrace renamed = HistoryTrace.EMPTY;
                for (UUID b : h.blocks()) {
                    UUID nb = renames.get(b);
                    if (nb == null) {
                        renamed = renamed.withBlock(b, h.history(b));
                    } else {
                        List<HistoryOperation> ops = new ArrayList<>(h.history(b));
                        ops.add(HistoryOperation.of("", "rename_block", Map.of("from_block", b.toString())));
                        renamed = renamed.withBlock(nb, ops);
                    }
                }
                h = renamed;
            }
            merged = merged.merge(h);
            frame = frame == null ? f : frame.concat(f);
        }
        return new Transmission(frame, merged, inputs.get(0).metadata, inputs.get(0).provenance);
    }

    @Override
    public String name() {
        return metadata.string("name").orElse("transmission");
    }

    @Override
    public String kind() {
        return "transmission";
    }

    @Override
    public Metadata metadata() {
        return metadata;
    }

    /**
     * How the transmission as a whole came to be outside the flowchart (e.g. "import.transmission"
     * with the file it was read from); the analysis of its rows is in {@link #history()}.
     */
    @Override
    public Provenance provenance() {
        return provenance;
    }

    /** The same transmission with another provenance. */
    public Transmission withProvenance(Provenance newProvenance) {
        return new Transmission(frame, history, metadata, newProvenance);
    }

    /**
     * {@code {"rowCount", "columns": [{"name","type","unit"}], "blocks": [{"id","rows","operations":[names]}],
     * "lastOutput", "lastUnit"}} for {@code ./fluorite info --json}.
     */
    @Override
    public Map<String, Object> describe() {
        List<Map<String, Object>> cols = new ArrayList<>();
        for (FlowColumn c : frame.columns()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", c.name());
            m.put("type", c.type().word());
            m.put("unit", c.unit());
            cols.add(m);
        }
        Map<UUID, Integer> rowsPerBlock = new LinkedHashMap<>();
        if (frame.has(BLOCK)) {
            for (UUID u : frame.require(BLOCK).uuids()) {
                rowsPerBlock.merge(u, 1, Integer::sum);
            }
        }
        List<Map<String, Object>> blocks = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (UUID b : history.blocks()) {
            if (seen.add(b)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", b.toString());
                m.put("rows", rowsPerBlock.getOrDefault(b, 0));
                m.put("operations", history.operationNames(b));
                blocks.add(m);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rowCount", rowCount());
        out.put("columns", cols);
        out.put("blocks", blocks);
        out.put("lastOutput", lastOutput());
        out.put("lastUnit", lastUnit());
        return out;
    }

    @Override
    public String toString() {
        return "Transmission[" + rowCount() + " rows, " + history.blocks().size() + " blocks, " + frame.columnNames() + "]";
    }
}
