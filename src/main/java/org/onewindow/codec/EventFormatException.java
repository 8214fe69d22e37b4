package org.onewindow.codec;

/**
 * An event body that is not a readable event: not JSON, a field missing or of the wrong kind, a value its
 * record refuses. The message is Chinese, for a person; {@link #field()} names where, e.g. {@code payload.score}.
 */
public class EventFormatException extends RuntimeException {

    private final String field;
    private final String problem;

    public EventFormatException(String field, String problem) {
        this(field, problem, null);
    }

    public EventFormatException(String field, String problem, Throwable cause) {
        super(field.isEmpty() ? "事件正文" + problem : "事件正文的字段 " + field + "：" + problem, cause);
        this.field = field;
        this.problem = problem;
    }

    /** Where in the body, as a dotted path; empty for the body as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong there. */
    public String problem() {
        return problem;
    }
}
