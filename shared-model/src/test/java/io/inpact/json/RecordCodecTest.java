package io.inpact.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.inpact.api.ApiRecords;
import io.inpact.api.common.ErrorBody;
import io.inpact.api.common.ErrorBodyJson;
import io.inpact.api.common.Page;
import io.inpact.api.common.PageJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

    @Test
    void shouldRoundTripNestedGenericRecords() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", "is required");
        fields.put("naïve \"key\"", "😀");
        Page<ErrorBody> page = new Page<>(List.of(new ErrorBody(400, "validation_failed", "bad", fields)), 2, 20, 41);
        JsonCodec<Page<ErrorBody>> codec = PageJson.codec(ErrorBodyJson.CODEC);

        String json = codec.toJson(page);

        assertEquals("{\"items\":[{\"status\":400,\"code\":\"validation_failed\",\"message\":\"bad\",\"fieldErrors\":"
                + "{\"email\":\"is required\",\"naïve \\\"key\\\"\":\"😀\"}}],\"page\":2,\"size\":20,\"total\":41}", json);
        assertEquals(page, codec.fromJson(json));
    }

    @Test
    void shouldDefaultMissingFieldsAndIgnoreUnknownOnes() {
        ErrorBody body = ErrorBodyJson.CODEC.fromJson("{\"extra\":{\"x\":[1,{\"y\":null}]},\"status\":404,\"message\":null}");

        assertEquals(new ErrorBody(404, null, null, Map.of()), body);
    }

    @Test
    void shouldLeaveNullComponentsOut() {
        assertEquals("{\"status\":500,\"fieldErrors\":{}}", ErrorBodyJson.CODEC.toJson(new ErrorBody(500, null, null, Map.of())));
    }

    @Test
    void shouldDefaultMissingListToEmptyAndPrimitivesToZero() {
        assertEquals(new Page<String>(List.of(), 0, 0, 0), PageJson.codec(Codecs.STRING).fromJson("{}"));
    }

    @Test
    void shouldRejectWrongShape() {
        assertThrows(JsonException.class, () -> ErrorBodyJson.CODEC.fromJson("{\"status\":\"400\"}"));
        assertThrows(JsonException.class, () -> ErrorBodyJson.CODEC.fromJson("[]"));
    }

    @Test
    void shouldListEveryRecordInTheRegistry() {
        List<Class<?>> types = ApiRecords.all().stream().<Class<?>>map(RecordType::type).toList();

        assertEquals(true, types.contains(ErrorBody.class) && types.contains(Page.class));
        assertEquals(1, ApiRecords.all().stream().filter(t -> t.type() == Page.class).findFirst().orElseThrow().typeParameters());
    }
}
