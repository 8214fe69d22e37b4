package org.onewindow.codec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Says in Chinese where a catalog document is wrong and why, for the administrator who publishes it:
 * "事项目录 2026.11 有误：事项 SCJG-001 › 材料 M-SFZ › 字段 copies：取值 abc 无效（应为整数）".
 */
final class CatalogProblems {

    /** How each list of the document names its elements. */
    private static final Map<String, String> ELEMENT_NAMES = Map.of(
            "departments", "部门", "items", "事项", "bundles", "套餐", "materials", "材料",
            "situations", "情形", "addedMaterials", "材料");

    private CatalogProblems() {
    }

    /**
     * Binding failed: read the text again as a tree to say where. Only a broken catalog pays for the
     * tree; a good one is bound in one pass (it is on the start-up path).
     */
    static CatalogFormatException explain(ObjectMapper mapper, String json, JsonProcessingException failure) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return new CatalogFormatException("事项目录不是有效的 JSON：" + location(e) + e.getOriginalMessage(), e);
        }
        if (!tree.path("format").isInt() || !CatalogJson.readable(tree.path("format").intValue())) {
            return unsupported(tree.has("format") ? tree.get("format").toString() : "（缺失）");
        }
        String wrong = wrong(tree.path("version").asText(""));
        if (failure instanceof JsonMappingException mapping) {
            List<String> place = new ArrayList<>();
            JsonNode node = walk(tree, mapping.getPath(), place);
            String where = place.isEmpty() ? "" : String.join(" › ", place) + "：";
            return new CatalogFormatException(wrong + where + reason(mapping, node), failure);
        }
        return new CatalogFormatException(wrong + failure.getOriginalMessage(), failure);
    }

    static CatalogFormatException unsupported(String format) {
        return new CatalogFormatException("事项目录格式版本为 " + format + "，本程序只能读取格式 "
                + CatalogJson.OLDEST_READ + " 至 " + CatalogJson.FORMAT + "，请升级客户端", null);
    }

    static String wrong(String version) {
        return version.isEmpty() ? "事项目录有误：" : "事项目录 " + version + " 有误：";
    }

    /** Follows Jackson's path into the tree, naming each step (事项 SCJG-001, 字段 copies); returns the node there. */
    private static JsonNode walk(JsonNode tree, List<Reference> path, List<String> place) {
        JsonNode node = tree;
        String list = "";
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                list = step.getFieldName();
                node = node.path(list);
                if (!ELEMENT_NAMES.containsKey(list)) {
                    place.add("字段 " + list);
                }
            } else if (step.getIndex() >= 0) {
                node = node.path(step.getIndex());
                String kind = ELEMENT_NAMES.getOrDefault(list, "元素");
                place.add(node.hasNonNull("code") ? kind + " " + node.get("code").asText()
                        : "第 " + (step.getIndex() + 1) + " 个" + kind);
            }
        }
        return node;
    }

    private static String reason(JsonMappingException e, JsonNode node) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "未知字段 \"" + unknown.getPropertyName() + "\"";
        }
        if (node.isMissingNode()) {
            return "缺少此字段";
        }
        if (node.isNull()) {
            return "不能为空";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "取值 " + invalid.getValue() + " 无效" + expected(invalid.getTargetType());
        }
        return "类型不符" + expected(e instanceof MismatchedInputException m
                ? m.getTargetType() : null);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type.isEnum()) {
            return "，可选值：" + Arrays.toString(type.getEnumConstants());
        }
        if (type == int.class || type == Integer.class) {
            return "（应为整数）";
        }
        if (type == BigDecimal.class) {
            return "（应为数字）";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "（应为 true 或 false）";
        }
        if (type == Instant.class) {
            return "（应为 UTC 时间，例如 2026-11-01T00:00:00Z）";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "（应为数组）";
        }
        return type == String.class ? "（应为文本）" : "（应为对象）";
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列，";
    }
}
