package org.onewindow.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 8785 (JCS): the examples of the RFC itself, then our two rules where it leaves the input to the caller. */
class CanonicalJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** RFC 8785 §3.2.2, as a JSON text: whitespace, literals, string escapes and numbers. */
    private static final String RFC_SAMPLE = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
              "literals": [null, true, false]
            }""";

    private static String canonical(String json) throws Exception {
        return CanonicalJson.write(PLAIN.readTree(json));
    }

    @Test
    void writesTheRfcsSampleObject() throws Exception {
        assertThat(canonical(RFC_SAMPLE)).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    /** RFC 8785 §3.2.4: the UTF-8 bytes of the §3.2.2 sample, as the RFC lists them. */
    @Test
    void givesTheRfcsBytes() throws Exception {
        String rfc = """
                7b 22 6c 69 74 65 72 61 6c 73 22 3a 5b 6e 75 6c 6c 2c 74 72
                75 65 2c 66 61 6c 73 65 5d 2c 22 6e 75 6d 62 65 72 73 22 3a
                5b 33 33 33 33 33 33 33 33 33 2e 33 33 33 33 33 33 33 2c 31
                65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37
                5d 2c 22 73 74 72 69 6e 67 22 3a 22 e2 82 ac 24 5c 75 30 30
                30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d""";

        byte[] bytes = canonical(RFC_SAMPLE).getBytes(StandardCharsets.UTF_8);

        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(rfc.replaceAll("\\s", ""));
    }

    /** RFC 8785 §3.2.3: members sorted by UTF-16 code units, so the emoji (a surrogate pair) sorts before U+FB33. */
    @Test
    void sortsMembersByUtf16CodeUnits() throws Exception {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";

        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    /** RFC 8785 Appendix B: IEEE 754 doubles and the ECMAScript text each must be written as. */
    @ParameterizedTest
    @CsvSource({
            "0000000000000000, 0",
            "8000000000000000, 0",
            "0000000000000001, 5e-324",
            "8000000000000001, -5e-324",
            "7fefffffffffffff, 1.7976931348623157e+308",
            "ffefffffffffffff, -1.7976931348623157e+308",
            "4340000000000000, 9007199254740992",
            "c340000000000000, -9007199254740992",
            "4430000000000000, 295147905179352830000",
            "44b52d02c7e14af5, 9.999999999999997e+22",
            "44b52d02c7e14af6, 1e+23",
            "44b52d02c7e14af7, 1.0000000000000001e+23",
            "444b1ae4d6e2ef4e, 999999999999999700000",
            "444b1ae4d6e2ef4f, 999999999999999900000",
            "444b1ae4d6e2ef50, 1e+21",
            "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
            "3eb0c6f7a0b5ed8d, 0.000001",
            "41b3de4355555553, 333333333.3333332",
            "41b3de4355555554, 333333333.33333325",
            "41b3de4355555555, 333333333.3333333",
            "41b3de4355555556, 333333333.3333334",
            "41b3de4355555557, 333333333.33333343",
            "becbf647612f3696, -0.0000033333333333333333",
            "43143ff3c1cb0959, 1424953923781206.2"})
    void writesNumbersAsEcmaScriptDoes(String ieee, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee, 16));

        assertThat(CanonicalJson.write(JsonNodeFactory.instance.numberNode(value))).isEqualTo(expected);
    }

    @Test
    void refusesWhatJsonCannotCarry() {
        assertThatThrownBy(() -> CanonicalJson.write(JsonNodeFactory.instance.numberNode(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.write(JsonNodeFactory.instance.numberNode(Double.POSITIVE_INFINITY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnIntegerADoubleCannotHoldExactly() throws Exception {
        assertThat(canonical("[9007199254740991,-9007199254740991]")).isEqualTo("[9007199254740991,-9007199254740991]");
        assertThatThrownBy(() -> canonical("[9007199254740993]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("as a string");
    }

    @Test
    void escapesALoneSurrogateSoTheValueReadsBackExactly() throws Exception {
        JsonNode value = JsonNodeFactory.instance.textNode("a\ud800b\udc00c😀");

        String text = CanonicalJson.write(value);

        assertThat(text).isEqualTo("\"a\\ud800b\\udc00c😀\"");
        assertThat(PLAIN.readTree(text).textValue()).isEqualTo("a\ud800b\udc00c😀");
        assertThat(EventHash.of(text)).hasSize(64);
    }

    @Test
    void isItsOwnFixedPoint() throws Exception {
        String once = canonical("{ \"b\" : [ 1 , { \"d\" : \"x\", \"c\" : null } ], \"a\" : \"\\u00e9\\t\" }");

        assertThat(once).isEqualTo("{\"a\":\"é\\t\",\"b\":[1,{\"c\":null,\"d\":\"x\"}]}");
        assertThat(canonical(once)).isEqualTo(once);
    }
}
