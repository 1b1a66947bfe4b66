package io.inpact.api.matching;

import io.inpact.api.common.DeliverableType;

/** A recommended fee range for one deliverable type, money as decimal strings. */
public record DeliverablePrice(DeliverableType type, String low, String recommended, String high) {
}
