package io.inpact.accounts;

import io.inpact.api.accounts.AccountPaths;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Serves avatars and logos. A stored picture never changes (a new upload gets a new id), so it caches for good. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ImageController {

    private final ImageService images;

    ImageController(ImageService images) {
        this.images = images;
    }

    @Get(AccountPaths.IMAGE)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> image(@PathVariable String id, @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ImageRepository.StoredImage image = images.find(id);
        String etag = "\"" + image.sha256() + "\"";
        MutableHttpResponse<byte[]> response = etag.equals(ifNoneMatch)
                ? HttpResponse.status(HttpStatus.NOT_MODIFIED)
                : HttpResponse.ok(image.bytes()).contentType(MediaType.of(image.contentType()));
        return response
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff");
    }
}
