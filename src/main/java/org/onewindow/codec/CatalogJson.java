package org.onewindow.codec;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /**
     * Bumped when the document's shape changes; a client refuses a format it does not know. 2 added the agent
     * situation's flag ({@code agent}) and the materials a bundle issues itself ({@code producedMaterials}).
     */
    public static final int FORMAT = 2;

    private static final String BUNDLED = "/catalog/demo-catalog.json";

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
            document = formatOne(json).orElseThrow(() -> CatalogProblems.explain(MAPPER, json, e));
        }
        if (document.format() != FORMAT) {
            throw CatalogProblems.unsupported(String.valueOf(document.format()));
        }
        try {
            return new Catalog(document.version(), document.publishedAt(), document.departments(),
                    document.items(), document.bundles());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CatalogFormatException(CatalogProblems.wrong(document.version()) + e.getMessage(), e);
        }
    }

    /**
     * A catalog of format 1, as a centre may still hold it: read as format 2 with no agent situation and nothing a
     * bundle issues itself (the window then offers 委托代理 like any situation). Empty for any other document.
     */
    private static Optional<Document> formatOne(String json) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (!(tree instanceof ObjectNode document) || tree.path("format").asInt() != 1) {
                return Optional.empty();
            }
            for (JsonNode item : tree.path("items")) {
                for (JsonNode situation : item.path("situations")) {
                    if (situation instanceof ObjectNode upgraded && !upgraded.has("agent")) {
                        upgraded.put("agent", false);
                    }
                }
            }
            for (JsonNode bundle : tree.path("bundles")) {
                if (bundle instanceof ObjectNode upgraded && !upgraded.has("producedMaterials")) {
                    upgraded.putObject("producedMaterials");
                }
            }
            document.put("format", FORMAT);
            return Optional.of(MAPPER.treeToValue(document, Document.class));
        } catch (JsonProcessingException notEvenThat) {
            return Optional.empty();
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
