package io.inpact.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** JDBC access to {@code images} (V11). */
@Singleton
@Transactional
class ImageRepository {

    record StoredImage(UUID id, String contentType, String sha256, byte[] bytes) {
    }

    private final DataSource dataSource;

    ImageRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(UUID id, UUID ownerId, ImageType type, String sha256, byte[] bytes) {
        Jdbc.update(dataSource, "insert into images (id, owner_id, content_type, sha256, size_bytes, bytes)"
                + " values (?, ?, ?, ?, ?, ?)", id, ownerId, type.mediaType(), sha256, bytes.length, bytes);
    }

    /** Removes the owner's earlier pictures: a user has one avatar or one logo at a time. */
    void deleteOthers(UUID ownerId, UUID keep) {
        Jdbc.update(dataSource, "delete from images where owner_id = ? and id <> ?", ownerId, keep);
    }

    Optional<StoredImage> find(UUID id) {
        return Jdbc.query(dataSource, "select id, content_type, sha256, bytes from images where id = ?",
                rs -> new StoredImage(rs.getObject("id", UUID.class), rs.getString("content_type"),
                        rs.getString("sha256"), rs.getBytes("bytes")), id);
    }
}
