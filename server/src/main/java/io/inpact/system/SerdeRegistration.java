package io.inpact.system;

import io.inpact.api.common.ComponentHealth;
import io.inpact.api.common.ErrorBody;
import io.inpact.api.common.SystemInfo;
import io.micronaut.serde.annotation.SerdeImport;

/** Registers the shared-model records with micronaut-serde; each feature adds the records it sends or reads. */
@SerdeImport(ErrorBody.class)
@SerdeImport(SystemInfo.class)
@SerdeImport(ComponentHealth.class)
final class SerdeRegistration {

    private SerdeRegistration() {
    }
}
