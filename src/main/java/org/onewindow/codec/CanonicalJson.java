package org.onewindow.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme of RFC 8785 (JCS) over Jackson's tree: object members sorted by the
 * UTF-16 code units of their names, no whitespace, strings escaped as ECMAScript's {@code JSON.stringify}
 * does, numbers in ECMAScript's shortest round-trip form. An event's body is written through it once
 * (decision record 0016); it is never used to check a stored body, whose bytes are hashed as they are.
 *
 * <p>Two rules of our own where RFC 8785 leaves the input to the caller (it requires I-JSON): an integer
 * beyond ±(2<sup>53</sup>−1) is refused, because it cannot survive a reader that goes through a double;
 * and a lone surrogate in a string, which no UTF-8 text can carry, is written as a {@code \\uXXXX} escape
 * (lower-case hex) so the value still reads back exactly.
 */
public final class CanonicalJson {

    private static final long LARGEST_EXACT_INTEGER = (1L << 53) - 1;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical text of {@code value}; throws {@link IllegalArgumentException} for what has none. */
    public static String write(JsonNode value) {
        StringBuilder out = new StringBuilder(1024);
        append(value, out);
        return out.toString();
    }

    private static void append(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> object(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> number(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("no JSON form for a " + node.getNodeType() + " node");
        }
    }

    private static void object(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            members.add(it.next());
        }
        // String.compareTo compares UTF-16 code units, which is the order RFC 8785 §3.2.3 asks for.
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(members.get(i).getKey(), out);
            out.append(':');
            append(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || loneSurrogate(text, i)) {
                        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            BigInteger value = node.bigIntegerValue();
            if (value.abs().compareTo(BigInteger.valueOf(LARGEST_EXACT_INTEGER)) > 0) {
                throw new IllegalArgumentException("integer " + value + " is beyond ±(2^53-1); write it as a string");
            }
            out.append(value);
        } else {
            out.append(ecmaScript(node.doubleValue()));
        }
    }

    /** ECMAScript's Number::toString (ECMA-262 §7.1.12.1), which RFC 8785 §3.2.2.3 prescribes. */
    static String ecmaScript(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no form for " + value);
        }
        if (value == 0) {
            return "0";
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder text = new StringBuilder(sign);
        if (k <= n && n <= 21) {
            text.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            text.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            text.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int exponent = n - 1;
            text.append(digits.charAt(0));
            if (k > 1) {
                text.append('.').append(digits, 1, k);
            }
            text.append('e').append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        }
        return text.toString();
    }

    /**
     * The decimal with the fewest digits that reads back as {@code value}; of two such, the one nearer the
     * exact binary value, and of two equally near, the one with an even last digit. Java 17's
     * {@code Double.toString} is not always the shortest (JDK-4511638), so the digits are found here.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downReads = down.doubleValue() == value;
            boolean upReads = up.doubleValue() == value;
            if (downReads && upReads && !down.equals(up)) {
                int nearer = exact.subtract(down).compareTo(up.subtract(exact));
                boolean evenDown = !down.unscaledValue().testBit(0);
                return (nearer < 0 || nearer == 0 && evenDown ? down : up).stripTrailingZeros();
            }
            if (downReads) {
                return down.stripTrailingZeros();
            }
            if (upReads) {
                return up.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
