package io.inpact.api.campaigns;

import io.inpact.api.common.DeliverableType;
import io.inpact.api.common.Platform;

/** One line of what a campaign asks for: e.g. 2 × SHORT on TIKTOK. */
public record Deliverable(Platform platform, DeliverableType type, int count) {
}
