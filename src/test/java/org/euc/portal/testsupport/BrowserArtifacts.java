package org.euc.portal.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps what the browsers of a failed test last showed — screenshot, page source and console log,
 * under {@code target/browser-artifacts/<class>/<test>/} — so a red CI run can be understood
 * without running it again. Each {@link Browser} saves its last page when it closes; the files of
 * a test that passed are removed.
 */
public final class BrowserArtifacts implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private static final Path ROOT = Path.of("target", "browser-artifacts");
    private static final ThreadLocal<Path> CURRENT_TEST = new ThreadLocal<>();

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        CURRENT_TEST.set(ROOT.resolve(context.getRequiredTestClass().getSimpleName())
                .resolve(context.getRequiredTestMethod().getName()));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Path folder = CURRENT_TEST.get();
        CURRENT_TEST.remove();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        if (context.getExecutionException().isPresent()) {
            System.err.println("What the browsers of " + context.getDisplayName() + " last showed: " + folder.toAbsolutePath());
        } else {
            deleteRecursively(folder);
        }
    }

    /** Where the running test's browsers keep their last page; empty outside a test. */
    static Optional<Path> currentFolder() {
        return Optional.ofNullable(CURRENT_TEST.get());
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover folder in target/ is harmless
        }
    }
}
