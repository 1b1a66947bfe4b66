package io.inpact.api.campaigns;

/**
 * A payment the brand records against a deal. A payment that would take the total above the agreed fee
 * is refused unless {@code confirmOverpayment} is true.
 */
public record PaymentRequest(String amount, String note, Boolean confirmOverpayment) {
}
