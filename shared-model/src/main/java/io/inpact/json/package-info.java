/**
 * Reflection-free JSON for the API records, the same code on the server's JVM and in the TeaVM SPA.
 *
 * <p>For every record under {@code io.inpact.api} the annotation processor in {@code shared-model/json-codegen}
 * generates {@code <Record>Json} next to it: {@code UserViewJson.CODEC.fromJson(text)},
 * {@code UserViewJson.CODEC.toJson(view)}; a generic record takes codecs for its type parameters:
 * {@code PageJson.codec(CampaignViewJson.CODEC)}. Nested records are {@code Outer_InnerJson}. The generated
 * {@code io.inpact.api.ApiRecords} lists them all (contract tests walk it).
 *
 * <p>Component types: String, int, long, double, boolean and their boxes, enums (by name), API records, and
 * List, Set or Map (String or enum keys) of those. Anything else fails the build naming the component: send
 * instants as ISO-8601 strings and money as decimal strings ({@code io.inpact.api.common.Money}).
 *
 * <p>Like micronaut-serde on the server: null components are left out when writing, unknown fields are
 * skipped when reading, a missing List/Set/Map reads as empty, a missing object or box as null, a missing
 * primitive as 0/false. Serde also leaves out empty strings, which therefore read as null on the client.
 * Doubles go through {@link io.inpact.json.Doubles} (the browser's own conversions in the SPA).
 *
 * <p>A new record must also be registered with {@code @SerdeImport} in the server's
 * {@code io.inpact.system.SerdeRegistration}; {@code io.inpact.contract.ContractTest} fails until it is.
 */
package io.inpact.json;
