package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.inpact.api.accounts.ImageRef;
import io.inpact.system.ApiException;
import io.inpact.system.ErrorCodes;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Avatars and logos: checked by content, kept in PostgreSQL, one per user. */
@Singleton
class ImageService {

    private final ImageRepository images;
    private final ProfileRepository profiles;

    ImageService(ImageRepository images, ProfileRepository profiles) {
        this.images = images;
        this.profiles = profiles;
    }

    @Transactional
    ImageRef replaceCreatorAvatar(UUID userId, byte[] bytes) {
        ImageRef ref = store(userId, bytes);
        profiles.setCreatorAvatar(userId, UUID.fromString(ref.id()));
        images.deleteOthers(userId, UUID.fromString(ref.id()));
        return ref;
    }

    @Transactional
    ImageRef replaceBrandLogo(UUID userId, byte[] bytes) {
        ImageRef ref = store(userId, bytes);
        profiles.setBrandLogo(userId, UUID.fromString(ref.id()));
        images.deleteOthers(userId, UUID.fromString(ref.id()));
        return ref;
    }

    ImageRepository.StoredImage find(String id) {
        return ProfileService.parse(id).flatMap(images::find)
                .orElseThrow(() -> ApiException.notFound("image", id));
    }

    private ImageRef store(UUID ownerId, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.validation(java.util.Map.of("body", "must be a PNG, JPEG or WebP picture"));
        }
        if (bytes.length > AccountPaths.IMAGE_MAX_BYTES) {
            throw new ApiException(413, ErrorCodes.PAYLOAD_TOO_LARGE, "picture of " + bytes.length
                    + " bytes is larger than the " + AccountPaths.IMAGE_MAX_BYTES + " bytes allowed", null);
        }
        ImageType type = ImageType.sniff(bytes).orElseThrow(() ->
                new ApiException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                        "picture must be PNG, JPEG or WebP (judged by its content)", null));
        UUID id = UUID.randomUUID();
        images.insert(id, ownerId, type, sha256(bytes), bytes);
        return new ImageRef(id.toString(), ProfileService.imageUrl(id), type.mediaType(), bytes.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
