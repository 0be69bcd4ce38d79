package app.retention.cli;

import app.retention.domain.SegmentRecord;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Renaming and copying saved segments. */
final class SegmentNameCommands {

    private SegmentNameCommands() {
    }

    /** A saved segment and a new name for it. */
    abstract static class NewName extends WorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The segment's name, as `segment list` shows it.")
        String name;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;
    }

    @Command(name = "rename", description = "Rename a saved segment (its customers, control group and exports stay).")
    static final class Rename extends NewName {
        @Override
        int run(Workspace workspace) {
            String old = name.strip();
            SegmentRecord renamed = workbench().segments().rename(name, newName);
            out().println("Renamed segment " + old + " to " + renamed.name() + ".");
            return 0;
        }
    }

    @Command(name = "copy", description = "Save a copy of a segment under a new name (same customers and control "
            + "group), to change without losing the original.")
    static final class Copy extends NewName {
        @Override
        int run(Workspace workspace) {
            SegmentRecord copy = workbench().segments().duplicate(name, newName);
            out().printf("Copied segment %s to %s (%,d customers, %,d held out).%n", name.strip(), copy.name(),
                    copy.customers(), copy.controlKeys().size());
            return 0;
        }
    }
}
