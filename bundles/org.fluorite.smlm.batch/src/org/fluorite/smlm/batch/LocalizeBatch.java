package org.fluorite.smlm.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fluorite.batch.Batch;
import org.fluorite.batch.BatchItem;
import org.fluorite.batch.ItemState;

/**
 * A localization spread over batch items: making (or reusing) the batch with one "localize" item
 * per frame range, and merging the items' tables once they are done. Running it is the batch
 * manager's business ({@code BatchRunner} with any executor).
 */
public final class LocalizeBatch {

    private LocalizeBatch() {
    }

    /** A batch ready to run, with its plan; {@code reused} when it existed with the same plan. */
    public record Prepared(Batch batch, LocalizationPlan plan, boolean reused) {
    }

    /**
     * Creates the batch in {@code dir} with one item per range, or reuses the batch there when it was
     * made for the same stack, frames, parameters and ranges (items that failed or were aborted are
     * queued again; done items keep their results).
     *
     * @param parameters the localize parameters shared by all items (without {@code frames})
     * @throws IOException naming the directory when it holds something else
     */
    public static Prepared prepare(Path dir, Path stack, FrameRange frames, Map<String, Object> parameters, List<FrameRange> ranges)
            throws IOException {
        String stackPath = stack.toAbsolutePath().normalize().toString();
        List<String> problems = LocalizeOptions.problems(parameters);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (parameters.containsKey("frames")) {
            throw new IllegalArgumentException("the frames of each item come from the split, not from the shared parameters");
        }
        if (Files.isRegularFile(dir.resolve(Batch.INDEX))) {
            Batch batch = Batch.open(dir);
            LocalizationPlan plan = LocalizationPlan.read(batch.directory());
            if (!plan.sameWork(stackPath, frames, parameters, ranges)) {
                throw new IOException(batch.directory() + " holds another localization (" + plan.stack() + ", frames "
                        + plan.frames() + ", " + plan.items().size() + " items, parameters " + plan.parameters()
                        + "); choose another --batch folder or delete it");
            }
            for (LocalizationPlan.Entry e : plan.items()) {
                BatchItem item = batch.item(e.uuid()).orElseThrow(() -> new IOException(batch.directory() + ": item " + e.uuid()
                        + " of " + LocalizationPlan.FILE + " is no longer in the batch; choose another --batch folder"));
                if (item.state() == ItemState.FAILED || item.state() == ItemState.ABORTED) {
                    batch.update(item.uuid(), BatchItem::requeued);
                }
            }
            return new Prepared(batch, plan, true);
        }
        Batch batch = Batch.create(dir);
        List<LocalizationPlan.Entry> entries = new ArrayList<>();
        for (FrameRange r : ranges) {
            Map<String, Object> p = new LinkedHashMap<>(parameters);
            p.put("frames", r.option());
            BatchItem item = batch.add(BatchItem.create(LocalizeKind.ID, itemName(stack, r), p, List.of(stackPath)));
            entries.add(new LocalizationPlan.Entry(item.uuid(), r));
        }
        LocalizationPlan plan = new LocalizationPlan(stackPath, frames, parameters, entries);
        plan.write(batch.directory());
        return new Prepared(batch, plan, false);
    }

    /** "movie.tif frames 1-250": what the batch manager lists. */
    static String itemName(Path stack, FrameRange r) {
        return stack.getFileName() + " frames " + r.first() + "-" + r.last();
    }

    /**
     * Merges the items of a localization batch into {@code out}.
     *
     * @return the number of localizations written
     * @throws LocalizationMerge.MergeException naming the first item that is missing, not done or
     *         whose table does not fit; nothing is written then
     */
    public static long merge(Batch batch, LocalizationPlan plan, Path out) throws IOException {
        batch.refresh();
        List<LocalizationMerge.Part> parts = new ArrayList<>();
        for (LocalizationPlan.Entry e : plan.items()) {
            BatchItem item = batch.item(e.uuid()).orElseThrow(() -> new LocalizationMerge.MergeException("the item for frames "
                    + e.frames() + " (" + e.uuid() + ") is missing from " + batch.directory()));
            if (item.state() != ItemState.DONE) {
                throw new LocalizationMerge.MergeException("item '" + item.name() + "' (" + item.uuid() + ", frames " + e.frames()
                        + ") is " + item.state().label() + (item.error() == null ? "" : ": " + item.error())
                        + "; see " + batch.logFile(item.uuid()));
            }
            parts.add(new LocalizationMerge.Part(item.name(), item.uuid(), e.frames(),
                    batch.outputsDirectory(item.uuid()).resolve(LocalizeKind.OUTPUT)));
        }
        return LocalizationMerge.merge(parts, plan.frames(), out);
    }
}
