package io.inpact.api.matching;

/** A named input of the pricing model, with its value as shown to the user and where it came from. */
public record PriceInput(String name, String value, String source) {
}
