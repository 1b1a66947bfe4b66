package io.inpact.api.campaigns;

public record PaymentView(String id, String amount, String note, String createdAt) {
}
