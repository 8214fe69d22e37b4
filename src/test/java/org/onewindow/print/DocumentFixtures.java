package org.onewindow.print;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.onewindow.domain.catalog.Catalog;
import org.onewindow.testing.TestClock;

/** Every notice kind rendered once from the sample cases, shared by the tests that read them back. */
final class DocumentFixtures {

    final SigningKeys keys;
    final DocumentRenderer renderer;
    final CertificateRenderer certificates;
    final Catalog catalog = SampleDocuments.catalog();

    DocumentFixtures(Path keyDirectory) {
        keys = SigningKeys.openOrCreate(keyDirectory);
        renderer = new DocumentRenderer(TestFonts.SHARED, keys, SampleDocuments.offices(), SampleDocuments.staff());
        certificates = new CertificateRenderer(TestFonts.SHARED, keys,
                DeviceCertificate.openOrCreate(keyDirectory, SampleDocuments.office().name(),
                TestClock.at(TestClock.MONDAY_MORNING)), SampleDocuments.office());
    }

    PrintedDocument receipt() {
        return renderer.render(new Receipt(SampleDocuments.receiptCase(), catalog, Delivery.atWindow()), SampleDocuments.issue(1));
    }

    PrintedDocument longReceipt() {
        return renderer.render(new Receipt(SampleDocuments.longReceiptCase(SampleDocuments.LONG_COMPANY_NAME, 40), catalog,
                Delivery.byPost("济南市历下区文化东路 100 号")), SampleDocuments.issue(7));
    }

    PrintedDocument sample(SampleKind kind) {
        return SampleDocuments.render(kind, renderer, certificates, "测试打印机", PrintOffset.NONE);
    }

    /** Each notice kind by name, for checks that hold for all of them. */
    Map<String, PrintedDocument> allNotices() {
        Map<String, PrintedDocument> all = new LinkedHashMap<>();
        all.put("receipt", receipt());
        all.put("long receipt", longReceipt());
        all.put("deficiency", renderer.render(new DeficiencyNotice(SampleDocuments.deficiencyCase(), catalog), SampleDocuments.issue(2)));
        all.put("refusal", renderer.render(new RefusalNotice(SampleDocuments.refusalCase(), catalog), SampleDocuments.issue(3)));
        all.put("tolerance", renderer.render(new ToleranceNotice(SampleDocuments.receiptCase(), catalog), SampleDocuments.issue(4)));
        all.put("tolerance commitment", renderer.render(new ToleranceCommitment(SampleDocuments.receiptCase(), catalog), SampleDocuments.issue(5)));
        all.put("commitment", renderer.render(new CommitmentLetter(SampleDocuments.commitmentCase(), catalog), SampleDocuments.issue(6)));
        all.put("denial", renderer.render(SampleDocuments.denial(catalog), SampleDocuments.issue(8)));
        all.put("bundle receipt", sample(SampleKind.BUNDLE_RECEIPT));
        all.put("payment receipt", sample(SampleKind.PAYMENT_RECEIPT));
        all.put("guide", sample(SampleKind.GUIDE));
        all.put("bundle guide", sample(SampleKind.BUNDLE_GUIDE));
        return all;
    }
}
