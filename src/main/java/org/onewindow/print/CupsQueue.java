package org.onewindow.print;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.print.PrintService;
import javax.print.attribute.standard.PrinterURI;
import org.onewindow.domain.Problem;

/**
 * A printer queue of CUPS (Linux, macOS), reached by IPP over HTTP: the PDF is posted to the queue itself
 * (Print-Job, as {@code lp} does), so printing needs neither {@code lpr} nor PostScript from Java's print
 * service. CUPS turns the PDF into what the printer speaks. Decision record 0019.
 */
final class CupsQueue {

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final AtomicInteger REQUEST_IDS = new AtomicInteger();

    private final String name;
    private final URI printerUri;
    private final URI endpoint;

    private CupsQueue(String name, URI printerUri, URI endpoint) {
        this.name = name;
        this.printerUri = printerUri;
        this.endpoint = endpoint;
    }

    /** The queue behind a print service CUPS reported; empty for a service of another kind (Windows, lpd). */
    static Optional<CupsQueue> of(PrintService service) {
        PrinterURI attribute = service.getAttribute(PrinterURI.class);
        return attribute == null ? Optional.empty() : of(service.getName(), attribute.getURI());
    }

    static Optional<CupsQueue> of(String name, URI printerUri) {
        String scheme = printerUri.getScheme() == null ? "" : printerUri.getScheme().toLowerCase(Locale.ROOT);
        String http = switch (scheme) {
            case "ipp", "http" -> "http";
            case "ipps", "https" -> "https";
            default -> "";
        };
        if (http.isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = printerUri.getPort() == -1 ? 631 : printerUri.getPort();
            URI endpoint = new URI(http, null, printerUri.getHost(), port, printerUri.getPath(), null, null);
            return Optional.of(new CupsQueue(name, printerUri, endpoint));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Hands the PDF to the queue as one job; returns the job's number. The media names the paper and, after it,
     * the tray (CUPS's {@code -o media=A5,Tray2}); pages are printed at their own size, never scaled, so
     * certificate fields land on the pre-printed stock.
     */
    int print(byte[] pdf, String jobName, String user, String paperKeyword, String tray) {
        List<String> media = new ArrayList<>();
        media.add(paperKeyword);
        if (!tray.isBlank()) {
            media.add(tray);
        }
        byte[] request = new IppMessage.Request(IppMessage.PRINT_JOB, REQUEST_IDS.incrementAndGet(), printerUri.toString())
                .name("requesting-user-name", user)
                .name("job-name", jobName)
                .mimeType("document-format", "application/pdf")
                .job()
                .keywords("media", media)
                .keyword("print-scaling", "none")
                .integer("copies", 1)
                .encode(pdf);
        IppMessage.Response answer = send(request);
        if (!answer.successful()) {
            String message = answer.first("status-message");
            throw new Problem.PrinterFailed("打印服务（CUPS）拒绝了打印机“" + name + "”的任务：" + (message.isEmpty()
                    ? "状态码 0x" + Integer.toHexString(answer.status()) : message) + "。", null);
        }
        String jobId = answer.first("job-id");
        return jobId.isEmpty() ? 0 : Integer.parseInt(jobId);
    }

    private IppMessage.Response send(byte[] request) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT).build();
        HttpRequest post = HttpRequest.newBuilder(endpoint).timeout(ANSWER)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request)).build();
        try {
            HttpResponse<byte[]> response = client.send(post, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new Problem.PrinterFailed("打印服务（CUPS，" + endpoint + "）不接受任务：HTTP " + response.statusCode()
                        + (response.statusCode() == 401 || response.statusCode() == 403 ? "，本机用户无权使用该打印机" : "")
                        + "。", null);
            }
            return IppMessage.Response.decode(response.body());
        } catch (ConnectException e) {
            throw new Problem.PrinterFailed("连不上打印服务（CUPS，" + endpoint + "）：请确认 CUPS 正在运行"
                    + "（systemctl status cups）。", e);
        } catch (HttpTimeoutException e) {
            throw new Problem.PrinterFailed("打印服务（CUPS，" + endpoint + "）在 " + ANSWER.toSeconds() + " 秒内没有应答。", e);
        } catch (IOException e) {
            throw new Problem.PrinterFailed("与打印服务（CUPS，" + endpoint + "）通信失败：" + e.getMessage() + "。", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem.PrinterFailed("打印被中断。", e);
        }
    }

    String name() {
        return name;
    }

    URI endpoint() {
        return endpoint;
    }
}
