package io.inpact.campaigns;

import io.inpact.system.ApiException;
import java.util.UUID;

/** Ids in paths are opaque strings; one that is not a UUID names nothing, so it is a 404. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String id, String what) {
        try {
            if (id != null && id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // falls through to not found
        }
        throw ApiException.notFound(what, id);
    }
}
