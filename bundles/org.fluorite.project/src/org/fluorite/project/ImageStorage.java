package org.fluorite.project;

/** How a sample's movie is kept: copied into the project's images/ folder, or referenced where it is. */
public enum ImageStorage {
    /** A TIFF copy under {@code images/} (the project is self-contained). */
    COPY("copy"),
    /** The original file's absolute path and SHA-256 checksum, verified when the sample is opened. */
    REFERENCE("reference");

    private final String word;

    ImageStorage(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static ImageStorage fromWord(String word) {
        for (ImageStorage s : values()) {
            if (s.word.equals(word)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown image storage '" + word + "'");
    }
}
