package org.onewindow.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;

/**
 * The one JSON mapping of domain values and of the sync messages, shared by the client store, sync and the
 * central store. Domain types stay free of annotations; a payload written on its own is named by
 * {@code @type}, the event type's name. An event's stored and hashed form is not written here but by
 * {@link EventCodec}, once (decision record 0016): this mapping only shows values and carries messages.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(EventPayload.class, EventPayloadMixin.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .registerSubtypes(Arrays.stream(EventType.values())
                    .map(type -> new NamedType(type.payloadType(), type.name())).toArray(NamedType[]::new))
            .build();

    /** The same mapping, ignoring fields it does not know: for messages a newer build may have added to. */
    private static final ObjectMapper TOLERANT = ((JsonMapper) MAPPER).rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** The shared mapper; configured once, safe to use from any thread. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Stable text: properties sorted, so the same value always gives the same text. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        return read(MAPPER, json, type);
    }

    /**
     * Reads a sync message from the other side, which may run a newer build: fields this build does not know
     * are ignored (must-ignore), everything else is as strict as {@link #read}.
     */
    public static <T> T readMessage(String json, Class<T> type) {
        return read(TOLERANT, json, type);
    }

    private static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
    private interface EventPayloadMixin {
    }
}
