package org.onewindow.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPreviewTest {

    @TempDir
    Path keys;

    @Test
    void rendersEachPageOfTheDocumentAtTheRequestedScale() {
        PrintedDocument receipt = new DocumentFixtures(keys).sample(SampleKind.BUNDLE_RECEIPT);
        try (PdfPreview preview = new PdfPreview(receipt.pdf())) {
            assertThat(preview.pageCount()).isEqualTo(2);
            BufferedImage page = preview.page(0, 2f);
            assertThat(page.getWidth()).isBetween(837, 841); // A5 148 mm at 144 dpi
            assertThat(page.getHeight()).isBetween(1188, 1192);
            assertThat(page.getRGB(page.getWidth() / 2, 3) & 0xFFFFFF).as("white paper").isEqualTo(0xFFFFFF);
            assertThat(preview.page(1, 0.5f).getWidth()).isBetween(208, 211);
            assertThatThrownBy(() -> preview.page(2, 1f)).hasMessage("没有第 3 页（共 2 页）");
        }
    }
}
