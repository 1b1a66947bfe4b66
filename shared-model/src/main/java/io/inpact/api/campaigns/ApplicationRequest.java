package io.inpact.api.campaigns;

/** A creator's application: a pitch and a fee as a decimal string. */
public record ApplicationRequest(String proposal, String proposedFee) {
}
