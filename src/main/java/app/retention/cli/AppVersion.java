package app.retention.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: from the jar manifest when packaged. */
final class AppVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = WorkbenchCli.class.getPackage().getImplementationVersion();
        return new String[] {"Retention Workbench " + (version == null ? "(development build)" : version)};
    }
}
