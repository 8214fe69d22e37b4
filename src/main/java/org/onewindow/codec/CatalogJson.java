package org.onewindow.codec;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.onewindow.domain.catalog.Bundle;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.domain.catalog.Department;
import org.onewindow.domain.catalog.ServiceItem;

/**
 * The catalog's wire format (事项目录 JSON): the bundled demo catalog and what the central store
 * publishes are the same document. A sibling of {@link Json}: same strictness, but written in
 * record order and indented, because people read and review catalog files.
 */
public final class CatalogJson {

    /** Bumped when the document's shape changes; a client refuses a format it does not know. */
    public static final int FORMAT = 1;

    private static final String BUNDLED = "/catalog/demo-catalog.json";

    /** How each list of the document names its elements in a message. */
    private static final Map<String, String> ELEMENT_NAMES = Map.of(
            "departments", "部门", "items", "事项", "bundles", "套餐", "materials", "材料",
            "situations", "情形", "addedMaterials", "材料");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .build();

    /** The document on the wire; the domain {@link Catalog} stays free of wire concerns. */
    record Document(int format, String version, Instant publishedAt, List<Department> departments,
                    List<ServiceItem> items, List<Bundle> bundles) {
    }

    private CatalogJson() {
    }

    /** The demo catalog bundled for first run; read once, then shared (it is immutable). */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    public static Catalog read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("读取事项目录失败", e);
        }
    }

    public static Catalog read(String json) {
        Document document;
        try {
            document = MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw explain(json, e);
        }
        if (document.format() != FORMAT) {
            throw unsupported(String.valueOf(document.format()));
        }
        try {
            return new Catalog(document.version(), document.publishedAt(), document.departments(),
                    document.items(), document.bundles());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CatalogFormatException(wrong(document.version()) + e.getMessage(), e);
        }
    }

    public static String write(Catalog catalog) {
        Document document = new Document(FORMAT, catalog.version(), catalog.publishedAt(),
                catalog.departments(), catalog.items(), catalog.bundles());
        try {
            return MAPPER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write catalog " + catalog.version(), e);
        }
    }

    /**
     * Binding failed: read the text again as a tree to say where. Only a broken catalog pays for the
     * tree; a good one is bound in one pass (it is on the start-up path).
     */
    private static CatalogFormatException explain(String json, JsonProcessingException failure) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new CatalogFormatException("事项目录不是有效的 JSON：" + location(e) + e.getOriginalMessage(), e);
        }
        if (!tree.path("format").isInt() || tree.path("format").intValue() != FORMAT) {
            return unsupported(tree.has("format") ? tree.get("format").toString() : "（缺失）");
        }
        String wrong = wrong(tree.path("version").asText(""));
        return failure instanceof JsonMappingException mapping
                ? new CatalogFormatException(wrong + where(tree, mapping.getPath()) + reason(mapping), failure)
                : new CatalogFormatException(wrong + failure.getOriginalMessage(), failure);
    }

    private static CatalogFormatException unsupported(String format) {
        return new CatalogFormatException("事项目录格式版本为 " + format + "，本程序只能读取格式 " + FORMAT + "，请升级客户端", null);
    }

    private static String wrong(String version) {
        return version.isEmpty() ? "事项目录有误：" : "事项目录 " + version + " 有误：";
    }

    /** "事项 SCJG-001 › 材料 M-SFZ › 字段 copies：" from Jackson's path into the document. */
    private static String where(JsonNode tree, List<Reference> path) {
        List<String> steps = new ArrayList<>();
        JsonNode node = tree;
        String list = "";
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                list = step.getFieldName();
                node = node.path(list);
                if (!ELEMENT_NAMES.containsKey(list)) {
                    steps.add("字段 " + list);
                }
            } else if (step.getIndex() >= 0) {
                node = node.path(step.getIndex());
                String kind = ELEMENT_NAMES.getOrDefault(list, "元素");
                steps.add(node.hasNonNull("code") ? kind + " " + node.get("code").asText()
                        : "第 " + (step.getIndex() + 1) + " 个" + kind);
            }
        }
        return steps.isEmpty() ? "" : String.join(" › ", steps) + "：";
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "未知字段 \"" + unknown.getPropertyName() + "\"";
        }
        if (e instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            String allowed = target != null && target.isEnum()
                    ? "，可选值：" + Arrays.toString(target.getEnumConstants()) : "";
            return "取值 " + invalid.getValue() + " 无效" + allowed;
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "缺少或类型不符（应为 " + mismatched.getTargetType().getSimpleName() + "）：" + e.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列，";
    }

    /** Holder idiom: the bundled catalog is read on first use, once, on whichever thread asks. */
    private static final class Bundled {
        private static final Catalog CATALOG = load();

        private static Catalog load() {
            try (InputStream in = CatalogJson.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled catalog missing from the class path: " + BUNDLED);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
