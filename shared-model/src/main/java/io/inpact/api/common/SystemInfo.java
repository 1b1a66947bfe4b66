package io.inpact.api.common;

import java.util.List;

/** What {@code GET /api/system/info} answers: the build version and the health of each part. */
public record SystemInfo(String version, String status, List<ComponentHealth> components) {

    public SystemInfo {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
