package org.onewindow.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshots of the documentation, taken by the window tests that drive the screens they show: nothing happens
 * unless {@code -Donewindow.screenshots=DIR} is given, and then the window is 1366×768 (a counter PC's screen) and
 * each named step is written to {@code DIR/NAME.png}. The agents' screenshots ({@code docs/screenshots/agents}) come
 * from {@code AgentWindowTest} and {@code HallHandoverWindowTest}:
 *
 * <pre>mvn -o test -Dtest='AgentWindowTest,HallHandoverWindowTest' -Donewindow.screenshots=docs/screenshots/agents \
 *     -Dheadless.geometry=1366x768</pre>
 *
 * (the headless screen is 1280×800 unless told otherwise; a window is never made larger than its screen).
 */
public final class Screenshots {

    private static final String PROPERTY = "onewindow.screenshots";

    private Screenshots() {
    }

    public static boolean wanted() {
        String dir = System.getProperty(PROPERTY, "");
        return !dir.isBlank();
    }

    /** Writes the main window as it is now to {@code NAME.png}, when screenshots are wanted. */
    public static void take(FxRobot robot, String name) {
        if (!wanted()) {
            return;
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            Window window = robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            if (window instanceof Stage stage && (stage.getWidth() != 1366 || stage.getHeight() != 768)
                    && screen.getWidth() >= 1366 && screen.getHeight() >= 768) {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1366);
                stage.setHeight(768);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Scene scene = robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow().getScene();
            image.set(scene.snapshot(null));
        });
        write(image.get(), Path.of(System.getProperty(PROPERTY)).resolve(name + ".png"));
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
