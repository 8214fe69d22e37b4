package org.onewindow.codec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onewindow.domain.caselog.CaseEvent;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;
import org.onewindow.domain.caselog.Hlc;

/**
 * Writes an event's body once and reads bodies of any schema (decision record 0016).
 *
 * <p>Writing: the event — everything but its own hash and signature — as RFC 8785 canonical JSON, with its
 * type and the type's current schema beside the payload; the hash is SHA-256 of that text's UTF-8 bytes.
 * Decimals (the fee) are written as plain decimal text, so no body holds a binary floating-point number.
 *
 * <p>Reading: the text is parsed, brought to the current schema by the upcasters, then bound to the domain
 * records. A field this build does not know is ignored (a newer build wrote it; it stays in the bytes); a
 * field it needs and does not find is an error, which is why adding a field takes an upcaster. Duplicate
 * member names, trailing text and scalar coercion ({@code "7"} for 7) are refused.
 */
public final class EventCodec {

    /** This build's codec. */
    public static final EventCodec CURRENT = new EventCodec(EventSchemas.CURRENT);

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    private static final ObjectMapper BODIES = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("decimals-as-text")
                    .addSerializer(BigDecimal.class, new DecimalWriter())
                    .addDeserializer(BigDecimal.class, new DecimalReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // A number or a boolean is not text: without this, 12 would be read as "12" into a text field.
        for (com.fasterxml.jackson.databind.cfg.CoercionInputShape shape : new com.fasterxml.jackson.databind.cfg.CoercionInputShape[] {
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean}) {
            BODIES.coercionConfigFor(com.fasterxml.jackson.databind.type.LogicalType.Textual)
                    .setCoercion(shape, com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        }
    }

    private final EventSchemas schemas;

    public EventCodec(EventSchemas schemas) {
        this.schemas = schemas;
    }

    /** The event sealed: its body written at the current schema and hashed; {@code previousHash} as the event has it. */
    public SealedEvent seal(CaseEvent event) {
        EventType type = event.type();
        ObjectNode body = BODIES.createObjectNode();
        body.put("actor", event.actor());
        body.put("caseId", event.caseId().toString());
        body.put("deviceId", event.deviceId());
        body.put("deviceSeq", event.deviceSeq());
        body.put("eventId", event.eventId().toString());
        ObjectNode hlc = body.putObject("hlc");
        hlc.put("counter", event.hlc().counter());
        hlc.put("node", event.hlc().node());
        hlc.put("wallMillis", event.hlc().wallMillis());
        body.set("payload", BODIES.valueToTree(event.payload()));
        body.put("previousHash", event.previousHash());
        body.put("recordedAt", event.recordedAt().toString());
        body.put("schema", schemas.current(type));
        body.put("type", type.name());
        String text = CanonicalJson.write(body);
        String hash = EventHash.of(text);
        CaseEvent sealed = new CaseEvent(event.eventId(), event.caseId(), event.deviceId(), event.deviceSeq(), event.hlc(),
                event.actor(), event.recordedAt(), event.payload(), event.previousHash(), hash);
        return new SealedEvent(sealed, text, hash, "");
    }

    /** The body with its hash and signature, read; the hash is taken as given (check it with {@link SealedEvent#intact()}). */
    public SealedEvent open(String body, String hash, String signature) {
        return new SealedEvent(read(body, hash), body, hash, signature);
    }

    /**
     * The event a body holds, with {@code hash} as its hash. Throws {@link NewerEventException} for an event a
     * newer build wrote that this one cannot read, {@link EventFormatException} for a body that is no event.
     */
    public CaseEvent read(String body, String hash) {
        ObjectNode tree = parse(body);
        if (PreEnvelopeEvents.isPreEnvelope(tree)) {
            PreEnvelopeEvents.toSchemaOne(tree);
        }
        String typeName = text(tree, "type");
        EventType type = knownType(typeName);
        if (type == null) {
            throw new NewerEventException(eventIdIfReadable(tree), deviceIdIfReadable(tree), typeName, "type",
                    "“" + typeName + "”是本程序不认识的事件类型：它由较新版本的一窗通记录，需升级后才能读取", null);
        }
        int schema = schema(tree);
        int current = schemas.current(type);
        try {
            return bind(schemas.upcast(type, schema, tree), type, hash);
        } catch (EventFormatException e) {
            if (schema > current) {
                throw new NewerEventException(eventIdIfReadable(tree), deviceIdIfReadable(tree), typeName, e.field(), e.problem()
                        + "（“" + type.label() + "”的正文为第 " + schema + " 版，本程序只认识到第 " + current
                        + " 版，需升级后才能读取）", e);
            }
            throw e;
        }
    }

    private static ObjectNode parse(String body) {
        JsonNode tree;
        try {
            tree = BODIES.readTree(body);
        } catch (JsonProcessingException e) {
            java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '([^']{1,64})'")
                    .matcher(String.valueOf(e.getOriginalMessage()));
            throw new EventFormatException("", duplicate.find() ? "不是有效的 JSON：字段“" + duplicate.group(1) + "”重复"
                    : "不是有效的 JSON", e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new EventFormatException("", "应为 JSON 对象");
        }
        return object;
    }

