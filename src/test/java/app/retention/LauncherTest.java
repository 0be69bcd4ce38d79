package app.retention;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which way the jar starts, decided without starting JavaFX. */
class LauncherTest {

    @Test
    void onlyAWorkspaceOpensTheDesktopApp() {
        assertThat(Launcher.isGuiLaunch(new String[] {"--workspace", "/tmp/ws"})).isTrue();
        assertThat(Launcher.isGuiLaunch(new String[] {"--workspace=/tmp/ws"})).isTrue();
        assertThat(Launcher.isGuiLaunch(new String[] {"--workspace", "/tmp/ws", "datasets"})).isFalse();
    }

    @Test
    void withoutADisplayOnLinuxTheDesktopAppSaysSoInOneLineAndNamesTheCli() {
        String message = Launcher.missingDisplay(Map.of("HOME", "/root"), "Linux").orElseThrow();

        assertThat(message).startsWith("error: ").contains("needs a display")
                .contains("java -jar retention-workbench.jar --help").doesNotContain("\n");
        assertThat(Launcher.missingDisplay(Map.of("DISPLAY", " "), "Linux")).isPresent();
    }

    @Test
    void anX11OrWaylandDisplayLetsTheDesktopAppStart() {
        assertThat(Launcher.missingDisplay(Map.of("DISPLAY", ":99"), "Linux")).isEmpty();
        assertThat(Launcher.missingDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isEmpty();
    }

    @Test
    void windowsAndMacosAlwaysHaveADisplay() {
        assertThat(Launcher.missingDisplay(Map.of(), "Windows 11")).isEmpty();
        assertThat(Launcher.missingDisplay(Map.of(), "Mac OS X")).isEmpty();
    }
}
