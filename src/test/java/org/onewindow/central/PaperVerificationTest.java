package org.onewindow.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.onewindow.codec.Json;
import org.onewindow.print.Delivery;
import org.onewindow.print.DocumentRenderer;
import org.onewindow.print.PrintedDocument;
import org.onewindow.print.Receipt;
import org.onewindow.print.SampleDocuments;
import org.onewindow.print.SigningKeys;
import org.onewindow.print.TestFonts;

/**
 * A paper's QR code opens the centre's verification page: genuine when a window whose key the administrator registered
 * signed it, with the kind of paper and its case number and nothing more about the applicant; a code with a changed
 * number, or signed by an unregistered window, cannot be confirmed.
 */
class PaperVerificationTest {

    @RegisterExtension
    static final CentralFixture central = new CentralFixture();

    private static HttpResponse<String> open(String qrText, String accept) throws Exception {
        String path = qrText.substring(qrText.indexOf("/V/"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(central.url() + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static PrintedDocument receipt(Path keys) {
        DocumentRenderer renderer = new DocumentRenderer(TestFonts.SHARED, SigningKeys.openOrCreate(keys),
                SampleDocuments.offices(), SampleDocuments.staff());
        return renderer.render(new Receipt(SampleDocuments.receiptCase(), SampleDocuments.catalog(), Delivery.atWindow()),
                SampleDocuments.issue(1));
    }

    @Test
    void aRegisteredWindowsPaperIsGenuineAndTheAnswerShowsOnlyWhatTheCodeNames(@TempDir Path keys) throws Exception {
        PrintedDocument paper = receipt(keys);
        new PaperVerification(central.database.dataSource()).trust(keys.resolve("document-signing-ed25519.pub"), "历下 1 号窗口");

        HttpResponse<String> page = open(paper.authenticityCode(), "text/html");
        HttpResponse<String> json = open(paper.authenticityCode(), "application/json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("真实", "受理通知书", SampleDocuments.CASE_NUMBER.replace("-", ""))
                .doesNotContain("济南历下泉城味道餐饮管理有限公司", "李晓燕");
        PaperVerification.Verdict verdict = Json.read(json.body(), PaperVerification.Verdict.class);
        assertThat(verdict.genuine()).isTrue();
        assertThat(verdict.paper()).isEqualTo("受理通知书");
    }

    @Test
    void aChangedNumberOrAnUnregisteredWindowCannotBeConfirmed(@TempDir Path registered, @TempDir Path stranger) throws Exception {
        PrintedDocument paper = receipt(registered);
        new PaperVerification(central.database.dataSource()).trust(registered.resolve("document-signing-ed25519.pub"), "");
        String changed = paper.authenticityCode().replace("000123K", "000124K");

        assertThat(open(changed, "application/json").body()).contains("\"genuine\":false");
        assertThat(open(receipt(stranger).authenticityCode(), "text/html").body()).contains("无法确认").doesNotContain(">真实<");
        assertThat(open("HTTPS://X/V/NOT-A-CODE", "text/html").body()).contains("这不是一窗通文书的验真码");
    }
}
