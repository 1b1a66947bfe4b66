package io.inpact.api.matching;

/**
 * One reason in a match score. {@code weight} is the most points the component can give, {@code value}
 * how well it holds from 0 to 1, {@code points = weight × value}; the points of all components add up to
 * the score. {@code explanation} says it in words for the UI.
 */
public record ScoreComponent(String name, double weight, double value, double points, String explanation) {
}
