package app.retention.cli;

import app.retention.domain.ExportLogEntry;
import app.retention.export.ExportLog.FileState;
import app.retention.export.ExportLog;
import app.retention.export.ExportProvenance;
import app.retention.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "log", description = "The export log, newest first: who exported what and when, and whether personal "
        + "data was included. With --check, reads every file again and reports whether it is still the one exported "
        + "(exit code 3 if any is changed, missing or unreadable).")
final class ExportLogCommand extends WorkspaceCommand {

    /** Exit code when a file is not the one exported: distinct from 1 (the command failed) and 2 (usage). */
    static final int NOT_AS_EXPORTED = 3;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Option(names = "--json", description = "Print JSON, with each export's provenance.")
    boolean json;

    @Option(names = "--check", description = "Compare each file's SHA-256 with the one recorded at export.")
    boolean check;

    record ExportJson(long id, String createdAt, String exportedBy, String kind, String segment, String file,
                      String format, long rows, boolean personalDataIncluded, List<String> personalDataColumns,
                      String sha256, String fileCheck, ExportProvenance provenance) {
    }

    @Override
    int run(Workspace workspace) throws Exception {
        List<ExportLogEntry> entries = workbench().exportLog().entries();
        List<FileState> states = new ArrayList<>();
        for (ExportLogEntry e : entries) {
            states.add(check ? ExportLog.check(e, entries) : null);
        }
        boolean allUnchanged = states.stream().allMatch(s -> s == null || ExportLog.accountedFor(s));
        if (json) {
            List<ExportJson> out = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                ExportLogEntry e = entries.get(i);
                out.add(new ExportJson(e.id(), e.createdAt().toString(), e.exportedBy(), e.kind().label(),
                        e.segmentName(), e.file(), e.format(), e.rows(), e.personalDataIncluded(),
                        e.personalDataColumns(), e.sha256(),
                        states.get(i) == null ? null : states.get(i).name().toLowerCase(Locale.ROOT),
                        ExportProvenance.read(e.provenance())));
            }
            out().println(Json.write(out));
            return allUnchanged ? 0 : NOT_AS_EXPORTED;
        }
        if (entries.isEmpty()) {
            out().println("No exports yet. Run: export calllist SEGMENT --capacity 100 --out calls.csv");
            return 0;
        }
        List<String> header = new ArrayList<>(List.of("ID", "WHEN", "BY", "KIND", "SEGMENT", "ROWS", "PERSONAL DATA",
                "FILE"));
        if (check) {
            header.add("CHECK");
        }
        TextTable table = new TextTable(header);
        for (int i = 0; i < entries.size(); i++) {
            ExportLogEntry e = entries.get(i);
            List<String> row = new ArrayList<>(List.of(Long.toString(e.id()),
                    WHEN.format(e.createdAt()), e.exportedBy(), e.kind().label(),
                    e.segmentName() == null ? "-" : e.segmentName(), e.rows() == 0 ? "-" : Long.toString(e.rows()),
                    ExportLog.personalData(e), Path.of(e.file()).getFileName().toString()));
            if (check) {
                row.add(states.get(i).label().toLowerCase(Locale.ROOT));
            }
            table.add(row);
        }
        table.print(out());
        if (!allUnchanged) {
            long bad = states.stream().filter(s -> !ExportLog.accountedFor(s)).count();
            err().printf(Locale.ROOT, "%d of %d exported files are not the ones exported: changed, missing or "
                    + "unreadable.%n", bad, entries.size());
        }
        return allUnchanged ? 0 : NOT_AS_EXPORTED;
    }
}
