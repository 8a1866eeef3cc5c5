package org.fluorite.batch;

/**
 * A change of one item of a batch.
 *
 * @param batch    the batch
 * @param type     what happened
 * @param item     the item as it is now (for {@link Type#REMOVED}: as it was)
 * @param previous the item before the change; null for {@link Type#ADDED}
 */
public record BatchEvent(Batch batch, Type type, BatchItem item, BatchItem previous) {

    public enum Type {
        ADDED, CHANGED, REMOVED
    }

    /** True when the item's state differs from before (always for added and removed items). */
    public boolean stateChanged() {
        return previous == null || type == Type.REMOVED || previous.state() != item.state();
    }
}
