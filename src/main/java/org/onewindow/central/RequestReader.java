package org.onewindow.central;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.onewindow.codec.Json;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;

/**
 * Reads request bodies with the shared mapping, made stricter: no quietly turning {@code "12"} into 12 or 12 into
 * {@code "12"}, no {@code null} for a message, nothing after the document, and never more bytes than the endpoint
 * allows — counted while reading, so a body without a length (chunked) is cut off, not read whole. Any mistake becomes
 * a 400 that names the field in Chinese, never a Java type. The windows' messages (push, enroll) may carry fields a
 * newer window added: those are ignored, since such a field may only add to what a message says (decision record
 * 0016). A back-office step is refused if it carries one: the centre writes that event itself and would silently
 * drop what it does not know.
 */
final class RequestReader {

    private static final ObjectMapper STRICT = strict(((JsonMapper) Json.mapper()).rebuild()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build());

    private static final ObjectMapper MESSAGES = strict(((JsonMapper) STRICT).rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build());

    /** Numbers, booleans and objects are not text; the default mapping would turn 12 into "12". */
    private static ObjectMapper strict(ObjectMapper mapper) {
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    private RequestReader() {
    }

    /**
     * The body's bytes, at most {@code limit}: a longer body is refused with 413 as soon as the limit is passed,
     * whatever its Content-Length says or whether it has one.
     */
    static byte[] bounded(InputStream in, long declaredLength, int limit) {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 256), limit));
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (bytes.size() + read > limit) {
                    throw tooLarge(limit);
                }
                bytes.write(buffer, 0, read);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("无法读取请求体（连接中断）");
        }
    }

    static ApiException tooLarge(int limit) {
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        return new ApiException(413, "请求体过大：此接口最多接收 " + size + "，请分批上传或检查请求内容");
    }

    /** A window's message; fields this build does not know are ignored. */
    static <T> T read(byte[] body, Class<T> type) {
        return read(MESSAGES, body, type);
    }

    private static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("请求体为空，应为 JSON");
        }
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(explain(e));
        } catch (IOException e) {
            throw ApiException.badRequest("无法读取请求体");
        }
        if (value == null) {
            throw ApiException.badRequest("请求体应为 JSON 对象，不能为 null");
        }
        return value;
    }

    /**
     * A back-office step's body: the payload's own fields, without the {@code @type} the shared mapping
     * names payloads by, since the endpoint already names the step.
     */
    static EventPayload readStep(byte[] body, EventType type) {
        JsonNode tree = read(STRICT, body, JsonNode.class);
        if (!(tree instanceof ObjectNode fields) || fields.has("@type")) {
            throw ApiException.badRequest("请求体应为 JSON 对象，只含“" + type.label() + "”的字段");
        }
        ObjectNode typed = STRICT.createObjectNode().put("@type", type.name());
        typed.setAll(fields);
        if (type == EventType.DECIDED && (!typed.has("licence") || typed.get("licence").isNull())) {
            return decisionWithoutLicence(typed);
        }
        try {
            return STRICT.treeToValue(typed, EventPayload.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(explain(e));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("请求内容无效");
        }
    }

    /** A decision as posted before decision record 0033, or one granting nothing to print: no licence. */
    private static EventPayload decisionWithoutLicence(ObjectNode fields) {
        JsonNode approved = fields.get("approved");
        JsonNode note = fields.get("note");
        JsonNode basis = fields.get("basis");
        for (java.util.Iterator<String> names = fields.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("@type", "approved", "note", "licence", "basis").contains(name)) {
                throw ApiException.badRequest("未知字段“" + name + "”（位置 " + name + "），请求未处理");
            }
        }
        if (approved == null || !approved.isBoolean()) {
            throw ApiException.badRequest("字段 approved 缺失或类型不正确，应为 true 或 false");
        }
        if (note == null || !note.isTextual() || basis != null && !basis.isNull() && !basis.isTextual()) {
            throw ApiException.badRequest("字段 note 或 basis 缺失或类型不正确，应为文本");
        }
        return new EventPayload.Decided(approved.booleanValue(), note.textValue(), null,
                basis == null || basis.isNull() ? "" : basis.textValue());
    }

    private static String explain(JsonProcessingException e) {
        JsonParseException parse = syntaxError(e);
        if (parse != null) {
            return "请求不是有效的 JSON（第 " + parse.getLocation().getLineNr() + " 行第 "
                    + parse.getLocation().getColumnNr() + " 列）";
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return "请求不是有效的 JSON";
        }
        String where = path(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "未知字段“" + unknown.getPropertyName() + "”（位置 " + where + "），请求未处理";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "字段 " + where + " 的值格式不正确" + expected(invalid.getTargetType());
        }
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            return "位置 " + where + " 的内容无效" + (cause instanceof NullPointerException ? "：缺少必填字段 " + cause.getMessage() : "");
        }
        if (e instanceof MismatchedInputException mismatched) {
            return "字段 " + where + " 缺失或类型不正确" + expected(mismatched.getTargetType());
        }
        return "位置 " + where + " 的内容无效";
    }

    /** What the field should be, in words, never a Java type's name. */
    private static String expected(Class<?> target) {
        if (target == null) {
            return "";
        }
        if (CharSequence.class.isAssignableFrom(target) || target.isEnum() || target == java.util.UUID.class) {
            return "，应为文本";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "，应为 true 或 false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "，应为数字";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "，应为数组";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord() || !target.getName().startsWith("java.")) {
            return "，应为 JSON 对象";
        }
        return "";
    }

    @SuppressWarnings("unused")
    private static String expected(JavaType target) {
        return target == null ? "" : expected(target.getRawClass());
    }

    private static JsonParseException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return parse;
            }
        }
        return null;
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "（根）" : path.startsWith(".") ? path.substring(1) : path;
    }
}
