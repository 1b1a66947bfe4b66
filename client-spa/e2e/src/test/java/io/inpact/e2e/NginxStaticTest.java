package io.inpact.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How nginx serves the SPA: deep links, compression, caching and security headers. */
class NginxStaticTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"");
    private static final Pattern FINGERPRINTED = Pattern.compile(".*\\.[0-9a-fA-F]{8,}\\.(js|css)$");

    @Test
    void shouldServeTheSpaShellWhenADeepLinkIsRequested() {
        HttpResponse<byte[]> index = Http.get("/");

        HttpResponse<byte[]> deepLink = Http.get("/campaigns/42/applications?page=2");

        assertThat(deepLink.statusCode()).isEqualTo(200);
        assertThat(Http.header(deepLink, "Content-Type")).startsWith("text/html");
        assertThat(deepLink.body()).isEqualTo(index.body());
        assertThat(Http.text(index)).contains("<html");
    }

    @Test
    void shouldAnswer404WhenAMissingFileHasAnAssetExtension() {
        HttpResponse<byte[]> response = Http.get("/app.0123456789abcdef.js");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.header(response, "Cache-Control")).doesNotContain("immutable");
    }

    @Test
    void shouldServeGzipWhenTheClientAcceptsIt() {
        List<String> paths = new ArrayList<>(assets());
        paths.add("/");

        for (String path : paths) {
            HttpResponse<byte[]> plain = Http.get(path);
            HttpResponse<byte[]> gzipped = Http.get(path, "Accept-Encoding", "gzip");

            assertThat(Http.header(gzipped, "Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(Http.header(gzipped, "Vary")).as(path).contains("Accept-Encoding");
            assertThat(Http.gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
            assertThat(gzipped.body().length).as(path).isLessThan(plain.body().length);
        }
    }

    @Test
    void shouldServeThePrecompressedTwinWhenOneExists() {
        for (String path : assets()) {
            HttpResponse<byte[]> twin = Http.get(path + ".gz");
            HttpResponse<byte[]> gzipped = Http.get(path, "Accept-Encoding", "gzip");

            assertThat(twin.statusCode()).as(path + ".gz").isEqualTo(200);
            assertThat(gzipped.body()).as(path).isEqualTo(twin.body());
        }
    }

    @Test
    void shouldCacheFingerprintedAssetsForeverAndRevalidateTheIndex() {
        for (String path : assets()) {
            HttpResponse<byte[]> asset = Http.get(path);

            assertThat(path).matches(FINGERPRINTED);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(Http.header(asset, "Cache-Control")).as(path)
                    .contains("max-age=31536000").contains("immutable");
        }
        for (String path : List.of("/", "/index.html", "/profile")) {
            assertThat(Http.header(Http.get(path), "Cache-Control")).as(path).isEqualTo("no-cache");
        }
    }

    @Test
    void shouldSendSecurityHeadersOnEveryResponse() {
        List<String> paths = new ArrayList<>(assets());
        paths.addAll(List.of("/", "/some/deep/link", "/api/system/info", "/missing.0123abcd.css", "/nginx-health"));

        for (String path : paths) {
            HttpResponse<byte[]> response = Http.get(path);
            String policy = Http.header(response, "Content-Security-Policy");

            assertThat(policy).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(Http.header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(Http.header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(Http.header(response, "Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void shouldAnswerItsOwnHealthCheck() {
        HttpResponse<byte[]> response = Http.get("/nginx-health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.text(response)).isEqualTo("ok\n");
    }

    /** The script and stylesheet index.html loads. */
    private static List<String> assets() {
        Matcher matcher = ASSET.matcher(Http.text(Http.get("/")));
        List<String> assets = new ArrayList<>();
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).as("assets referenced by index.html").isNotEmpty();
        return assets;
    }
}
