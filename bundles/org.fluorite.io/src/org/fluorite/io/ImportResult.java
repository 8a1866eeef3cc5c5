package org.fluorite.io;

import java.util.List;

import org.fluorite.core.DataObject;
import org.fluorite.core.image.Image;

/**
 * What a reader found in a file: one or more data objects (images, tables, ROI sets, ...) and
 * messages for the user.
 */
public record ImportResult(String formatId, List<DataObject> data, List<Message> messages) {

    public ImportResult {
        data = List.copyOf(data);
        messages = List.copyOf(messages);
    }

    public static ImportResult of(String formatId, DataObject data, List<Message> messages) {
        return new ImportResult(formatId, List.of(data), messages);
    }

    /** The images among {@link #data()}. */
    public List<Image> images() {
        return data.stream().filter(Image.class::isInstance).map(Image.class::cast).toList();
    }

    /** The first image, or an exception naming what the file holds instead. */
    public Image firstImage() {
        return images().stream().findFirst().orElseThrow(
                () -> new IllegalStateException("The file holds no image (" + data.size() + " other data objects)"));
    }
}
