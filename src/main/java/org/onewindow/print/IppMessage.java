package org.onewindow.print;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The little of the Internet Printing Protocol's binary encoding (RFC 8010) the window needs to hand a PDF to a
 * CUPS queue itself: a request with operation and job attributes, and a response's status and attributes.
 * Only text, keyword, integer and boolean values are read; anything else is skipped.
 */
final class IppMessage {

    static final short PRINT_JOB = 0x0002;

    private static final byte OPERATION_ATTRIBUTES = 0x01;
    private static final byte JOB_ATTRIBUTES = 0x02;
    private static final byte END_OF_ATTRIBUTES = 0x03;
    private static final byte INTEGER = 0x21;
    private static final byte BOOLEAN = 0x22;
    private static final byte ENUM = 0x23;
    private static final byte NAME = 0x42;
    private static final byte KEYWORD = 0x44;
    private static final byte URI = 0x45;
    private static final byte CHARSET = 0x47;
    private static final byte LANGUAGE = 0x48;
    private static final byte MIME_TYPE = 0x49;

    private IppMessage() {
    }

    /** A request being written: the operation attributes first, then the job's. */
    static final class Request {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);
        private boolean jobGroup;

        Request(short operation, int requestId, String printerUri) {
            try {
                out.writeShort(0x0101); // IPP/1.1, which every CUPS speaks
                out.writeShort(operation);
                out.writeInt(requestId);
                out.writeByte(OPERATION_ATTRIBUTES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            value(CHARSET, "attributes-charset", "utf-8");
            value(LANGUAGE, "attributes-natural-language", "zh-cn");
            value(URI, "printer-uri", printerUri);
        }

        Request name(String attribute, String text) {
            return value(NAME, attribute, text);
        }

        Request mimeType(String attribute, String type) {
            return value(MIME_TYPE, attribute, type);
        }

        /** A keyword list: the first value carries the name, the others continue it (additional values). */
        Request keywords(String attribute, List<String> values) {
            for (int i = 0; i < values.size(); i++) {
                value(KEYWORD, i == 0 ? attribute : "", values.get(i));
            }
            return this;
        }

        /** From here on, attributes of the job (media, tray, copies) rather than of the operation. */
        Request job() {
            if (!jobGroup) {
                jobGroup = true;
                write(() -> out.writeByte(JOB_ATTRIBUTES));
            }
            return this;
        }

        Request keyword(String attribute, String keyword) {
            return value(KEYWORD, attribute, keyword);
        }

        Request integer(String attribute, int value) {
            write(() -> {
                out.writeByte(INTEGER);
                writeText(attribute);
                out.writeShort(4);
                out.writeInt(value);
            });
            return this;
        }

        private Request value(byte tag, String attribute, String text) {
            write(() -> {
                out.writeByte(tag);
                writeText(attribute);
                writeText(text);
            });
            return this;
        }

        private void writeText(String text) throws IOException {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeShort(utf8.length);
            out.write(utf8);
        }

        /** The encoded request followed by the document, if any. */
        byte[] encode(byte[] document) {
            write(() -> {
                out.writeByte(END_OF_ATTRIBUTES);
                out.write(document);
            });
            return bytes.toByteArray();
        }

        private void write(IoWork work) {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @FunctionalInterface
    private interface IoWork {
        void run() throws IOException;
    }

    /**
     * A response: its status code (below 0x0100 is success) and every attribute's values as text, in order;
     * an attribute that appears in several groups keeps all its values.
     */
    record Response(int status, Map<String, List<String>> attributes) {

        boolean successful() {
            return status < 0x0100;
        }

        String first(String attribute) {
            List<String> values = attributes.get(attribute);
            return values == null || values.isEmpty() ? "" : values.get(0);
        }

        List<String> all(String attribute) {
            return attributes.getOrDefault(attribute, List.of());
        }

        static Response decode(byte[] body) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
                in.readShort();
                int status = in.readUnsignedShort();
                in.readInt();
                Map<String, List<String>> attributes = new LinkedHashMap<>();
                String current = "";
                while (true) {
                    int tag = in.readUnsignedByte();
                    if (tag == END_OF_ATTRIBUTES) {
                        break;
                    }
                    if (tag < 0x10) {
                        continue; // the start of the next attribute group
                    }
                    String name = readText(in);
                    byte[] value = new byte[in.readUnsignedShort()];
                    in.readFully(value);
                    if (!name.isEmpty()) {
                        current = name;
                    }
                    attributes.computeIfAbsent(current, key -> new ArrayList<>()).add(text(tag, value));
                }
                return new Response(status, attributes);
            } catch (IOException e) {
                throw new UncheckedIOException("IPP 应答不完整", e);
            }
        }

        private static String text(int tag, byte[] value) {
            if ((tag == INTEGER || tag == ENUM) && value.length == 4) {
                return Integer.toString(((value[0] & 0xff) << 24) | ((value[1] & 0xff) << 16)
                        | ((value[2] & 0xff) << 8) | (value[3] & 0xff));
            }
            if (tag == BOOLEAN && value.length == 1) {
                return Boolean.toString(value[0] != 0);
            }
            return new String(value, StandardCharsets.UTF_8);
        }

        private static String readText(DataInputStream in) throws IOException {
            byte[] text = new byte[in.readUnsignedShort()];
            in.readFully(text);
            return new String(text, StandardCharsets.UTF_8);
        }
    }
}
