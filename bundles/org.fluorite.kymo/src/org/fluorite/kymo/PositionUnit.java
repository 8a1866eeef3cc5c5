package org.fluorite.kymo;

/** Unit of a kymograph's position axis: micrometres, or kilobase pairs after calibration. */
public enum PositionUnit {
    /** Micrometres, the unit of the scan. */
    UM("um", "µm"),
    /** Kilobase pairs along a tether, after {@link Kymograph#calibrateToKbp}. */
    KBP("kbp", "kbp");

    private final String label;
    private final String display;

    PositionUnit(String label, String display) {
        this.label = label;
        this.display = display;
    }

    /** Plain-text label as pylake writes it in CSV headers: "um" or "kbp". */
    public String label() {
        return label;
    }

    /** Label for axes: "µm" or "kbp". */
    public String display() {
        return display;
    }

    /** The unit of a label ("um", "µm", "micron", "kbp"). */
    public static PositionUnit fromLabel(String label) {
        return switch (label.trim()) {
            case "um", "µm", "micron", "microns" -> UM;
            case "kbp" -> KBP;
            default -> throw new IllegalArgumentException("Unknown position unit '" + label + "'");
        };
    }
}
