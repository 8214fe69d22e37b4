package org.onewindow.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.onewindow.domain.caselog.EventPayload;

/**
 * The one JSON mapping of domain values, shared by the client store, sync and the central store,
 * so an event is written the same way everywhere. Domain types stay free of annotations; the
 * polymorphic payload is mapped here by a mix-in, keyed by the event type name.
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
            .build();

    private Json() {
    }

    /** The shared mapper; configured once, safe to use from any thread. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Stable text: properties sorted, so the same value always gives the same bytes (hash chain). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EventPayload.ApplicationAccepted.class, name = "APPLICATION_ACCEPTED"),
            @JsonSubTypes.Type(value = EventPayload.DeficiencyNotified.class, name = "DEFICIENCY_NOTIFIED"),
            @JsonSubTypes.Type(value = EventPayload.ApplicationRefused.class, name = "APPLICATION_REFUSED"),
            @JsonSubTypes.Type(value = EventPayload.MaterialsSupplemented.class, name = "MATERIALS_SUPPLEMENTED"),
            @JsonSubTypes.Type(value = EventPayload.ReviewStarted.class, name = "REVIEW_STARTED"),
            @JsonSubTypes.Type(value = EventPayload.Decided.class, name = "DECIDED"),
            @JsonSubTypes.Type(value = EventPayload.ClockPaused.class, name = "CLOCK_PAUSED"),
            @JsonSubTypes.Type(value = EventPayload.ClockResumed.class, name = "CLOCK_RESUMED"),
            @JsonSubTypes.Type(value = EventPayload.CertificateIssued.class, name = "CERTIFICATE_ISSUED"),
            @JsonSubTypes.Type(value = EventPayload.Concluded.class, name = "CONCLUDED"),
            @JsonSubTypes.Type(value = EventPayload.Delivered.class, name = "DELIVERED"),
            @JsonSubTypes.Type(value = EventPayload.Evaluated.class, name = "EVALUATED"),
            @JsonSubTypes.Type(value = EventPayload.Voided.class, name = "VOIDED"),
            @JsonSubTypes.Type(value = EventPayload.DocumentPrinted.class, name = "DOCUMENT_PRINTED")
    })
    private interface EventPayloadMixin {
    }
}
