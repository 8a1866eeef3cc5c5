package org.fluorite.io.hdf5;

import java.nio.ByteOrder;
import java.util.Optional;

import org.fluorite.core.image.PixelType;

import io.jhdf.object.datatype.ArrayDataType;
import io.jhdf.object.datatype.BitField;
import io.jhdf.object.datatype.CompoundDataType;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.EnumDataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.OpaqueDataType;
import io.jhdf.object.datatype.OrderedDataType;
import io.jhdf.object.datatype.Reference;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;

/** Names and pixel types of HDF5 data types, in numpy's words ("uint16", "float32", "compound"). */
public final class Hdf5Types {

    private Hdf5Types() {
    }

    /**
     * The numpy-style label of a data type: "int8".."int64", "uint8".."uint64", "float16",
     * "float32", "float64", "string", "compound", "enum", "array", "bitfield", "reference",
     * "opaque", "vlen", or "unknown".
     */
    public static String label(DataType type) {
        if (type instanceof FixedPoint f) {
            return (f.isSigned() ? "int" : "uint") + f.getSize() * 8;
        }
        if (type instanceof FloatingPoint) {
            return "float" + type.getSize() * 8;
        }
        if (type instanceof StringData) {
            return "string";
        }
        if (type instanceof VariableLength v) {
            return v.isVariableLengthString() ? "string" : "vlen";
        }
        if (type instanceof CompoundDataType) {
            return "compound";
        }
        if (type instanceof EnumDataType) {
            return "enum";
        }
        if (type instanceof ArrayDataType) {
            return "array";
        }
        if (type instanceof BitField) {
            return "bitfield";
        }
        if (type instanceof Reference) {
            return "reference";
        }
        if (type instanceof OpaqueDataType) {
            return "opaque";
        }
        return "unknown";
    }

    /** True for integer and floating-point types: the types images and numeric columns are made of. */
    public static boolean isNumeric(DataType type) {
        return (type instanceof FixedPoint && type.getSize() <= 8 && type.getSize() >= 1)
                || (type instanceof FloatingPoint && (type.getSize() == 2 || type.getSize() == 4 || type.getSize() == 8));
    }

    /**
     * The pixel type an image of this data type is read as: the same type where Fluorite has it;
     * 64-bit integers become float64 (exact up to 2^53) and float16 becomes float32.
     */
    public static Optional<PixelType> pixelType(DataType type) {
        if (type instanceof FixedPoint f) {
            boolean signed = f.isSigned();
            return switch (f.getSize()) {
                case 1 -> Optional.of(signed ? PixelType.INT8 : PixelType.UINT8);
                case 2 -> Optional.of(signed ? PixelType.INT16 : PixelType.UINT16);
                case 4 -> Optional.of(signed ? PixelType.INT32 : PixelType.UINT32);
                case 8 -> Optional.of(PixelType.FLOAT64);
                default -> Optional.empty();
            };
        }
        if (type instanceof FloatingPoint) {
            return switch (type.getSize()) {
                case 2, 4 -> Optional.of(PixelType.FLOAT32);
                case 8 -> Optional.of(PixelType.FLOAT64);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** Byte order of a numeric type (little-endian for types without one). */
    public static ByteOrder byteOrder(DataType type) {
        if (type instanceof OrderedDataType o && o.getByteOrder() != null) {
            return o.getByteOrder();
        }
        return ByteOrder.LITTLE_ENDIAN;
    }
}
