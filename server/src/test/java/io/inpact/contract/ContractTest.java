package io.inpact.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.inpact.api.ApiRecords;
import io.inpact.api.common.ErrorBody;
import io.inpact.api.common.ErrorBodyJson;
import io.inpact.api.common.Page;
import io.inpact.json.JsonCodec;
import io.inpact.json.RecordCodec;
import io.inpact.json.RecordType;
import io.inpact.json.Samples;
import io.inpact.system.SerdeRegistration;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The server (micronaut-serde) and the client (generated codecs) agree on every record of the API:
 * server JSON decodes in the client to an equal record, and client JSON is accepted by the server as an
 * equal record. Samples are built from the generated codec tables, so a new record is covered as soon as
 * it exists, and fails here until it is registered in {@link SerdeRegistration}.
 */
class ContractTest {

    private ObjectMapper.CloseableObjectMapper serde;

    @BeforeAll
    void startSerde() {
        serde = ObjectMapper.create(SerdeConfiguration.fromServerConfig());
    }

    @AfterAll
    void stopSerde() throws Exception {
        serde.close();
    }

    @Test
    void shouldRegisterEveryApiRecordWithSerdeWhenItIsInTheRegistry() {
        Set<Class<?>> registered = Arrays.stream(SerdeRegistration.class.getAnnotationsByType(SerdeImport.class))
                .map(SerdeImport::value).collect(Collectors.toSet());

        List<String> missing = ApiRecords.all().stream().map(RecordType::type).filter(type -> !registered.contains(type))
                .map(Class::getName).sorted().toList();

        assertEquals(List.of(), missing, "add @SerdeImport for these records to " + SerdeRegistration.class.getName());
    }

    @Test
    void shouldListTheCommonRecordsWhenGeneratingTheRegistry() {
        List<Class<?>> types = ApiRecords.all().stream().<Class<?>>map(RecordType::type).toList();

        assertTrue(types.containsAll(List.of(ErrorBody.class, Page.class)), "registry holds " + types);
    }

    @Test
    void shouldReadEmptyValuesAsAbsentWhenServerLeavesThemOut() throws Exception {
        ErrorBody body = new ErrorBody(400, "", "bad", Map.of());

        String serverJson = serde.writeValueAsString(body);

        assertEquals("{\"status\":400,\"message\":\"bad\"}", serverJson);
        assertEquals(new ErrorBody(400, null, "bad", Map.of()), ErrorBodyJson.CODEC.fromJson(serverJson));
    }

    @TestFactory
    Stream<DynamicTest> shouldDecodeServerJsonToAnEqualRecordWhenReadByTheClient() {
        return cases().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String serverJson = serde.writeValueAsString(c.argument(), c.sample());

            Object decoded = c.codec().fromJson(serverJson);

            assertEquals(c.sample(), decoded, () -> "server JSON: " + serverJson);
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldAcceptClientJsonAsAnEqualRecordWhenReadByTheServer() {
        return cases().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String clientJson = c.json();

            Object decoded = serde.readValue(clientJson, c.argument());

            assertEquals(c.sample(), decoded, () -> "client JSON: " + clientJson);
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldFillEveryFieldWhenBuildingTheFullSample() {
        return cases().filter(c -> c.name().endsWith("full")).map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RecordCodec<Object> codec = c.codec();

            Object sparse = Samples.sparse(codec);

            assertNotEquals(codec.toJson(sparse), c.json());
            assertTrue(Arrays.stream(codec.components(c.sample())).allMatch(v -> v != null), () -> "sample " + c.sample());
        }));
    }

    private static Stream<Case> cases() {
        List<RecordType> records = ApiRecords.all();
        RecordType typeArgument = records.stream().filter(r -> r.typeParameters() == 0).findFirst().orElseThrow();
        List<Case> cases = new ArrayList<>();
        for (RecordType record : records) {
            JsonCodec<?>[] codecArgs = new JsonCodec<?>[record.typeParameters()];
            Argument<?>[] typeArgs = new Argument<?>[record.typeParameters()];
            Arrays.fill(codecArgs, typeArgument.codec());
            for (int i = 0; i < typeArgs.length; i++) {
                // serde binds type arguments by the name of the record's type variable
                typeArgs[i] = Argument.of(typeArgument.type(), record.type().getTypeParameters()[i].getName());
            }
            @SuppressWarnings("unchecked")
            RecordCodec<Object> codec = (RecordCodec<Object>) record.codec(codecArgs);
            @SuppressWarnings("unchecked")
            Argument<Object> argument = (Argument<Object>) Argument.of(record.type(), typeArgs);
            String name = record.type().getName() + (typeArgs.length == 0 ? "" : "<" + typeArgument.type().getSimpleName() + ">");
            cases.add(new Case(name + " full", codec, argument, Samples.full(codec, 0)));
            cases.add(new Case(name + " full seed 3", codec, argument, Samples.full(codec, 3)));
            cases.add(new Case(name + " sparse", codec, argument, Samples.sparse(codec)));
        }
        return cases.stream();
    }

    private record Case(String name, RecordCodec<Object> codec, Argument<Object> argument, Object sample) {

        String json() {
            return codec.toJson(sample);
        }
    }
}
