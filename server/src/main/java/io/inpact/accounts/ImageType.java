package io.inpact.accounts;

import java.util.Optional;

/** The picture formats accepted for avatars and logos, recognised by their leading bytes, not by any name. */
enum ImageType {
    PNG_IMAGE(ImageType.PNG),
    JPEG_IMAGE(ImageType.JPEG),
    WEBP_IMAGE(ImageType.WEBP);

    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String WEBP = "image/webp";
    static final String OCTET_STREAM = "application/octet-stream";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG_IMAGE);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG_IMAGE);
        }
        if (startsWith(bytes, 0, new byte[] {'R', 'I', 'F', 'F'}) && startsWith(bytes, 8, new byte[] {'W', 'E', 'B', 'P'})) {
            return Optional.of(WEBP_IMAGE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
