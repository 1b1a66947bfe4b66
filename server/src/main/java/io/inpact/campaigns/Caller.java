package io.inpact.campaigns;

import io.inpact.api.accounts.Role;
import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/** Who is asking: the session's user id (JWT subject) and role. */
public record Caller(UUID id, Role role) {

    public static Caller of(Authentication authentication) {
        Role role = authentication.getRoles().contains(Role.BRAND.name()) ? Role.BRAND : Role.CREATOR;
        return new Caller(UUID.fromString(authentication.getName()), role);
    }

    public boolean isBrand() {
        return role == Role.BRAND;
    }
}
