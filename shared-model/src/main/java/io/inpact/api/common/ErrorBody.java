package io.inpact.api.common;

import java.util.Map;

/** The one shape of every failure the API answers with. */
public record ErrorBody(int status, String code, String message, Map<String, String> fieldErrors) {
}