    private static EventType knownType(String name) {
        for (EventType type : EventType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    private static int schema(ObjectNode tree) {
        JsonNode schema = tree.get("schema");
        if (schema == null || !schema.isIntegralNumber() || !schema.canConvertToInt() || schema.intValue() < 1) {
            throw new EventFormatException("schema", "缺失或不是正整数");
        }
        return schema.intValue();
    }

    private static CaseEvent bind(ObjectNode tree, EventType type, String hash) {
        JsonNode hlc = tree.get("hlc");
        if (!(hlc instanceof ObjectNode)) {
            throw new EventFormatException("hlc", "缺失或不是对象");
        }
        Hlc clock = new Hlc(integer(hlc, "wallMillis", "hlc.wallMillis"),
                Math.toIntExact(integer(hlc, "counter", "hlc.counter")), text(hlc, "node", "hlc.node"));
        return new CaseEvent(uuid(tree, "eventId"), uuid(tree, "caseId"), text(tree, "deviceId"),
                integer(tree, "deviceSeq", "deviceSeq"), clock, text(tree, "actor"), instant(tree, "recordedAt"),
                payload(tree, type), text(tree, "previousHash"), hash);
    }

    private static EventPayload payload(ObjectNode tree, EventType type) {
        JsonNode payload = tree.get("payload");
        if (!(payload instanceof ObjectNode)) {
            throw new EventFormatException("payload", "缺失或不是对象");
        }
        try {
            return BODIES.treeToValue(payload, type.payloadType());
        } catch (JsonMappingException e) {
            throw new EventFormatException(path(e), explain(e), e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventFormatException("payload", "内容无效", e);
        }
    }

    private static String path(JsonMappingException e) {
        return "payload" + e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
    }

    /** In words for the person at the window: never a Java type or a library's own message. */
    private static String explain(JsonMappingException e) {
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            return cause instanceof NullPointerException && cause.getMessage() != null
                    ? "缺少必填字段 " + cause.getMessage() : "内容不符合规则";
        }
        if (e instanceof InvalidFormatException) {
            return "值的格式不正确";
        }
        if (e instanceof MismatchedInputException mismatched) {
            Class<?> target = mismatched.getTargetType();
            String expected = target == null ? "" : CharSequence.class.isAssignableFrom(target) || target.isEnum() ? "，应为文本"
                    : Number.class.isAssignableFrom(target) || target.isPrimitive() ? "，应为数字"
                    : java.util.Collection.class.isAssignableFrom(target) ? "，应为数组" : "，应为 JSON 对象";
            return "缺失或类型不正确" + expected;
        }
        return "内容无效";
    }

    private static UUID eventIdIfReadable(ObjectNode tree) {
        try {
            return uuid(tree, "eventId");
        } catch (EventFormatException e) {
            return null;
        }
    }

    private static String deviceIdIfReadable(ObjectNode tree) {
        JsonNode deviceId = tree.get("deviceId");
        return deviceId != null && deviceId.isTextual() ? deviceId.textValue() : null;
    }

    private static String text(JsonNode node, String name) {
        return text(node, name, name);
    }

    private static String text(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new EventFormatException(path, "缺失或不是文本");
        }
        return value.textValue();
    }

    private static long integer(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new EventFormatException(path, "缺失或不是整数");
        }
        return value.longValue();
    }

    private static UUID uuid(JsonNode node, String name) {
        String text = text(node, name);
        try {
            if (text.length() != 36) {
                throw new IllegalArgumentException(text);
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new EventFormatException(name, "值“" + text + "”不是 UUID");
        }
    }

    private static Instant instant(JsonNode node, String name) {
        String text = text(node, name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new EventFormatException(name, "值“" + text + "”不是 ISO-8601 时刻");
        }
    }

    /** A decimal as plain text ("12.50"): no exponent, no binary rounding, the scale kept. */
    private static final class DecimalWriter extends StdSerializer<BigDecimal> {
        DecimalWriter() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, com.fasterxml.jackson.core.JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(value.toPlainString());
        }
    }

    private static final class DecimalReader extends StdDeserializer<BigDecimal> {
        DecimalReader() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            if (!PLAIN_DECIMAL.matcher(text).matches()) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, "not a plain decimal");
            }
            return new BigDecimal(text);
        }
    }
}
