package dev.krait.runtime;

import java.util.Arrays;

/** A bytearray: a mutable, growable sequence of bytes. Reading operations see it as the bytes it holds. */
public final class PByteArray implements PyObject {
    private byte[] data;
    private int size;

    public PByteArray(byte[] initial) {
        this.data = initial.clone();
        this.size = initial.length;
    }

    @Override
    public PythonClass getPythonClass() {
        return BuiltinClasses.BYTEARRAY;
    }

    public int size() {
        return size;
    }

    /** A copy of the contents as bytes. */
    public byte[] toBytes() {
        return Arrays.copyOf(data, size);
    }

    public int get(int index) {
        return data[index] & 0xff;
    }

    public void set(int index, int value) {
        data[index] = (byte) value;
    }

    public void append(int value) {
        if (size == data.length) {
            data = Arrays.copyOf(data, Math.max(8, size * 2));
        }
        data[size++] = (byte) value;
    }

    public void appendAll(byte[] values) {
        for (byte b : values) {
            append(b & 0xff);
        }
    }

    public void setContents(byte[] values) {
        data = values.clone();
        size = values.length;
    }
}
