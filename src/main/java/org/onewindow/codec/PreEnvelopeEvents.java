package org.onewindow.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.onewindow.domain.caselog.Hlc;

/**
 * Events written before the envelope (before decision record 0016): their hash was SHA-256 of the whole
 * event as the shared mapping wrote it with its own hash empty, the payload's type inside it as
 * {@code @type} and the fee as a JSON number. Those exact texts are kept as the bodies of these events, so
 * their hashes and chains stay as they were; reading one first brings it to schema 1 here.
 */
public final class PreEnvelopeEvents {

    private PreEnvelopeEvents() {
    }

    /** A body with no schema whose payload names its type: written before the envelope. */
    static boolean isPreEnvelope(ObjectNode body) {
        return !body.has("schema") && body.get("payload") instanceof ObjectNode payload && payload.has("@type");
    }

    /** The same event as a schema-1 body: type and schema beside the payload, the fee as decimal text. */
    static void toSchemaOne(ObjectNode body) {
        ObjectNode payload = (ObjectNode) body.get("payload");
        JsonNode type = payload.remove("@type");
        body.remove("hash");
        body.set("type", type);
        body.put("schema", 1);
        JsonNode fee = payload.get("fee");
        if (fee != null && fee.isNumber()) {
            payload.put("fee", fee.decimalValue().toPlainString());
        }
    }

    /**
     * The text such an event's hash was taken over, rebuilt from the client store's columns of that time
     * (the payload column holds the payload exactly as it was written). Only the migration to the envelope
     * uses it, once; an event whose stored hash does not match the rebuilt text was altered, and the chain
     * check says so.
     */
    public static String hashedText(String eventId, String caseId, String deviceId, long deviceSeq, String hlc,
                                    String actor, String recordedAt, String payload, String previousHash) {
        Hlc clock = Hlc.decode(hlc);
        StringWriter text = new StringWriter(payload.length() + 512);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(text)) {
            // The shared mapping wrote the properties of the event in alphabetical order.
            g.writeStartObject();
            g.writeStringField("actor", actor);
            g.writeStringField("caseId", caseId);
            g.writeStringField("deviceId", deviceId);
            g.writeNumberField("deviceSeq", deviceSeq);
            g.writeStringField("eventId", eventId);
            g.writeStringField("hash", "");
            g.writeObjectFieldStart("hlc");
            g.writeNumberField("counter", clock.counter());
            g.writeStringField("node", clock.node());
            g.writeNumberField("wallMillis", clock.wallMillis());
            g.writeEndObject();
            g.writeFieldName("payload");
            g.writeRawValue(payload);
            g.writeStringField("previousHash", previousHash);
            g.writeStringField("recordedAt", recordedAt);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
