package org.onewindow.central;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.stream.Collectors;
import org.onewindow.codec.Json;
import org.onewindow.domain.caselog.EventPayload;
import org.onewindow.domain.caselog.EventType;

/**
 * Reads request bodies with the shared mapping, made stricter: no quietly turning {@code "12"} into 12,
 * nothing after the document. Any mistake becomes a 400 that names the field, in Chinese. The windows'
 * messages (push, enroll) may carry fields a newer window added: those are ignored, since such a field may
 * only add to what a message says (decision record 0016). A back-office step is refused if it carries one:
 * the centre writes that event itself and would silently drop what it does not know.
 */
final class RequestReader {

    private static final ObjectMapper STRICT = ((JsonMapper) Json.mapper()).rebuild()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectMapper MESSAGES = ((JsonMapper) STRICT).rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RequestReader() {
    }

    /** A window's message; fields this build does not know are ignored. */
    static <T> T read(byte[] body, Class<T> type) {
        return read(MESSAGES, body, type);
    }

    private static <T> T read(ObjectMapper mapper, byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw ApiException.badRequest("请求体为空，应为 JSON");
        }
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(explain(e));
        } catch (IOException e) {
            throw ApiException.badRequest("无法读取请求体：" + e.getMessage());
        }
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
        try {
            return STRICT.treeToValue(typed, EventPayload.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest(explain(e));
        }
    }

    private static String explain(JsonProcessingException e) {
        JsonParseException parse = syntaxError(e);
        if (parse != null) {
            return "请求不是有效的 JSON（第 " + parse.getLocation().getLineNr() + " 行第 "
                    + parse.getLocation().getColumnNr() + " 列）：" + parse.getOriginalMessage();
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return "请求不是有效的 JSON：" + e.getOriginalMessage();
        }
        String where = path(mapping);
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "未知字段“" + unknown.getPropertyName() + "”（位置 " + where + "），请求未处理";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "字段 " + where + " 的值“" + invalid.getValue() + "”格式不正确";
        }
        if (e instanceof ValueInstantiationException instantiation) {
            Throwable cause = instantiation.getCause();
            String detail = cause instanceof NullPointerException ? "缺少必填字段 " + cause.getMessage()
                    : cause == null ? mapping.getOriginalMessage() : cause.getMessage();
            return "位置 " + where + " 的内容无效：" + detail;
        }
        if (e instanceof MismatchedInputException mismatched) {
            String expected = mismatched.getTargetType() == null ? "" : "，应为 " + mismatched.getTargetType().getSimpleName();
            return "字段 " + where + " 缺失或类型不正确" + expected + "（" + mismatched.getOriginalMessage() + "）";
        }
        return "位置 " + where + " 的内容无效：" + mapping.getOriginalMessage();
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
