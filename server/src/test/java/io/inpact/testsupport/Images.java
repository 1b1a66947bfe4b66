package io.inpact.testsupport;

import java.util.Arrays;

/** Picture bytes for upload tests: real format signatures followed by filler. */
public final class Images {

    private Images() {
    }

    public static byte[] png(int size) {
        return withHeader(size, (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    }

    public static byte[] jpeg(int size) {
        return withHeader(size, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0);
    }

    public static byte[] webp(int size) {
        return withHeader(size, 'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ');
    }

    public static byte[] gif(int size) {
        return withHeader(size, 'G', 'I', 'F', '8', '9', 'a');
    }

    private static byte[] withHeader(int size, int... header) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 7);
        for (int i = 0; i < header.length && i < size; i++) {
            bytes[i] = (byte) header[i];
        }
        return bytes;
    }
}
