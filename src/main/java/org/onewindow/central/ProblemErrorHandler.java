package org.onewindow.central;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.onewindow.codec.Json;
import org.onewindow.codec.sync.ProblemReport;

/**
 * Jetty's own refusals — a request line too long (414), headers too large (431), a malformed request (400) — answered
 * as the API answers everything: a {@link ProblemReport} in Chinese, never Jetty's HTML page or a Java class name.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private static final String JSON = "application/json; charset=utf-8";

    static String message(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确";
            case 401 -> "缺少或无效的凭据";
            case 403 -> "无权访问";
            case 404 -> "没有这个接口";
            case 405 -> "接口不支持此方法";
            case 408 -> "请求超时";
            case 413 -> "请求体过大";
            case 414 -> "请求地址过长";
            case 431 -> "请求头过大";
            case 503 -> "中心库暂时不可用，请稍后重试";
            default -> status >= 500 ? "中心库内部错误，已记录日志" : "请求未被处理（" + status + "）";
        };
    }

    private static byte[] body(int status) {
        return Json.write(new ProblemReport(status, message(status))).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
        return ByteBuffer.wrap(body(status));
    }
}
