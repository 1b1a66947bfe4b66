package io.inpact;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "InPact API",
        version = "${api.version}",
        description = "Creator–brand sponsorship platform. Every failure answers with ErrorBody {status, code, message, fieldErrors}."))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
