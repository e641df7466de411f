package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./pulih} launcher, checked cheaply: running it here would start a Maven build inside this one, so CI
 * runs it ({@code .ci/run}: {@code ./pulih demo}); this test only has the shell parse it.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "pulih");

    @Test
    void theLauncherIsAnExecutablePosixShellScript() throws IOException, InterruptedException {
        assertThat(LAUNCHER).isRegularFile();
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        assertThat(Files.readAllLines(LAUNCHER).get(0)).isEqualTo("#!/bin/sh");

        Process sh = new ProcessBuilder("sh", "-n", LAUNCHER.toString())
                .redirectErrorStream(true)
                .start();

        assertThat(sh.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(sh.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(sh.exitValue()).isZero();
    }
}
