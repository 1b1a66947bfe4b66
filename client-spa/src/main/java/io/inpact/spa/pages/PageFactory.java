package io.inpact.spa.pages;

import io.inpact.spa.Query;
import java.util.Map;

/** Builds the page of a matched route from its path parameters and query. */
@FunctionalInterface
public interface PageFactory {
    Page create(Map<String, String> params, Query query);
}
